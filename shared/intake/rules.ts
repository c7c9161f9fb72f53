import { parseNip } from '../domain/nip';
import { isBlank } from './cells';
import { rawOf, type ParsedRow, type ProblemSink } from './rows';
import type { SheetName, SheetSpec } from './sheets';

/**
 * Rules that look at one row as a whole (dates against each other, against the NIP, against today).
 * Cross-row rules (duplicates, references) live in crosscheck.ts.
 */
export function applyRowRules(spec: SheetSpec, rows: ParsedRow[], today: string, sink: ProblemSink): void {
  const rule = RULES[spec.name];
  if (!rule) return;
  for (const row of rows) rule(row, { spec, today, sink });
}

interface RuleCtx {
  spec: SheetSpec;
  today: string;
  sink: ProblemSink;
}

function notFuture(row: ParsedRow, key: string, c: RuleCtx): void {
  const v = row.v[key];
  if (typeof v === 'string' && v > c.today) c.sink.cell(c.spec, row, key, 'TANGGAL_MASA_DEPAN', { hariIni: c.today });
}

function endAfterStart(row: ParsedRow, start: string, end: string, c: RuleCtx): void {
  const a = row.v[start];
  const b = row.v[end];
  if (typeof a === 'string' && typeof b === 'string' && b < a) c.sink.cell(c.spec, row, end, 'SELESAI_SEBELUM_MULAI');
}

/** A post or grade cannot start before the person became CPNS (digits 9–14 of the NIP). */
function afterCpns(row: ParsedRow, keys: string[], c: RuleCtx): void {
  if (typeof row.v.nip !== 'string') return;
  const parts = parseNip(row.v.nip, c.today);
  if (!parts.ok) return;
  for (const key of keys) {
    const v = row.v[key];
    if (typeof v === 'string' && v.slice(0, 7) < parts.value.tmtCpns) c.sink.cell(c.spec, row, key, 'TMT_SEBELUM_CPNS', { tmt: parts.value.tmtCpns });
  }
}

const PILIHAN_KEYS = ['pilihan1', 'pilihan2', 'pilihan3'] as const;

/**
 * A request to stay (tetap) names no post; a request to move (pindah, also when the column is blank)
 * names at least the first choice. An unreadable Jenis cell is already refused, so nothing is guessed.
 */
function jenisFitsPilihan(row: ParsedRow, c: RuleCtx): void {
  if (row.v.jenis === null && !isBlank(rawOf(row, 'jenis'))) return;
  const named = PILIHAN_KEYS.filter((k) => !isBlank(rawOf(row, k)));
  if (row.v.jenis === 'tetap') {
    for (const k of named) c.sink.cell(c.spec, row, k, 'TETAP_DENGAN_PILIHAN');
  } else if (!named.includes('pilihan1')) c.sink.cell(c.spec, row, 'pilihan1', 'PINDAH_TANPA_PILIHAN');
}

const RULES: Partial<Record<SheetName, (row: ParsedRow, c: RuleCtx) => void>> = {
  Jabatan: (row, c) => {
    if (row.v.status === 'lowong' && row.v.pemegangNip) c.sink.cell(c.spec, row, 'pemegangNip', 'PEMEGANG_LOWONG');
  },
  Pegawai: (row, c) => {
    notFuture(row, 'tmtGolongan', c);
    notFuture(row, 'tmtJabatan', c);
    afterCpns(row, ['tmtGolongan', 'tmtJabatan'], c);
  },
  RiwayatJabatan: (row, c) => {
    notFuture(row, 'tmtMulai', c);
    endAfterStart(row, 'tmtMulai', 'tmtSelesai', c);
    afterCpns(row, ['tmtMulai'], c);
    // An unreadable Eselon/Jenis cell is already refused; a blank pair, or a structural post without its eselon, is not a level.
    const unread = (k: string) => row.v[k] === null && !isBlank(rawOf(row, k));
    if (unread('level') || unread('jenisJabatan')) return;
    if (row.v.level === null && (row.v.jenisJabatan === null || row.v.jenisJabatan === 'struktural')) {
      c.sink.cell(c.spec, row, 'level', 'RIWAYAT_TANPA_JENJANG');
    }
  },
  Disiplin: (row, c) => {
    notFuture(row, 'mulai', c);
    endAfterStart(row, 'mulai', 'selesai', c);
  },
  Kehadiran: (row, c) => {
    notFuture(row, 'mulai', c);
    endAfterStart(row, 'mulai', 'selesai', c);
  },
  SKP: (row, c) => {
    if (typeof row.v.tahun === 'number' && row.v.tahun > Number(c.today.slice(0, 4))) {
      c.sink.cell(c.spec, row, 'tahun', 'DI_LUAR_RENTANG', { min: 2000, max: c.today.slice(0, 4) });
    }
  },
  Diklat: (row, c) => {
    if (typeof row.v.tahun === 'number' && row.v.tahun > Number(c.today.slice(0, 4))) {
      c.sink.cell(c.spec, row, 'tahun', 'DI_LUAR_RENTANG', { min: 1970, max: c.today.slice(0, 4) });
    }
  },
  Permohonan: (row, c) => {
    notFuture(row, 'tanggal', c);
    jenisFitsPilihan(row, c);
    const { pilihan1: p1, pilihan2: p2, pilihan3: p3 } = row.v;
    if (p3 && !p2) c.sink.cell(c.spec, row, 'pilihan3', 'PILIHAN_LOMPAT');
    if ((p2 && (p2 === p1 || p2 === p3)) || (p3 && p3 === p1)) {
      c.sink.cell(c.spec, row, p2 && (p2 === p1 || p2 === p3) ? 'pilihan2' : 'pilihan3', 'PILIHAN_GANDA');
    }
    if (row.v.paktaDitandatangani === true && !row.v.tanggalPakta && isBlank(rawOf(row, 'tanggalPakta'))) {
      c.sink.cell(c.spec, row, 'tanggalPakta', 'PAKTA_TANPA_TANGGAL');
    }
    // The pledge is signed with the form, often days before it is filed: only a future date is wrong.
    notFuture(row, 'tanggalPakta', c);
  },
  Target: (row, c) => {
    notFuture(row, 'tanggalRealisasi', c);
  },
};
