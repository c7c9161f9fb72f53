import { SHEETS, type SheetName } from '../../shared/intake/sheets';
import type { FillValue, TemplateFill } from '../../electron/intake/template';

/**
 * A small, fully consistent city as template rows (values by column key), built by script: the
 * "filled by a unit" input of the intake tests and of the bench. Deterministic for a given size.
 */
export type KeyedRow = Record<string, FillValue>;
export type KeyedFill = Partial<Record<SheetName, KeyedRow[]>>;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A valid, unique NIP for index i (unique for i < 21,000). */
export function nipFor(i: number): string {
  const birthY = 1965 + (i % 30);
  const birth = `${birthY}${pad(1 + (i % 12))}${pad(1 + (i % 28))}`;
  const tmt = `${birthY + 23 + (i % 5)}${pad(1 + ((i * 7) % 12))}`;
  return `${birth}${tmt}${1 + (i % 2)}${pad(1 + (i % 999), 3)}`;
}

export function makeCity(opts: { pegawai: number; units?: number; kompetensiPerOrang?: number }): KeyedFill {
  const nUnits = opts.units ?? Math.max(2, Math.ceil(opts.pegawai / 200));
  const units: KeyedRow[] = [];
  const jabatan: KeyedRow[] = [];
  const standar: KeyedRow[] = [];
  for (let u = 0; u < nUnits; u++) {
    units.push({ id: `U${u + 1}`, nama: `Unit Kerja ${u + 1}`, singkatan: `UK${u + 1}`, lat: Number((-3.79 - u * 0.001).toFixed(4)), lon: Number((102.26 + u * 0.001).toFixed(4)) });
    for (const [k, level, gol] of [['KABID', 'III.a', 'III/d'], ['KASI', 'IV.a', 'III/b']] as const) {
      const id = `J-${k}-${u + 1}`;
      jabatan.push({ id, nama: `${k === 'KABID' ? 'Kepala Bidang' : 'Kepala Seksi'} ${u + 1}`, unitId: `U${u + 1}`, level, lat: -3.8, lon: 102.27, minGolongan: gol, status: 'lowong', pemegangNip: null });
      standar.push({ jabatanId: id, kode: 'integritas', level: 3 }, { jabatanId: id, kode: 'kerjasama', level: 3 });
    }
  }
  const pegawai: KeyedRow[] = [];
  const skp: KeyedRow[] = [];
  const kompetensi: KeyedRow[] = [];
  const diklat: KeyedRow[] = [];
  const kodes = ['integritas', 'kerjasama', 'komunikasi', 'orientasi_hasil', 'pelayanan_publik'];
  for (let i = 0; i < opts.pegawai; i++) {
    const nip = nipFor(i);
    const tmtY = Number(nip.slice(8, 12));
    pegawai.push({
      nip, nama: `Pegawai Nomor ${i + 1}`, gelarDepan: '', gelarBelakang: i % 3 === 0 ? 'S.E.' : '', golongan: i % 2 ? 'III/c' : 'III/d',
      tmtGolongan: `01-04-${tmtY + 1}`, jabatanId: null, namaJabatan: 'Pelaksana', tmtJabatan: `${tmtY + 2}-01-02`,
      unitId: `U${1 + (i % nUnits)}`, pendidikan: 'S-1', jurusan: 'Manajemen', alamat: `Jl. Contoh No. ${i + 1}`, kelurahan: 'Padang Jati',
      kecamatan: 'Ratu Samban', lat: -3.8, lon: 102.26, telepon: `08123${pad(i, 6)}`, potensi: 50 + (i % 50),
    });
    skp.push({ nip, tahun: 2024, predikat: 'Baik' }, { nip, tahun: 2025, predikat: i % 4 ? 'Baik' : 'Sangat Baik' });
    for (let k = 0; k < (opts.kompetensiPerOrang ?? 3); k++) kompetensi.push({ nip, kode: kodes[k % kodes.length]!, level: 1 + ((i + k) % 5) });
    if (i % 5 === 0) diklat.push({ nip, jenis: 'PKP', tahun: 2020 });
  }
  const permohonan: KeyedRow[] = [];
  const target: KeyedRow[] = [];
  const nReq = Math.max(1, Math.floor(opts.pegawai / 10));
  for (let r = 0; r < nReq; r++) {
    const nip = nipFor(r * 3 % opts.pegawai);
    const id = `P-${r + 1}`;
    const u = r % nUnits;
    permohonan.push({
      id, nip, tanggal: '2 Juli 2025', pilihan1: `J-KASI-${u + 1}`, pilihan2: r % 2 ? `J-KABID-${u + 1}` : null, pilihan3: null,
      kategoriAlasan: 'dekat_domisili', alasan: 'Dekat dengan tempat tinggal', paktaDitandatangani: 'Ya', tanggalPakta: '03/07/2025', status: null,
    });
    target.push({ id: `T-${r + 1}-1`, nip, permohonanId: id, indikator: 'Capaian layanan', nilaiTarget: 90, satuan: '%', tenggat: '31-12-2026', realisasi: null, tanggalRealisasi: null, catatanBukti: '', denganPakta: 'Ya' });
    target.push({ id: `T-${r + 1}-L`, nip, permohonanId: null, indikator: 'Target tahun lalu', nilaiTarget: 10, satuan: 'dokumen', tenggat: '2024-12-31', realisasi: 12, tanggalRealisasi: '2024-12-20', catatanBukti: 'Laporan', denganPakta: 'Tidak' });
  }
  return {
    UnitKerja: units, Jabatan: jabatan, StandarKompetensi: standar, Pegawai: pegawai, Diklat: diklat, Kompetensi: kompetensi, SKP: skp,
    Permohonan: permohonan, Target: target,
    Disiplin: [{ nip: nipFor(opts.pegawai > 1 ? 1 : 0), hukuman: 'Teguran lisan', tingkat: 'ringan', mulai: '2023-03-01', selesai: '2023-09-01', keterangan: '' }],
    Kehadiran: [{ nip: nipFor(0), mulai: '2024-02-05', selesai: '2024-02-07', hariKerja: 3, alasanSah: 'Ya', keterangan: 'Sakit' }],
  };
}

/** Keyed rows → template rows in the template's column order. */
export function toFill(k: KeyedFill): TemplateFill {
  const out: TemplateFill = {};
  for (const spec of SHEETS) {
    const rows = k[spec.name];
    if (rows) out[spec.name] = rows.map((r) => spec.columns.map((c) => r[c.key] ?? null));
  }
  return out;
}

/** Keyed rows → CSV text with the template headers (no title row), comma or semicolon. */
export function toCsv(sheet: SheetName, rows: KeyedRow[], delim = ','): string {
  const spec = SHEETS.find((s) => s.name === sheet)!;
  const q = (v: FillValue) => {
    const s = v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' && delim === ';' ? String(v).replace('.', ',') : String(v);
    return /[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [spec.columns.map((c) => c.header).join(delim), ...rows.map((r) => spec.columns.map((c) => q(r[c.key] ?? null)).join(delim))].join('\r\n') + '\r\n';
}
