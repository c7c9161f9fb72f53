import { useCallback, useEffect, useState } from 'react';
import { Button, Group, MultiSelect, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { LEVEL_JABATAN, type LevelJabatan } from '../../../../shared/domain/eselon';
import { STATUS_PERMOHONAN, type StatusPermohonan } from '../../../../shared/domain/permohonan';
import type { RequestFilter } from '../../../../shared/ipc/dataset';

type Options = Awaited<ReturnType<typeof api.dataset.filterOptions>>;
export type FilterPatch = Partial<RequestFilter> | null;

/** Filter state for <RequestFilters>: patches merge into the latest state; null resets to `initial`. */
export function useRequestFilterState(initial: RequestFilter = {}): [RequestFilter, (patch: FilterPatch) => void] {
  const [filter, setFilter] = useState<RequestFilter>(initial);
  const [reset] = useState(initial);
  const patch = useCallback((p: FilterPatch) => setFilter((f) => (p ? { ...f, ...p } : reset)), [reset]);
  return [filter, patch];
}

/**
 * Filters send patches, never whole objects: the parent merges them into its latest state, so a
 * debounced search landing between two clicks cannot undo a selection made from an older render.
 */
export function RequestFilters(props: { value: RequestFilter; onPatch(patch: FilterPatch): void }) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<Options | null>(null);
  const [search, setSearch] = useState(props.value.search ?? '');
  const [debounced] = useDebouncedValue(search, 150);
  const { value, onPatch } = props;

  useEffect(() => {
    void api.dataset.filterOptions({}).then(setOptions);
  }, []);
  useEffect(() => {
    if (debounced !== (value.search ?? '')) onPatch({ search: debounced });
  }, [debounced, value.search, onPatch]);

  const multi = (label: string, key: keyof RequestFilter, data: { value: string; label: string }[], testid: string) => (
    <MultiSelect
      label={label} data={data} searchable clearable maw={260} miw={160}
      value={(value[key] as string[] | undefined) ?? []}
      onChange={(v) => onPatch({ [key]: v })}
      data-testid={testid}
      comboboxProps={{ withinPortal: true }}
    />
  );

  return (
    <Group align="end" gap="sm" wrap="wrap">
      <TextInput
        label={t('requests.search')} leftSection={<IconSearch size={16} />} value={search}
        onChange={(e) => setSearch(e.currentTarget.value)} data-testid="request-search" w={240}
      />
      {multi(t('requests.level'), 'levels', LEVEL_JABATAN.map((l: LevelJabatan) => ({ value: l, label: l })), 'filter-level')}
      {multi(t('requests.status'), 'statuses', STATUS_PERMOHONAN.map((s: StatusPermohonan) => ({ value: s, label: t(`status.${s}`) })), 'filter-status')}
      {multi(t('requests.kecamatan'), 'kecamatan', (options?.kecamatan ?? []).map((k) => ({ value: k, label: k })), 'filter-kecamatan')}
      {multi(t('requests.unit'), 'unitIds', (options?.units ?? []).map((u) => ({ value: u.id, label: u.nama })), 'filter-unit')}
      {multi(t('requests.target'), 'targetJabatanIds', (options?.targetPosts ?? []).map((j) => ({ value: j.id, label: `${j.nama} — ${j.unit}` })), 'filter-target')}
      <Button variant="subtle" onClick={() => { setSearch(''); onPatch(null); }}>{t('requests.reset')}</Button>
    </Group>
  );
}
