import { useState } from 'react';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { PERAN_ANGGOTA, type PeranAnggota } from '../../../../shared/session/model';
import type { RunAct } from './use-session-record';

/** Adds one member; after each add the form is empty again and the role back to Anggota. */
export function AddMemberForm(props: { sidangId: string; run: RunAct; onClose(): void }) {
  const { t } = useTranslation('session');
  const [nama, setNama] = useState('');
  const [jabatan, setJabatan] = useState('');
  const [peran, setPeran] = useState<PeranAnggota>('anggota');
  return (
    <Stack gap={4}>
      <TextInput size="xs" label={t('members.nama')} value={nama} onChange={(e) => setNama(e.currentTarget.value)} data-testid="member-nama" />
      <TextInput size="xs" label={t('members.jabatan')} value={jabatan} onChange={(e) => setJabatan(e.currentTarget.value)} />
      <Select
        size="xs" label={t('members.peran')} value={peran} allowDeselect={false} data-testid="member-peran"
        data={PERAN_ANGGOTA.map((p) => ({ value: p, label: t(`members.role.${p}`) }))} onChange={(v) => setPeran((v as PeranAnggota) ?? 'anggota')}
      />
      <Group gap="xs">
        <Button size="xs" disabled={nama.trim().length < 2} data-testid="member-submit" onClick={async () => {
          if (await props.run(() => api.session.addMember({ sidangId: props.sidangId, anggota: { nama, jabatan, peran } }))) {
            setNama(''); setJabatan(''); setPeran('anggota');
          }
        }}>{t('members.add')}</Button>
        <Button size="xs" variant="default" onClick={props.onClose}>{t('core:common.cancel')}</Button>
      </Group>
    </Stack>
  );
}
