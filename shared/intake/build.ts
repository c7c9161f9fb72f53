import { z } from 'zod';
import { parseNip } from '../domain/nip';
import { jabatanSchema, unitKerjaSchema, type Jabatan, type UnitKerja } from '../domain/jabatan';
import {
  diklatSchema, disiplinSchema, ketidakhadiranSchema, profilPegawaiSchema,
  type Diklat, type Disiplin, type Ketidakhadiran, type ProfilPegawai,
} from '../domain/pegawai';
import { permohonanSchema, targetSchema, type Permohonan, type Target } from '../domain/permohonan';
import { skpSchema, type Skp } from '../domain/skp';
import type { KodeKompetensi, ProfilKompetensi } from '../domain/kompetensi';
import type { ParsedSheets } from './crosscheck';
import type { ParsedRow, ProblemSink } from './rows';
import type { SheetSpec } from './sheets';
import { buildRiwayat, type RiwayatRow } from './build-riwayat';

/** Rows for people or posts already in the dataset: inserted on their own, not with a new person. */
export interface ChildRows {
  diklat: (Diklat & { nip: string })[];
  kompetensi: { nip: string; kode: KodeKompetensi; level: number }[];
  skp: (Skp & { nip: string })[];
  disiplin: (Disiplin & { nip: string })[];
  ketidakhadiran: (Ketidakhadiran & { nip: string })[];
  standar: { jabatanId: string; kode: KodeKompetensi; level: number }[];
}

/** Everything an import will write, as validated domain objects. */
export interface ImportData {
  units: UnitKerja[];
  jabatan: Jabatan[];
  pegawai: ProfilPegawai[];
  permohonan: Permohonan[];
  target: Target[];
  tambahan: ChildRows;
  /** Career history of new and existing people alike (optional sheet). */
  riwayat: RiwayatRow[];
}

/** Last guard: the built object must satisfy the domain schema; a mismatch is a refused row, never a crash. */
function guard<T>(schema: z.ZodType<T>, value: unknown, spec: SheetSpec, row: ParsedRow, sink: ProblemSink): T | null {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const key = String(issue.path[0] ?? '');
  const col = spec.columns.find((c) => c.key === key) ?? spec.columns[0]!;
  sink.cell(spec, row, col.key, 'TIDAK_SESUAI_SKEMA', { rincian: `${issue.path.join('.')}: ${issue.message}` });
  return null;
}

const ok = (s: ParsedSheets, name: keyof ParsedSheets) => (s[name]?.rows ?? []).filter((r) => r.ok);

