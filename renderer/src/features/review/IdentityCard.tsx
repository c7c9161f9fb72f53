import { useEffect, useState } from 'react';
import { Alert, Button, Code, CopyButton, Group, Image, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { Identity } from '../../../../shared/ipc/review';

/**
 * The member's signing key on this computer: created here on first use, its public half shown as text and QR
 * for the secretariat, and checked against the key the packet says was registered.
 */
export function IdentityCard({ registered }: { registered: string | null }) {
  const { t } = useTranslation('review');
  const [identity, setIdentity] = useState<Identity | null>(null);
  const [pass, setPass] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { void api.review.identity({}).then(setIdentity).catch((e) => setError(errorText(e))); }, []);

  async function create() {
    if (pass !== confirm) { setError(t('identity.mismatch')); return; }
    setBusy(true);
    setError(null);
    try {
      setIdentity(await api.review.createIdentity({ passphrase: pass }));
      setPass('');
      setConfirm('');
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" radius="md" data-testid="identity-card">
      <Stack gap="xs">
        <Group gap="xs"><IconKey size={18} /><Title order={5}>{t('identity.title')}</Title></Group>
        {identity && !identity.exists && (
          <>
            <Text size="sm" c="dimmed">{t('identity.none')}</Text>
            <Group align="end" grow>
              <PasswordInput label={t('identity.passphrase')} value={pass} onChange={(e) => setPass(e.currentTarget.value)} data-testid="identity-passphrase" />
              <PasswordInput label={t('identity.confirm')} value={confirm} onChange={(e) => setConfirm(e.currentTarget.value)} data-testid="identity-confirm" />
            </Group>
            <Group><Button onClick={() => void create()} loading={busy} disabled={!pass} data-testid="identity-create">{t('identity.create')}</Button></Group>
          </>
        )}
        {identity?.exists && (
          <Group align="flex-start" wrap="nowrap">
            {identity.qrDataUrl && <Image src={identity.qrDataUrl} w={120} h={120} alt={t('identity.publicKey')} data-testid="identity-qr" />}
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Text size="xs" c="dimmed">{t('identity.fingerprint')}</Text>
              <Text ff="monospace" fw={700} data-testid="identity-fingerprint">{identity.sidik}</Text>
              <Text size="xs" c="dimmed">{t('identity.publicKey')}</Text>
              <Group gap="xs" wrap="nowrap">
                <Code style={{ wordBreak: 'break-all' }} data-testid="identity-public-key">{identity.publicKey}</Code>
                <CopyButton value={identity.publicKey ?? ''}>
                  {({ copied, copy }) => <Button size="compact-xs" variant="light" onClick={copy}>{copied ? t('identity.copied') : t('identity.copy')}</Button>}
                </CopyButton>
              </Group>
              {registered === null ? (
                <Text size="xs" c="dimmed">{t('identity.noneRegistered')}</Text>
              ) : registered === identity.sidik ? (
                <Text size="xs" c="teal" data-testid="identity-registered">{t('identity.registered')}</Text>
              ) : (
                <Alert color="red" p="xs" data-testid="identity-mismatch">{t('identity.notRegistered', { sidik: registered })}</Alert>
              )}
            </Stack>
          </Group>
        )}
        {error && <Alert color="red" data-testid="identity-error">{error}</Alert>}
      </Stack>
    </Paper>
  );
}
