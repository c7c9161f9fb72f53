import { Badge, Checkbox, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Nip } from '../../app/Redacted';
import { useTampilan } from '../../app/app-state';
import type { CandidateSummary } from '../../../../shared/compare/schemas';
import type { Ranked } from '../../../../shared/compare/ranking';
import { RULE_BY_ID } from '../../../../shared/rules/eligibility-rules';
import { ScoreBar } from './ScoreBar';
import { STATUS_COLOR, fmt1, predikatShort } from './shared-ui';

function EligibilityBadge({ c }: { c: CandidateSummary }) {
  const { t, i18n } = useTranslation('compare');
  const en = i18n.language === 'en';
  const ketat = useTampilan() === 'ketat';
  const notable = c.eligibility.results.filter((r) => r.status === 'tidak_memenuhi' || r.status === 'perlu_perhatian');
  const badge = (
    <Badge color={STATUS_COLOR[c.eligibility.status]} variant="light" styles={{ root: { flexShrink: 0, maxWidth: 'none' }, label: { overflow: 'visible' } }}>
      {t(`eligibility.${c.eligibility.status}`)}
    </Badge>
  );
  // A reason may quote a predikat or a score: under ketat the outcome alone is shown.
  if (notable.length === 0 || ketat) return badge;
  return (
    <Tooltip multiline w={360} withinPortal label={notable.map((r) => `• ${en ? r.alasan.en : r.alasan.id}`).join('\n')} style={{ whiteSpace: 'pre-line' }}>
      {badge}
    </Tooltip>
  );
}

/**
 * The pool as a ranked table: eligible and "needs attention" candidates by weighted score, then the
 * ineligible ones, apart, with the rules they fail. Nobody is hidden.
 */
