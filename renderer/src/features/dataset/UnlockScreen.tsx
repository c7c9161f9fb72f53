import { useEffect, useState } from 'react';
import { Alert, Button, Center, Divider, Group, Paper, PasswordInput, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconAlertCircle, IconDatabase, IconFolderOpen, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { DatasetInfo } from '../../../../shared/ipc/dataset';
import type { FileHandle } from '../../../../shared/ipc/file-handle';

/** Opening a dataset, or unlocking the open one; nothing personal is rendered here. */
export function UnlockScreen(props: {
  mode: 'open' | 'unlock'; initialFile?: FileHandle | null; onOpened(info: DatasetInfo): void; onClosed(): void;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<FileHandle | null>(props.initialFile ?? null);
  const [passphrase, setPassphrase] = useState('');
  const [recent, setRecent] = useState<FileHandle[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api.dataset.status({}).then((s) => setRecent(s.recentFiles));
  }, []);

  async function run(action: () => Promise<DatasetInfo>) {
    setBusy(true);
    setError(null);
    try {
      const info = await action();
      setPassphrase('');
      props.onOpened(info);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  const submit = () => {
    if (!passphrase) return;
    if (props.mode === 'unlock') void run(() => api.dataset.unlock({ passphrase }));
    else if (file) void run(() => api.dataset.open({ file: file.handle, passphrase }));
  };

  return (
    <Center h="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={480}>
        <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
          <Stack>
            <Group gap="xs">
              {props.mode === 'unlock' ? <IconLock /> : <IconDatabase />}
              <Title order={3}>{props.mode === 'unlock' ? t('unlock.lockedTitle') : t('unlock.title')}</Title>
            </Group>
            {props.mode === 'unlock' ? (
              <Text size="sm" c="dimmed">{t('unlock.lockedHint')}</Text>
            ) : (
              <>
                <Button variant="default" leftSection={<IconFolderOpen size={18} />} onClick={async () => {
                  const r = await api.dataset.chooseFile({});
                  if (r.file) setFile(r.file);
                }} data-testid="choose-file">
                  {t('unlock.chooseFile')}
                </Button>
                <Text size="sm" data-testid="chosen-file" c={file ? undefined : 'dimmed'}>{file?.name ?? t('unlock.noFile')}</Text>
                {recent.length > 0 && (
                  <Stack gap={2}>
                    <Text size="xs" fw={600}>{t('unlock.recent')}</Text>
                    {recent.map((r) => (
                      <UnstyledButton key={r.handle} onClick={() => setFile(r)}><Text size="xs" c="blue">{r.name}</Text></UnstyledButton>
                    ))}
                  </Stack>
                )}
              </>
            )}
            <PasswordInput
              label={t('unlock.passphrase')}
              value={passphrase}
              onChange={(e) => setPassphrase(e.currentTarget.value)}
              autoFocus
              data-testid="passphrase"
            />
            {error && (
              <Alert color="red" icon={<IconAlertCircle />} data-testid="unlock-error">{error}</Alert>
            )}
            <Button type="submit" loading={busy} disabled={!passphrase || (props.mode === 'open' && !file)} data-testid="open-button">
              {props.mode === 'unlock' ? t('unlock.unlock') : t('unlock.open')}
            </Button>
            {props.mode === 'open' && (
              <>
                <Divider label="atau" />
                <Button variant="light" color="orange" loading={busy} disabled={!passphrase} onClick={() => void run(() => api.dataset.openDemo({ passphrase }))} data-testid="open-demo">
                  {t('unlock.openDemo')}
                </Button>
                <Text size="xs" c="dimmed">{t('unlock.demoHint')}</Text>
              </>
            )}
            {props.mode === 'unlock' && (
              <Button variant="subtle" color="gray" onClick={async () => { await api.dataset.close({}); props.onClosed(); }}>
                {t('actions.close')}
              </Button>
            )}
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
