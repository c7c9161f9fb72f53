import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PERAN_ANGGOTA, type PeranAnggota } from '../../../../shared/session/model';
import type { AnggotaInput } from '../../../../shared/ipc/session';

/**
 * The members of a new session, entered right here: filled from the latest session (or the usual
 * composition), every row editable, rows added and removed. Roles are checked by main on create.
 */
export function CreateSessionMembers(props: { value: AnggotaInput[]; onChange(v: AnggotaInput[]): void; onCopy(): void }) {
  const { t } = useTranslation('session');
  const patch = (i: number, p: Partial<AnggotaInput>) => props.onChange(props.value.map((m, j) => (j === i ? { ...m, ...p } : m)));
  return (
    <Stack gap={4} data-testid="create-members">
      <Group justify="space-between">
        <Text size="sm" fw={500}>{t('create.members', { n: props.value.length })}</Text>
        <Button size="compact-xs" variant="subtle" onClick={props.onCopy} data-testid="create-members-copy">{t('create.copyMembers')}</Button>
      </Group>
      {props.value.map((m, i) => (
        <Group key={i} gap={4} wrap="nowrap" align="end" data-testid="create-member-row">
          <TextInput size="xs" style={{ flex: 2 }} label={i === 0 ? t('members.nama') : undefined} aria-label={t('members.nama')}
            value={m.nama} onChange={(e) => patch(i, { nama: e.currentTarget.value })} data-testid={`create-member-nama-${i}`} />
          <TextInput size="xs" style={{ flex: 2 }} label={i === 0 ? t('members.jabatan') : undefined} aria-label={t('members.jabatan')}
            value={m.jabatan ?? ''} onChange={(e) => patch(i, { jabatan: e.currentTarget.value })} />
          <Select size="xs" w={120} label={i === 0 ? t('members.peran') : undefined} aria-label={t('members.peran')} allowDeselect={false}
            value={m.peran} onChange={(v) => patch(i, { peran: (v as PeranAnggota) ?? m.peran })} data-testid={`create-member-peran-${i}`}
            data={PERAN_ANGGOTA.map((p) => ({ value: p, label: t(`members.role.${p}`) }))} />
          <ActionIcon variant="subtle" color="red" mb={4} aria-label={t('members.remove')}
            onClick={() => props.onChange(props.value.filter((_, j) => j !== i))}><IconTrash size={14} /></ActionIcon>
        </Group>
      ))}
      <Group><Button size="compact-xs" variant="light" leftSection={<IconPlus size={12} />} data-testid="create-member-add"
        onClick={() => props.onChange([...props.value, { nama: '', jabatan: '', peran: 'anggota' }])}>{t('members.add')}</Button></Group>
    </Stack>
  );
}
