import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { PILIHAN_SUARA, type AgendaItemRecord, type SessionRecord } from '../../../../shared/session/model';
import type { RunAct } from './use-session-record';
import { useProjector } from '../../app/app-state';
import { VotingRuleBar } from './VotingRuleBar';

const VOTE_COLOR = { setuju: 'teal', tidak_setuju: 'red', abstain: 'gray' } as const;

/**
 * Per member on this item: likely-conflict hints, a declared conflict (then no vote), or the
 * member's vote. Absent members cannot vote; the tally counts only who may vote.
 */
export function MemberVotes(props: { record: SessionRecord; item: AgendaItemRecord; run: RunAct; closed: boolean }) {
  const { t } = useTranslation('session');
  const { record, item, run, closed } = props;
  const [declaring, setDeclaring] = useState<string | null>(null);
  const [alasan, setAlasan] = useState('');
  const decided = item.keputusan !== null;
  // On a projector the reasons behind a recusal and vote notes stay off the wall.
  const projector = useProjector();

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={5}>{t('vote.title')} · {t('conflict.title')}</Title>
          <Text size="sm" fw={500} data-testid="vote-tally">{t('vote.tally', item.rekap)}</Text>
        </Group>
        <Table verticalSpacing={4}>
          <Table.Tbody>
            {record.anggota.map((a) => {
              const konflik = item.konflik.find((k) => k.anggotaId === a.anggotaId);
              const vote = item.suara.find((s) => s.anggotaId === a.anggotaId);
              const hints = item.petunjukKonflik.filter((h) => h.anggotaId === a.anggotaId);
              return (
                <Table.Tr key={a.anggotaId} data-testid={`member-row-${a.urutan}`}>
                  <Table.Td w="34%">
                    <Text size="sm">{a.nama}</Text>
                    {hints.map((h) => (
                      <Tooltip key={h.jenis} label={t('conflict.hintOnly')}>
                        <Badge size="xs" color="orange" variant="light" leftSection={<IconAlertTriangle size={10} />} data-testid={`hint-${a.urutan}`}>
                          {t(h.jenis === 'unit_sama' ? 'conflict.hintUnit' : 'conflict.hintFamily', { rincian: h.rincian })}
                        </Badge>
                      </Tooltip>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    {konflik ? (
                      <Group gap="xs">
                        <Badge color="grape" data-testid={`recused-${a.urutan}`}>{t('conflict.recused')}</Badge>
                        {!projector && <Text size="xs" c="dimmed">{konflik.alasan}</Text>}
                        {!closed && !decided && (
                          <Button size="compact-xs" variant="subtle"
                            onClick={() => void run(() => api.session.withdrawConflict({ itemId: item.id, anggotaId: a.anggotaId }))}>
                            {t('conflict.withdraw')}
                          </Button>
                        )}
                      </Group>
                    ) : !a.hadir ? (
                      <Text size="xs" c="dimmed">{t('vote.absent')}</Text>
                    ) : closed ? (
                      <Group gap="xs">
                        {vote ? <Badge color={VOTE_COLOR[vote.pilihan]} data-testid={`voted-${a.urutan}`}>{t(`vote.${vote.pilihan}`)}</Badge> : <Text size="xs" c="dimmed">—</Text>}
                        {vote?.catatan && !projector && <Text size="xs" c="dimmed">{vote.catatan}</Text>}
                      </Group>
                    ) : declaring === a.anggotaId ? (
                      <Group gap="xs" wrap="nowrap">
                        <TextInput size="xs" placeholder={t('conflict.reason')} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} data-testid="conflict-reason" />
                        <Button size="compact-sm" color="grape" disabled={alasan.trim().length < 3} data-testid="conflict-submit" onClick={async () => {
                          if (await run(() => api.session.declareConflict({ itemId: item.id, anggotaId: a.anggotaId, alasan }))) { setDeclaring(null); setAlasan(''); }
                        }}>{t('conflict.declare')}</Button>
                        <Button size="compact-sm" variant="default" onClick={() => setDeclaring(null)}>{t('core:common.cancel')}</Button>
                      </Group>
                    ) : (
                      <Group gap={4} wrap="nowrap">
                        {record.sidang.aturanKeputusan !== 'mufakat' && !item.pemungutanDitutup && PILIHAN_SUARA.map((p) => (
                          <Button
                            key={p} size="compact-sm" color={VOTE_COLOR[p]} variant={vote?.pilihan === p ? 'filled' : 'default'} disabled={!record.kuorum.terpenuhi || record.sidang.status !== 'berlangsung'}
                            data-testid={`vote-${a.urutan}-${p}`} data-selected={vote?.pilihan === p ? 'true' : 'false'} aria-pressed={vote?.pilihan === p}
                            onClick={() => void run(() => api.session.vote({ itemId: item.id, anggotaId: a.anggotaId, pilihan: p }))}
                          >{t(`vote.${p}`)}</Button>
                        ))}
                        {!closed && !decided && !vote && (
                          <Button size="compact-sm" variant="subtle" color="grape" data-testid={`conflict-declare-${a.urutan}`}
                            onClick={() => { setDeclaring(a.anggotaId); setAlasan(hints[0] ? t(hints[0].jenis === 'unit_sama' ? 'conflict.hintUnit' : 'conflict.hintFamily', { rincian: hints[0].rincian }).replace(/^[^:]*:\s*/, '') : ''); }}>
                            {t('conflict.declare')}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <VotingRuleBar record={record} item={item} run={run} closed={closed} />
      </Stack>
    </Paper>
  );
}
