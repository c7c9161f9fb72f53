import { useState } from 'react';
import { Alert, Button, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { addDays } from '../../../../shared/format/tanggal';
import { DateField } from '../../components/DateField';

/** Exports one member's packet for a session; main asks where to save it. */
export function ExportPacketModal(props: {
  sidangId: string;
  member: { anggotaId: string; nama: string } | null;
  /** "yyyy-mm-dd" the default expiry is counted from (the session's date). */
  sessionDate: string;
  onClose(): void;
  onDone(msg: string): void;
}) {
  const { t } = useTranslation('review');
  const [expiry, setExpiry] = useState(() => addDays(props.sessionDate, 1));
  const [pass, setPass] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    if (!props.member) return;
    if (pass !== confirm) { setError(t('identity.mismatch')); return; }
    setBusy(true);
    setError(null);
    try {
      const { paket } = await api.review.exportPacket({
        sidangId: props.sidangId, anggotaId: props.member.anggotaId, kedaluwarsa: expiry, passphrase: pass,
      });
      if (paket) {
        setPass('');
        setConfirm('');
        props.onDone(t('packet.done', { nama: props.member.nama, path: paket.path, n: paket.jumlah.permohonan }));
      }
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={props.member !== null} onClose={props.onClose} title={t('packet.title')}>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <Stack>
          <Text size="sm"><b>{t('packet.member')}:</b> {props.member?.nama}</Text>
          <DateField label={t('packet.expiry')} value={expiry || null} onChange={(v) => setExpiry(v ?? '')} data-testid="packet-expiry-input" />
          <PasswordInput label={t('packet.passphrase')} value={pass} onChange={(e) => setPass(e.currentTarget.value)} data-testid="packet-passphrase" />
          <PasswordInput label={t('packet.confirm')} value={confirm} onChange={(e) => setConfirm(e.currentTarget.value)} data-testid="packet-confirm" />
          <Text size="xs" c="dimmed">{t('packet.hint')}</Text>
          {error && <Alert color="red" data-testid="packet-error">{error}</Alert>}
          <Button type="submit" loading={busy} disabled={!pass || !expiry} data-testid="packet-submit">{t('packet.submit')}</Button>
        </Stack>
      </form>
    </Modal>
  );
}
