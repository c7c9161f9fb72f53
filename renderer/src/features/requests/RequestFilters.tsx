import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Group, Input, MultiSelect, SegmentedControl, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { LEVEL_JABATAN } from '../../../../shared/domain/eselon';
import { JENIS_PERMOHONAN, STATUS_PERMOHONAN } from '../../../../shared/domain/permohonan';
import type { RequestFilter } from '../../../../shared/ipc/dataset';

type Options = Awaited<ReturnType<typeof api.dataset.filterOptions>>;
export type FilterPatch = Partial<RequestFilter> | null;
type ListKey = 'levels' | 'statuses' | 'kecamatan' | 'unitIds' | 'targetJabatanIds';
interface Choice { value: string; label: string }

/** Filter state for <RequestFilters>: patches merge into the latest state; null resets to `initial`. */
export function useRequestFilterState(initial: RequestFilter = {}): [RequestFilter, (patch: FilterPatch) => void] {
  const [filter, setFilter] = useState<RequestFilter>(initial);
  const [reset] = useState(initial);
  const patch = useCallback((p: FilterPatch) => setFilter((f) => (p ? { ...f, ...p } : reset)), [reset]);
  return [filter, patch];
}

/**
 * The search box keeps its own state, so a keystroke re-renders only this field (not the five
 * selects with hundreds of options); the debounced text is sent as a patch.
 */
const SearchField = memo(function SearchField(props: { resetKey: number; onPatch(patch: FilterPatch): void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const { onPatch, resetKey } = props;
  // What the parent's filter already holds: only a different text is sent, so mounting sends nothing.
  const sent = useRef('');
  useEffect(() => { setSearch(''); sent.current = ''; }, [resetKey]);
  useEffect(() => {
    if (debounced === sent.current) return;
    sent.current = debounced;
    onPatch({ search: debounced });
  }, [debounced, onPatch]);
  return (
    <TextInput label={t('requests.search')} leftSection={<IconSearch size={16} />} value={search}
      onChange={(e) => setSearch(e.currentTarget.value)} data-testid="request-search" w={240} />
  );
});

const FilterSelect = memo(function FilterSelect(props: {
  label: string; field: ListKey; data: Choice[]; value: readonly string[] | undefined; testid: string; onPatch(patch: FilterPatch): void;
}) {
  const { field, onPatch } = props;
  return (
    <MultiSelect label={props.label} data={props.data} searchable clearable maw={260} miw={160} value={[...(props.value ?? [])]}
      onChange={(v) => onPatch({ [field]: v })} data-testid={props.testid} comboboxProps={{ withinPortal: true }} />
  );
});

/** Requests to move, to stay, or both (semua): one choice, so a segmented control rather than a list. */
const JenisFilter = memo(function JenisFilter(props: { value: RequestFilter['jenis']; onPatch(patch: FilterPatch): void }) {
  const { t } = useTranslation();
  const { onPatch } = props;
  const data = useMemo(() => ['semua', ...JENIS_PERMOHONAN].map((j) => ({ value: j, label: t(j === 'semua' ? 'requests.jenisSemua' : `jenis.${j}`) })), [t]);
  return (
    <Input.Wrapper label={t('requests.jenis')}>
      <SegmentedControl display="flex" data={data} value={props.value ?? 'semua'} data-testid="filter-jenis"
        onChange={(v) => onPatch({ jenis: v === 'semua' ? null : (v as (typeof JENIS_PERMOHONAN)[number]) })} />
    </Input.Wrapper>
  );
});

function useChoices(options: Options | null): Record<ListKey, Choice[]> {
  const { t } = useTranslation();
  return useMemo(() => ({
    levels: LEVEL_JABATAN.map((l) => ({ value: l, label: l })),
    statuses: STATUS_PERMOHONAN.map((s) => ({ value: s, label: t(`status.${s}`) })),
    kecamatan: (options?.kecamatan ?? []).map((k) => ({ value: k, label: k })),
    unitIds: (options?.units ?? []).map((u) => ({ value: u.id, label: u.nama })),
    targetJabatanIds: (options?.targetPosts ?? []).map((j) => ({ value: j.id, label: `${j.nama} — ${j.unit}` })),
  }), [options, t]);
}

const SELECTS: { field: ListKey; label: string; testid: string }[] = [
  { field: 'levels', label: 'requests.level', testid: 'filter-level' },
  { field: 'statuses', label: 'requests.status', testid: 'filter-status' },
  { field: 'kecamatan', label: 'requests.kecamatan', testid: 'filter-kecamatan' },
  { field: 'unitIds', label: 'requests.unit', testid: 'filter-unit' },
  { field: 'targetJabatanIds', label: 'requests.target', testid: 'filter-target' },
];

/**
 * Filters send patches, never whole objects: the parent merges them into its latest state, so a
 * debounced search landing between two clicks cannot undo a selection made from an older render.
 */
export function RequestFilters(props: { value: RequestFilter; onPatch(patch: FilterPatch): void }) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<Options | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const choices = useChoices(options);
  const { value, onPatch } = props;
  useEffect(() => { void api.dataset.filterOptions({}).then(setOptions); }, []);
  return (
    <Group align="end" gap="sm" wrap="wrap">
      <SearchField resetKey={resetKey} onPatch={onPatch} />
      <JenisFilter value={value.jenis} onPatch={onPatch} />
      {SELECTS.map((s) => (
        <FilterSelect key={s.field} label={t(s.label)} field={s.field} data={choices[s.field]} value={value[s.field]}
          testid={s.testid} onPatch={onPatch} />
      ))}
      <Button variant="subtle" onClick={() => { setResetKey((k) => k + 1); onPatch(null); }}>{t('requests.reset')}</Button>
    </Group>
  );
}