export function buildImport(sheets: ParsedSheets, today: string, sink: ProblemSink): ImportData {
  const out: ImportData = {
    units: [], jabatan: [], pegawai: [], permohonan: [], target: [], riwayat: [],
    tambahan: { diklat: [], kompetensi: [], skp: [], disiplin: [], ketidakhadiran: [], standar: [] },
  };
  const spec = (n: keyof ParsedSheets) => sheets[n]!.spec;

  for (const r of ok(sheets, 'UnitKerja')) {
    const u = guard(unitKerjaSchema, { id: r.v.id, nama: r.v.nama, singkatan: r.v.singkatan ?? '', lokasi: { lat: r.v.lat, lon: r.v.lon } }, spec('UnitKerja'), r, sink);
    if (u) out.units.push(u);
  }

  const standar = new Map<string, ProfilKompetensi>();
  const jabatanIds = new Set(ok(sheets, 'Jabatan').map((r) => r.v.id as string));
  for (const r of ok(sheets, 'StandarKompetensi')) {
    if (jabatanIds.has(r.v.jabatanId)) {
      const p = standar.get(r.v.jabatanId) ?? {};
      p[r.v.kode as KodeKompetensi] = r.v.level;
      standar.set(r.v.jabatanId, p);
    } else out.tambahan.standar.push({ jabatanId: r.v.jabatanId, kode: r.v.kode, level: r.v.level });
  }
  for (const r of ok(sheets, 'Jabatan')) {
    const j = guard(jabatanSchema, {
      id: r.v.id, nama: r.v.nama, unitId: r.v.unitId, level: r.v.level, lokasi: { lat: r.v.lat, lon: r.v.lon },
      minGolongan: r.v.minGolongan, status: r.v.status, pemegangNip: r.v.pemegangNip ?? null,
      standarKompetensi: standar.get(r.v.id) ?? {},
    }, spec('Jabatan'), r, sink);
    if (j) out.jabatan.push(j);
  }

  // Children grouped by NIP: attached to a new person, or kept aside for a person already in the dataset.
  const people = new Map<string, ProfilPegawai>();
  const pegawaiRows = ok(sheets, 'Pegawai');
  const newNips = new Set(pegawaiRows.map((r) => r.v.nip as string));
  const child = <T>(name: keyof ParsedSheets, make: (r: ParsedRow) => T, attach: (p: ProfilPegawai, x: T) => void, aside: (x: T & { nip: string }) => void) => {
    for (const r of ok(sheets, name)) {
      const x = make(r);
      if (newNips.has(r.v.nip)) pending.push(() => attach(people.get(r.v.nip)!, x));
      else aside({ ...x, nip: r.v.nip });
    }
  };
  const pending: (() => void)[] = [];
  child('Diklat', (r) => guard(diklatSchema, { jenis: r.v.jenis, tahun: r.v.tahun }, spec('Diklat'), r, sink),
    (p, x) => x && p.diklat.push(x), (x) => x.jenis && out.tambahan.diklat.push(x as Diklat & { nip: string }));
  child('Kompetensi', (r) => ({ kode: r.v.kode as KodeKompetensi, level: r.v.level as number }),
    (p, x) => { p.kompetensi[x.kode] = x.level; }, (x) => out.tambahan.kompetensi.push(x));
  child('SKP', (r) => guard(skpSchema, { tahun: r.v.tahun, predikat: r.v.predikat }, spec('SKP'), r, sink),
    (p, x) => x && p.skp.push(x), (x) => x.tahun && out.tambahan.skp.push(x as Skp & { nip: string }));
  child('Disiplin', (r) => guard(disiplinSchema, { hukuman: r.v.hukuman, tingkat: r.v.tingkat, mulai: r.v.mulai, selesai: r.v.selesai ?? null, keterangan: r.v.keterangan ?? '' }, spec('Disiplin'), r, sink),
    (p, x) => x && p.disiplin.push(x), (x) => x.hukuman && out.tambahan.disiplin.push(x as Disiplin & { nip: string }));
  child('Kehadiran', (r) => guard(ketidakhadiranSchema, { mulai: r.v.mulai, selesai: r.v.selesai, hariKerja: r.v.hariKerja, alasanSah: r.v.alasanSah, keterangan: r.v.keterangan ?? '' }, spec('Kehadiran'), r, sink),
    (p, x) => x && p.ketidakhadiran.push(x), (x) => x.mulai && out.tambahan.ketidakhadiran.push(x as Ketidakhadiran & { nip: string }));

  for (const r of pegawaiRows) {
    const parts = parseNip(r.v.nip, today);
    if (!parts.ok) continue;
    const p: ProfilPegawai = {
      nip: r.v.nip, nama: r.v.nama, gelarDepan: r.v.gelarDepan ?? '', gelarBelakang: r.v.gelarBelakang ?? '',
      jenisKelamin: parts.value.jenisKelamin, tanggalLahir: parts.value.tanggalLahir, golongan: r.v.golongan,
      tmtGolongan: r.v.tmtGolongan, jabatanId: r.v.jabatanId ?? null, namaJabatan: r.v.namaJabatan, tmtJabatan: r.v.tmtJabatan,
      unitId: r.v.unitId, pendidikan: r.v.pendidikan, jurusan: r.v.jurusan ?? '', alamat: r.v.alamat, kelurahan: r.v.kelurahan,
      kecamatan: r.v.kecamatan, domisili: { lat: r.v.lat, lon: r.v.lon }, telepon: r.v.telepon ?? '', potensi: r.v.potensi ?? null,
      diklat: [], kompetensi: {}, skp: [], disiplin: [], ketidakhadiran: [],
    };
    people.set(p.nip, p);
  }
  for (const f of pending) f();
  for (const r of pegawaiRows) {
    const p = people.get(r.v.nip);
    if (p && guard(profilPegawaiSchema, p, spec('Pegawai'), r, sink)) out.pegawai.push(p);
  }

  if (sheets.RiwayatJabatan) out.riwayat = buildRiwayat(sheets.RiwayatJabatan.rows, spec('RiwayatJabatan'), sink);

  for (const r of ok(sheets, 'Permohonan')) {
    const pilihan = [r.v.pilihan1, r.v.pilihan2, r.v.pilihan3].filter((x): x is string => typeof x === 'string' && x !== '');
    const p = guard(permohonanSchema, {
      id: r.v.id, nip: r.v.nip, tanggal: r.v.tanggal, jenis: r.v.jenis ?? 'pindah', pilihan, kategoriAlasan: r.v.kategoriAlasan, alasan: r.v.alasan ?? '',
      paktaDitandatangani: r.v.paktaDitandatangani, tanggalPakta: r.v.tanggalPakta ?? null, status: r.v.status ?? 'diajukan',
    }, spec('Permohonan'), r, sink);
    if (p) out.permohonan.push(p);
  }
  for (const r of ok(sheets, 'Target')) {
    const t = guard(targetSchema, {
      id: r.v.id, nip: r.v.nip, permohonanId: r.v.permohonanId ?? null, indikator: r.v.indikator, nilaiTarget: r.v.nilaiTarget,
      satuan: r.v.satuan, tenggat: r.v.tenggat, realisasi: r.v.realisasi ?? null, tanggalRealisasi: r.v.tanggalRealisasi ?? null,
      catatanBukti: r.v.catatanBukti ?? '', denganPakta: r.v.denganPakta,
    }, spec('Target'), r, sink);
    if (t) out.target.push(t);
  }
  return out;
}
