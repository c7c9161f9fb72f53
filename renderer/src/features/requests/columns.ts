import type { RequestFilter } from '../../../../shared/ipc/dataset';

export type SortKey = NonNullable<RequestFilter['sortBy']>;

/** The list's columns, shared by the header and the rows so both line up. */
export const COLUMNS: { key: SortKey | null; label: string; width: string }[] = [
  { key: 'nama', label: 'nama', width: '20%' },
  { key: 'golongan', label: 'golongan', width: '6%' },
  { key: null, label: 'jabatan', width: '17%' },
  { key: 'unit', label: 'unit', width: '13%' },
  { key: null, label: 'jenis', width: '7%' },
  { key: 'pilihan1', label: 'pilihan1', width: '15%' },
  { key: 'tanggal', label: 'tanggal', width: '9%' },
  { key: 'status', label: 'status', width: '10%' },
];
export const PICK_WIDTH = '3%';

/** Two lines of text per row; projector type (20 px root) needs the taller row. */
export const rowHeight = (projector: boolean): number => (projector ? 76 : 52);
