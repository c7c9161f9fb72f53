import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { Recovery } from '../../../../shared/ipc/dataset';
import { useJournalT } from './journal-i18n';

/**
 * Shown while a damaged or stray journal keeps the dataset read-only: says what was kept and what was lost,
 * and asks to continue without those acts (the kept copy stays) or to close the dataset.
 */
export function JournalDecision(props: { recovered: Recovery; onContinued(): void; onClosed(): void }) {
  const t = useJournalT();
  const r = props.recovered;
  const [error, setError] = useState<string | null>(null);
  const run = (fn: () => Promise<void>) => () => fn().catch((err: unknown) => setError(errorText(err)));
  return (
    <Modal opened onClose={() => undefined} withCloseButton={false} closeOnEscape={false} closeOnClickOutside={false}
      title={t('title')} data-testid="journal-decision">
      <Stack gap="xs">
        <Text size="sm">{t(`problem.${r.problem ?? 'rekaman'}`, { path: r.belongsTo ?? '' })}</Text>
        {r.records > 0 && <Text size="sm">{t('replayed', { count: r.records })}</Text>}
        <Text size="sm" fw={600}>{r.lost === null ? t('lostUnknown') : t('lost', { count: r.lost })}</Text>
        {r.damagedCopy && <Text size="xs" c="dimmed">{t('copy', { path: r.damagedCopy })}</Text>}
        <Text size="sm">{t('readOnly')}</Text>
        {error && <Alert color="red">{error}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" data-testid="journal-close"
            onClick={run(async () => { await api.dataset.close({}); props.onClosed(); })}>{t('close')}</Button>
          <Button color="orange" data-testid="journal-continue"
            onClick={run(async () => { await api.dataset.continueWithoutLostActs({}); props.onContinued(); })}>{t('continue')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
