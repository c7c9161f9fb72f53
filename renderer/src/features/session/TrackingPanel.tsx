import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, MultiSelect, NumberInput, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFlag, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { Nip } from '../../app/Redacted';
import { formatTanggal } from '../../../../shared/format/tanggal';
import { STATUS_TARGET, type StatusTarget } from '../../../../shared/session/targets';
import type { TrackingRow } from '../../../../shared/session/timeline';
import { RealizationModal } from './RealizationModal';

export const TARGET_COLOR: Record<StatusTarget, string> = {
  berjalan: 'blue', segera: 'yellow', terlambat: 'red', tercapai: 'teal', tidak_tercapai: 'red',
};

/** Pemantauan Target: targets of recommended requests, due soon / overdue / met / missed, with pledge flags. */
export function TrackingPanel(props: { onTimeline(nip: string): void }) {
  const { t } = useTranslation('session');
  const [statuses, setStatuses] = useState<StatusTarget[]>([]);
  const [hanyaPakta, setHanyaPakta] = useState(false);
  const [hariPeringatan, setHariPeringatan] = useState(30);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const [data, setData] = useState<{ today: string; rows: TrackingRow[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<TrackingRow | null>(null);

  const load = useCallback(() => {
    api.session.tracking({ statuses, hanyaPakta, search: debounced, hariPeringatan }).then(setData, (e) => setError(errorText(e)));
  }, [statuses, hanyaPakta, debounced, hariPeringatan]);
  useEffect(load, [load]);
  const flagged = data?.rows.filter((r) => r.paktaPerluDibahas).length ?? 0;

  return (
    <Stack gap="sm">
      <Group align="end">
        <TextInput label={t('tracking.search')} leftSection={<IconSearch size={16} />} value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={260} />
        <MultiSelect
          label={t('tracking.statusCol')} miw={220} clearable data-testid="tracking-status"
          data={STATUS_TARGET.map((s) => ({ value: s, label: t(`tracking.status.${s}`) }))}
          value={statuses} onChange={(v) => setStatuses(v as StatusTarget[])}
        />
        <NumberInput
          label={t('tracking.window')} w={150} min={1} max={365} value={hariPeringatan}
          onChange={(v) => setHariPeringatan(Math.min(365, Math.max(1, Number(v) || 30)))} data-testid="tracking-window"
        />
        <Switch label={t('tracking.onlyPledge')} checked={hanyaPakta} onChange={(e) => setHanyaPakta(e.currentTarget.checked)} mb={6} data-testid="tracking-pledge" />
        {data && <Text size="sm" c="dimmed" mb={6}>{t('tracking.today', { date: formatTanggal(data.today) })}</Text>}
        {flagged > 0 && <Badge color="red" mb={6} leftSection={<IconFlag size={12} />} data-testid="tracking-flagged">{t('tracking.pledgeCount', { n: flagged })}</Badge>}
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {data?.rows.length === 0 && <Text c="dimmed">{t('tracking.empty')}</Text>}
      {data && data.rows.length > 0 && (
        <Table striped highlightOnHover data-testid="tracking-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('tracking.name')}</Table.Th><Table.Th>{t('tracking.indicator')}</Table.Th><Table.Th>{t('tracking.target')}</Table.Th>
              <Table.Th>{t('tracking.deadline')}</Table.Th><Table.Th>{t('tracking.realization')}</Table.Th><Table.Th>{t('tracking.statusCol')}</Table.Th><Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.rows.map((r) => (
              <Table.Tr key={r.target.id} data-testid="tracking-row" data-status={r.status}>
                <Table.Td>
                  <Text size="sm" fw={500} style={{ cursor: 'pointer' }} onClick={() => props.onTimeline(r.target.nip)}>{r.namaLengkap}</Text>
                  <Text size="xs" c="dimmed"><Nip nip={r.target.nip} /></Text>
                  <Text size="xs" c="dimmed">{r.jabatanDirekomendasikan}{r.sidangNomor ? ` · ${r.sidangNomor}` : ''}</Text>
                </Table.Td>
                <Table.Td><Text size="sm">{r.target.indikator}</Text>{r.target.catatanBukti && <Text size="xs" c="dimmed">{r.target.catatanBukti}</Text>}</Table.Td>
                <Table.Td><Text size="sm">{r.target.nilaiTarget} {r.target.satuan}</Text></Table.Td>
                <Table.Td>
                  <Text size="sm">{formatTanggal(r.target.tenggat)}</Text>
                  {r.target.realisasi === null && (
                    <Text size="xs" c={r.sisaHari < 0 ? 'red' : 'dimmed'}>
                      {r.sisaHari < 0 ? t('tracking.daysLate', { n: -r.sisaHari }) : t('tracking.daysLeft', { n: r.sisaHari })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.target.realisasi ?? '—'}</Text>
                  {r.target.tanggalRealisasi && <Text size="xs" c="dimmed">{formatTanggal(r.target.tanggalRealisasi)}</Text>}
                </Table.Td>
                <Table.Td>
                  <Badge color={TARGET_COLOR[r.status]} variant="light">{t(`tracking.status.${r.status}`)}</Badge>
                  {r.paktaPerluDibahas && <Text size="xs" c="red" fw={500}>{t('tracking.pledge')}</Text>}
                </Table.Td>
                <Table.Td><Button size="compact-xs" variant="light" onClick={() => setEditing(r)} data-testid="tracking-enter">{t('tracking.enter')}</Button></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <RealizationModal row={editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); load(); }} />
    </Stack>
  );
}
