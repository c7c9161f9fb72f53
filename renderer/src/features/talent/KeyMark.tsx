import { useState } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { isJabatanKunci } from '../../../../shared/talent/succession';
import type { JabatanKunci } from '../../../../shared/talent/schemas';

/** The committee's mark for a post that is key only because it says so (JPT and administrator posts always are). */
export function KeyMark({ jabatan, onMarked }: { jabatan: JabatanKunci; onMarked(): void }) {
  const { t } = useTranslation('talent');
  const [alasan, setAlasan] = useState(jabatan.alasanTanda);
  const [error, setError] = useState<string | null>(null);
  if (isJabatanKunci(jabatan.level, false)) return null;
  const mark = async (kunci: boolean) => {
    try {
      await api.talent.markKeyPost({ jabatanId: jabatan.id, kunci, alasan });
      setError(null);
      onMarked();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Group align="end">
      <TextInput label={t('editor.alasan')} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} error={error} style={{ flex: 1 }} />
      <Button size="xs" variant="light" onClick={() => void mark(!jabatan.ditandai)}>{jabatan.ditandai ? t('editor.unmark') : t('editor.mark')}</Button>
    </Group>
  );
}
