import { useState } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';

export interface CalonDraft { peringkat: number; nama: string; nip: string }
export const emptyCalon = (): CalonDraft[] => [1, 2, 3].map((peringkat) => ({ peringkat, nama: '', nip: '' }));

/** The pansel's three ranked names, typed or imported from the pansel's CSV (read by main from the file it chose). */
export function PanselCandidates(props: { value: CalonDraft[]; error?: React.ReactNode; onChange(c: CalonDraft[]): void }) {
  const { t } = useTranslation('session');
  const [importError, setImportError] = useState<string | null>(null);
  const set = (i: number, patch: Partial<CalonDraft>) => props.onChange(props.value.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const importCsv = async () => {
    setImportError(null);
    try {
      const { file } = await api.session.choosePanselCsv({});
      if (!file) return;
      const { calon } = await api.session.readPanselCsv({ file: file.handle });
      props.onChange(calon.map((c) => ({ peringkat: c.peringkat, nama: c.nama, nip: c.nip ?? '' })).sort((a, b) => a.peringkat - b.peringkat));
    } catch (e) {
      setImportError(errorText(e));
    }
  };
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>{t('procedure.calonTitle')}</Text>
        <Button size="compact-xs" variant="light" leftSection={<IconFileImport size={14} />} onClick={() => void importCsv()} data-testid="procedure-import-csv">
          {t('procedure.importCsv')}
        </Button>
      </Group>
      {props.value.map((c, i) => (
        <Group key={c.peringkat} gap={4} wrap="nowrap">
          <Text size="sm" w={16}>{c.peringkat}.</Text>
          <TextInput size="xs" style={{ flex: 2 }} aria-label={t('procedure.calonNama', { n: c.peringkat })} placeholder={t('procedure.nama')}
            value={c.nama} onChange={(e) => set(i, { nama: e.currentTarget.value })} data-testid={`procedure-calon-nama-${c.peringkat}`} />
          <TextInput size="xs" style={{ flex: 1 }} aria-label={t('procedure.calonNip', { n: c.peringkat })} placeholder="NIP"
            value={c.nip} onChange={(e) => set(i, { nip: e.currentTarget.value })} data-testid={`procedure-calon-nip-${c.peringkat}`} />
        </Group>
      ))}
      {props.error && <Text size="xs" c="red">{props.error}</Text>}
      {importError && <Text size="xs" c="red" data-testid="procedure-import-error">{importError}</Text>}
    </Stack>
  );
}
