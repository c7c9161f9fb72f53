import { useState } from 'react';
import { ActionIcon, Alert, Badge, Button, Checkbox, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconCheck, IconTrash, IconUserPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { PERAN_ANGGOTA, type AnggotaSidang, type PeranAnggota, type SessionRecord } from '../../../../shared/session/model';
import type { RunAct } from './use-session-record';
import { AddMemberForm } from './AddMemberForm';

const PERAN_COLOR = { ketua: 'indigo', sekretaris: 'cyan', anggota: 'gray' } as const;

/** The member's role: editable before the session starts (one ketua, one sekretaris, enforced by main). */
function RoleCell(props: { a: AnggotaSidang; sidangId: string; editable: boolean; run: RunAct }) {
  const { t } = useTranslation('session');
  const { a } = props;
  if (!props.editable) {
    return <Badge size="xs" variant="light" style={{ flexShrink: 0 }} color={PERAN_COLOR[a.peran]} data-testid={`role-${a.urutan}`}>{t(`members.role.${a.peran}`)}</Badge>;
  }
  return (
    <Select size="xs" w={120} value={a.peran} allowDeselect={false} data-testid={`role-${a.urutan}`} aria-label={t('members.peran')}
      data={PERAN_ANGGOTA.map((p) => ({ value: p, label: t(`members.role.${p}`) }))}
      onChange={(v) => { if (v && v !== a.peran) void props.run(() => api.session.setMemberRole({ sidangId: props.sidangId, anggotaId: a.anggotaId, peran: v as PeranAnggota })); }} />
  );
}

/** Members with roles and attendance; the quorum line updates as attendance is ticked. */
export function MembersPanel(props: { record: SessionRecord; run: RunAct; closed: boolean }) {
  const { t } = useTranslation('session');
  const { record, run, closed } = props;
  const s = record.sidang;
  const k = record.kuorum;
  const [adding, setAdding] = useState(false);

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Title order={5}>{t('members.title')}</Title>
        <Alert
          color={k.terpenuhi ? 'teal' : 'orange'} p="xs" icon={k.terpenuhi ? <IconCheck size={16} /> : <IconX size={16} />}
          data-testid="quorum-status" data-quorum={k.terpenuhi ? 'ok' : 'no'}
        >
          <Text size="sm">{t(k.terpenuhi ? 'quorum.ok' : 'quorum.no', k)}</Text>
          <Text size="xs" c="dimmed">
            {t('quorum.rule')}: {s.kuorum.lebihDari ? t('quorum.more') : t('quorum.atLeast')} {s.kuorum.pembilang}/{s.kuorum.penyebut} {t('quorum.of')}
          </Text>
          <Text size="xs" c="dimmed" data-testid="quorum-recusal-note">{t('rules.quorumNote')}</Text>
          <Text size="xs" data-testid="decision-rule">{t('rules.aturan')}: {t(`rules.aturanLabel.${s.aturanKeputusan}`)}</Text>
        </Alert>
        <Table verticalSpacing={4}>
          <Table.Tbody>
            {record.anggota.map((a) => (
              <Table.Tr key={a.anggotaId}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={500}>{a.nama}</Text>
                  </Group>
                  <Group gap={6} wrap="nowrap">
                    <RoleCell a={a} sidangId={s.id} editable={!closed && s.status === 'draf'} run={run} />
                    <Text size="xs" c="dimmed" lineClamp={1}>{a.jabatan}</Text>
                  </Group>
                </Table.Td>
                <Table.Td w={1}>
                  {!closed && s.status === 'draf' && (
                    <ActionIcon size="sm" variant="subtle" color="red" aria-label={t('members.remove')} data-testid={`member-remove-${a.urutan}`}
                      onClick={() => void run(() => api.session.removeMember({ sidangId: s.id, anggotaId: a.anggotaId }))}>
                      <IconTrash size={14} />
                    </ActionIcon>
                  )}
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    label={t('members.hadir')} checked={a.hadir} disabled={closed} data-testid={`attend-${a.urutan}`}
                    onChange={(e) => { const hadir = e.currentTarget.checked; void run(() => api.session.setAttendance({ sidangId: s.id, anggotaId: a.anggotaId, hadir })); }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {!closed && !adding && (
          <Group><Button size="xs" variant="subtle" leftSection={<IconUserPlus size={14} />} onClick={() => setAdding(true)} data-testid="member-add">{t('members.add')}</Button></Group>
        )}
        {!closed && adding && <AddMemberForm sidangId={s.id} run={run} onClose={() => setAdding(false)} />}
      </Stack>
    </Paper>
  );
}
