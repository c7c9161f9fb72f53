import { useCallback, useMemo, useState } from 'react';
import { Alert, Box, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestRow } from '../../../../shared/ipc/dataset';
import { RequestFilters, useRequestFilterState } from './RequestFilters';
import { RequestDetailDrawer } from './RequestDetailDrawer';
import { CompareSelectionBar } from './CompareSelectionBar';
import { RequestListHeader } from './RequestListHeader';
import { RequestList } from './RequestList';
import { useRequestPages } from './use-request-pages';
import type { SortKey } from './columns';

/** Daftar Permohonan: every Open Karir request, filtered and paged in the main process, rendered virtually. */
export function RequestsScreen() {
  const { t } = useTranslation();
  const [filter, patchFilter] = useRequestFilterState();
  const list = useRequestPages(filter);
  const [selected, setSelected] = useState<string | null>(null);
  const [picked, setPicked] = useState<RequestRow[]>([]);
  const pickedIds = useMemo(() => new Set(picked.map((r) => r.id)), [picked]);
  const togglePick = useCallback((r: RequestRow) =>
    setPicked((p) => (p.some((x) => x.id === r.id) ? p.filter((x) => x.id !== r.id) : p.length >= 6 ? p : [...p, r])), []);
  const sortBy = useCallback((key: SortKey) => {
    patchFilter({ sortBy: key, sortDir: filter.sortBy === key && filter.sortDir === 'asc' ? 'desc' : 'asc' });
  }, [patchFilter, filter.sortBy, filter.sortDir]);

  return (
    <Stack h="calc(100vh - 90px)" gap="sm">
      <Group justify="space-between">
        <Title order={3}>{t('requests.title')}</Title>
        <Text size="sm" c="dimmed" data-testid="request-count">{t('requests.count', { shown: list.total, total: list.totalAll })}</Text>
      </Group>
      <RequestFilters value={filter} onPatch={patchFilter} />
      {list.error && <Alert color="red">{list.error}</Alert>}
      <CompareSelectionBar picked={picked} onClear={() => setPicked([])} />
      <Box role="table" aria-label={t('requests.title')} aria-rowcount={list.total + 1}
        style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        <RequestListHeader filter={filter} onSort={sortBy} />
        {list.total === 0 && !list.loading && !list.error && <Text p="md" c="dimmed">{t('requests.empty')}</Text>}
        <RequestList total={list.total} pages={list.pages} pickedIds={pickedIds} ensureRange={list.ensureRange}
          onOpen={setSelected} onPick={togglePick} />
      </Box>
      <RequestDetailDrawer id={selected} onClose={() => setSelected(null)} />
    </Stack>
  );
}
