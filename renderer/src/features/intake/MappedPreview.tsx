import { ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntakePreview } from '../../../../shared/ipc/intake';
import { SampleValue } from './SampleValue';

/** The first 20 rows of each mapped sheet under the template's column names: what the import will read. */
export function MappedPreview(props: { mapped: IntakePreview['mapped'] }) {
  const { t } = useTranslation('intake');
  const sheets = props.mapped.filter((m) => m.rows.length > 0);
  if (sheets.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="mapped-preview">
      <Title order={5}>{t('mapping.previewTitle')}</Title>
      {sheets.map((m) => (
        <Stack gap={4} key={m.sheet}>
          <Text size="sm" fw={500}>{t('mapping.previewSheet', { sheet: m.sheet, count: m.rows.length })}</Text>
          <ScrollArea type="auto" offsetScrollbars>
            <Table striped withTableBorder fz="xs" style={{ whiteSpace: 'nowrap' }}>
              <Table.Thead><Table.Tr>{m.headers.map((h) => <Table.Th key={h}>{h}</Table.Th>)}</Table.Tr></Table.Thead>
              <Table.Tbody>
                {m.rows.map((r, i) => (
                  <Table.Tr key={i}>{r.map((v, k) => <Table.Td key={k}><SampleValue value={v} /></Table.Td>)}</Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Stack>
      ))}
    </Stack>
  );
}
