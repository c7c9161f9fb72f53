import { useCallback, useEffect, useState } from 'react';
import { Badge, Menu, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconDeviceFloppy, IconFileExport } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { api } from '../api';
import { errorText } from '../i18n';
import { formatError } from '../../../shared/errors';
import type { SaveState } from '../../../shared/ipc/dataset';
import { useAuditT } from '../features/session/audit-i18n';

/**
 * Header control: "Tersimpan 10:42" once the last act is fsynced, red when a save failed (disk
 * full, read-only), with "Simpan sekarang" and "Simpan sebagai…" in its menu. Re-reads the status
 * every few seconds and on focus, so it follows acts made on any screen.
 */
export function SaveStatus(props: { language: 'id' | 'en'; pollMs?: number }) {
  const t = useAuditT();
  const [lastSavedAt, setLastSavedAt] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState | null>(null);

  const load = useCallback(async () => {
    try {
      const st = await api.dataset.status({});
      setLastSavedAt(st.lastSavedAt);
      setSave(st.save);
    } catch {
      /* the next poll tries again */
    }
  }, []);
  useEffect(() => {
    void load();
    const id = window.setInterval(() => void load(), props.pollMs ?? 3000);
    window.addEventListener('focus', load);
    return () => {
      window.clearInterval(id);
      window.removeEventListener('focus', load);
    };
  }, [load, props.pollMs]);

  async function run(fn: () => Promise<void>) {
    try {
      await fn();
    } catch (err) {
      notifications.show({ color: 'red', message: errorText(err) });
    }
    await load();
  }

  const failed = save?.error ?? null;
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <UnstyledButton data-testid="save-status" title={failed ? formatError(failed.code, failed.params, props.language) : undefined}>
          <Badge
            variant="light" color={failed ? 'red' : 'gray'} radius="sm"
            leftSection={failed ? <IconAlertTriangle size={12} /> : <IconCheck size={12} />}
          >
            {failed ? t('saving.failed') : lastSavedAt ? t('saving.savedAt', { time: new Date(lastSavedAt).toLocaleTimeString('id-ID') }) : t('saving.notSaved')}
          </Badge>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconDeviceFloppy size={14} />} data-testid="save-status-save"
          onClick={() => void run(async () => { await api.dataset.save({}); })}>
          {t('saving.saveNow')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileExport size={14} />} data-testid="save-status-save-as"
          onClick={() => void run(async () => {
            const r = await api.dataset.saveAs({});
            if (r.path) notifications.show({ color: 'teal', message: t('saving.savedTo', { path: r.path }) });
          })}>
          {t('saving.saveAs')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
