import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NINE_BOX_GRID, type SumbuKinerja, type SumbuPotensial } from '../../../../shared/compare/nine-box';
import type { PoolReport } from '../../../../shared/talent/schemas';

const ROWS: SumbuPotensial[] = ['tinggi', 'menengah', 'rendah'];
const COLS: SumbuKinerja[] = ['bawah', 'sesuai', 'atas'];

/** The 9-box as the regulation draws it (potensial up, kinerja right), each cell with its count; pool boxes highlighted. */
export function BoxCounts({ report }: { report: PoolReport }) {
  const { t } = useTranslation('talent');
  return (
    <Stack gap={4} data-testid="talent-box-counts">
      <Text fw={600} size="sm">{t('box.title')}</Text>
      <Text size="xs" c="dimmed">{t('box.caption', { min: report.kotakMin })} {t('box.potensial')} ↑ · {t('box.kinerja')} →</Text>
      <SimpleGrid cols={3} spacing={4} maw={360} role="list" aria-label={t('box.title')}>
        {ROWS.flatMap((r) => COLS.map((c) => {
          const box = NINE_BOX_GRID[r][c];
          const n = report.perKotak[box - 1]!;
          const inPool = box >= report.kotakMin;
          return (
            <Paper key={box} withBorder p={6} role="listitem" bg={inPool ? 'teal.0' : undefined} data-testid={`talent-box-${box}`}
              aria-label={t('box.cell', { box, n })}>
              <Text size="xs" c={inPool ? 'teal.9' : 'dark.6'}>{t('pool.kotak')} {box}</Text>
              <Text fw={700}>{n}</Text>
            </Paper>
          );
        }))}
      </SimpleGrid>
      {report.tanpaPenempatan > 0 && <Text size="xs" c="dimmed">{t('box.tanpa', { n: report.tanpaPenempatan })}</Text>}
    </Stack>
  );
}
