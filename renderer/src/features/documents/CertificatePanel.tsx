import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, PasswordInput, Stack, Table, Text } from '@mantine/core';
import { IconCertificate, IconFileImport, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { CertInfo } from '../../../../shared/documents/certificate';
import { formatTanggal } from '../../../../shared/format/tanggal';
import { CreateCertificateModal } from './CreateCertificateModal';

/** The signing certificate: subject, validity and fingerprint; create, import or remove it. */
export function CertificatePanel(props: { identity: CertInfo | null; onChange(identity: CertInfo | null): void }) {
  const { t } = useTranslation('documents');
  const [creating, setCreating] = useState(false);
  const [importPassword, setImportPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = props.identity;
  const expired = id ? Date.parse(id.notAfter) < Date.now() : false;

  async function doImport() {
    setError(null);
    try {
      const r = await api.documents.importIdentity({ password: importPassword });
      setImportPassword('');
      if (r.identity) props.onChange(r.identity);
    } catch (e) {
      setError(errorText(e));
    }
  }

  async function remove() {
    if (!window.confirm(t('sertifikat.hapusYakin'))) return;
    try {
      await api.documents.removeIdentity({});
      props.onChange(null);
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <Stack gap="sm" maw={900}>
      {id ? (
        <Card withBorder data-testid="doc-identity">
          <Group mb="xs">
            <IconCertificate size={20} />
            <Text fw={700}>{id.commonName}</Text>
            <Badge variant="light" color={id.selfSigned ? 'orange' : 'blue'}>{id.selfSigned ? t('sertifikat.swa') : t('sertifikat.ca')}</Badge>
            {expired && <Badge color="red">{t('sertifikat.kedaluwarsa')}</Badge>}
          </Group>
          <Table variant="vertical" layout="fixed">
            <Table.Tbody>
              <Table.Tr><Table.Th w={200}>{t('sertifikat.subjek')}</Table.Th><Table.Td>{id.subject}</Table.Td></Table.Tr>
              <Table.Tr><Table.Th>{t('sertifikat.penerbit')}</Table.Th><Table.Td>{id.issuer}</Table.Td></Table.Tr>
              <Table.Tr><Table.Th>{t('sertifikat.berlaku')}</Table.Th><Table.Td>{formatTanggal(id.notBefore)} – {formatTanggal(id.notAfter)}</Table.Td></Table.Tr>
              <Table.Tr><Table.Th>{t('sertifikat.serial')}</Table.Th><Table.Td ff="monospace">{id.serialNumber}</Table.Td></Table.Tr>
              <Table.Tr><Table.Th>{t('sertifikat.sidik')}</Table.Th><Table.Td ff="monospace" fz="xs" style={{ wordBreak: 'break-all' }} data-testid="doc-fingerprint">{id.fingerprintSha256}</Table.Td></Table.Tr>
            </Table.Tbody>
          </Table>
        </Card>
      ) : <Alert color="yellow">{t('sertifikat.kosong')}</Alert>}
      <Text size="xs" c="dimmed">{t('sertifikat.simpanan')}</Text>
      <Group align="flex-end">
        <Button leftSection={<IconCertificate size={16} />} onClick={() => setCreating(true)} data-testid="doc-create-identity">{t('sertifikat.buat')}</Button>
        <PasswordInput label={t('sertifikat.sandiImpor')} value={importPassword} onChange={(e) => setImportPassword(e.currentTarget.value)} w={240} data-testid="doc-import-password" />
        <Button variant="light" leftSection={<IconFileImport size={16} />} disabled={!importPassword} onClick={() => void doImport()} data-testid="doc-import-identity">{t('sertifikat.impor')}</Button>
        {id && <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => void remove()} data-testid="doc-remove-identity">{t('sertifikat.hapus')}</Button>}
      </Group>
      {error && <Alert color="red" data-testid="doc-identity-error">{error}</Alert>}
      <CreateCertificateModal opened={creating} onClose={() => setCreating(false)} onCreated={(c) => { setCreating(false); props.onChange(c); }} />
    </Stack>
  );
}
