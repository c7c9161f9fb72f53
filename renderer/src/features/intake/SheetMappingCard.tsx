import { Group, Paper, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { SheetName } from '../../../../shared/intake/sheets';
import type { SourceSheet } from '../../../../shared/ipc/intake';
import { ColumnMappingTable } from './ColumnMappingTable';
import { fieldOptions, SHEET_OPTIONS, type MappingValues } from './mapping-fields';

/** One sheet of the chosen file: which template sheet it fills, then its columns. */
export function SheetMappingCard(props: { form: UseFormReturnType<MappingValues>; index: number; sheet: SourceSheet }) {
  const { t } = useTranslation('intake');
  const { form, index, sheet } = props;
  const setTarget = (v: string | null) => {
    const fields = new Set(fieldOptions(v as SheetName | null).map((o) => o.value));
    form.setFieldValue(`sheets.${index}.target`, v as SheetName | null);
    // A field of the sheet chosen before means nothing in the new one.
    form.setFieldValue(`sheets.${index}.columns`, form.values.sheets[index]!.columns.map((c) => ({ ...c, key: c.key && fields.has(c.key) ? c.key : null })));
  };
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group align="flex-end" justify="space-between">
          <Text fw={600}>{t('mapping.sheet', { name: sheet.source, count: sheet.sample.length })}</Text>
          <Select
            label={t('mapping.target')} size="xs" w={240} data={SHEET_OPTIONS} clearable placeholder={t('mapping.notImported')}
            value={form.values.sheets[index]!.target} onChange={setTarget} data-testid={`mapping-target-${sheet.source}`}
          />
        </Group>
        <ColumnMappingTable form={form} index={index} sheet={sheet} />
      </Stack>
    </Paper>
  );
}
