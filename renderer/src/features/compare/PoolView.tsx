import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Badge, Button, Grid, Group, Loader, Stack, Switch, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconColumns } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { useAppState, useProjector } from '../../app/app-state';
import { UnlessKetat } from '../../app/Redacted';
import type { Pool } from '../../../../shared/compare/schemas';
import type { CompareConfig } from '../../../../shared/ipc/compare';
import { rankCandidates, type Weights } from '../../../../shared/compare/ranking';
import { RankingTable } from './RankingTable';
import { WeightsPanel } from './WeightsPanel';
import { NineBox } from './NineBox';
import { RulesPanel } from './RulesPanel';
import { ComparisonView } from './ComparisonView';
import { weightsFromConfig } from './shared-ui';

/** One post's pool: ranking with live weights, the 9-box, the rules; pick 2–6 people to compare. */
export function PoolView({ jabatanId, initialCompare }: { jabatanId: string; initialCompare?: string[] }) {
  const { t } = useTranslation('compare');
  const { go, info } = useAppState();
  const readOnly = info.mode === 'telaah';
  // On a shared screen the tables need the full width; the weights sit in one row above them.
  const projector = useProjector();
  const [pool, setPool] = useState<Pool | null>(null);
  const [config, setConfig] = useState<CompareConfig | null>(null);
  const [weights, setWeights] = useState<Weights | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [comparing, setComparing] = useState<string[] | null>(initialCompare && initialCompare.length >= 2 ? initialCompare : null);
  const [expanded, setExpanded] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (resetWeights: boolean) => {
    try {
      const [p, c] = await Promise.all([api.compare.pool({ jabatanId }), api.compare.config({})]);
      setPool(p);
      setConfig(c);
      setWeights((w) => (resetWeights || !w ? weightsFromConfig(c) : w));
    } catch (e) {
      setError(errorText(e));
    }
  }, [jabatanId]);
  useEffect(() => { void load(true); }, [load]);

  const ranking = useMemo(() => pool && weights ? rankCandidates(pool.candidates.map((c) => ({
    id: c.nip, eligible: c.eligibility.status !== 'tidak_memenuhi', factors: c.factors, peringkat: c.peringkat,
  })), weights) : null, [pool, weights]);

  const toggle = (nip: string) => setSelected((s) => (s.includes(nip) ? s.filter((x) => x !== nip) : s.length >= 6 ? s : [...s, nip]));
  const pickFromBox = (nip: string) => {
    const others = selected.filter((x) => x !== nip);
    const partner = others.length ? others : ranking?.ranked.map((r) => r.id).filter((x) => x !== nip).slice(0, 1) ?? [];
    if (partner.length) setComparing([nip, ...partner].slice(0, 6));
  };
  const saveWeights = async () => {
    if (!weights) return;
    try {
      const c = await api.compare.setConfig({
        values: Object.fromEntries(Object.entries(weights).map(([k, v]) => [`bobot.${k}`, v])), alasan: 'Bobot peringkat musyawarah',
      });
      setConfig(c);
    } catch (e) {
      setError(errorText(e));
    }
  };

  if (error) return <Alert color="red" data-testid="compare-error">{error}</Alert>;
  if (!pool || !config || !weights || !ranking) return <Loader />;

  const weightsPanel = (
    <WeightsPanel weights={weights} onChange={setWeights} onReset={() => setWeights(weightsFromConfig(config))}
      onSave={readOnly ? undefined : () => void saveWeights()} horizontal={projector} />
  );
  const j = pool.jabatan;
  const header = (
    <Group justify="space-between" align="flex-start">
      <Stack gap={2}>
        <Group gap="xs">
          <Button size="xs" variant="subtle" leftSection={<IconArrowLeft size={14} />}
            onClick={() => (comparing ? setComparing(null) : go({ name: 'compare' }))} data-testid="compare-back">
            {comparing ? t('cmp.back') : t('pool.back')}
          </Button>
        </Group>
        <Title order={3} data-testid="pool-title">{j.nama}</Title>
        <Group gap="xs">
          <Text c="dimmed">{j.unitNama}</Text>
          <Badge variant="light">{j.level}</Badge>
          <Badge variant="light" color={j.status === 'lowong' ? 'orange' : 'gray'}>
            {j.status === 'lowong' ? t('pool.vacant') : t('pool.holder', { name: j.pemegang ?? '—' })}
          </Badge>
          <Badge variant="outline">{t('pool.applicants', { n: pool.candidates.length })}</Badge>
        </Group>
      </Stack>
    </Group>
  );

  if (comparing) {
    return (
      <Stack gap="sm">
        {header}
        <ComparisonView jabatanId={jabatanId} nips={comparing} weights={weights} ranking={ranking} onOrder={setComparing} weightsPanel={weightsPanel} />
      </Stack>
    );
  }

  return (
    <Stack gap="sm">
      {header}
      <Grid gap="md">
        {projector && <Grid.Col span={12}>{weightsPanel}</Grid.Col>}
        <Grid.Col span={{ base: 12, lg: projector ? 12 : 9 }}>
          <Tabs defaultValue="ranking" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="ranking" data-testid="tab-ranking">{t('pool.tabs.ranking')}</Tabs.Tab>
              <Tabs.Tab value="ninebox" data-testid="tab-ninebox">{t('pool.tabs.ninebox')}</Tabs.Tab>
              <Tabs.Tab value="rules" data-testid="tab-rules">{t('pool.tabs.rules')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="ranking" pt="sm">
              <Group justify="space-between" mb="xs">
                <Text size="sm" c="dimmed">{t('pool.select')}</Text>
                <Group gap="xs">
                  <Switch size="xs" label={t('breakdown.title')} checked={expanded} onChange={(e) => setExpanded(e.currentTarget.checked)} data-testid="expand-scores" />
                  <Button size="xs" variant="default" disabled={selected.length === 0} onClick={() => setSelected([])}>{t('pool.clear')}</Button>
                  <Button size="sm" leftSection={<IconColumns size={16} />} disabled={selected.length < 2}
                    onClick={() => setComparing(selected)} data-testid="compare-button">
                    {t('pool.compare', { n: selected.length })}
                  </Button>
                </Group>
              </Group>
              <RankingTable candidates={pool.candidates} ranked={ranking.ranked} ineligible={ranking.ineligible}
                selected={selected} onToggle={toggle} expanded={expanded} />
            </Tabs.Panel>
            <Tabs.Panel value="ninebox" pt="sm">
              <UnlessKetat><NineBox candidates={pool.candidates} onPick={pickFromBox} /></UnlessKetat>
            </Tabs.Panel>
            <Tabs.Panel value="rules" pt="sm">
              <RulesPanel config={config} readOnly={readOnly} onSaved={(c) => { setConfig(c); void load(false); }} />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
        {!projector && <Grid.Col span={{ base: 12, lg: 3 }}>{weightsPanel}</Grid.Col>}
      </Grid>
    </Stack>
  );
}
