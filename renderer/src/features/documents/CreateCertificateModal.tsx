import { useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { CertInfo } from '../../../../shared/documents/certificate';

/** Self-signed X.509 for the committee secretary; the key never leaves main unencrypted. */
export function CreateCertificateModal(props: { opened: boolean; onClose(): void; onCreated(c: CertInfo): void }) {
  const { t } = useTranslation('documents');
  const [nama, setNama] = useState('');
  const [organisasi, setOrganisasi] = useState('Pemerintah Kota Bengkulu');
  const [email, setEmail] = useState('');
  const [tahun, setTahun] = useState<number>(2);
  const [sandi, setSandi] = useState('');
  const [ulang, setUlang] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    setError(null);
    if (sandi !== ulang) return setError(t('sertifikat.form.tidakSama'));
    setBusy(true);
    try {
      const c = await api.documents.createIdentity({
        commonName: nama, organization: organisasi, email: email || undefined, validYears: tahun, password: sandi,
      });
      setSandi('');
      setUlang('');
      props.onCreated(c);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('sertifikat.form.judul')} size="lg">
      <Stack>
        <TextInput label={t('sertifikat.form.nama')} value={nama} onChange={(e) => setNama(e.currentTarget.value)} data-testid="cert-nama" />
        <TextInput label={t('sertifikat.form.organisasi')} value={organisasi} onChange={(e) => setOrganisasi(e.currentTarget.value)} data-testid="cert-org" />
        <TextInput label={t('sertifikat.form.email')} value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <NumberInput label={t('sertifikat.form.tahun')} value={tahun} min={1} max={5} onChange={(v) => setTahun(Number(v) || 2)} />
        <PasswordInput label={t('sertifikat.form.sandi')} value={sandi} onChange={(e) => setSandi(e.currentTarget.value)} data-testid="cert-sandi" />
        <PasswordInput label={t('sertifikat.form.ulang')} value={ulang} onChange={(e) => setUlang(e.currentTarget.value)} data-testid="cert-ulang" />
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button onClick={() => void submit()} loading={busy} disabled={nama.trim().length < 3 || sandi.length < 8} data-testid="cert-submit">{t('sertifikat.form.buat')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
