import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Cohort, Dimension } from '../../../../shared/report/schemas';
import { MIN_CELL_COUNT } from '../../../../shared/report/schemas';
import { cohortLabel, formatNumber } from './labels';

/** Recommendation rate per cohort (only those with enough decisions), with the overall rate as a line. */
export function CohortChart({ dim, cohorts, overall }: { dim: Dimension; cohorts: Cohort[]; overall: number | null }) {
  const { t, i18n } = useTranslation('report');
  const shown = cohorts.filter((c) => c.rasio !== null);
  if (shown.length === 0) return <Text size="sm" c="dimmed" data-testid="report-chart-empty">{t('chart.none', { m: MIN_CELL_COUNT })}</Text>;
  const series = t('chart.rate');
  const data = shown.map((c) => ({ kelompok: cohortLabel(t, dim, c), [series]: Math.round(c.rasio! * 1000) / 10 }));
  const lines = overall === null ? [] : [{
    x: Math.round(overall * 1000) / 10, color: 'red.7', label: t('chart.overall', { v: formatNumber(i18n.language, overall * 100, 1) }),
  }];
  return (
    <BarChart
      h={Math.max(140, 44 * shown.length + 60)} data={data} dataKey="kelompok" orientation="vertical"
      series={[{ name: series, color: 'teal.6' }]} referenceLines={lines} withBarValueLabel
      xAxisProps={{ domain: [0, 100] }} yAxisProps={{ width: 200 }} gridAxis="x"
      data-testid="report-chart"
    />
  );
}
