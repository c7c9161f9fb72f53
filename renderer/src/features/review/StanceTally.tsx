import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewFeedback } from '../../../../shared/ipc/review';

export const SIKAP_COLOR = { mendukung: 'teal', ragu: 'yellow', tidak_mendukung: 'red', belum: 'gray' } as const;

/** Provisional stances as counts only, labelled so nobody mistakes them for votes. */
export function StanceTally({ tally }: { tally: ReviewFeedback['tally'] }) {
  const { t } = useTranslation('review');
  return (
    <Tooltip label={t('feedback.notVotes')} multiline w={280}>
      <Group gap={6} wrap="wrap" data-testid="stance-tally">
        <Text size="xs" c="dimmed">{t('feedback.tallyLabel')}:</Text>
        {(['mendukung', 'ragu', 'tidak_mendukung', 'belum'] as const).map((k) => (
          <Badge key={k} size="sm" variant="light" color={SIKAP_COLOR[k]} data-testid={`tally-${k}`}>
            {t(`sikap.${k}`)} {tally[k]}
          </Badge>
        ))}
      </Group>
    </Tooltip>
  );
}
