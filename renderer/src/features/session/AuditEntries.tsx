import { Badge, Code, Pagination, Table, Text } from '@mantine/core';
import type { AuditEntryRow } from '../../../../shared/ipc/dataset';
import { useAuditT } from './audit-i18n';

export const PAGE_SIZE = 50;

/**
 * One page of the log, oldest first. The first broken entry is highlighted; entries after it
 * cannot be vouched for by the chain and are marked as unverified.
 */
export function AuditEntries(props: {
  entries: AuditEntryRow[];
  total: number;
  page: number;
  onPage(page: number): void;
  brokenSeq: number | null;
}) {
  const t = useAuditT();
  const pages = Math.max(1, Math.ceil(props.total / PAGE_SIZE));
  return (
    <>
      <Table striped withTableBorder fz="xs" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('col.seq')}</Table.Th>
            <Table.Th>{t('col.at')}</Table.Th>
            <Table.Th>{t('col.actor')}</Table.Th>
            <Table.Th>{t('col.action')}</Table.Th>
            <Table.Th>{t('col.payload')}</Table.Th>
            <Table.Th>{t('col.hash')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.entries.map((e) => {
            const broken = props.brokenSeq === e.seq;
            const after = props.brokenSeq !== null && e.seq > props.brokenSeq;
            return (
              <Table.Tr
                key={e.seq}
                bg={broken ? 'red.1' : undefined}
                c={after ? 'dimmed' : undefined}
                data-testid={`audit-row-${e.seq}`}
                data-broken={broken || undefined}
              >
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {e.seq}{' '}
                  {broken && <Badge size="xs" color="red">{t('brokenMark')}</Badge>}
                  {after && <Badge size="xs" color="gray" variant="outline">{t('unverified')}</Badge>}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{new Date(e.at).toLocaleString('id-ID')}</Table.Td>
                <Table.Td>{e.actor}</Table.Td>
                <Table.Td><Code>{e.action}</Code></Table.Td>
                <Table.Td maw={420}><Text size="xs" truncate="end" title={e.payload}>{e.payload}</Text></Table.Td>
                <Table.Td><Code title={e.entryHash}>{e.entryHash.slice(0, 16)}…</Code></Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {pages > 1 && <Pagination total={pages} value={props.page} onChange={props.onPage} size="sm" data-testid="audit-pages" />}
    </>
  );
}
