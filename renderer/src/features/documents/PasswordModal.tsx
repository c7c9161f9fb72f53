import { useState } from 'react';
import { Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Asks for the certificate password for one signing; the password is not kept after the call. */
export function PasswordModal(props: { opened: boolean; onCancel(): void; onSubmit(password: string): void }) {
  const { t } = useTranslation('documents');
  const [password, setPassword] = useState('');
  const submit = () => {
    const p = password;
    setPassword('');
    props.onSubmit(p);
  };
  return (
    <Modal opened={props.opened} onClose={() => { setPassword(''); props.onCancel(); }} title={t('sandi.judul')}>
      <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
        <Stack>
          <PasswordInput label={t('sandi.label')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} autoFocus data-testid="doc-cert-password" />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => { setPassword(''); props.onCancel(); }}>{t('sandi.batal')}</Button>
            <Button type="submit" disabled={!password} data-testid="doc-cert-password-ok">{t('sandi.lanjut')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
