import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatError } from '../../../../shared/errors';
import { maskNip } from '../../../../shared/domain/nip';
import type { HasilImporMasukan } from '../../../../shared/masukan/schemas';
import { useProjector } from '../../app/app-state';

/** The rows that stopped an import, each with its row number and reason (NIPs masked on a projector). */
export function MasukanProblems({ hasil }: { hasil: HasilImporMasukan }) {
  const { t, i18n } = useTranslation('masukan');
  const projector = useProjector();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const reason = (kode: string, params: Record<string, string | number>) => {
    const text = formatError(kode, params, lang);
    return projector ? text.replace(/\d{18}/g, (n) => maskNip(n)) : text;
  };
  return (
    <>
      <Table fz="sm" striped withTableBorder data-testid="masukan-problems">
        <Table.Thead><Table.Tr><Table.Th w={80}>{t('col.baris')}</Table.Th><Table.Th>{t('col.alasan')}</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {hasil.masalah.map((m, i) => (
            <Table.Tr key={`${m.baris}-${i}`}><Table.Td>{m.baris}</Table.Td><Table.Td>{reason(m.kode, m.params)}</Table.Td></Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {hasil.masalah.length < hasil.totalMasalah && (
        <Text size="xs" c="dimmed">{t('more', { shown: hasil.masalah.length, total: hasil.totalMasalah })}</Text>
      )}
    </>
  );
}
