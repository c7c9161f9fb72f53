import { Badge, Card, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SignatureReport } from '../../../../shared/documents/certificate';

/** One card per signature of the file: validity, who signed (by fingerprint), range, changes after it. */
export function SignatureList({ signatures }: { signatures: SignatureReport[] }) {
  const { t } = useTranslation('documents');
  return (
    <Stack gap="xs" mb="sm">
      {signatures.map((s) => (
        <Card key={s.index} withBorder padding="xs" data-testid={`doc-signature-${s.index}`}>
          <Group gap="xs">
            <Badge color={s.valid ? 'green' : 'red'}>{s.valid ? t('verifikasi.ttdSah') : t('verifikasi.ttdTidakSah')}</Badge>
            <Text fw={600}>#{s.index} {s.signer?.commonName ?? '-'}</Text>
            {s.certificationP !== null && <Badge variant="light">{t('verifikasi.sertifikasi', { p: s.certificationP })}</Badge>}
            <Badge variant="outline" color={s.signerStatus === 'tidak_dikenal' ? 'red' : 'gray'} data-testid={`doc-signer-${s.index}`}>{t(`verifikasi.penanda.${s.signerStatus}`)}</Badge>
          </Group>
          <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>SHA-256 {s.signer?.fingerprintSha256 ?? '-'}</Text>
          <Text size="xs">{t('verifikasi.rentang', { br: s.byteRange.join(' '), rev: s.revision ?? '-' })} · {s.signingTime ?? '-'} · {t(`verifikasi.rantai.${s.chain}`)}</Text>
          {s.signer && <Text size="xs">{t('verifikasi.penggunaan')}: {[...s.signer.keyUsage, ...s.signer.extKeyUsage].join(', ') || '-'}</Text>}
          {s.changesAfter.length > 0 && (
            <List size="xs" c="red">{s.changesAfter.map((c) => <List.Item key={`${c.revision}-${c.object}-${c.kind}`}>{t('verifikasi.perubahan', { rev: c.revision, kind: t(`verifikasi.jenisPerubahan.${c.kind}`), obj: c.object })} {c.detail}</List.Item>)}</List>
          )}
        </Card>
      ))}
    </Stack>
  );
}
