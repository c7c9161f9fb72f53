import type { Database } from '../dataset/database';
import { AppError } from '../../shared/errors';
import type { LevelJabatan } from '../../shared/domain/eselon';
import type { DocItem, DocJabatan, DocPegawai, DocSession } from '../../shared/documents/model';

type Row = Record<string, any>;

/**
 * Reads one session as the documents print it. Decisions are versioned: only the highest versi
 * counts. Built straight from the core schema so documents do not depend on the session screen.
 */
export function loadDocSession(db: Database, sidangId: string): DocSession {
  const s = db.first<Row>('SELECT * FROM sidang WHERE id = ?', [sidangId]);
  if (!s) throw new AppError('DOK_SIDANG_TIDAK_ADA', { id: sidangId });
  const anggota = db
    .all<Row>('SELECT * FROM sidang_anggota WHERE sidang_id = ? ORDER BY urutan', [sidangId])
    .map((a) => ({
      anggotaId: a.anggota_id, nama: a.nama, nip: a.nip ?? null, jabatan: a.jabatan, peran: a.peran,
      urutan: a.urutan, hadir: !!a.hadir,
    }));
  const items = db
    .all<Row>('SELECT * FROM agenda_item WHERE sidang_id = ? ORDER BY urutan', [sidangId])
    .map((it): DocItem => {
      const p = it.permohonan_id
        ? db.first<Row>('SELECT * FROM permohonan WHERE id = ?', [it.permohonan_id])
        : undefined;
      const pilihan1 = it.permohonan_id
        ? db.value<string>('SELECT jabatan_id FROM permohonan_pilihan WHERE permohonan_id = ? ORDER BY peringkat LIMIT 1', [it.permohonan_id])
        : undefined;
      const k = db.first<Row>('SELECT * FROM keputusan WHERE agenda_item_id = ? ORDER BY versi DESC LIMIT 1', [it.id]);
      return {
        id: it.id,
        urutan: it.urutan,
        permohonanId: it.permohonan_id ?? null,
        catatanDiskusi: it.catatan_diskusi,
        pegawai: p ? loadDocPegawai(db, p.nip) : null,
        jabatanDibahas: loadDocJabatan(db, it.jabatan_id ?? pilihan1 ?? null),
        konflik: db
          .all<Row>('SELECT anggota_id, alasan FROM konflik_kepentingan WHERE agenda_item_id = ? ORDER BY anggota_id', [it.id])
          .map((c) => ({ anggotaId: c.anggota_id, alasan: c.alasan })),
        suara: db
          .all<Row>('SELECT anggota_id, pilihan, catatan FROM suara WHERE agenda_item_id = ? ORDER BY anggota_id', [it.id])
          .map((v) => ({ anggotaId: v.anggota_id, pilihan: v.pilihan, catatan: v.catatan })),
        keputusan: k
          ? {
              versi: k.versi, hasil: k.hasil, jabatan: loadDocJabatan(db, k.jabatan_id ?? null), alasan: k.alasan,
              syarat: k.syarat, alasanRevisi: k.alasan_revisi ?? null,
            }
          : null,
      };
    });
  return { id: s.id, nomor: s.nomor, tanggal: s.tanggal, tempat: s.tempat, status: s.status, anggota, items };
}

export function loadDocJabatan(db: Database, id: string | null): DocJabatan | null {
  if (!id) return null;
  const j = db.first<Row>(
    'SELECT j.id, j.nama, j.level, u.nama AS unit_nama FROM jabatan j JOIN unit_kerja u ON u.id = j.unit_id WHERE j.id = ?',
    [id],
  );
  return j ? { id: j.id, nama: j.nama, level: j.level, unitNama: j.unit_nama } : null;
}

function loadDocPegawai(db: Database, nip: string): DocPegawai | null {
  const p = db.first<Row>(
    `SELECT p.*, u.nama AS unit_nama, j.level AS jabatan_level FROM pegawai p
     JOIN unit_kerja u ON u.id = p.unit_id LEFT JOIN jabatan j ON j.id = p.jabatan_id WHERE p.nip = ?`,
    [nip],
  );
  if (!p) return null;
  // Staff without a structural post row are pelaksana unless their title says fungsional.
  const level: LevelJabatan = p.jabatan_level
    ?? (/fungsional|ahli|terampil|mahir|penyelia/i.test(p.nama_jabatan) ? 'fungsional' : 'pelaksana');
  return {
    nip: p.nip, nama: p.nama, gelarDepan: p.gelar_depan, gelarBelakang: p.gelar_belakang, tanggalLahir: p.tanggal_lahir,
    golongan: p.golongan, namaJabatan: p.nama_jabatan, jabatanId: p.jabatan_id ?? null, level, unitNama: p.unit_nama,
  };
}

export function listSessions(db: Database): { id: string; nomor: string; tanggal: string; status: string; items: number }[] {
  return db.all<Row>(
    `SELECT s.id, s.nomor, s.tanggal, s.status, (SELECT COUNT(*) FROM agenda_item a WHERE a.sidang_id = s.id) AS items
     FROM sidang s ORDER BY s.tanggal DESC, s.nomor`,
  ).map((r) => ({ id: r.id, nomor: r.nomor, tanggal: r.tanggal, status: r.status, items: Number(r.items) }));
}
