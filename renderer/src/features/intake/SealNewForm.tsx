import { useState } from 'react';
import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { useAppState } from '../../app/app-state';
import { passphraseStrength } from '../../../../shared/intake/passphrase';
import { PassphraseMeter } from './PassphraseMeter';
import type { FileHandle } from '../../../../shared/ipc/file-handle';

/** Seal the checked import as a new .bpj: passphrase typed twice, strength shown, then open it if wanted. */
export function SealNewForm(props: { token: string }) {
  const { t } = useTranslation('intake');
  const { refresh, go } = useAppState();
  const [pass, setPass] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sealed, setSealed] = useState<FileHandle | null>(null);
  const mismatch = again.length > 0 && again !== pass;
  const strong = passphraseStrength(pass).acceptable;

  async function seal() {
    setBusy(true);
    setError(null);
    try {
      const r = await api.intake.sealNew({ token: props.token, passphrase: pass, passphraseConfirm: again });
      if (r.file) setSealed(r.file);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  async function openSealed() {
    if (!sealed) return;
    setBusy(true);
    try {
      await api.dataset.open({ file: sealed.handle, passphrase: pass });
      setPass('');
      setAgain('');
      await refresh();
      go({ name: 'requests' });
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  }

  if (sealed) {
    return (
      <Alert color="teal" icon={<IconCircleCheck />} data-testid="sealed-result">
        <Stack gap="xs">
          <Text size="sm">{t('sealed', { path: sealed.name })}</Text>
          <Group><Button size="xs" onClick={() => void openSealed()} loading={busy} data-testid="open-sealed">{t('openSealed')}</Button></Group>
          {error && <Text c="red" size="sm">{error}</Text>}
        </Stack>
      </Alert>
    );
  }
  return (
    <Stack maw={480} gap="sm">
      <PasswordInput label={t('passphrase')} value={pass} onChange={(e) => setPass(e.currentTarget.value)} data-testid="seal-passphrase" />
      <PassphraseMeter value={pass} />
      <PasswordInput
        label={t('passphraseConfirm')} value={again} onChange={(e) => setAgain(e.currentTarget.value)}
        error={mismatch ? t('passphraseMismatch') : undefined} data-testid="seal-passphrase-confirm"
      />
      {error && <Alert color="red" data-testid="seal-error">{error}</Alert>}
      <Group>
        <Button leftSection={<IconLock size={16} />} disabled={!strong || !again || mismatch} loading={busy} onClick={() => void seal()} data-testid="seal-button">
          {busy ? t('sealing') : t('seal')}
        </Button>
      </Group>
    </Stack>
  );
}
