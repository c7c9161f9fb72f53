import { useEffect, useState } from 'react';
import { Button, Divider, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { JabatanRingkas } from '../../../../shared/session/model';
import { RequestFilters, useRequestFilterState } from '../requests/RequestFilters';
import type { RunAct } from './use-session-record';
import { AgendaAddResult, type AgendaAdded } from './AgendaAddResult';
import type { SessionDelta } from '../../../../shared/session/record-delta';

/**
 * Bulk add: the same filters as Daftar Permohonan, so what the filter shows is what gets
 * scheduled; vacant posts can be added as items of their own.
 */
export function AddAgendaModal(props: { opened: boolean; sidangId: string; run: RunAct; onClose(): void }) {
  const { t } = useTranslation('session');
  const [filter, patchFilter] = useRequestFilterState({ statuses: ['diverifikasi'] });
  const [count, setCount] = useState<number | null>(null);
  const [result, setResult] = useState<AgendaAdded | null>(null);
  const [posts, setPosts] = useState<JabatanRingkas[]>([]);
  const [chosenPosts, setChosenPosts] = useState<string[]>([]);
  /** Bumped after each add, so the count and the post list show what is still left. */
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!props.opened) return;
    let stale = false;
    void api.dataset.listRequests(filter).then((r) => { if (!stale) setCount(r.total); });
    return () => { stale = true; };
  }, [filter, props.opened, version]);
  useEffect(() => {
    if (props.opened) void api.session.vacantPosts({}).then(setPosts);
  }, [props.opened, version]);

  const add = async (fn: () => Promise<AgendaAdded & { delta: SessionDelta }>) => {
    let r: AgendaAdded | null = null;
    if (await props.run(async () => { const answer = await fn(); r = answer; return answer; })) setResult(r);
    setVersion((v) => v + 1);
  };

  return (
    <Modal opened={props.opened} onClose={() => { setResult(null); props.onClose(); }} title={t('agenda.addTitle')} size="90%">
      <Stack>
        <RequestFilters value={filter} onPatch={patchFilter} />
        <Group justify="space-between">
          <Text size="sm" data-testid="agenda-add-count">{t('agenda.addCount', { n: count ?? 0 })}</Text>
          <Button disabled={!count} data-testid="agenda-add-submit"
            onClick={() => void add(() => api.session.addAgendaFromFilter({ sidangId: props.sidangId, filter }))}>
            {t('agenda.addSubmit')}
          </Button>
        </Group>
        <Divider label={t('agenda.vacantTitle')} />
        <Group align="end">
          <MultiSelect
            style={{ flex: 1 }} searchable clearable label={t('agenda.vacantPick')} value={chosenPosts} onChange={setChosenPosts}
            data={posts.map((p) => ({ value: p.id, label: `${p.nama} (${p.level}) — ${p.unitNama}` }))} data-testid="agenda-vacant"
            comboboxProps={{ withinPortal: true }}
          />
          <Button variant="light" disabled={chosenPosts.length === 0} data-testid="agenda-vacant-submit" onClick={() => void add(async () => {
            const r = await api.session.addAgenda({ sidangId: props.sidangId, jabatanIds: chosenPosts });
            setChosenPosts([]);
            return r;
          })}>{t('agenda.addSubmit')}</Button>
        </Group>
        {result && <AgendaAddResult result={result} />}
      </Stack>
    </Modal>
  );
}
