import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCalendarEvent, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { formatTanggal } from '../../../../shared/format/tanggal';
import type { SidangRingkas } from '../../../../shared/session/model';
import { CreateSessionModal } from './CreateSessionModal';
import { ElectionScheduleModal } from './ElectionScheduleModal';

export const STATUS_COLOR = { draf: 'gray', berlangsung: 'blue', selesai: 'teal' } as const;

/** Every session, newest first, with a button to start a new one. */
export function SessionList(props: { onOpen(id: string): void }) {
  const { t } = useTranslation('session');
  const [rows, setRows] = useState<SidangRingkas[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [schedule, setSchedule] = useState(false);

  useEffect(() => {
    api.session.list({}).then(setRows, (e) => setError(errorText(e)));
  }, []);

  return (
    <Stack gap="sm">
      <Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} data-testid="session-new">{t('list.new')}</Button>
        <Button variant="default" leftSection={<IconCalendarEvent size={16} />} onClick={() => setSchedule(true)} data-testid="jadwal-open">
          {t('procedure.jadwal.open')}
        </Button>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {rows?.length === 0 && <Text c="dimmed">{t('list.empty')}</Text>}
      {rows?.map((s) => (
        <Paper key={s.id} withBorder p="sm" data-testid="session-row">
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={2}>
              <Group gap="xs">
                <Text fw={600}>{s.nomor}</Text>
                <Badge color={STATUS_COLOR[s.status]} variant="light">{t(`status.${s.status}`)}</Badge>
              </Group>
              <Text size="sm" c="dimmed">{formatTanggal(s.tanggal)} · {s.tempat}</Text>
              <Text size="xs" c="dimmed">
                {t('list.members', { n: s.jumlahAnggota })} · {t('list.items', { n: s.jumlahAgenda })} · {t('list.decided', { n: s.jumlahKeputusan })}
              </Text>
            </Stack>
            <Button variant="light" onClick={() => props.onOpen(s.id)} data-testid={`session-open-${s.nomor}`}>{t('list.open')}</Button>
          </Group>
        </Paper>
      ))}
      <ElectionScheduleModal opened={schedule} onClose={() => setSchedule(false)} />
      <CreateSessionModal opened={creating} onClose={() => setCreating(false)} onCreated={(id) => { setCreating(false); props.onOpen(id); }} />
    </Stack>
  );
}
