import { useState } from 'react';
import { Alert, Button, Group } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { EquityFilter } from '../../../../shared/report/schemas';

/** "Laporan Kesetaraan" as a PDF/A with the figures and filter on screen; main asks where to save. */
export function SavePdfButton({ filter }: { filter: EquityFilter }) {
  const { t } = useTranslation('report');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const r = await api.report.savePdf(filter);
      if (r.path) setNotice({ ok: true, text: t('pdf.saved', { path: r.path }) });
    } catch (e) {
      setNotice({ ok: false, text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Group gap="sm">
      <Button size="xs" variant="light" leftSection={<IconFileTypePdf size={16} />} loading={busy} onClick={() => void save()} data-testid="report-save-pdf">
        {t('pdf.save')}
      </Button>
      {notice && <Alert py={4} color={notice.ok ? 'teal' : 'red'} data-testid="report-pdf-notice">{notice.text}</Alert>}
    </Group>
  );
}
