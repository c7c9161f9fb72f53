import { RadarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../../shared/compare/schemas';
import { PALETTE } from './shared-ui';

/** Each candidate's levels over the post's standard (dark outline), per competency, on a 0–5 radar. */
export function CompetencyChart({ data, order }: { data: Comparison; order: string[] }) {
  const { t } = useTranslation('compare');
  if (data.jabatan.standar.length === 0) return <Text size="sm" c="dimmed">—</Text>;
  const cols = order.map((nip, pos) => ({ nip, pos, i: data.candidates.findIndex((c) => c.nip === nip) }));
  const rows = data.jabatan.standar.map((s) => {
    const row: Record<string, string | number> = { kompetensi: s.nama.split(' ')[0]!.slice(0, 10), [t('cmp.standard')]: s.level };
    for (const { i, pos } of cols) {
      row[`${pos + 1}. ${data.candidates[i]!.namaLengkap.split(',')[0]}`] = data.details[i] ? levelOf(data, i, s.kode) : 0;
    }
    return row;
  });
  return (
    <RadarChart
      h={340} data={rows} dataKey="kompetensi" withLegend withPolarRadiusAxis
      polarRadiusAxisProps={{ domain: [0, 5], tickCount: 6, tick: false, axisLine: false }}
      legendProps={{ verticalAlign: 'bottom', height: 64 }}
      polarAngleAxisProps={{ tick: { fontSize: 10 } }}
      series={[
        { name: t('cmp.standard'), color: 'dark.6', opacity: 0.05, strokeColor: 'dark.9' },
        ...cols.map(({ i, pos }) => ({ name: `${pos + 1}. ${data.candidates[i]!.namaLengkap.split(',')[0]}`, color: `${PALETTE[i % PALETTE.length]}.6`, opacity: 0.12 })),
      ]}
      data-testid="competency-chart"
    />
  );
}

/** Actual level from the comparison rows ("3 / 4"), so the chart never disagrees with the table. */
function levelOf(data: Comparison, i: number, kode: string): number {
  const row = data.rows.find((r) => r.id === `kompetensi.${kode}`);
  return row?.cells[i]?.value ?? 0;
}
