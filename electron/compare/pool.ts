import type { Database } from '../dataset/database';
import { loadJabatan, loadPermohonan, loadProfil, loadTargets, loadUnit } from '../dataset/repository';
import { AppError } from '../../shared/errors';
import { namaLengkap } from '../../shared/domain/pegawai';
import type { RuleConfig } from '../../shared/rules/params';
import type { CandidateInput, PostInput } from '../../shared/compare/types';
import type { Pool, PoolListItem, PostSummary } from '../../shared/compare/schemas';
import { summarizeCandidate, summarizePost } from '../../shared/compare/candidate';
import { loadCandidates } from './batch-load';
import { loadRiwayat } from '../intake/riwayat-store';

/*
 * Everything here reads through the database only and tolerates missing people: a review packet
 * holds just the agenda's posts and applicants, so a holder or an earlier post may be absent.
 */

type Row = Record<string, any>;

export function listPools(db: Database, search: string): PoolListItem[] {
  const s = search.trim();
  const like = `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = db.all<Row>(
    `SELECT j.id, j.nama, COALESCE(u.nama, '') AS unit, j.level, j.status,
       COUNT(DISTINCT r.nip) AS pemohon,
       COUNT(DISTINCT CASE WHEN pp.peringkat = 1 THEN r.nip END) AS p1,
       COUNT(DISTINCT CASE WHEN pp.peringkat = 2 THEN r.nip END) AS p2,
       COUNT(DISTINCT CASE WHEN pp.peringkat = 3 THEN r.nip END) AS p3
     FROM permohonan_pilihan pp
     JOIN permohonan r ON r.id = pp.permohonan_id AND r.status <> 'ditarik'
     JOIN pegawai p ON p.nip = r.nip
     JOIN jabatan j ON j.id = pp.jabatan_id
     LEFT JOIN unit_kerja u ON u.id = j.unit_id
     ${s ? "WHERE j.nama LIKE ? ESCAPE '\\' OR u.nama LIKE ? ESCAPE '\\'" : ''}
     GROUP BY j.id
     ORDER BY pemohon DESC, j.nama`,
    s ? [like, like] : [],
  );
  return rows.map((r) => ({
    jabatanId: r.id, nama: r.nama, unitNama: r.unit, level: r.level, status: r.status,
    pemohon: r.pemohon, pilihan1: r.p1, pilihan2: r.p2, pilihan3: r.p3,
  }));
}

export function loadPost(db: Database, jabatanId: string): { post: PostInput; summary: PostSummary } {
  const jabatan = loadJabatan(db, jabatanId);
  if (!jabatan) throw new AppError('JABATAN_TIDAK_ADA', { jabatanId });
  const post: PostInput = { jabatan, unitNama: loadUnit(db, jabatan.unitId)?.nama ?? '' };
  const holder = jabatan.pemegangNip
    ? db.first<Row>('SELECT nama, gelar_depan, gelar_belakang FROM pegawai WHERE nip = ?', [jabatan.pemegangNip])
    : undefined;
  const pemegang = holder ? namaLengkap({ nama: holder.nama, gelarDepan: holder.gelar_depan, gelarBelakang: holder.gelar_belakang }) : null;
  return { post, summary: summarizePost(post, pemegang) };
}

/** One person as an applicant for the post: their latest request naming it, if any. */
export function loadCandidate(db: Database, nip: string, jabatanId: string): CandidateInput | undefined {
  const profil = loadProfil(db, nip);
  if (!profil) return undefined;
  const req = db.first<Row>(
    `SELECT r.id, pp.peringkat FROM permohonan r JOIN permohonan_pilihan pp ON pp.permohonan_id = r.id
     WHERE r.nip = ? AND pp.jabatan_id = ? ORDER BY (r.status = 'ditarik'), r.tanggal DESC, r.id DESC LIMIT 1`,
    [nip, jabatanId],
  );
  const permohonan = req ? loadPermohonan(db, req.id) ?? null : null;
  const current = profil.jabatanId ? loadJabatan(db, profil.jabatanId) : undefined;
  const unit = loadUnit(db, profil.unitId);
  const targets = loadTargets(db, nip, permohonan?.id ?? null);
  const riwayat = loadRiwayat(db, [nip]).get(nip);
  return {
    profil, permohonan, peringkat: req ? Number(req.peringkat) : null,
    levelSaatIni: current?.level ?? null,
    lokasiKerja: current?.lokasi ?? unit?.lokasi ?? null,
    unitNama: unit?.nama ?? '',
    targetLampau: targets.lampau, targetBaru: targets.baru,
    ...(riwayat ? { riwayatJabatan: riwayat } : {}),
  };
}

export function poolNips(db: Database, jabatanId: string): string[] {
  return db.all<{ nip: string }>(
    `SELECT DISTINCT r.nip FROM permohonan_pilihan pp
     JOIN permohonan r ON r.id = pp.permohonan_id AND r.status <> 'ditarik'
     JOIN pegawai p ON p.nip = r.nip
     WHERE pp.jabatan_id = ? ORDER BY r.nip`,
    [jabatanId],
  ).map((r) => r.nip);
}

export function buildPool(db: Database, jabatanId: string, cfg: RuleConfig, today: string): Pool {
  const { post, summary } = loadPost(db, jabatanId);
  const candidates = loadCandidates(db, poolNips(db, jabatanId), jabatanId)
    .map((c) => summarizeCandidate(c, post, cfg, today))
    .sort((a, b) => (a.peringkat ?? 9) - (b.peringkat ?? 9) || a.namaLengkap.localeCompare(b.namaLengkap, 'id'));
  return { jabatan: summary, candidates };
}
