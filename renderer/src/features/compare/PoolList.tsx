import { useEffect, useState } from 'react';
import { Alert, Badge, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { useAppState } from '../../app/app-state';
import type { PoolListItem } from '../../../../shared/compare/schemas';

/** Every post named in a request, busiest first; a click opens its pool. */
export function PoolList() {
  const { t } = useTranslation('compare');
  const { go } = useAppState();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [pools, setPools] = useState<PoolListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.compare.listPools({ search: debounced }).then((r) => live && setPools(r.pools), (e) => live && setError(errorText(e)));
    return () => { live = false; };
  }, [debounced]);

  const open = (jabatanId: string) => go({ name: 'compare', params: { jabatanId } });
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3}>{t('title')}</Title>
        <TextInput
          leftSection={<IconSearch size={16} />} placeholder={t('pools.search')} value={search} w={320}
          onChange={(e) => setSearch(e.currentTarget.value)} data-testid="pool-search"
        />
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {!pools && !error && <Loader />}
      {pools && (
        <>
          <Text size="sm" c="dimmed" data-testid="pool-count">{t('pools.count', { n: pools.length })}</Text>
          {pools.length === 0 ? <Text c="dimmed">{t('pools.empty')}</Text> : (
            <Table highlightOnHover striped stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('pools.col.jabatan')}</Table.Th><Table.Th>{t('pools.col.unit')}</Table.Th>
                  <Table.Th>{t('pools.col.level')}</Table.Th><Table.Th>{t('pools.col.status')}</Table.Th>
                  <Table.Th ta="right">{t('pools.col.pemohon')}</Table.Th><Table.Th ta="right">{t('pools.col.pilihan')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pools.map((p) => (
                  <Table.Tr
                    key={p.jabatanId} className="virtual-row" tabIndex={0} data-testid="pool-row" data-jabatan-id={p.jabatanId}
                    onClick={() => open(p.jabatanId)} onKeyDown={(e) => { if (e.key === 'Enter') open(p.jabatanId); }}
                  >
                    <Table.Td fw={500}>{p.nama}</Table.Td>
                    <Table.Td>{p.unitNama}</Table.Td>
                    <Table.Td>{p.level}</Table.Td>
                    <Table.Td><Badge variant="light" color={p.status === 'lowong' ? 'orange' : 'gray'}>{t(`status.${p.status}`)}</Badge></Table.Td>
                    <Table.Td ta="right" fw={600}>{p.pemohon}</Table.Td>
                    <Table.Td ta="right">{p.pilihan1} / {p.pilihan2} / {p.pilihan3}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Stack>
  );
}
