import { useState } from 'react';
import { Alert, Button, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { IconDatabasePlus } from '@tabler/icons-react';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { passphraseStrength } from '../../../../shared/intake/passphrase';
import type { DatasetInfo } from '../../../../shared/ipc/dataset';
import { PassphraseMeter } from '../intake/PassphraseMeter';
import { useCreateDatasetT } from './create-i18n';

/**
 * First run: "Buat dataset baru" and its dialog — passphrase twice with the strength check main
 * enforces; main asks where to save (the renderer never names a path) and opens the new file.
 */
export function CreateDataset(props: { onOpened(info: DatasetInfo): void }) {
  const t = useCreateDatasetT();
  const [opened, setOpened] = useState(false);
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mismatch = again.length > 0 && again !== pass;
  const ready = passphraseStrength(pass).acceptable && again === pass;

  async function create() {
    setBusy(true);
    setError(null);
    try {
      const { info } = await api.dataset.create({ passphrase: pass, passphraseConfirm: again });
      if (info) props.onOpened(info);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button variant="default" leftSection={<IconDatabasePlus size={18} />} onClick={() => setOpened(true)} data-testid="create-dataset">
        {t('open')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('title')}>
        <form onSubmit={(e) => { e.preventDefault(); e.stopPropagation(); if (ready) void create(); }}>
          <Stack gap="sm">
            <Text size="sm">{t('hint')}</Text>
            <PasswordInput label={t('passphrase')} value={pass} onChange={(e) => setPass(e.currentTarget.value)} data-autofocus data-testid="create-passphrase" />
            <PassphraseMeter value={pass} />
            <PasswordInput label={t('confirm')} value={again} onChange={(e) => setAgain(e.currentTarget.value)}
              error={mismatch ? t('mismatch') : undefined} data-testid="create-passphrase-confirm" />
            {error && <Alert color="red" data-testid="create-error">{error}</Alert>}
            <Button type="submit" disabled={!ready} loading={busy} data-testid="create-submit">{t('submit')}</Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
