import { useEffect, useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { RequestFilter } from '../../../../shared/ipc/dataset';
import { RequestFilters } from '../requests/RequestFilters';
import type { RunAct } from './use-session-record';

/** Bulk add: the same filters as Daftar Permohonan; what the filter shows is what gets scheduled. */
export function AddAgendaModal(props: { opened: boolean; sidangId: string; run: RunAct; onClose(): void }) {
  const { t } = useTranslation('session');
  const [filter, setFilter] = useState<RequestFilter>({ statuses: ['diverifikasi'] });
  const [count, setCount] = useState<number | null>(null);
  const [result, setResult] = useState<string | null>(null);

  useEffect(() => {
    if (!props.opened) return;
    let stale = false;
    void api.dataset.listRequests(filter).then((r) => { if (!stale) setCount(r.total); });
    return () => { stale = true; };
  }, [filter, props.opened]);

  return (
    <Modal opened={props.opened} onClose={() => { setResult(null); props.onClose(); }} title={t('agenda.addTitle')} size="90%">
      <Stack>
        <RequestFilters value={filter} onChange={setFilter} />
        <Text size="sm" data-testid="agenda-add-count">{t('agenda.addCount', { n: count ?? 0 })}</Text>
        {result && <Text size="sm" c="teal" data-testid="agenda-add-result">{result}</Text>}
        <Group justify="end">
          <Button disabled={!count} data-testid="agenda-add-submit" onClick={async () => {
            let r = { added: 0, skipped: 0 };
            const ok = await props.run(async () => { r = await api.session.addAgendaFromFilter({ sidangId: props.sidangId, filter }); });
            if (ok) setResult(t('agenda.added', r));
          }}>{t('agenda.addSubmit')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
