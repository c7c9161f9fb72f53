import { useEffect, useState } from 'react';
import { Alert, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { MIN_CELL_COUNT, type EquityFilter, type EquityReport } from '../../../../shared/report/schemas';
import { ReportFilters } from './ReportFilters';
import { OverallSummary } from './OverallSummary';
import { CohortChart } from './CohortChart';
import { CohortTable } from './CohortTable';
import { SavePdfButton } from './SavePdfButton';

const NO_FILTER: EquityFilter = { dari: null, sampai: null, sidangId: null };

/** "Laporan": the equity and performance dashboard, read-only. */
export function ReportScreen() {
  const { t } = useTranslation('report');
  const [filter, setFilter] = useState<EquityFilter>(NO_FILTER);
  const [report, setReport] = useState<EquityReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setError(null);
    api.report.equity(filter).then((r) => { if (live) setReport(r); }, (e) => { if (live) setError(errorText(e)); });
    return () => { live = false; };
  }, [filter]);
  return (
    <Stack gap="md" data-testid="report-screen">
      <Title order={3}>{t('title')}</Title>
      <Text size="sm" c="dimmed">{t('hint', { n: MIN_CELL_COUNT - 1, m: MIN_CELL_COUNT })}</Text>
      <Group justify="space-between" align="end">
        <ReportFilters value={filter} onChange={setFilter} />
        <SavePdfButton filter={filter} />
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {!report ? <Loader size="sm" /> : <ReportBody report={report} />}
    </Stack>
  );
}

function ReportBody({ report }: { report: EquityReport }) {
  const { t } = useTranslation('report');
  return (
    <>
      <Text size="sm" c="dimmed" data-testid="report-remote">
        {report.kelurahanTerpencil.length === 0 ? t('remote.none')
          : t('remote.list', { list: report.kelurahanTerpencil.map((k) => `${k.kelurahan} (${k.kecamatan})`).join(', ') })}
      </Text>
      <OverallSummary f={report.keseluruhan} />
      <Tabs defaultValue="gender" keepMounted={false}>
        <Tabs.List>
          {report.dimensi.map((d) => <Tabs.Tab key={d.dimensi} value={d.dimensi} data-testid={`report-tab-${d.dimensi}`}>{t(`dim.${d.dimensi}`)}</Tabs.Tab>)}
        </Tabs.List>
        {report.dimensi.map((d) => (
          <Tabs.Panel key={d.dimensi} value={d.dimensi} pt="md">
            <Stack gap="md">
              <CohortChart dim={d.dimensi} cohorts={d.kelompok} overall={report.keseluruhan.rasio} />
              <CohortTable dim={d.dimensi} cohorts={d.kelompok} />
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
