import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDeviceFloppy, IconEdit, IconPlayerPlay, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { formatTanggal } from '../../../../shared/format/tanggal';
import { NO_RECORD_CHANGE, useSessionRecord } from './use-session-record';
import { ElectionWindowAlert } from './ElectionWindowAlert';
import { MembersPanel } from './MembersPanel';
import { AgendaList } from './AgendaList';
import { AgendaItemPanel } from './AgendaItemPanel';
import { STATUS_COLOR } from './SessionList';
import { EditSessionModal } from './EditSessionModal';
import { PledgeNotice } from './PledgeNotice';
import { CloseSessionConfirm } from './CloseSessionConfirm';
import { ExportCheckpointButton } from './ExportCheckpointButton';
import { useAppState, useProjector } from '../../app/app-state';
import { RedactionControl } from './RedactionControl';

/** One session: members and quorum on the left with the agenda, the selected item on the right. */
export function SessionDetail(props: { sidangId: string; initialItemId?: string | null; onBack(): void; onTimeline(nip: string): void; onTracking(): void }) {
  const { t } = useTranslation('session');
  const { record, error, setError, run, busy } = useSessionRecord(props.sidangId);
  const [selected, setSelected] = useState<string | null>(props.initialItemId ?? null);
  const [confirmClose, setConfirmClose] = useState(false);
  const [editing, setEditing] = useState(false);
  const projector = useProjector();
  const { remember } = useAppState();
  // Until one is chosen, the first undecided item (or the first item) is shown.
  const item = record?.items.find((i) => i.id === selected) ?? record?.items.find((i) => !i.keputusan) ?? record?.items[0] ?? null;
  const itemId = item?.id ?? null;
  // Lock, reload and restart come back to this item.
  useEffect(() => { if (itemId) remember({ itemId }); }, [itemId, remember]);
  if (!record) return error ? <Alert color="red">{error}</Alert> : null;
  const s = record.sidang;
  const closed = s.status === 'selesai';

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Group gap="sm">
          <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={props.onBack} data-testid="session-back">{t('detail.back')}</Button>
          <Title order={4} data-testid="session-nomor">{s.nomor}</Title>
          <Badge color={STATUS_COLOR[s.status]} data-testid="session-status">{t(`status.${s.status}`)}</Badge>
          <Text size="sm" c="dimmed">{formatTanggal(s.tanggal)} · {s.tempat}</Text>
        </Group>
        <Group gap="xs">
          <RedactionControl sidang={s} run={run} busy={busy} />
          {!closed && (
            <Button variant="default" leftSection={<IconEdit size={16} />} onClick={() => setEditing(true)} data-testid="session-edit">{t('edit.open')}</Button>
          )}
          {s.status === 'draf' && (
            <Button leftSection={<IconPlayerPlay size={16} />} loading={busy} data-testid="session-start"
              onClick={() => void run(() => api.session.setStatus({ sidangId: s.id, status: 'berlangsung' }))}>
              {t('detail.start')}
            </Button>
          )}
          {s.status === 'berlangsung' && (
            <Button color="teal" variant="light" leftSection={<IconLock size={16} />} loading={busy} data-testid="session-close"
              onClick={() => setConfirmClose(true)}>
              {t('detail.close')}
            </Button>
          )}
          {closed && <ExportCheckpointButton sidangId={s.id} onError={setError} />}
          <Button variant="default" leftSection={<IconDeviceFloppy size={16} />} loading={busy} data-testid="session-save"
            onClick={() => void run(async () => { await api.dataset.save({}); return NO_RECORD_CHANGE; })}>
            {t('detail.save')}
          </Button>
        </Group>
      </Group>
      {confirmClose && !closed && (
        <CloseSessionConfirm onCancel={() => setConfirmClose(false)}
          onConfirm={(password) => { setConfirmClose(false); void run(() => api.session.setStatus({ sidangId: s.id, status: 'selesai', password })); }} />
      )}
      <ElectionWindowAlert record={record} run={run} />
      {error && <Alert color="red" data-testid="session-error" withCloseButton={false}>{error}</Alert>}
      {!closed && <PledgeNotice onTracking={props.onTracking} onTimeline={props.onTimeline} />}
      <EditSessionModal sidang={s} opened={editing} run={run} onClose={() => setEditing(false)} />
      <Grid gap="md">
        {/* On the wall the type is larger: members and agenda get a wider column, stacked below 1200 px. */}
        <Grid.Col span={projector ? { base: 12, lg: 6 } : { base: 12, md: 4 }}>
          <Stack gap="sm">
            <MembersPanel record={record} run={run} closed={closed} />
            <AgendaList record={record} run={run} closed={closed} selected={item?.id ?? null} onSelect={setSelected} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={projector ? { base: 12, lg: 6 } : { base: 12, md: 8 }}>
          {item
            ? <AgendaItemPanel key={item.id} record={record} item={item} run={run} closed={closed} onTimeline={props.onTimeline} />
            : <Text c="dimmed">{t('item.select')}</Text>}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
