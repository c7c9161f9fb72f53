import { Badge, Select, Table, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { SourceSheet } from '../../../../shared/ipc/intake';
import { fieldOptions, type MappingValues } from './mapping-fields';
import { SampleValue } from './SampleValue';

/** Each source column of one sheet: its header, the template field it fills (editable), why it was suggested, two sample values. */
export function ColumnMappingTable(props: { form: UseFormReturnType<MappingValues>; index: number; sheet: SourceSheet }) {
  const { t } = useTranslation('intake');
  const { form, index, sheet } = props;
  const options = fieldOptions(form.values.sheets[index]!.target);
  return (
    <Table striped withTableBorder fz="sm" data-testid={`mapping-table-${sheet.source}`}>
      <Table.Thead>
        <Table.Tr><Table.Th>{t('mapping.source')}</Table.Th><Table.Th>{t('mapping.field')}</Table.Th><Table.Th>{t('mapping.by')}</Table.Th><Table.Th>{t('mapping.sample')}</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sheet.suggestions.map((s, j) => (
          <Table.Tr key={`${s.index}-${s.header}`}>
            <Table.Td><Text size="sm" ff="monospace">{s.header || '—'}</Text></Table.Td>
            <Table.Td miw={220}>
              <Select
                size="xs" data={options} clearable searchable placeholder={t('mapping.skip')} aria-label={t('mapping.fieldFor', { kolom: s.header })}
                data-testid={`mapping-field-${s.header}`} {...form.getInputProps(`sheets.${index}.columns.${j}.key`)}
              />
            </Table.Td>
            <Table.Td>{s.by && <Badge size="xs" variant="light" color={s.by === 'isi' ? 'grape' : 'blue'}>{t(`mapping.byLabel.${s.by}`)}</Badge>}</Table.Td>
            <Table.Td>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {sheet.sample.slice(0, 2).map((r, k) => <span key={k}>{k > 0 && ' · '}<SampleValue value={r[s.index] ?? ''} /></span>)}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
