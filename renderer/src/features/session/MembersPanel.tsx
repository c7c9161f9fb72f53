import { useState } from 'react';
import { ActionIcon, Alert, Badge, Button, Checkbox, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconCheck, IconTrash, IconUserPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { PERAN_ANGGOTA, type PeranAnggota, type SessionRecord } from '../../../../shared/session/model';
import type { RunAct } from './use-session-record';

/** Members with roles and attendance; the quorum line updates as attendance is ticked. */
export function MembersPanel(props: { record: SessionRecord; run: RunAct; closed: boolean }) {
  const { t } = useTranslation('session');
  const { record, run, closed } = props;
  const s = record.sidang;
  const k = record.kuorum;
  const [adding, setAdding] = useState(false);
  const [nama, setNama] = useState('');
  const [jabatan, setJabatan] = useState('');
  const [peran, setPeran] = useState<PeranAnggota>('anggota');

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
                    <Badge size="xs" variant="light" style={{ flexShrink: 0 }} color={a.peran === 'ketua' ? 'indigo' : a.peran === 'sekretaris' ? 'cyan' : 'gray'}>
                      {t(`members.role.${a.peran}`)}
                    </Badge>
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
        {!closed && adding && (
          <Stack gap={4}>
            <TextInput size="xs" label={t('members.nama')} value={nama} onChange={(e) => setNama(e.currentTarget.value)} data-testid="member-nama" />
            <TextInput size="xs" label={t('members.jabatan')} value={jabatan} onChange={(e) => setJabatan(e.currentTarget.value)} />
            <Select
              size="xs" label={t('members.peran')} value={peran} allowDeselect={false}
              data={PERAN_ANGGOTA.map((p) => ({ value: p, label: t(`members.role.${p}`) }))} onChange={(v) => setPeran((v as PeranAnggota) ?? 'anggota')}
            />
            <Group gap="xs">
              <Button size="xs" disabled={nama.trim().length < 2} data-testid="member-submit" onClick={async () => {
                if (await run(() => api.session.addMember({ sidangId: s.id, anggota: { nama, jabatan, peran } }))) {
                  setAdding(false); setNama(''); setJabatan('');
                }
              }}>{t('members.add')}</Button>
              <Button size="xs" variant="default" onClick={() => setAdding(false)}>{t('core:common.cancel')}</Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
