import { useEffect, useState } from 'react';
import { Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';

/** Built-in (SIASN) and saved profiles; choosing one re-reads the suggestions with it. `reload` bumps after a save. */
export function ProfileBar(props: { value: string | null; onChange(nama: string | null): void; reload: number }) {
  const { t } = useTranslation('intake');
  const [profiles, setProfiles] = useState<{ nama: string; bawaan: boolean }[]>([]);
  useEffect(() => {
    void api.intake.profiles({}).then((r) => setProfiles(r.profiles)).catch(() => setProfiles([]));
  }, [props.reload]);
  const data = profiles.map((p) => ({ value: p.nama, label: p.bawaan ? t('mapping.builtIn', { nama: p.nama }) : p.nama }));
  return (
    <Group align="flex-end">
      <Select
        label={t('mapping.profile')} w={280} data={data} clearable placeholder={t('mapping.noProfile')}
        value={props.value} onChange={props.onChange} data-testid="mapping-profile"
      />
      <Text size="xs" c="dimmed" maw={520}>{t('mapping.profileHint')}</Text>
    </Group>
  );
}
