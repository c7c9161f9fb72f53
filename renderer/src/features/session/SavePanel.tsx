import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy, IconFileExport } from '@tabler/icons-react';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { useAppState } from '../../app/app-state';
import type { SaveState } from '../../../../shared/ipc/dataset';
import { formatError } from '../../../../shared/errors';
import { useAuditT } from './audit-i18n';

const time = (iso: string | null): string => (iso ? new Date(iso).toLocaleString('id-ID') : '—');

/** Save state, "Simpan sekarang" / "Simpan sebagai…", and the auto-lock delay. */
export function SavePanel() {
  const t = useAuditT();
  const { settings, updateSettings, refresh } = useAppState();
  const [save, setSave] = useState<SaveState | null>(null);
  const [lastSavedAt, setLastSavedAt] = useState<string | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const st = await api.dataset.status({});
    setSave(st.save);
    setLastSavedAt(st.lastSavedAt);
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  async function act(fn: () => Promise<string | null>) {
    setBusy(true);
    setMessage(null);
    try {
      const text = await fn();
      if (text) setMessage({ ok: true, text });
    } catch (err) {
      setMessage({ ok: false, text: errorText(err) });
    } finally {
      setBusy(false);
      await load();
      await refresh();
    }
  }

  const lang = settings.language;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={5}>{t('saving.title')}</Title>
        <Text size="sm" data-testid="save-last">{lastSavedAt ? t('saving.savedAt', { time: time(lastSavedAt) }) : t('saving.notSaved')}</Text>
        {save && (
          <Text size="xs" c="dimmed">
            {t('saving.fullSave', { time: time(save.lastFullSaveAt) })} · {t('saving.journal', { count: save.journalRecords })}
          </Text>
        )}
        {save?.recovered && (
          <Alert color="yellow" data-testid="save-recovered">
            {t('saving.recovered', { count: save.recovered.records })}
            {save.recovered.damagedCopy && <> {t('saving.damaged', { path: save.recovered.damagedCopy })}</>}
          </Alert>
        )}
        {save?.error && (
          <Alert color="red" icon={<IconAlertTriangle />} title={t('saving.failed')} data-testid="save-error">
            {formatError(save.error.code, save.error.params, lang)}
          </Alert>
        )}
        {message && <Alert color={message.ok ? 'teal' : 'red'} data-testid="save-message">{message.text}</Alert>}
        <Group gap="xs">
          <Button size="xs" leftSection={<IconDeviceFloppy size={16} />} loading={busy} data-testid="dataset-save"
            onClick={() => void act(async () => { await api.dataset.save({}); return null; })}>
            {t('saving.saveNow')}
          </Button>
          <Button size="xs" variant="light" leftSection={<IconFileExport size={16} />} loading={busy} data-testid="dataset-save-as"
            onClick={() => void act(async () => {
              const r = await api.dataset.saveAs({});
              return r.path ? t('saving.savedTo', { path: r.path }) : null;
            })}>
            {t('saving.saveAs')}
          </Button>
        </Group>
        <NumberInput
          label={t('saving.autoLock')} min={1} max={240} w={320} size="xs" value={settings.autoLockMinutes}
          onChange={(v) => {
            const n = Number(v);
            if (Number.isInteger(n) && n >= 1 && n <= 240) void updateSettings({ autoLockMinutes: n });
          }}
          data-testid="autolock-minutes"
        />
      </Stack>
    </Paper>
  );
}
