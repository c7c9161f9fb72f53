import { useState } from 'react';
import { Alert, Button, Checkbox, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';

export interface MemberRef {
  anggotaId: string;
  nama: string;
  /** A key is already registered (the replace box is offered). */
  hasKey: boolean;
}

/** Registers a member's public key, read from their app (QR or copied text). */
export function RegisterKeyModal({ member, onClose, onDone }: { member: MemberRef | null; onClose(): void; onDone(msg: string): void }) {
  const { t } = useTranslation('review');
  const [publicKey, setPublicKey] = useState('');
  const [ganti, setGanti] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    if (!member) return;
    setBusy(true);
    setError(null);
    try {
      const r = await api.review.registerKey({ anggotaId: member.anggotaId, nama: member.nama, publicKey: publicKey.trim(), ganti });
      setPublicKey('');
      setGanti(false);
      onDone(t('register.done', { nama: member.nama, sidik: r.sidik }));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={member !== null} onClose={onClose} title={t('register.title')}>
      <Stack>
        <Text size="sm"><b>{t('register.member')}:</b> {member?.nama}</Text>
        <Textarea label={t('register.publicKey')} value={publicKey} onChange={(e) => setPublicKey(e.currentTarget.value)}
          autosize minRows={2} ff="monospace" data-testid="register-public-key" />
        {member?.hasKey && <Checkbox label={t('register.replace')} checked={ganti} onChange={(e) => setGanti(e.currentTarget.checked)} data-testid="register-replace" />}
        <Text size="xs" c="dimmed">{t('register.verify')}</Text>
        {error && <Alert color="red" data-testid="register-error">{error}</Alert>}
        <Button onClick={() => void submit()} loading={busy} disabled={!publicKey.trim()} data-testid="register-submit">{t('register.submit')}</Button>
      </Stack>
    </Modal>
  );
}
