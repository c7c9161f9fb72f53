import { useEffect, useState } from 'react';
import { Group, Pagination, ScrollArea, Table, Text } from '@mantine/core';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { useProjector } from '../../app/app-state';
import { Nip } from '../../app/Redacted';
import type { DiffJenis, DiffRow } from '../../../../shared/ipc/intake-update';
import { useIntakeUpdateT } from './update-master-i18n';

const PAGE = 50;

/** One list of the diff, a page at a time from main: a changed ASN takes one row per field (kolom, lama, baru). */
export function UpdateMasterDiffTable(props: { token: string; jenis: DiffJenis; total: number; onError(s: string): void }) {
  const t = useIntakeUpdateT();
  const [page, setPage] = useState(1);
  const [rows, setRows] = useState<DiffRow[]>([]);
  useEffect(() => {
    api.intake.diffWithOpen({ token: props.token, jenis: props.jenis, offset: (page - 1) * PAGE, limit: PAGE })
      .then((r) => setRows(r.baris), (e) => props.onError(errorText(e)));
  }, [props.token, props.jenis, page]);
  if (props.total === 0) return <Text size="sm" c="dimmed" p="sm">{t('empty')}</Text>;
  const pages = Math.ceil(props.total / PAGE);
  return (
    <>
      <ScrollArea.Autosize mah={460}>
        <Table withTableBorder striped stickyHeader fz="sm" data-testid={`diff-table-${props.jenis}`}>
          <Table.Thead><DiffHeader jenis={props.jenis} /></Table.Thead>
          <Table.Tbody>{rows.flatMap((r) => diffLines(r, props.jenis))}</Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {pages > 1 && <Group justify="flex-end"><Pagination total={pages} value={page} onChange={setPage} size="sm" /></Group>}
    </>
  );
}

function DiffHeader({ jenis }: { jenis: DiffJenis }) {
  const t = useIntakeUpdateT();
  return (
    <Table.Tr>
      <Table.Th w={190}>{t('nip')}</Table.Th><Table.Th w={220}>{t('nama')}</Table.Th>
      {jenis === 'berubah' && <><Table.Th w={150}>{t('field')}</Table.Th><Table.Th>{t('lama')}</Table.Th><Table.Th>{t('baru')}</Table.Th></>}
      {jenis === 'keluar' && <Table.Th>{t('peringatan')}</Table.Th>}
    </Table.Tr>
  );
}

function diffLines(r: DiffRow, jenis: DiffJenis) {
  if (jenis !== 'berubah') return [<PersonLine key={r.nip} row={r} jenis={jenis} />];
  return r.perubahan.map((f, i) => <FieldLine key={`${r.nip}-${f.field}`} row={r} first={i === 0} span={r.perubahan.length} field={f} />);
}

function PersonLine({ row, jenis }: { row: DiffRow; jenis: DiffJenis }) {
  return (
    <Table.Tr data-testid="diff-row">
      <Table.Td style={{ whiteSpace: 'nowrap' }}><Nip nip={row.nip} /></Table.Td><Table.Td>{row.nama}</Table.Td>
      {jenis === 'keluar' && <Table.Td c={row.peringatan.length ? 'orange.9' : undefined}>{row.peringatan.join(' ')}</Table.Td>}
    </Table.Tr>
  );
}

/** Values may be addresses or phone numbers: hidden in projector mode, like the problem table's. */
function FieldLine(props: { row: DiffRow; first: boolean; span: number; field: DiffRow['perubahan'][number] }) {
  const projector = useProjector();
  const value = (v: string) => (projector && v ? '•••' : v);
  return (
    <Table.Tr data-testid="diff-row">
      {props.first && <><Table.Td rowSpan={props.span} style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}><Nip nip={props.row.nip} /></Table.Td>
        <Table.Td rowSpan={props.span} style={{ verticalAlign: 'top' }}>{props.row.nama}</Table.Td></>}
      <Table.Td>{props.field.label}</Table.Td>
      <Table.Td c="red.9" style={{ wordBreak: 'break-word' }}>{value(props.field.lama)}</Table.Td>
      <Table.Td c="teal.9" style={{ wordBreak: 'break-word' }}>{value(props.field.baru)}</Table.Td>
    </Table.Tr>
  );
}
