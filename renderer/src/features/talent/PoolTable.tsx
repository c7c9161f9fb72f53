import { useState } from 'react';
import { Pagination, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnggotaTalenta } from '../../../../shared/talent/schemas';
import { saranText } from './labels';

const PAGE = 50;

/** The pool members, a page at a time (the demo city's pool runs to four figures). No NIP is shown. */
export function PoolTable({ anggota }: { anggota: AnggotaTalenta[] }) {
  const { t, i18n } = useTranslation('talent');
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(anggota.length / PAGE));
  const shown = anggota.slice((Math.min(page, pages) - 1) * PAGE, Math.min(page, pages) * PAGE);
  if (anggota.length === 0) return <Text size="sm" c="dimmed">{t('pool.empty')}</Text>;
  return (
    <Stack gap="xs">
      <Text size="sm" data-testid="talent-pool-count">{t('pool.count', { n: anggota.length })}</Text>
      <Table striped withTableBorder fz="xs" data-testid="talent-pool-table">
        <Table.Thead>
          <Table.Tr>{(['nama', 'jabatan', 'unit', 'kotak', 'saran'] as const).map((c) => <Table.Th key={c}>{t(`pool.${c}`)}</Table.Th>)}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((a) => (
            <Table.Tr key={a.nip}>
              <Table.Td>{a.nama}</Table.Td>
              <Table.Td>{a.jabatan}</Table.Td>
              <Table.Td>{a.unitNama}</Table.Td>
              <Table.Td ta="center">{a.box}</Table.Td>
              <Table.Td>{saranText(i18n.language, a.box)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {pages > 1 && <Pagination size="sm" total={pages} value={Math.min(page, pages)} onChange={setPage} aria-label={t('pool.count', { n: anggota.length })} />}
    </Stack>
  );
}
