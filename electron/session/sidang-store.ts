import type { Database } from '../dataset/database';
import { AppError } from '../../shared/errors';
import type { AnggotaInput } from '../../shared/ipc/session';
import {
  DEFAULT_ATURAN_KEPUTUSAN, DEFAULT_KUORUM, type AnggotaSidang, type AturanKeputusan, type KuorumRule, type PeranAnggota, type Sidang,
  type SidangRingkas, type StatusSidang,
} from '../../shared/session/model';
import { cekBolehDitutup, cekPerubahanStatus, cekSidangTerbuka, kuorumStatus } from '../../shared/session/rules';
import { cekSusunanPeran } from '../../shared/session/decision-rules';
import { act, actRows, fail, newId, type SessionEnv } from './env';
import { recordCheckpoint } from '../audit/checkpoint';
import { identityInfo, unlockIdentity } from '../documents/identity';
import { addPledgeReviews } from './pledge-review';

type Row = Record<string, any>;

function toSidang(r: Row): Sidang {
  return {
    id: r.id, nomor: r.nomor, tanggal: r.tanggal, tempat: r.tempat, status: r.status, dibuatPada: r.dibuat_pada,
    kuorum: { pembilang: r.kuorum_pembilang, penyebut: r.kuorum_penyebut, lebihDari: !!r.kuorum_lebih_dari },
    aturanKeputusan: r.aturan_keputusan, redaksi: r.redaksi ?? 'standar',
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

/** Inserts one member and returns the row as written (the audit payload carries it whole). */
function insertAnggota(env: SessionEnv, sidangId: string, a: AnggotaInput, urutan: number) {
  const row = {
    sidang_id: sidangId, anggota_id: newId(env, 'agt'), nama: a.nama, nip: a.nip ?? null, jabatan: a.jabatan ?? '',
    unit_id: a.unitId ?? null, peran: a.peran, urutan, hadir: 0,
  };
  env.db.run(
    `INSERT INTO sidang_anggota (sidang_id, anggota_id, nama, nip, jabatan, unit_id, peran, urutan, hadir)
     VALUES (?,?,?,?,?,?,?,?,?)`,
    [row.sidang_id, row.anggota_id, row.nama, row.nip, row.jabatan, row.unit_id, row.peran, row.urutan, row.hadir],
  );
  return row;
}

function rolesOf(db: Database, sidangId: string): PeranAnggota[] {
  return db.all<{ peran: PeranAnggota }>('SELECT peran FROM sidang_anggota WHERE sidang_id = ?', [sidangId]).map((r) => r.peran);
}

/** At most one ketua and one sekretaris at any time; exactly one of each once the session starts. */
function assertRoles(db: Database, sidangId: string, lengkap: boolean): void {
  fail(cekSusunanPeran(rolesOf(db, sidangId), lengkap));
}

export function createSidang(
  env: SessionEnv,
  input: {
    nomor: string; tanggal: string; tempat: string; kuorum?: KuorumRule; aturanKeputusan?: AturanKeputusan; anggota: AnggotaInput[];
  },
): string {
  const id = newId(env, 'sdg');
  const k = input.kuorum ?? DEFAULT_KUORUM;
  return actRows(env, 'session.buat', (at) => {
    if (env.db.first('SELECT 1 FROM sidang WHERE nomor = ?', [input.nomor])) {
      throw new AppError('SIDANG_NOMOR_GANDA', { nomor: input.nomor });
    }
    const sidang = {
      id, nomor: input.nomor, tanggal: input.tanggal, tempat: input.tempat, status: 'draf', kuorum_pembilang: k.pembilang,
      kuorum_penyebut: k.penyebut, kuorum_lebih_dari: k.lebihDari ? 1 : 0, aturan_keputusan: input.aturanKeputusan ?? DEFAULT_ATURAN_KEPUTUSAN,
      redaksi: 'standar', dibuat_pada: at,
    };
    env.db.run(
      `INSERT INTO sidang (id, nomor, tanggal, tempat, status, kuorum_pembilang, kuorum_penyebut, kuorum_lebih_dari, aturan_keputusan,
         redaksi, dibuat_pada) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
      [sidang.id, sidang.nomor, sidang.tanggal, sidang.tempat, sidang.status, sidang.kuorum_pembilang, sidang.kuorum_penyebut,
        sidang.kuorum_lebih_dari, sidang.aturan_keputusan, sidang.redaksi, sidang.dibuat_pada],
    );
    const anggota = input.anggota.map((a, i) => insertAnggota(env, id, a, i + 1));
    assertRoles(env.db, id, false);
    addPledgeReviews(env, id, input.tanggal);
    return { result: id, payload: { sidangId: id, nomor: input.nomor, sidang, anggota } };
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

/**
 * Closing also records the audit head as a checkpoint signed with the secretariat's signing identity, in the
 * same transaction: no identity or a wrong password refuses the close and the session stays open.
 */
export function setStatus(env: SessionEnv, sidangId: string, status: StatusSidang, certPassword?: string): void {
  env.db.transaction(() => {
    changeStatus(env, sidangId, status);
    if (status !== 'selesai') return;
    if (!identityInfo(env.db)) throw new AppError('DOK_IDENTITAS_BELUM_ADA', {});
    if (!certPassword) throw new AppError('TITIK_PERIKSA_PERLU_SANDI', {});
    const identity = unlockIdentity(env.db, certPassword, new Date(env.now()));
    recordCheckpoint(env.db, { sidangId, at: env.now(), actor: env.actor(), identity });
  });
}

function changeStatus(env: SessionEnv, sidangId: string, status: StatusSidang): void {
  const action = status === 'selesai' ? 'session.tutup' : status === 'berlangsung' ? 'session.buka' : 'session.draf';
  act(env, action, { sidangId }, () => {
    const s = getSidang(env.db, sidangId);
    fail(cekPerubahanStatus(s.status, status));
    if (status !== 'draf') assertRoles(env.db, sidangId, true);
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
  return actRows(env, 'session.tambah_anggota', () => {
    fail(cekSidangTerbuka(getSidang(env.db, sidangId).status));
    const urutan = Number(env.db.value('SELECT COALESCE(MAX(urutan), 0) + 1 FROM sidang_anggota WHERE sidang_id = ?', [sidangId]));
    const row = insertAnggota(env, sidangId, a, urutan);
    assertRoles(env.db, sidangId, false);
    return { result: row.anggota_id, payload: { sidangId, peran: a.peran, anggota: row } };
  });
}

/** A member's role changes only before the session starts (the berita acara prints who sat as what). */
export function setMemberRole(env: SessionEnv, sidangId: string, anggotaId: string, peran: PeranAnggota): void {
  act(env, 'session.ubah_peran', { sidangId, anggotaId, peran }, () => {
    if (getSidang(env.db, sidangId).status !== 'draf') throw new AppError('PERAN_TERKUNCI');
    if (!env.db.first('SELECT 1 FROM sidang_anggota WHERE sidang_id = ? AND anggota_id = ?', [sidangId, anggotaId])) {
      throw new AppError('ANGGOTA_TIDAK_DIKENAL');
    }
    env.db.run('UPDATE sidang_anggota SET peran = ? WHERE sidang_id = ? AND anggota_id = ?', [peran, sidangId, anggotaId]);
    assertRoles(env.db, sidangId, false);
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
