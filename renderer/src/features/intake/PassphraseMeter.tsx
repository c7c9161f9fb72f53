import { Group, List, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { passphraseStrength } from '../../../../shared/intake/passphrase';

const COLORS = ['red', 'orange', 'yellow', 'teal', 'green'] as const;

/** Live strength of the passphrase being typed; the same estimate main enforces when sealing. */
export function PassphraseMeter(props: { value: string }) {
  const { t } = useTranslation('intake');
  const s = passphraseStrength(props.value);
  const labels = t('strengthLabels', { returnObjects: true }) as string[];
  return (
    <div data-testid="passphrase-strength" data-level={s.level} data-acceptable={s.acceptable}>
      <Group gap="xs" justify="space-between">
        <Text size="xs" fw={600}>{t('strength', { label: labels[s.level] })}</Text>
        <Text size="xs" c="dimmed">≈ {s.bits} bit</Text>
      </Group>
      <Progress value={props.value ? 20 + s.level * 20 : 0} color={COLORS[s.level]} size="sm" mt={4}
        aria-label={t('strength', { label: labels[s.level] })} />
      {props.value && s.hints.length > 0 && (
        <List size="xs" mt={4} c="dimmed">
          {s.hints.map((h) => <List.Item key={h}>{h}</List.Item>)}
        </List>
      )}
    </div>
  );
}
