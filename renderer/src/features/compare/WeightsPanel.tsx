import { Button, Group, NumberInput, Paper, SimpleGrid, Slider, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FACTORS, type Weights } from '../../../../shared/compare/ranking';
import { FACTOR_COLOR } from './shared-ui';

/**
 * Live ranking weights. Changing them re-ranks at once and never writes; "save" stores them as the
 * dataset's defaults through compare:setConfig, which audits the change. Hidden in review packets.
 */
export function WeightsPanel(props: {
  weights: Weights;
  onChange(w: Weights): void;
  onReset(): void;
  onSave?: () => void;
  /** One column per factor (projector layout); default false. */
  horizontal?: boolean;
}) {
  const { t } = useTranslation('compare');
  const set = (f: (typeof FACTORS)[number], v: number) => props.onChange({ ...props.weights, [f]: Math.max(0, Math.min(100, v)) });
  return (
    <Paper withBorder p="sm" data-testid="weights-panel">
      <Stack gap={6}>
        <Title order={5}>{t('weights.title')}</Title>
        <Text size="xs" c="dimmed">{t('weights.hint')}</Text>
        <SimpleGrid cols={props.horizontal ? 5 : 1} spacing="xs">
          {FACTORS.map((f) => (
            <Group key={f} gap="xs" wrap={props.horizontal ? 'wrap' : 'nowrap'} align="center">
              <Text size="sm" w={props.horizontal ? '100%' : 150}>{t(`weights.${f}`)}</Text>
              <Slider
                flex={1} miw={80} min={0} max={100} step={5} color={FACTOR_COLOR[f]} value={props.weights[f]}
                onChange={(v) => set(f, v)} thumbLabel={t(`weights.${f}`)} data-testid={`weight-slider-${f}`}
              />
              <NumberInput
                w={76} size="xs" min={0} max={100} value={props.weights[f]} allowDecimal={false}
                onChange={(v) => set(f, typeof v === 'number' ? v : Number(v) || 0)} data-testid={`weight-${f}`} aria-label={t(`weights.${f}`)}
              />
            </Group>
          ))}
        </SimpleGrid>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={props.onReset} data-testid="weights-reset">{t('weights.reset')}</Button>
          {props.onSave && <Button size="xs" variant="light" onClick={props.onSave} data-testid="weights-save">{t('weights.save')}</Button>}
        </Group>
      </Stack>
    </Paper>
  );
}