export function RankingTable(props: {
  candidates: CandidateSummary[];
  ranked: Ranked[];
  ineligible: Ranked[];
  selected: string[];
  onToggle(nip: string): void;
  expanded: boolean;
}) {
  const { t, i18n } = useTranslation('compare');
  const en = i18n.language === 'en';
  const byNip = new Map(props.candidates.map((c) => [c.nip, c]));
  // Under the ketat level the wall shows ranks and rule outcomes only: no score, JPM or SKP columns.
  const scores = useTampilan() !== 'ketat';

  const head = (ineligible: boolean) => (
    <Table.Thead>
      <Table.Tr>
        <Table.Th w={36} />
        <Table.Th w={40}>{t('pool.col.rank')}</Table.Th>
        <Table.Th>{t('pool.col.nama')}</Table.Th>
        {scores && <Table.Th>{t('pool.col.skor')}</Table.Th>}
        <Table.Th>{t('pool.col.pilihan')}</Table.Th>
        <Table.Th>{t('pool.col.pangkat')}</Table.Th>
        <Table.Th>{t('pool.col.jabatan')}</Table.Th>
        <Table.Th>{ineligible ? t('pool.col.gagal') : t('pool.col.kelayakan')}</Table.Th>
        {scores && <Table.Th ta="right">{t('pool.col.jpm')}</Table.Th>}
        {scores && <Table.Th>{t('pool.col.skp')}</Table.Th>}
        <Table.Th ta="right">{t('pool.col.jarak')}</Table.Th>
        <Table.Th ta="right">{t('pool.col.target')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );

  const body = (list: Ranked[], ineligible: boolean) => (
    <Table.Tbody>
      {list.map((r) => {
        const c = byNip.get(r.id)!;
        const failing = c.eligibility.results.filter((x) => x.status === 'tidak_memenuhi');
        return (
          <Table.Tr key={c.nip} data-testid="candidate-row" data-nip-row={c.nip} data-rank={r.rank ?? ''}>
            <Table.Td>
              <Checkbox
                checked={props.selected.includes(c.nip)} onChange={() => props.onToggle(c.nip)}
                disabled={!props.selected.includes(c.nip) && props.selected.length >= 6}
                aria-label={c.namaLengkap} data-testid={`select-${c.nip}`}
              />
            </Table.Td>
            <Table.Td fw={700}>{r.rank ?? '—'}</Table.Td>
            <Table.Td miw={200}>
              <Text size="sm" fw={600}>{c.namaLengkap}</Text>
              <Text size="xs" c="dimmed"><Nip nip={c.nip} /> · Kec. {c.kecamatan}</Text>
            </Table.Td>
            {scores && <Table.Td miw={130}><ScoreBar score={r.score} testId={`score-${c.nip}`} expanded={props.expanded} /></Table.Td>}
            <Table.Td>{c.peringkat ? t('pool.choice', { n: c.peringkat }) : '—'}</Table.Td>
            <Table.Td>{c.golongan}</Table.Td>
            <Table.Td miw={160}><Text size="sm" lineClamp={2}>{c.namaJabatan}</Text><Text size="xs" c="dimmed">{c.levelSaatIni ?? 'pelaksana'}</Text></Table.Td>
            <Table.Td miw={ineligible ? 260 : 150}>
              {ineligible ? (
                <Stack gap={2}>
                  {failing.map((f) => (
                    <Text key={f.ruleId} size="xs" c="red.8">
                      <b>{en ? RULE_BY_ID.get(f.ruleId)!.nama.en : RULE_BY_ID.get(f.ruleId)!.nama.id}:</b> {scores ? (en ? f.alasan.en : f.alasan.id) : t('eligibility.tidak_memenuhi')}
                    </Text>
                  ))}
                </Stack>
              ) : <EligibilityBadge c={c} />}
            </Table.Td>
            {scores && <Table.Td ta="right">
              {c.jpm.persen === null ? '—' : (
                <Tooltip label={t(`jpm.${c.jpm.kategori}`)}>
                  <Text size="sm" span c={c.jpm.kategori === 'optimal' ? 'teal.8' : c.jpm.kategori === 'kurang_optimal' ? 'red.8' : undefined}>{fmt1(c.jpm.persen)}%</Text>
                </Tooltip>
              )}
            </Table.Td>}
            {scores && <Table.Td>
              <Group gap={4} wrap="nowrap">
                {c.skpTren.length === 0 ? '—' : c.skpTren.map((s) => (
                  <Tooltip key={s.tahun} label={`${s.tahun}: ${s.predikat}`}>
                    <Text size="sm" fw={700} c={s.predikat === 'Sangat Baik' ? 'teal.8' : s.predikat === 'Baik' ? 'blue.8' : 'red.8'}>{predikatShort(s.predikat)}</Text>
                  </Tooltip>
                ))}
              </Group>
            </Table.Td>}
            <Table.Td ta="right">{c.jarakKm === null ? '—' : `${fmt1(c.jarakKm)} km`}</Table.Td>
            <Table.Td ta="right">{c.targetRecord.dinilai === 0 ? t('pool.noTargets') : `${c.targetRecord.tercapai}/${c.targetRecord.dinilai}`}</Table.Td>
          </Table.Tr>
        );
      })}
    </Table.Tbody>
  );

  return (
    <Stack gap="xs">
      <Text fw={600}>{t('pool.eligible', { n: props.ranked.length })}</Text>
      {props.ranked.length ? (
        <Table.ScrollContainer minWidth={1150}>
          <Table striped highlightOnHover data-testid="ranking-table">{head(false)}{body(props.ranked, false)}</Table>
        </Table.ScrollContainer>
      ) : <Text c="dimmed">{t('pool.none')}</Text>}
      <Text fw={600} c="red.8" mt="sm">{t('pool.ineligible', { n: props.ineligible.length })}</Text>
      {props.ineligible.length ? (
        <Table.ScrollContainer minWidth={1150}>
          <Table striped data-testid="ineligible-table">{head(true)}{body(props.ineligible, true)}</Table>
        </Table.ScrollContainer>
      ) : <Text c="dimmed">{t('pool.none')}</Text>}
    </Stack>
  );
}
