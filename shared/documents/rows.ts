import { formatNip } from '../domain/nip';
import { formatPangkat } from '../domain/golongan';
import type { LevelJabatan } from '../domain/eselon';
import { jenisMutasiSetara, type JenisMutasiSetara } from '../rules/penyetaraan';
import { namaLengkap } from '../domain/pegawai';
import { formatTanggal } from '../format/tanggal';
import type { DocItem, DocJabatan, DocPegawai, DocSession } from './model';

/** One appointment row as every document prints it. */
export interface BarisPengangkatan {
  itemId: string;
  nama: string;
  nip: string;
  tanggalLahir: string;
  pangkat: string;
  golongan: string;
  jabatanLama: string;
  unitLama: string;
  jabatanBaru: string;
  unitBaru: string;
  eselonLama: string;
  eselonBaru: string;
  /** Promosi / Rotasi / Demosi / Tetap, functional posts by their equivalent level (PermenPANRB 28/2019). */
  keterangan: JenisMutasiSetara;
  alasan: string;
  syarat: string;
  levelLama: LevelJabatan;
  levelBaru: LevelJabatan;
  /** Holds a post row today, so the SK must first relieve them of it. */
  pemegangJabatanLama: boolean;
  /** Appointed on an Open Karir request (the SK repeats the pledge). */
  openKarir: boolean;
}

/** NIP grouped with no-break spaces, so a narrow table column never splits it. */
export function nipUtuh(nip: string): string {
  return formatNip(nip).replace(/ /g, '\u00a0');
}

function levelLabel(level: LevelJabatan): string {
  if (level === 'fungsional') return 'Fungsional';
  if (level === 'pelaksana') return 'Pelaksana';
  return level;
}

function jabatanLengkap(j: DocJabatan): string {
  return j.nama;
}

export function namaPegawai(p: DocPegawai): string {
  return namaLengkap(p);
}

function baris(item: DocItem, p: DocPegawai, baru: DocJabatan): BarisPengangkatan {
  const samePost = p.jabatanId !== null && p.jabatanId === baru.id;
  return {
    itemId: item.id,
    nama: namaPegawai(p),
    nip: nipUtuh(p.nip),
    tanggalLahir: formatTanggal(p.tanggalLahir),
    pangkat: formatPangkat(p.golongan),
    golongan: p.golongan,
    jabatanLama: p.namaJabatan,
    unitLama: p.unitNama,
    jabatanBaru: jabatanLengkap(baru),
    unitBaru: baru.unitNama,
    eselonLama: levelLabel(p.level),
    eselonBaru: levelLabel(baru.level),
    keterangan: jenisMutasiSetara({ level: p.level, nama: p.namaJabatan }, { level: baru.level, nama: baru.nama }, samePost),
    alasan: item.keputusan?.alasan ?? '',
    syarat: item.keputusan?.syarat ?? '',
    levelLama: p.level,
    levelBaru: baru.level,
    pemegangJabatanLama: p.jabatanId !== null,
    openKarir: item.permohonanId !== null,
  };
}

/** Items in agenda order whose current decision is to recommend, with the post decided. */
export function direkomendasikan(s: DocSession): BarisPengangkatan[] {
  return [...s.items]
    .sort((a, b) => a.urutan - b.urutan)
    .flatMap((it) => {
      const k = it.keputusan;
      if (!k || k.hasil !== 'direkomendasikan' || !it.pegawai) return [];
      const baru = k.jabatan ?? it.jabatanDibahas;
      return baru ? [baris(it, it.pegawai, baru)] : [];
    });
}

export interface BarisLain {
  nama: string;
  nip: string;
  jabatanDiminta: string;
  hasil: 'tidak_direkomendasikan' | 'ditunda' | 'belum_diputus' | 'tetap' | 'diberhentikan';
  alasan: string;
}

