import { useState } from 'react';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';

/** Marks one of the unit's pengawas posts as key, with the committee's reason (an audited act). */
export function MarkKeyPost({ posts, onMarked }: { posts: { id: string; nama: string; level: string }[]; onMarked(): void }) {
  const { t } = useTranslation('talent');
  const [id, setId] = useState<string | null>(null);
  const [alasan, setAlasan] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (posts.length === 0) return null;
  const mark = async () => {
    if (!id) return;
    try {
      await api.talent.markKeyPost({ jabatanId: id, kunci: true, alasan });
      setId(null);
      setAlasan('');
      setError(null);
      onMarked();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Group align="end" data-testid="talent-mark-key">
      <Select label={t('editor.mark')} searchable clearable value={id} onChange={setId} w={320}
        data={posts.map((p) => ({ value: p.id, label: `${p.nama} (${p.level})` }))} />
      <TextInput label={t('editor.alasan')} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} error={error} style={{ flex: 1 }} />
      <Button size="sm" variant="light" disabled={!id} onClick={() => void mark()}>{t('editor.mark')}</Button>
    </Group>
  );
}
