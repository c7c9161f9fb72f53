import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Figures } from '../../../../shared/report/schemas';
import { cellText, formatNumber, rateText } from './labels';

/** The whole-scope figures the cohorts are compared against. */
export function OverallSummary({ f }: { f: Figures }) {
  const { t, i18n } = useTranslation('report');
  const lang = i18n.language;
  const tiles: [string, string][] = [
    ['permohonan', cellText(lang, f.permohonan)],
    ['diputuskan', cellText(lang, f.diputuskan)],
    ['direkomendasikan', cellText(lang, f.direkomendasikan)],
    ['rasio', rateText(lang, f.rasio)],
    ['median', f.medianHari === null ? '—' : formatNumber(lang, f.medianHari, 1)],
    ['target', [f.target.tercapai, f.target.tidakTercapai, f.target.terlambat, f.target.berjalan].map((c) => cellText(lang, c)).join(' / ')],
  ];
  return (
    <SimpleGrid cols={{ base: 3, lg: 6 }} data-testid="report-overall">
      {tiles.map(([k, v]) => (
        <Paper key={k} withBorder p="xs">
          <Text size="xs" c="dimmed">{t(`overall.${k}`)}</Text>
          <Text fw={600} size="lg" data-testid={`overall-${k}`}>{v}</Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
