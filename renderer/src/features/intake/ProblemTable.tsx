import { useState } from 'react';
import { Group, Pagination, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntakeProblem } from '../../../../shared/ipc/intake';
import { useProjector } from '../../app/app-state';
import { Nip } from '../../app/Redacted';
import { maskNip } from '../../../../shared/domain/nip';

const PAGE = 100;

/** A cell value as typed; NIPs masked and other values hidden in projector mode (they may be names, addresses). */
function Value({ p }: { p: IntakeProblem }) {
  const projector = useProjector();
  if (/^\d{18}$/.test(p.value)) return <Nip nip={p.value} />;
  if (projector && p.value) return <span>•••</span>;
  return <>{p.value}</>;
}

/** Reasons may quote a NIP ("NIP … merujuk ke baris 5"); masked like every other NIP in projector mode. */
function Reason({ text }: { text: string }) {
  const projector = useProjector();
  return <>{projector ? text.replace(/\d{18}/g, (n) => maskNip(n)) : text}</>;
}

/** Every problem: sheet, row, column, value, reason. */
export function ProblemTable(props: { problems: IntakeProblem[] }) {
  const { t } = useTranslation('intake');
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(props.problems.length / PAGE));
  const shown = props.problems.slice((page - 1) * PAGE, page * PAGE);
  return (
    <>
      <ScrollArea.Autosize mah={420}>
        <Table withTableBorder striped stickyHeader data-testid="problem-table" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={130}>{t('sheet')}</Table.Th><Table.Th w={60}>{t('row')}</Table.Th><Table.Th w={150}>{t('column')}</Table.Th>
              <Table.Th w={200}>{t('value')}</Table.Th><Table.Th>{t('reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((p, i) => (
              <Table.Tr key={`${p.sheet}-${p.row}-${p.column}-${i}`} data-testid="problem-row">
                <Table.Td>{p.sheet}</Table.Td>
                <Table.Td>{p.row}</Table.Td>
                <Table.Td>{p.column}</Table.Td>
                <Table.Td><Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}><Value p={p} /></Text></Table.Td>
                <Table.Td><Reason text={p.reason} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {pages > 1 && (
        <Group justify="flex-end"><Pagination total={pages} value={page} onChange={setPage} size="sm" /></Group>
      )}
    </>
  );
}
