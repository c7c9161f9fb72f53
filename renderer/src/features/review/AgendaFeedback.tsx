import { useEffect, useState } from 'react';
import { Alert, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { ReviewFeedback } from '../../../../shared/ipc/review';
import { StanceTally } from './StanceTally';

export interface AgendaFeedbackProps {
  /** The agenda item whose merged review feedback is shown. */
  agendaItemId: string;
  /** Already loaded feedback; when absent (default) the component loads it itself. */
  feedback?: ReviewFeedback;
  /** Change it to reload after an import (default 0). */
  reloadKey?: number;
  /** Hide the title, e.g. when the host card has its own (default false). */
  compact?: boolean;
}

/**
 * Members' questions and the tally of provisional stances for one agenda item, from merged review responses.
 * Mount it on the session's agenda item; it renders nothing personal beyond committee members' names.
 */
export function AgendaFeedback({ agendaItemId, feedback, reloadKey = 0, compact = false }: AgendaFeedbackProps) {
  const { t } = useTranslation('review');
  const [loaded, setLoaded] = useState<ReviewFeedback | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (feedback) return;
    let live = true;
    api.review.feedback({ agendaItemId })
      .then((f) => { if (live) { setLoaded(f); setError(null); } })
      .catch((err) => { if (live) setError(errorText(err)); });
    return () => { live = false; };
  }, [agendaItemId, feedback, reloadKey]);
  const f = feedback ?? loaded;
  if (error) return <Alert color="red" data-testid="agenda-feedback-error">{error}</Alert>;
  if (!f) return null;
  const hasAny = f.jumlahTanggapan > 0 || f.dikecualikanKonflik > 0;
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`agenda-feedback-${agendaItemId}`}>
      <Stack gap={6}>
        {!compact && <Title order={6}>{t('feedback.title')}</Title>}
        {!hasAny ? (
          <Text size="sm" c="dimmed">{t('feedback.none')}</Text>
        ) : (
          <>
            <StanceTally tally={f.tally} />
            <Text size="xs" c="dimmed">
              {t('feedback.responses', { n: f.jumlahTanggapan })}
              {f.dikecualikanKonflik > 0 ? ` · ${t('feedback.conflictExcluded', { n: f.dikecualikanKonflik })}` : ''}
            </Text>
            <Text size="sm" fw={600}>{t('feedback.questions')}</Text>
            {f.pertanyaan.length === 0 ? (
              <Text size="sm" c="dimmed">{t('feedback.noQuestions')}</Text>
            ) : (
              <List size="sm" spacing={4} data-testid="feedback-questions">
                {f.pertanyaan.map((q) => (
                  <List.Item key={`${q.anggotaId}-${q.versi}`}>
                    <Text span fw={600} size="sm">{q.nama}:</Text>{' '}
                    <Text span size="sm" style={{ whiteSpace: 'pre-wrap' }}>{q.teks}</Text>
                  </List.Item>
                ))}
              </List>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
