import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Badge, Box, Checkbox, Group, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { Nip } from '../../app/Redacted';
import type { RequestFilter, RequestRow } from '../../../../shared/ipc/dataset';
import { RequestFilters, useRequestFilterState } from './RequestFilters';
import { RequestDetailDrawer } from './RequestDetailDrawer';
import { CompareSelectionBar } from './CompareSelectionBar';
import { formatTanggalPendek } from '../../../../shared/format/tanggal';

type SortKey = NonNullable<RequestFilter['sortBy']>;
const COLUMNS: { key: SortKey | null; label: string; width: string }[] = [
  { key: 'nama', label: 'nama', width: '21%' },
  { key: 'golongan', label: 'golongan', width: '6%' },
  { key: null, label: 'jabatan', width: '20%' },
  { key: 'unit', label: 'unit', width: '14%' },
  { key: 'pilihan1', label: 'pilihan1', width: '18%' },
  { key: 'tanggal', label: 'tanggal', width: '8%' },
  { key: 'status', label: 'status', width: '10%' },
];
const ROW_HEIGHT = 52;

/** Daftar Permohonan: every Open Karir request, filtered in the main process, rendered virtually. */
export function RequestsScreen() {
  const { t } = useTranslation();
  const [filter, patchFilter] = useRequestFilterState();
  const [rows, setRows] = useState<RequestRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [picked, setPicked] = useState<RequestRow[]>([]);
  const togglePick = (r: RequestRow) =>
    setPicked((p) => (p.some((x) => x.id === r.id) ? p.filter((x) => x.id !== r.id) : p.length >= 6 ? p : [...p, r]));
  const [total, setTotal] = useState(0);
  const parentRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let stale = false;
    api.dataset.listRequests(filter).then(
      (r) => { if (!stale) { setRows(r.rows); setTotal(r.totalAll); setError(null); } },
      (e) => { if (!stale) setError(errorText(e)); },
    );
    return () => { stale = true; };
  }, [filter]);

  const virtualizer = useVirtualizer({
    count: rows.length, getScrollElement: () => parentRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12,
  });
  const sortBy = useCallback((key: SortKey) => {
    patchFilter({ sortBy: key, sortDir: filter.sortBy === key && filter.sortDir === 'asc' ? 'desc' : 'asc' });
  }, [patchFilter, filter.sortBy, filter.sortDir]);

  return (
    <Stack h="calc(100vh - 90px)" gap="sm">
      <Group justify="space-between">
        <Title order={3}>{t('requests.title')}</Title>
        <Text size="sm" c="dimmed" data-testid="request-count">{t('requests.count', { shown: rows.length, total })}</Text>
      </Group>
      <RequestFilters value={filter} onPatch={patchFilter} />
      {error && <Alert color="red">{error}</Alert>}
      <CompareSelectionBar picked={picked} onClear={() => setPicked([])} />
      <Box style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        <Group gap={0} wrap="nowrap" bg="gray.1" px="xs" py={6} role="row">
          <Box w="3%" />
          {COLUMNS.map((c) => (
            <Box key={c.label} w={c.width} role="columnheader">
              {c.key ? (
                <UnstyledButton onClick={() => sortBy(c.key!)} data-testid={`sort-${c.key}`}>
                  <Group gap={2} wrap="nowrap">
                    <Text size="sm" fw={600}>{t(`requests.col.${c.label}`)}</Text>
                    {filter.sortBy === c.key && (filter.sortDir === 'asc' ? <IconArrowUp size={14} /> : <IconArrowDown size={14} />)}
                  </Group>
                </UnstyledButton>
              ) : <Text size="sm" fw={600}>{t(`requests.col.${c.label}`)}</Text>}
            </Box>
          ))}
        </Group>
        <div ref={parentRef} style={{ overflow: 'auto', flex: 1 }} data-testid="request-list">
          {rows.length === 0 && !error && <Text p="md" c="dimmed">{t('requests.empty')}</Text>}
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((v) => {
              const r = rows[v.index]!;
              return (
                <Group
                  key={r.id} className="virtual-row" gap={0} wrap="nowrap" px="xs" role="row" data-testid="request-row"
                  onClick={() => setSelected(r.id)}
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${v.start}px)`, borderBottom: '1px solid var(--mantine-color-gray-2)' }}
                >
                  <Box w="3%" onClick={(e) => e.stopPropagation()}>
                    <Checkbox size="xs" aria-label={r.namaLengkap} checked={picked.some((x) => x.id === r.id)}
                      onChange={() => togglePick(r)} data-testid="request-pick" />
                  </Box>
                  <Box w="21%"><Text size="sm" fw={500} truncate>{r.namaLengkap}</Text><Text size="xs" c="dimmed"><Nip nip={r.nip} /></Text></Box>
                  <Box w="6%"><Text size="sm">{r.golongan}</Text></Box>
                  <Box w="20%"><Text size="sm" truncate>{r.jabatanSaatIni}</Text><Text size="xs" c="dimmed">{r.levelSaatIni ?? ''}</Text></Box>
                  <Box w="14%"><Text size="sm" truncate>{r.unit}</Text><Text size="xs" c="dimmed">{r.kecamatan}</Text></Box>
                  <Box w="18%"><Text size="sm" truncate>{r.pilihan1}</Text>{r.pilihanIds.length > 1 && <Text size="xs" c="dimmed">+{r.pilihanIds.length - 1}</Text>}</Box>
                  <Box w="8%"><Text size="sm">{formatTanggalPendek(r.tanggal)}</Text></Box>
                  <Box w="10%"><Badge size="sm" variant="light" maw="100%">{t(`status.${r.status}`)}</Badge></Box>
                </Group>
              );
            })}
          </div>
        </div>
      </Box>
      <RequestDetailDrawer id={selected} onClose={() => setSelected(null)} />
    </Stack>
  );
}
