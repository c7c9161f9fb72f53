import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../../shared/compare/schemas';
import { MasukanList, useMasukan } from '../masukan';

/** "Masukan masyarakat (n)" per compared candidate, in the columns' order; texts only, no sender contact. */
export function CandidateFeedback({ data, order }: { data: Comparison; order: string[] }) {
  const { t } = useTranslation('masukan');
  const byNip = useMasukan(order);
  const names = new Map(data.candidates.map((c) => [c.nip, c.namaLengkap]));
  return (
    <SimpleGrid cols={Math.min(order.length, 3)} spacing="sm" data-testid="compare-masukan">
      {order.map((nip) => {
        const items = byNip.get(nip) ?? [];
        return (
          <Paper key={nip} withBorder p="sm" data-testid={`compare-masukan-${nip}`}>
            <Text fw={600} size="sm">{t('section', { n: items.length })}</Text>
            <Text size="xs" c="dimmed" mb={6}>{names.get(nip)}</Text>
            <MasukanList items={items} />
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
