import { Fragment, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ActionIcon, Badge, Box, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconEyeOff, IconStarFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Domicile, Nip } from '../../app/Redacted';
import { useProjector, useTampilan } from '../../app/app-state';
import { barisDisembunyikan, hanyaHasilAturan, hasilDariNilai } from '../../../../shared/format/redaction';
import type { Comparison, ComparisonCell, ComparisonRow } from '../../../../shared/compare/schemas';
import type { Ranked } from '../../../../shared/compare/ranking';
import { targetTercapai } from '../../../../shared/domain/permohonan';
import { formatTanggal } from '../../../../shared/format/tanggal';
import { ScoreBar } from './ScoreBar';
import { colorVar } from './shared-ui';

const GROUPS: ComparisonRow['group'][] = ['identitas', 'kelayakan', 'kompetensi', 'domisili', 'target', 'disiplin'];
const TONE_COLOR = { good: 'teal.9', warn: 'yellow.9', bad: 'red.8' } as const;

function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return list;
  const next = [...list];
  const [x] = next.splice(from, 1);
  next.splice(to, 0, x!);
  return next;
}

/** The aligned table: one column per candidate, best value per row starred, rows hideable, columns movable. */
export function CompareTable(props: {
  data: Comparison;
  order: string[];
  onOrder(nips: string[]): void;
  scores: Map<string, Ranked>;
  hidden: string[];
  onHide(rowId: string): void;
}) {
  const { t, i18n } = useTranslation('compare');
  const en = i18n.language === 'en';
  const projector = useProjector();
  const tampilan = useTampilan();
  const [dragging, setDragging] = useState<string | null>(null);
  const idx = (nip: string) => props.data.candidates.findIndex((c) => c.nip === nip);
  const cols = props.order.map((nip) => ({ nip, i: idx(nip) }));
  const shift = (pos: number, by: number) => props.onOrder(move(props.order, pos, pos + by));
  const onKey = (pos: number) => (e: KeyboardEvent) => {
    if (!e.altKey) return;
    if (e.key === 'ArrowLeft') { e.preventDefault(); shift(pos, -1); }
    if (e.key === 'ArrowRight') { e.preventDefault(); shift(pos, 1); }
  };

  const cellText = (c: ComparisonCell) => (projector && c.textProjector) || (en && c.textEn) || c.text;
  const label = (row: ComparisonRow, extra?: ReactNode) => (
    <Table.Th className="cmp-label" scope="row">
      <Group gap={4} wrap="nowrap" justify="space-between">
        <Text size="sm" fw={600}>{en ? row.label.en : row.label.id}</Text>
        <Tooltip label={t('cmp.hide')}>
          <ActionIcon size="sm" variant="subtle" color="gray" onClick={() => props.onHide(row.id)} aria-label={t('cmp.hide')} data-testid={`hide-row-${row.id}`}>
            <IconEyeOff size={14} />
          </ActionIcon>
        </Tooltip>
      </Group>
      {extra}
    </Table.Th>
  );

  const pastTargets: ComparisonRow = {
    id: 'rincianTarget', group: 'target', label: { id: 'Rincian target terdahulu', en: 'Earlier targets in full' }, cells: [], better: null, best: [],
  };
  const rowsOf = (g: ComparisonRow['group']) => {
    const list = props.data.rows.filter((r) => r.group === g);
    if (g === 'target') list.splice(list.findIndex((r) => r.id === 'paktaGagal') + 1, 0, pastTargets);
    return list.filter((r) => !props.hidden.includes(r.id) && !barisDisembunyikan(r.id, tampilan));
  };

  return (
    <Box style={{ overflowX: 'auto' }}>
      <Table withColumnBorders verticalSpacing={6} className="cmp-table" data-testid="compare-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th className="cmp-label" />
            {cols.map(({ nip, i }, pos) => {
              const c = props.data.candidates[i]!;
              return (
                <Table.Th
                  key={nip} tabIndex={0} draggable data-testid={`col-${nip}`} data-col={pos}
                  onDragStart={() => setDragging(nip)} onDragOver={(e) => e.preventDefault()}
                  onDrop={() => { if (dragging) props.onOrder(move(props.order, props.order.indexOf(dragging), pos)); setDragging(null); }}
                  onKeyDown={onKey(pos)} style={{ borderTop: `6px solid ${colorVar(i)}`, cursor: 'grab', minWidth: 200, verticalAlign: 'top' }}
                  aria-label={c.namaLengkap}
                >
                  <Group justify="space-between" wrap="nowrap" gap={2}>
                    <ActionIcon size="sm" variant="subtle" disabled={pos === 0} onClick={() => shift(pos, -1)} aria-label={t('cmp.left')} data-testid={`col-left-${nip}`}>
                      <IconChevronLeft size={14} />
                    </ActionIcon>
                    <Badge size="sm" color="dark" variant="light">{pos + 1}</Badge>
                    <ActionIcon size="sm" variant="subtle" disabled={pos === cols.length - 1} onClick={() => shift(pos, 1)} aria-label={t('cmp.right')} data-testid={`col-right-${nip}`}>
                      <IconChevronRight size={14} />
                    </ActionIcon>
                  </Group>
                  <Text fw={700} mt={4} data-testid="col-name">{c.namaLengkap}</Text>
                  <Text size="xs"><Nip nip={c.nip} /></Text>
                  <Text size="xs" c="dimmed"><Domicile alamat={c.alamat} kelurahan={c.kelurahan} kecamatan={c.kecamatan} /></Text>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr className="cmp-score-row">
            <Table.Th className="cmp-label" scope="row"><Text size="sm" fw={700}>{t('cmp.score')}</Text></Table.Th>
            {cols.map(({ nip }) => {
              const r = props.scores.get(nip);
              return (
                <Table.Td key={nip}>
                  {r && (
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <Badge color={r.rank ? 'blue' : 'red'} variant="filled" style={{ flexShrink: 0, overflow: 'visible' }} miw={36} data-testid={`cmp-rank-${nip}`}>{r.rank ? `#${r.rank}` : '✗'}</Badge>
                      {tampilan !== 'ketat' && <ScoreBar score={r.score} testId={`cmp-score-${nip}`} expanded />}
                    </Group>
                  )}
                </Table.Td>
              );
            })}
          </Table.Tr>
          {GROUPS.map((g) => (
            <Fragment key={g}>
              <Table.Tr className="cmp-group"><Table.Td colSpan={cols.length + 1}><Text fw={700} size="sm" tt="uppercase">{t(`cmp.groups.${g}`)}</Text></Table.Td></Table.Tr>
              {rowsOf(g).map((row) => row.id === 'rincianTarget' ? (
                <Table.Tr key={row.id} data-testid={`row-${row.id}`}>
                  {label(row)}
                  {cols.map(({ nip, i }) => {
                    const list = props.data.details[i]!.targetLampau;
                    return (
                      <Table.Td key={nip}>
                        {list.length === 0 ? <Text size="xs" c="dimmed">{t('cmp.noneListed')}</Text> : (
                          <Stack gap={2}>
                            {list.map((x) => {
                              const met = targetTercapai(x);
                              return (
                                <Text key={x.id} size="xs" c={met === false ? 'red.8' : undefined}>
                                  {x.indikator}: {x.nilaiTarget} → {x.realisasi ?? '—'} {x.satuan} ({formatTanggal(x.tenggat)}; {met === null ? t('cmp.pending') : met ? t('cmp.met') : t('cmp.notMet')}{x.denganPakta ? ', pakta' : ''})
                                </Text>
                              );
                            })}
                          </Stack>
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ) : (
                <Table.Tr key={row.id} data-testid={`row-${row.id}`}>
                  {label(row)}
                  {cols.map(({ nip, i }) => {
                    const c = row.cells[i]!;
                    const best = row.best.includes(i);
                    // Under ketat a rule's reason (which may quote a predikat) gives way to its outcome alone.
                    const outcomeOnly = hanyaHasilAturan(row.id, tampilan);
                    return (
                      <Table.Td key={nip} className={best ? 'cmp-best' : undefined} data-best={best || undefined}>
                        <Group gap={4} wrap="nowrap" align="flex-start">
                          {best && <IconStarFilled size={14} color="var(--mantine-color-yellow-7)" aria-label={t('cmp.best')} style={{ flexShrink: 0, marginTop: 3 }} />}
                          <Text size="sm" c={c.tone ? TONE_COLOR[c.tone] : undefined} fw={best ? 700 : undefined}>{outcomeOnly ? t(`eligibility.${hasilDariNilai(c.value)}`) : cellText(c)}</Text>
                        </Group>
                        {c.detail && !outcomeOnly && <Text size="xs" c="dimmed">{(projector && c.detailProjector) || c.detail}</Text>}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
