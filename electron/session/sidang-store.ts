import type { Database } from '../dataset/database';
import { AppError } from '../../shared/errors';
import type { AnggotaInput } from '../../shared/ipc/session';
import {
  DEFAULT_KUORUM, type AnggotaSidang, type KuorumRule, type Sidang, type SidangRingkas, type StatusSidang,
} from '../../shared/session/model';
import { cekBolehDitutup, cekPerubahanStatus, cekSidangTerbuka, kuorumStatus } from '../../shared/session/rules';
import { act, fail, newId, type SessionEnv } from './env';
import { addPledgeReviews } from './pledge-review';

type Row = Record<string, any>;

export function toSidang(r: Row): Sidang {
  return {
    id: r.id, nomor: r.nomor, tanggal: r.tanggal, tempat: r.tempat, status: r.status, dibuatPada: r.dibuat_pada,
    kuorum: { pembilang: r.kuorum_pembilang, penyebut: r.kuorum_penyebut, lebihDari: !!r.kuorum_lebih_dari },
  };
}

export function getSidang(db: Database, sidangId: string): Sidang {
  const r = db.first<Row>('SELECT * FROM sidang WHERE id = ?', [sidangId]);
  if (!r) throw new AppError('SIDANG_TIDAK_ADA');
  return toSidang(r);
}

export function loadAnggota(db: Database, sidangId: string): AnggotaSidang[] {
  return db.all<Row>('SELECT * FROM sidang_anggota WHERE sidang_id = ? ORDER BY urutan', [sidangId]).map((r) => ({
    anggotaId: r.anggota_id, nama: r.nama, nip: r.nip ?? null, jabatan: r.jabatan, unitId: r.unit_id ?? null,
    peran: r.peran, urutan: r.urutan, hadir: !!r.hadir,
  }));
}

export function kuorumOf(db: Database, sidang: Sidang) {
  return kuorumStatus(loadAnggota(db, sidang.id), sidang.kuorum);
}

export function listSidang(db: Database): SidangRingkas[] {
  return db.all<Row>(
    `SELECT s.*,
       (SELECT COUNT(*) FROM sidang_anggota a WHERE a.sidang_id = s.id) AS jumlah_anggota,
       (SELECT COUNT(*) FROM agenda_item i WHERE i.sidang_id = s.id) AS jumlah_agenda,
       (SELECT COUNT(DISTINCT k.agenda_item_id) FROM keputusan k JOIN agenda_item i ON i.id = k.agenda_item_id
         WHERE i.sidang_id = s.id) AS jumlah_keputusan
     FROM sidang s ORDER BY s.tanggal DESC, s.nomor DESC`,
  ).map((r) => ({
    ...toSidang(r), jumlahAnggota: r.jumlah_anggota, jumlahAgenda: r.jumlah_agenda, jumlahKeputusan: r.jumlah_keputusan,
  }));
}

function insertAnggota(env: SessionEnv, sidangId: string, a: AnggotaInput, urutan: number): string {
  const anggotaId = newId(env, 'agt');
  env.db.run(
    `INSERT INTO sidang_anggota (sidang_id, anggota_id, nama, nip, jabatan, unit_id, peran, urutan, hadir)
     VALUES (?,?,?,?,?,?,?,?,0)`,
    [sidangId, anggotaId, a.nama, a.nip ?? null, a.jabatan ?? '', a.unitId ?? null, a.peran, urutan],
  );
  return anggotaId;
}

function assertOneKetua(db: Database, sidangId: string): void {
  const n = Number(db.value("SELECT COUNT(*) FROM sidang_anggota WHERE sidang_id = ? AND peran = 'ketua'", [sidangId]));
  if (n > 1) throw new AppError('SIDANG_TANPA_KETUA');
}

export function createSidang(
  env: SessionEnv,
  input: { nomor: string; tanggal: string; tempat: string; kuorum?: KuorumRule; anggota: AnggotaInput[] },
): string {
  const id = newId(env, 'sdg');
  const k = input.kuorum ?? DEFAULT_KUORUM;
  return act(env, 'session.buat', { sidangId: id, nomor: input.nomor, anggota: input.anggota.length }, (at) => {
    if (env.db.first('SELECT 1 FROM sidang WHERE nomor = ?', [input.nomor])) {
      throw new AppError('SIDANG_NOMOR_GANDA', { nomor: input.nomor });
    }
    env.db.run(
      `INSERT INTO sidang (id, nomor, tanggal, tempat, status, kuorum_pembilang, kuorum_penyebut, kuorum_lebih_dari, dibuat_pada)
       VALUES (?,?,?,?, 'draf', ?,?,?,?)`,
      [id, input.nomor, input.tanggal, input.tempat, k.pembilang, k.penyebut, k.lebihDari, at],
    );
    input.anggota.forEach((a, i) => insertAnggota(env, id, a, i + 1));
    assertOneKetua(env.db, id);
    addPledgeReviews(env, id, input.tanggal);
    return id;
  });
}

