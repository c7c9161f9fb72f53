import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntakePreview } from '../../../../shared/ipc/intake';

/** Accepted and rejected rows per sheet. */
export function SheetSummary(props: { sheets: IntakePreview['sheets'] }) {
  const { t } = useTranslation('intake');
  return (
    <Table withTableBorder striped data-testid="intake-summary" w="auto" verticalSpacing={4} horizontalSpacing="md" fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('sheet')}</Table.Th><Table.Th>{t('source')}</Table.Th>
          <Table.Th ta="right">{t('rows')}</Table.Th><Table.Th ta="right">{t('accepted')}</Table.Th><Table.Th ta="right">{t('rejected')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.sheets.map((s) => (
          <Table.Tr key={s.sheet} data-testid={`summary-${s.sheet}`}>
            <Table.Td fw={600}>{s.sheet}</Table.Td>
            <Table.Td><Text size="xs" c="dimmed">{s.source}</Text></Table.Td>
            <Table.Td ta="right">{s.rows}</Table.Td>
            <Table.Td ta="right" c="teal.8">{s.accepted}</Table.Td>
            <Table.Td ta="right" c={s.rejected ? 'red.8' : undefined} fw={s.rejected ? 700 : undefined}>{s.rejected}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
