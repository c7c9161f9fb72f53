import { LEVEL_JABATAN } from '../domain/eselon';
import type { ColumnSpec, SheetSpec } from './sheets';

const TGL_NOTE = 'Tanggal, mis. 02-07-2025, 02/07/2025, 2025-07-02 atau 2 Juli 2025.';

/** The kinds of post SIASN's riwayat jabatan names (its jenisJabatan id 1/2/4, or the words). */
export const JENIS_JABATAN = ['struktural', 'fungsional', 'pelaksana'] as const;
const JENIS_ALIASES: Record<string, string> = {
  '1': 'struktural', '2': 'fungsional', '4': 'pelaksana', 'jabatan struktural': 'struktural',
  'fungsional tertentu': 'fungsional', JFT: 'fungsional', 'jabatan fungsional': 'fungsional',
  'fungsional umum': 'pelaksana', JFU: 'pelaksana', 'jabatan pelaksana': 'pelaksana',
};
/** SIASN's eselon ids (ref eselon: 21 = II.a … 42 = IV.b) beside the names. */
const ESELON_ALIASES: Record<string, string> = {
  '21': 'II.a', '22': 'II.b', '31': 'III.a', '32': 'III.b', '41': 'IV.a', '42': 'IV.b', JFT: 'fungsional', JFU: 'pelaksana',
};

const columns: ColumnSpec[] = [
  { key: 'nip', header: 'NIP', kind: { type: 'nip' }, required: true, note: '18 digit, berformat Teks. NIP dari lembar Pegawai atau dataset.' },
  { key: 'namaJabatan', header: 'Nama Jabatan', aliases: ['jabatan'], kind: { type: 'teks', max: 200, min: 1 }, required: true, note: 'Nama jabatan yang pernah atau sedang diduduki.' },
  {
    key: 'level', header: 'Eselon', aliases: ['level', 'eselon jabatan'], kind: { type: 'pilihan', values: LEVEL_JABATAN, aliases: ESELON_ALIASES },
    required: false, note: 'II.a … IV.b, fungsional, atau pelaksana. Boleh kosong untuk jabatan fungsional/pelaksana bila Jenis Jabatan diisi.',
  },
  {
    key: 'jenisJabatan', header: 'Jenis Jabatan', aliases: ['jenis'], kind: { type: 'pilihan', values: JENIS_JABATAN, aliases: JENIS_ALIASES },
    required: false, note: 'struktural, fungsional, atau pelaksana (SIASN: 1, 2, 4). Dipakai bila Eselon kosong.',
  },
  { key: 'unit', header: 'Unit Kerja', aliases: ['unit', 'unor', 'nama unit'], kind: { type: 'teks', max: 200 }, required: false, note: 'Unit tempat jabatan itu; boleh kosong.' },
  { key: 'tmtMulai', header: 'TMT Jabatan', aliases: ['tmt mulai', 'tmt'], kind: { type: 'tanggal' }, required: true, note: TGL_NOTE },
  {
    key: 'tmtSelesai', header: 'TMT Selesai', aliases: ['tmt akhir', 'sampai'], kind: { type: 'tanggal' }, required: false,
    note: `Kosong: sampai TMT jabatan berikutnya orang yang sama di lembar ini, atau masih menjabat bila ini yang terakhir. ${TGL_NOTE}`,
  },
];

/**
 * Career history (riwayat jabatan), optional: one row per post held, as SIASN's riwayat jabatan
 * export lists them (a TMT per post, no end date). With it the experience rule decides instead of
 * asking the committee to look up earlier posts.
 */
export const RIWAYAT_SHEET: SheetSpec = {
  name: 'RiwayatJabatan', title: 'Riwayat Jabatan (opsional)', aliases: ['Riwayat Jabatan', 'rw jabatan', 'Riwayat'], columns,
};
