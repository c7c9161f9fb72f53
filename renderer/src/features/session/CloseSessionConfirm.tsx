import { useState } from 'react';
import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Closing signs the audit checkpoint, so the confirmation asks for the signing certificate's password. */
export function CloseSessionConfirm(props: { onConfirm(password: string): void; onCancel(): void }) {
  const { t } = useTranslation('session');
  const [password, setPassword] = useState('');
  return (
    <Alert color="teal" title={t('detail.closeConfirm')}>
      <Stack gap="xs">
        <PasswordInput size="xs" label={t('detail.closePassword')} value={password} autoComplete="off"
          onChange={(e) => setPassword(e.currentTarget.value)} data-testid="session-close-password" />
        <Group gap="xs">
          <Button size="xs" color="teal" disabled={!password} data-testid="session-close-confirm"
            onClick={() => props.onConfirm(password)}>
            {t('detail.close')}
          </Button>
          <Button size="xs" variant="default" onClick={props.onCancel}>{t('core:common.cancel')}</Button>
        </Group>
      </Stack>
    </Alert>
  );
}
