import { useEffect, useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { TrackingRow } from '../../../../shared/session/timeline';

/**
 * In a session that is not closed: the pledges to step down that a missed or overdue target has
 * put before the committee, so they are discussed at this (the next) session.
 */
export function PledgeNotice(props: { onTracking(): void; onTimeline(nip: string): void }) {
  const { t } = useTranslation('session');
  const [rows, setRows] = useState<TrackingRow[]>([]);
  useEffect(() => {
    void api.session.tracking({ hanyaPakta: true }).then((r) => setRows(r.rows), () => setRows([]));
  }, []);
  if (rows.length === 0) return null;
  const people = [...new Map(rows.map((r) => [r.target.nip, r])).values()];
  return (
    <Alert color="red" variant="light" icon={<IconFlag size={16} />} title={t('tracking.pledgeCount', { n: people.length })} data-testid="pledge-notice">
      <Group gap="xs">
        {people.map((r) => (
          <Button key={r.target.nip} size="compact-xs" variant="subtle" color="red" onClick={() => props.onTimeline(r.target.nip)}>
            {r.namaLengkap}
          </Button>
        ))}
        <Button size="compact-xs" variant="light" color="red" onClick={props.onTracking}>{t('tabs.tracking')}</Button>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>{t('tracking.pledgeHere')}</Text>
    </Alert>
  );
}
