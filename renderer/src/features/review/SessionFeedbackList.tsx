import { useEffect, useState } from 'react';
import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { AgendaFeedback } from './AgendaFeedback';

type Rows = ChannelOutput<'review:sessionFeedback'>;

/** Each agenda item of the session with the merged questions and stance tally. */
export function SessionFeedbackList({ sidangId, reloadKey }: { sidangId: string; reloadKey: number }) {
  const { t } = useTranslation('review');
  const [rows, setRows] = useState<Rows | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.review.sessionFeedback({ sidangId })
      .then((r) => { if (live) { setRows(r); setError(null); } })
      .catch((err) => { if (live) setError(errorText(err)); });
    return () => { live = false; };
  }, [sidangId, reloadKey]);
  if (error) return <Alert color="red">{error}</Alert>;
  if (!rows) return null;
  return (
    <Stack gap="sm" data-testid="session-feedback">
      <Title order={4}>{t('sec.feedback')}</Title>
      <Text size="xs" c="dimmed">{t('feedback.notVotes')}</Text>
      {rows.map((r) => (
        <Paper key={r.agendaItemId} withBorder p="sm" radius="md">
          <Group gap="xs" mb={6}>
            <Text fw={700}>{r.urutan}.</Text>
            <Text fw={600}>{r.judul}</Text>
            {r.jabatan && <Text size="sm" c="dimmed">→ {r.jabatan}</Text>}
          </Group>
          <AgendaFeedback agendaItemId={r.agendaItemId} feedback={r.feedback} compact />
        </Paper>
      ))}
    </Stack>
  );
}
