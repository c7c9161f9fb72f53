import { useState } from 'react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconDatabaseImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { useAppState } from '../../app/app-state';

/** Adds the checked import to the open dataset after an explicit confirmation; shows where the backup is. */
export function ImportIntoOpen(props: { token: string }) {
  const { t } = useTranslation('intake');
  const { info, refresh } = useAppState();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [backup, setBackup] = useState<string | null>(null);

  async function run() {
    setBusy(true);
    setError(null);
    try {
      const r = await api.intake.importIntoOpen({ token: props.token });
      setBackup(r.backupPath);
      await refresh();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  if (backup) {
    return <Alert color="teal" icon={<IconCircleCheck />} data-testid="import-result">{t('imported', { backup })}</Alert>;
  }
  return (
    <Stack gap="xs">
      {confirming ? (
        <Alert color="yellow">
          <Text size="sm" mb="xs">{t('importConfirm', { file: info.fileName })}</Text>
          <Group>
            <Button size="xs" onClick={() => void run()} loading={busy} data-testid="import-confirm">{t('importOpen')}</Button>
            <Button size="xs" variant="default" onClick={() => setConfirming(false)}>{t('common.cancel', { ns: 'core' })}</Button>
          </Group>
        </Alert>
      ) : (
        <Group><Button leftSection={<IconDatabaseImport size={16} />} onClick={() => setConfirming(true)} data-testid="import-open">{t('importOpen')}</Button></Group>
      )}
      {error && <Alert color="red" data-testid="import-error">{error}</Alert>}
    </Stack>
  );
}
