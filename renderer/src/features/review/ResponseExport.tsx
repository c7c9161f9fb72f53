import { useState } from 'react';
import { Alert, Button, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { IconSignature } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';

/** Signs and saves the member's response file (main shows the save dialog). */
export function ResponseExport({ onDone }: { onDone(versi: number): void }) {
  const { t } = useTranslation('review');
  const [open, setOpen] = useState(false);
  const [pass, setPass] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      const { tanggapan } = await api.review.exportResponse({ passphrase: pass });
      if (tanggapan) {
        setDone(t('response.done', { versi: tanggapan.versi, path: tanggapan.path }));
        setPass('');
        onDone(tanggapan.versi);
      }
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button leftSection={<IconSignature size={16} />} onClick={() => { setOpen(true); setDone(null); setError(null); }} data-testid="response-export-open">
        {t('response.export')}
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title={t('response.title')}>
        <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          <Stack>
            <Text size="sm">{t('response.hint')}</Text>
            <PasswordInput label={t('response.passphrase')} value={pass} onChange={(e) => setPass(e.currentTarget.value)} data-testid="response-passphrase" />
            {error && <Alert color="red" data-testid="response-error">{error}</Alert>}
            {done && <Alert color="teal" data-testid="response-done">{done}</Alert>}
            <Button type="submit" loading={busy} disabled={!pass} data-testid="response-submit">{t('response.submit')}</Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
