import { useState } from 'react';
import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { HasilImporMasukan } from '../../../../shared/masukan/schemas';
import { MasukanProblems } from './MasukanProblems';

/** On the intake screen, where the secretariat brings in files from outside: a form's CSV of public feedback. */
export function MasukanImport() {
  const { t } = useTranslation('masukan');
  const [busy, setBusy] = useState(false);
  const [hasil, setHasil] = useState<HasilImporMasukan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      const { file } = await api.masukan.chooseCsv({});
      if (file) setHasil(await api.masukan.import({ file: file.handle }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  const ok = hasil && hasil.totalMasalah === 0;
  return (
    <Paper withBorder p="md" data-testid="masukan-import">
      <Stack gap="sm">
        <Title order={4}>{t('title')}</Title>
        <Text size="sm" c="dimmed" maw={900}>{t('intro')}</Text>
        <Button variant="default" w="fit-content" leftSection={<IconMessageCircle size={16} />} loading={busy} onClick={() => void run()} data-testid="masukan-choose">
          {t('choose')}
        </Button>
        {error && <Alert color="red" data-testid="masukan-error">{error}</Alert>}
        {ok && (
          <Alert color="teal" data-testid="masukan-done">
            {t(hasil.sudahAda ? 'doneDup' : 'done', { n: hasil.diimpor, dup: hasil.sudahAda, berkas: hasil.berkas })}
          </Alert>
        )}
        {hasil && !ok && <Alert color="red" data-testid="masukan-blocked">{t('blocked', { count: hasil.totalMasalah, berkas: hasil.berkas })}</Alert>}
        {hasil && !ok && <MasukanProblems hasil={hasil} />}
      </Stack>
    </Paper>
  );
}
