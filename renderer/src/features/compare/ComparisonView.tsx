import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Alert, Button, Grid, Group, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { useProjector } from '../../app/app-state';
import { UnlessKetat } from '../../app/Redacted';
import type { Comparison } from '../../../../shared/compare/schemas';
import type { Ranked, Weights } from '../../../../shared/compare/ranking';
import { CompareTable } from './CompareTable';
import { CompetencyChart } from './CompetencyChart';
import { DomicileMap } from './DomicileMap';
import { CandidateFeedback } from './CandidateFeedback';

/**
 * 2–6 candidates side by side. The data is fetched once per set of people; reordering columns and
 * hiding rows are view state only, and the score row follows the live weights.
 */
export function ComparisonView(props: {
  jabatanId: string;
  nips: string[];
  weights: Weights;
  ranking: { ranked: Ranked[]; ineligible: Ranked[] };
  onOrder(nips: string[]): void;
  weightsPanel: ReactNode;
}) {
  const { t } = useTranslation('compare');
  const [data, setData] = useState<Comparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [hidden, setHidden] = useState<string[]>([]);
  // On a projector the table is the centrepiece: full width, weights and charts below it.
  const projector = useProjector();
  const setKey = [...props.nips].sort().join(',');

  useEffect(() => {
    let live = true;
    setError(null);
    api.compare.compare({ jabatanId: props.jabatanId, nips: setKey.split(',') })
      .then((d) => live && setData(d), (e) => live && setError(errorText(e)));
    return () => { live = false; };
  }, [props.jabatanId, setKey]);

  const scores = useMemo(() => {
    const all = [...props.ranking.ranked, ...props.ranking.ineligible];
    return new Map(all.map((r) => [r.id, r]));
  }, [props.ranking]);

  if (error) return <Alert color="red">{error}</Alert>;
  if (!data || data.candidates.length !== props.nips.length || !props.nips.every((n) => data.candidates.some((c) => c.nip === n))) return <Loader />;

  return (
    <Stack gap="sm" data-testid="comparison">
      <Group justify="space-between">
        <Text fw={700} size="lg">{t('cmp.title')}</Text>
        <Group gap="xs">
          <Text size="xs" c="dimmed">{t('cmp.dragHint')}</Text>
          {hidden.length > 0 && (
            <Button size="xs" variant="light" onClick={() => setHidden([])} data-testid="show-hidden-rows">
              {t('cmp.hidden', { n: hidden.length })} · {t('cmp.showAll')}
            </Button>
          )}
        </Group>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, xl: projector ? 12 : 9 }}>
          <CompareTable data={data} order={props.nips} onOrder={props.onOrder} scores={scores}
            hidden={hidden} onHide={(id) => setHidden((h) => [...h, id])} />
          <Stack mt="sm"><CandidateFeedback data={data} order={props.nips} /></Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, xl: projector ? 12 : 3 }}>
          {projector && <Stack mb="sm">{props.weightsPanel}</Stack>}
          <SimpleGrid cols={projector ? 2 : 1} spacing="sm">
            {!projector && props.weightsPanel}
            <UnlessKetat>
              <Paper withBorder p="sm">
                <Text fw={600} size="sm" mb={4}>{t('cmp.chart')}</Text>
                <CompetencyChart data={data} order={props.nips} />
              </Paper>
            </UnlessKetat>
            <Paper withBorder p="sm">
              <Text fw={600} size="sm" mb={4}>{t('cmp.map')}</Text>
              <DomicileMap data={data} order={props.nips} />
            </Paper>
          </SimpleGrid>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
