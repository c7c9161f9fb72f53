import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Cohort, Dimension } from '../../../../shared/report/schemas';
import { cellText, cohortLabel, formatNumber, pointsText, rateText } from './labels';

const COLS = ['kelompok', 'permohonan', 'diputuskan', 'direkomendasikan', 'rasio', 'selisih', 'median', 'tercapai', 'tidakTercapai', 'terlambat', 'berjalan'] as const;

function cells(lang: string, c: Cohort): string[] {
  return [
    cellText(lang, c.permohonan), cellText(lang, c.diputuskan), cellText(lang, c.direkomendasikan), rateText(lang, c.rasio),
    pointsText(lang, c.selisihPoin), c.medianHari === null ? '—' : formatNumber(lang, c.medianHari, 1),
    cellText(lang, c.target.tercapai), cellText(lang, c.target.tidakTercapai), cellText(lang, c.target.terlambat), cellText(lang, c.target.berjalan),
  ];
}

/** Every cohort's figures, suppressed cells as "< 5". */
export function CohortTable({ dim, cohorts }: { dim: Dimension; cohorts: Cohort[] }) {
  const { t, i18n } = useTranslation('report');
  return (
    <Table striped withTableBorder stickyHeader fz="xs" data-testid="report-table">
      <Table.Thead>
        <Table.Tr>{COLS.map((c) => <Table.Th key={c} ta={c === 'kelompok' ? 'left' : 'right'}>{t(`col.${c}`)}</Table.Th>)}</Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {cohorts.map((c) => (
          <Table.Tr key={c.key} data-testid={`cohort-${c.key}`}>
            <Table.Td>{cohortLabel(t, dim, c)}</Table.Td>
            {cells(i18n.language, c).map((v, i) => <Table.Td key={COLS[i + 1]} ta="right">{v}</Table.Td>)}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
