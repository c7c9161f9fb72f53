import type { Database } from '../dataset/database';
import { getMeta, setMeta } from '../dataset/repository';
import { loadConfig } from '../compare/config-store';
import { AppError } from '../../shared/errors';
import {
  JADWAL_KOSONG, jadwalPilkadaSchema, jendelaPada, uraianJendela, type JadwalPilkada, type JendelaPilkada,
} from '../../shared/session/election-window';
import type { Sidang } from '../../shared/session/model';
import { act, type SessionEnv } from './env';

/** The Wali Kota's inauguration and the next candidate designation: dataset settings kept in meta. */
const META_PILKADA = 'pilkada.jadwal';

export function loadJadwal(db: Database): JadwalPilkada {
  const raw = getMeta(db, META_PILKADA);
  if (!raw) return JADWAL_KOSONG;
  const parsed = jadwalPilkadaSchema.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : JADWAL_KOSONG;
}

/** Editing the dates is its own audited act, with what changed. */
export function saveJadwal(env: SessionEnv, j: JadwalPilkada): void {
  const dari = loadJadwal(env.db);
  act(env, 'session.jadwal_pilkada', { dari, ke: j }, () => {
    if (j.tanggalPelantikan && j.akhirMasaJabatan && j.akhirMasaJabatan <= j.tanggalPelantikan) {
      throw new AppError('PILKADA_TANGGAL_TIDAK_SAH');
    }
    setMeta(env.db, META_PILKADA, JSON.stringify(j));
  });
}

function jendelaSidang(db: Database, sidang: Pick<Sidang, 'tanggal'>): JendelaPilkada | null {
  return jendelaPada(sidang.tanggal, loadJadwal(db), loadConfig(db));
}

function loadPersetujuan(db: Database, sidangId: string): { nomor: string; tanggal: string } | null {
  return db.first<{ nomor: string; tanggal: string }>('SELECT nomor, tanggal FROM persetujuan_mendagri WHERE sidang_id = ?', [sidangId]) ?? null;
}

/** The reference of the Minister's written approval for a session inside a window. */
export function recordPersetujuan(env: SessionEnv, sidangId: string, nomor: string, tanggal: string): void {
  act(env, 'session.persetujuan_mendagri', { sidangId, nomor, tanggal }, (at) => {
    if (!env.db.first('SELECT 1 FROM sidang WHERE id = ?', [sidangId])) throw new AppError('SIDANG_TIDAK_ADA');
    env.db.run(
      `INSERT INTO persetujuan_mendagri (sidang_id, nomor, tanggal, dicatat_pada) VALUES (?,?,?,?)
       ON CONFLICT(sidang_id) DO UPDATE SET nomor = excluded.nomor, tanggal = excluded.tanggal, dicatat_pada = excluded.dicatat_pada`,
      [sidangId, nomor.trim(), tanggal, at],
    );
  });
}

export function sessionPilkada(db: Database, sidang: Sidang) {
  return { jendela: jendelaSidang(db, sidang), persetujuan: loadPersetujuan(db, sidang.id) };
}

/**
 * Documents of a session that decided inside an election window are refused until the Minister's
 * written approval is recorded. Called by the documents service before it composes anything.
 */
export function assertDocumentsAllowed(db: Database, sidang: Sidang): void {
  const w = jendelaSidang(db, sidang);
  if (!w || loadPersetujuan(db, sidang.id)) return;
  const decided = db.first('SELECT 1 FROM keputusan k JOIN agenda_item i ON i.id = k.agenda_item_id WHERE i.sidang_id = ?', [sidang.id]);
  if (decided) throw new AppError('PILKADA_BUTUH_PERSETUJUAN', { nomor: sidang.nomor, jendela: uraianJendela(w) });
}