export function updateSidang(
  env: SessionEnv, input: { sidangId: string; nomor: string; tanggal: string; tempat: string; kuorum: KuorumRule },
): void {
  act(env, 'session.ubah', { sidangId: input.sidangId, kuorum: input.kuorum }, () => {
    fail(cekSidangTerbuka(getSidang(env.db, input.sidangId).status));
    if (env.db.first('SELECT 1 FROM sidang WHERE nomor = ? AND id <> ?', [input.nomor, input.sidangId])) {
      throw new AppError('SIDANG_NOMOR_GANDA', { nomor: input.nomor });
    }
    const k = input.kuorum;
    env.db.run(
      `UPDATE sidang SET nomor = ?, tanggal = ?, tempat = ?, kuorum_pembilang = ?, kuorum_penyebut = ?, kuorum_lebih_dari = ?
       WHERE id = ?`,
      [input.nomor, input.tanggal, input.tempat, k.pembilang, k.penyebut, k.lebihDari, input.sidangId],
    );
  });
}

export function setStatus(env: SessionEnv, sidangId: string, status: StatusSidang): void {
  const action = status === 'selesai' ? 'session.tutup' : status === 'berlangsung' ? 'session.buka' : 'session.draf';
  act(env, action, { sidangId }, () => {
    const s = getSidang(env.db, sidangId);
    fail(cekPerubahanStatus(s.status, status));
    if (status !== 'draf') {
      const ketua = Number(env.db.value("SELECT COUNT(*) FROM sidang_anggota WHERE sidang_id = ? AND peran = 'ketua'", [sidangId]));
      if (ketua !== 1) throw new AppError('SIDANG_TANPA_KETUA');
    }
    if (status === 'selesai') {
      const items = env.db.all<{ urutan: number; versi: number | null }>(
        `SELECT i.urutan, (SELECT MAX(versi) FROM keputusan k WHERE k.agenda_item_id = i.id) AS versi
         FROM agenda_item i WHERE i.sidang_id = ? ORDER BY i.urutan`,
        [sidangId],
      );
      fail(cekBolehDitutup(items.map((i) => ({ urutan: i.urutan, keputusan: i.versi }))));
    }
    if (status === 'berlangsung') addPledgeReviews(env, sidangId, s.tanggal);
    env.db.run('UPDATE sidang SET status = ? WHERE id = ?', [status, sidangId]);
  });
}

export function addMember(env: SessionEnv, sidangId: string, a: AnggotaInput): string {
  return act(env, 'session.tambah_anggota', { sidangId, peran: a.peran }, () => {
    fail(cekSidangTerbuka(getSidang(env.db, sidangId).status));
    const urutan = Number(env.db.value('SELECT COALESCE(MAX(urutan), 0) + 1 FROM sidang_anggota WHERE sidang_id = ?', [sidangId]));
    const anggotaId = insertAnggota(env, sidangId, a, urutan);
    assertOneKetua(env.db, sidangId);
    return anggotaId;
  });
}

export function removeMember(env: SessionEnv, sidangId: string, anggotaId: string): void {
  act(env, 'session.hapus_anggota', { sidangId, anggotaId }, () => {
    fail(cekSidangTerbuka(getSidang(env.db, sidangId).status));
    const voted = env.db.first(
      'SELECT 1 FROM suara s JOIN agenda_item i ON i.id = s.agenda_item_id WHERE i.sidang_id = ? AND s.anggota_id = ?',
      [sidangId, anggotaId],
    );
    if (voted) throw new AppError('ANGGOTA_SUDAH_BERSUARA');
    env.db.run('DELETE FROM konflik_kepentingan WHERE anggota_id = ? AND agenda_item_id IN (SELECT id FROM agenda_item WHERE sidang_id = ?)', [anggotaId, sidangId]);
    env.db.run('DELETE FROM sidang_anggota WHERE sidang_id = ? AND anggota_id = ?', [sidangId, anggotaId]);
  });
}

export function setAttendance(env: SessionEnv, sidangId: string, anggotaId: string, hadir: boolean): void {
  act(env, 'session.kehadiran', { sidangId, anggotaId, hadir }, () => {
    fail(cekSidangTerbuka(getSidang(env.db, sidangId).status));
    if (!env.db.first('SELECT 1 FROM sidang_anggota WHERE sidang_id = ? AND anggota_id = ?', [sidangId, anggotaId])) {
      throw new AppError('ANGGOTA_TIDAK_DIKENAL');
    }
    env.db.run('UPDATE sidang_anggota SET hadir = ? WHERE sidang_id = ? AND anggota_id = ?', [hadir, sidangId, anggotaId]);
  });
}
