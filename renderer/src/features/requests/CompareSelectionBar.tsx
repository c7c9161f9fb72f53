import { Button, Group, Paper, Text } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../app/app-state';
import type { RequestRow } from '../../../../shared/ipc/dataset';

/** The first post every picked request asks for, in the first request's order of preference. */
export function commonTargetPost(picked: readonly RequestRow[]): string | null {
  const [first, ...rest] = picked;
  if (!first) return null;
  return first.pilihanIds.find((id) => rest.every((r) => r.pilihanIds.includes(id))) ?? null;
}

/** Picking 2–6 requests in the list opens their comparison for the post they share. */
export function CompareSelectionBar({ picked, onClear }: { picked: RequestRow[]; onClear(): void }) {
  const { t } = useTranslation();
  const { go } = useAppState();
  if (picked.length === 0) return null;
  const nips = [...new Set(picked.map((r) => r.nip))];
  const jabatanId = commonTargetPost(picked);
  const ready = nips.length >= 2 && nips.length <= 6 && jabatanId !== null;
  const hint = nips.length < 2 ? t('requests.pickMore') : jabatanId === null ? t('requests.noCommonPost') : '';
  return (
    <Paper withBorder p="xs" bg="teal.0">
      <Group justify="space-between">
        <Text size="sm" data-testid="pick-count">{t('requests.picked', { n: picked.length })} {hint && `· ${hint}`}</Text>
        <Group gap="xs">
          <Button size="xs" variant="subtle" onClick={onClear}>{t('requests.clearPick')}</Button>
          <Button size="xs" leftSection={<IconScale size={14} />} disabled={!ready} data-testid="compare-picked"
            onClick={() => go({ name: 'compare', params: { jabatanId, nips } })}>
            {t('requests.comparePicked')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
