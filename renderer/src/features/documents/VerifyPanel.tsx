import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, List, Stack, Table, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconFileSearch, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { VerifyReport } from '../../../../shared/documents/certificate';
import { formatTanggal } from '../../../../shared/format/tanggal';
import { SignatureList } from './SignatureList';

const SESSION_COLOR: Partial<Record<VerifyReport['sessionMatch'], string>> = { cocok: 'green', berbeda: 'red', revisi_ditandatangani_cocok: 'red.9' };
const CHECKS = ['byteRangeCoversWholeFile', 'nothingAppended', 'messageDigestMatches', 'signatureValid', 'certificateValidAtSigning'] as const;

/** "Verifikasi dokumen": our own PAdES check of a chosen PDF, and whether it still matches the dataset. */
export function VerifyPanel() {
  const { t } = useTranslation('documents');
  const [result, setResult] = useState<{ fileName: string; report: VerifyReport } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function choose() {
    setError(null);
    try {
      const r = await api.documents.verifyFile({});
      if (r) setResult(r);
    } catch (e) {
      setError(errorText(e));
    }
  }

  const r = result?.report;
  return (
    <Stack gap="sm" maw={900}>
      <Text size="sm">{t('verifikasi.petunjuk')}</Text>
      <Group><Button leftSection={<IconFileSearch size={16} />} onClick={() => void choose()} data-testid="doc-verify-choose">{t('verifikasi.pilih')}</Button></Group>
      {error && <Alert color="red">{error}</Alert>}
      {result && r && (
        <Card withBorder data-testid="doc-verify-result">
          <Group mb="sm">
            <Badge size="xl" color={r.verdict === 'sah' ? 'green' : 'red'} data-testid="doc-verify-verdict">{t(`verifikasi.verdik.${r.verdict}`)}</Badge>
            <Text fw={600}>{result.fileName}</Text>
          </Group>
          <SignatureList signatures={r.signatures} />
          {r.signed && (
            <List spacing={4} mb="sm">
              {CHECKS.map((c) => (
                <List.Item key={c} data-testid={`doc-check-${c}`} icon={
                  <ThemeIcon size={20} radius="xl" color={r.checks[c] ? 'green' : 'red'}>{r.checks[c] ? <IconCheck size={14} /> : <IconX size={14} />}</ThemeIcon>
                }>{t(`verifikasi.cek.${c}`)}</List.Item>
              ))}
            </List>
          )}
          <Table variant="vertical" layout="fixed">
            <Table.Tbody>
              <Table.Tr><Table.Th w={200}>{t('verifikasi.penandatangan')}</Table.Th><Table.Td>{r.signer ? `${r.signer.commonName} — ${r.signer.subject}` : '-'}</Table.Td></Table.Tr>
              {r.signer && <Table.Tr><Table.Th>SHA-256</Table.Th><Table.Td ff="monospace" fz="xs" style={{ wordBreak: 'break-all' }}>{r.signer.fingerprintSha256}</Table.Td></Table.Tr>}
              <Table.Tr><Table.Th>{t('verifikasi.waktu')}</Table.Th><Table.Td>{r.signingTime ? `${formatTanggal(r.signingTime)} ${r.signingTime.slice(11, 19)} UTC` : '-'}</Table.Td></Table.Tr>
              <Table.Tr><Table.Th>{t('verifikasi.jenis')}</Table.Th><Table.Td>{r.subFilter ?? '-'}</Table.Td></Table.Tr>
              <Table.Tr><Table.Th>{t('verifikasi.dokumen')}</Table.Th><Table.Td>{r.document ? `${r.document.kind} · ${r.document.sidangNomor}` : '-'}</Table.Td></Table.Tr>
              <Table.Tr>
                <Table.Th>{t('verifikasi.sesi')}</Table.Th>
                <Table.Td data-testid="doc-verify-session" c={SESSION_COLOR[r.sessionMatch]}>{t(`verifikasi.cocok.${r.sessionMatch}`)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          {r.problems.length > 0 && <Alert color="red" mt="sm"><List size="sm">{r.problems.map((p) => <List.Item key={p}>{p}</List.Item>)}</List></Alert>}
        </Card>
      )}
    </Stack>
  );
}
