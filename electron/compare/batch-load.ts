import type { Database } from '../dataset/database';
import { loadUnit, toJabatan, toPermohonan, toTarget } from '../dataset/repository';
import type { Diklat, Disiplin, Ketidakhadiran, ProfilPegawai } from '../../shared/domain/pegawai';
import type { ProfilKompetensi } from '../../shared/domain/kompetensi';
import type { Skp } from '../../shared/domain/skp';
import type { Jabatan, UnitKerja } from '../../shared/domain/jabatan';
import type { CandidateInput } from '../../shared/compare/types';
import { loadRiwayat } from '../intake/riwayat-store';
import { allIn, groupBy } from '../dataset/group-rows';

/*
 * A pool reads every applicant at once: one query per table with an IN list, instead of ten queries
 * per person (loadProfil and friends). On the 20k bench city that is the difference between a pool
 * in a few milliseconds and one that grows with its size. The row mapping mirrors repository.ts,
 * and tests/compare/batch-load.test.ts checks the two agree.
 */

type Row = Record<string, any>;

/**
 * Profiles of the given ASN, or of every ASN (`null`: a master-data update compares all of them),
 * one query per table either way.
 */
export function loadProfiles(db: Database, nips: string[] | null): Map<string, ProfilPegawai> {
  // With a list: chunked IN lists; without: the whole table, ordered by NIP.
  const rows = (table: string, select: string, orderBy: string): Row[] => (nips === null
    ? db.all<Row>(`SELECT ${select} FROM ${table} ORDER BY nip${orderBy ? `, ${orderBy}` : ''}`)
    : allIn(db, (m) => `SELECT ${select} FROM ${table} WHERE nip IN (${m})${orderBy ? ` ORDER BY ${orderBy}` : ''}`, nips));
  const diklat = groupBy<Diklat>(rows('diklat', 'nip, jenis, tahun', 'tahun'), 'nip', (r) => ({ jenis: r.jenis, tahun: r.tahun }));
  const kompetensi = groupBy(rows('kompetensi', 'nip, kode, level', ''), 'nip', (r) => [r.kode, r.level] as const);
  const skp = groupBy<Skp>(rows('skp', 'nip, tahun, predikat', 'tahun'), 'nip', (r) => ({ tahun: r.tahun, predikat: r.predikat }));
  const disiplin = groupBy<Disiplin>(rows('disiplin', '*', 'mulai'), 'nip', (d) => ({
    hukuman: d.hukuman, tingkat: d.tingkat, mulai: d.mulai, selesai: d.selesai ?? null, keterangan: d.keterangan,
  }));
  const absen = groupBy<Ketidakhadiran>(rows('ketidakhadiran', '*', 'mulai'), 'nip', (k) => ({
    mulai: k.mulai, selesai: k.selesai, hariKerja: k.hari_kerja, alasanSah: !!k.alasan_sah, keterangan: k.keterangan,
  }));
  const out = new Map<string, ProfilPegawai>();
  for (const r of rows('pegawai', '*', '')) {
    const nip = r.nip as string;
    out.set(nip, {
      nip, nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang, jenisKelamin: r.jenis_kelamin,
      tanggalLahir: r.tanggal_lahir, golongan: r.golongan, tmtGolongan: r.tmt_golongan, jabatanId: r.jabatan_id ?? null,
      namaJabatan: r.nama_jabatan, tmtJabatan: r.tmt_jabatan, unitId: r.unit_id, pendidikan: r.pendidikan,
      jurusan: r.jurusan, alamat: r.alamat, kelurahan: r.kelurahan, kecamatan: r.kecamatan,
      domisili: { lat: r.lat, lon: r.lon }, telepon: r.telepon, potensi: r.potensi ?? null,
      diklat: diklat.get(nip) ?? [],
      kompetensi: Object.fromEntries(kompetensi.get(nip) ?? []) as ProfilKompetensi,
      skp: skp.get(nip) ?? [],
      disiplin: disiplin.get(nip) ?? [],
      ketidakhadiran: absen.get(nip) ?? [],
    });
  }
  return out;
}

function loadPosts(db: Database, ids: string[]): Map<string, Jabatan> {
  const std = groupBy(allIn(db, (m) => `SELECT jabatan_id, kode, level FROM jabatan_kompetensi WHERE jabatan_id IN (${m})`, ids),
    'jabatan_id', (r) => [r.kode, r.level] as const);
  return new Map(allIn(db, (m) => `SELECT * FROM jabatan WHERE id IN (${m})`, ids)
    .map((r) => [r.id as string, toJabatan(r, Object.fromEntries(std.get(r.id) ?? []) as ProfilKompetensi)]));
}

/** Every applicant for the post, as CandidateInput; people missing from the dataset are skipped. */
export function loadCandidates(db: Database, nips: string[], jabatanId: string): CandidateInput[] {
  if (nips.length === 0) return [];
  const profiles = loadProfiles(db, nips);
  // The latest request of each person naming this post; a withdrawn one only if nothing else is left.
  const reqRows = allIn(db, (m) => `SELECT r.*, pp.peringkat AS pp_peringkat FROM permohonan r
      JOIN permohonan_pilihan pp ON pp.permohonan_id = r.id
      WHERE r.nip IN (${m}) AND pp.jabatan_id = ? ORDER BY r.nip, (r.status = 'ditarik'), r.tanggal DESC, r.id DESC`, nips, [jabatanId]);
  const req = new Map<string, Row>();
  for (const r of reqRows) if (!req.has(r.nip)) req.set(r.nip, r);
  const reqIds = [...req.values()].map((r) => r.id as string);
  const pilihan = groupBy(allIn(db, (m) => `SELECT permohonan_id, jabatan_id FROM permohonan_pilihan WHERE permohonan_id IN (${m}) ORDER BY peringkat`, reqIds),
    'permohonan_id', (r) => r.jabatan_id as string);
  const targets = groupBy(allIn(db, (m) => `SELECT * FROM target WHERE nip IN (${m}) ORDER BY tenggat`, nips), 'nip', toTarget);
  const posts = loadPosts(db, [...new Set([...profiles.values()].flatMap((p) => (p.jabatanId ? [p.jabatanId] : [])))]);
  const riwayat = loadRiwayat(db, nips);
  const units = new Map<string, UnitKerja | undefined>();
  const unit = (id: string) => {
    if (!units.has(id)) units.set(id, loadUnit(db, id));
    return units.get(id);
  };
  return nips.flatMap((nip): CandidateInput[] => {
    const profil = profiles.get(nip);
    if (!profil) return [];
    const r = req.get(nip);
    const permohonan = r ? toPermohonan(r, pilihan.get(r.id) ?? []) : null;
    const current = profil.jabatanId ? posts.get(profil.jabatanId) : undefined;
    const u = unit(profil.unitId);
    const all = targets.get(nip) ?? [];
    return [{
      profil, permohonan, peringkat: r ? Number(r.pp_peringkat) : null,
      levelSaatIni: current?.level ?? null,
      lokasiKerja: current?.lokasi ?? u?.lokasi ?? null,
      unitNama: u?.nama ?? '',
      targetBaru: all.filter((t) => permohonan !== null && t.permohonanId === permohonan.id),
      targetLampau: all.filter((t) => t.permohonanId === null || t.permohonanId !== permohonan?.id),
      ...(riwayat.has(nip) ? { riwayatJabatan: riwayat.get(nip)! } : {}),
    }];
  });
}