/** Requests not recommended, deferred, or still without a decision. */
export function tidakDirekomendasikan(s: DocSession): BarisLain[] {
  return [...s.items]
    .sort((a, b) => a.urutan - b.urutan)
    .flatMap((it) => {
      const hasil = it.keputusan?.hasil ?? 'belum_diputus';
      if (hasil === 'direkomendasikan' || !it.pegawai) return [];
      return [{
        nama: namaPegawai(it.pegawai),
        nip: nipUtuh(it.pegawai.nip),
        jabatanDiminta: it.jabatanDibahas?.nama ?? '-',
        hasil,
        alasan: it.keputusan?.alasan ?? '',
      }];
    });
}

export const HASIL_LABEL: Record<BarisLain['hasil'] | 'direkomendasikan', string> = {
  direkomendasikan: 'Direkomendasikan',
  tidak_direkomendasikan: 'Tidak direkomendasikan',
  ditunda: 'Ditunda',
  belum_diputus: 'Belum diputus',
  tetap: 'Tetap dalam jabatan (tinjauan pakta)',
  diberhentikan: 'Diberhentikan dari jabatan (tinjauan pakta)',
};

/** Appointments that move someone: a decision to stay in the current post needs no Keputusan. */
export function pindahJabatan(s: DocSession): BarisPengangkatan[] {
  return direkomendasikan(s).filter((r) => r.keterangan !== 'Tetap');
}

/** One row of the SK "Pemberhentian dari Jabatan": the post a pledge review relieved someone of. */
export interface BarisPemberhentian {
  itemId: string;
  nama: string;
  nip: string;
  pangkat: string;
  jabatan: string;
  unit: string;
  level: LevelJabatan;
  eselon: string;
  alasan: string;
}

/** Items whose current decision is `diberhentikan` (a missed Open Karir pledge), in agenda order. */
export function diberhentikan(s: DocSession): BarisPemberhentian[] {
  return [...s.items]
    .sort((a, b) => a.urutan - b.urutan)
    .flatMap((it) => {
      const p = it.pegawai;
      if (it.keputusan?.hasil !== 'diberhentikan' || !p) return [];
      // The post held today; when the record has no post row, the one the review was about.
      const j = p.jabatanId !== null ? { nama: p.namaJabatan, unitNama: p.unitNama, level: p.level }
        : (it.keputusan.jabatan ?? it.jabatanDibahas ?? { nama: p.namaJabatan, unitNama: p.unitNama, level: p.level });
      return [{
        itemId: it.id, nama: namaPegawai(p), nip: nipUtuh(p.nip), pangkat: formatPangkat(p.golongan),
        jabatan: j.nama, unit: j.unitNama, level: j.level, eselon: levelLabel(j.level), alasan: it.keputusan.alasan,
      }];
    });
}

export interface RekapSuara {
  setuju: number;
  tidakSetuju: number;
  abstain: number;
  /** Names of members who stood aside for a conflict of interest. */
  mundur: string[];
}

export function rekapSuara(s: DocSession, item: DocItem): RekapSuara {
  const nama = new Map(s.anggota.map((a) => [a.anggotaId, a.nama]));
  return {
    setuju: item.suara.filter((v) => v.pilihan === 'setuju').length,
    tidakSetuju: item.suara.filter((v) => v.pilihan === 'tidak_setuju').length,
    abstain: item.suara.filter((v) => v.pilihan === 'abstain').length,
    mundur: item.konflik.map((k) => nama.get(k.anggotaId) ?? k.anggotaId),
  };
}

export function kehadiran(s: DocSession): { hadir: number; total: number } {
  return { hadir: s.anggota.filter((a) => a.hadir).length, total: s.anggota.length };
}

export function anggotaUrut(s: DocSession) {
  const rank = { ketua: 0, sekretaris: 1, anggota: 2 } as const;
  return [...s.anggota].sort((a, b) => rank[a.peran] - rank[b.peran] || a.urutan - b.urutan);
}

export const PERAN_LABEL = { ketua: 'Ketua', sekretaris: 'Sekretaris', anggota: 'Anggota' } as const;

/** Sorted-key JSON, so the same session always hashes the same, whatever order columns came in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What a document's content hash covers: its kind and the session record, nothing time-dependent. */
export function contentHashInput(kind: string, s: DocSession): string {
  return canonicalJson({ kind, sesi: s });
}
