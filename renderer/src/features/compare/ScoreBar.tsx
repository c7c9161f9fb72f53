import { Box, Group, HoverCard, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Score } from '../../../../shared/compare/ranking';
import { FACTOR_COLOR, fmt1 } from './shared-ui';

/** The weighted score as a number and a stacked bar of what each factor contributed; hover for the sums. */
export function ScoreBar({ score, testId, expanded = false }: { score: Score; testId?: string; /** Lists the parts under the bar; default false. */ expanded?: boolean }) {
  const { t } = useTranslation('compare');
  return (
    // A description, not a dialog: the target gets aria-describedby; focus opens it for keyboard users.
    <HoverCard width={340} shadow="md" withinPortal role="tooltip" events={{ hover: true, focus: true, touch: false }}>
      <HoverCard.Target>
        <Stack gap={2} style={{ cursor: 'help', minWidth: 110 }} data-testid={testId} tabIndex={0}>
          <Text fw={700} size="lg" data-score={score.total}>{fmt1(score.total)}</Text>
          <Group gap={0} wrap="nowrap" h={8} style={{ borderRadius: 4, overflow: 'hidden', background: 'var(--mantine-color-gray-2)' }}>
            {score.parts.map((p) => (
              <Box key={p.factor} h={8} w={`${p.poin}%`} bg={`${FACTOR_COLOR[p.factor]}.6`} title={t(`weights.${p.factor}`)} />
            ))}
          </Group>
          {expanded && (
            <Text size="xs" c="dimmed">
              {score.parts.map((p) => `${t(`weights.${p.factor}`).split(' ')[0]} ${fmt1(p.poin)}`).join(' · ')}
            </Text>
          )}
        </Stack>
      </HoverCard.Target>
      <HoverCard.Dropdown>
        <Text fw={600} size="sm" mb={4}>{t('breakdown.title')}</Text>
        <Table fz="xs" withRowBorders={false}>
          <Table.Tbody>
            {score.parts.map((p) => (
              <Table.Tr key={p.factor}>
                <Table.Td><Box component="span" c={`${FACTOR_COLOR[p.factor]}.7`}>■</Box> {t(`weights.${p.factor}`)}</Table.Td>
                <Table.Td>{t('breakdown.nilai')} {fmt1(p.nilai * 100)}{p.tanpaData ? '*' : ''}</Table.Td>
                <Table.Td>× {p.bobot}</Table.Td>
                <Table.Td ta="right">{fmt1(p.poin)} {t('breakdown.poin')}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr><Table.Td colSpan={3} fw={600}>{t('breakdown.total')}</Table.Td><Table.Td ta="right" fw={700}>{fmt1(score.total)}</Table.Td></Table.Tr>
          </Table.Tbody>
        </Table>
        {score.parts.some((p) => p.tanpaData) && <Text size="xs" c="dimmed">* {t('breakdown.noData')}</Text>}
      </HoverCard.Dropdown>
    </HoverCard>
  );
}
