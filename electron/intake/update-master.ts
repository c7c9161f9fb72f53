import type { Database } from '../dataset/database';
import { insertPegawai } from '../dataset/writer';
import { appendAudit } from '../audit/audit-log';
import type { ProfilPegawai } from '../../shared/domain/pegawai';
import { diffMaster, type CurrentAsn, type MasterDiff, type RincianSheet } from '../../shared/intake/master-diff';
import { loadAllProfiles } from './all-profiles';

/** Request statuses still waiting for the committee: a gone ASN holding one is named in the diff. */
const OPEN_REQUEST = ['diajukan', 'diverifikasi', 'dijadwalkan', 'ditunda'];

export function loadCurrentAsn(db: Database): CurrentAsn[] {
  const keluar = new Set(db.all<{ nip: string }>("SELECT nip FROM pegawai WHERE status_kepegawaian = 'keluar'").map((r) => r.nip));
  return [...loadAllProfiles(db).values()].map((profil) => ({ profil, keluar: keluar.has(profil.nip) }));
}

/** The diff of the checked export against the open dataset, with what each gone ASN is still part of. */
export function diffWithDataset(db: Database, incoming: readonly ProfilPegawai[], rincian: ReadonlySet<RincianSheet>): MasterDiff & { peringatan: Map<string, string[]> } {
  const diff = diffMaster(loadCurrentAsn(db), incoming, rincian);
  return { ...diff, peringatan: goneWarnings(db, diff.keluar.map((k) => k.nip)) };
}

function goneWarnings(db: Database, nips: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (nips.length === 0) return out;
  const add = (nip: string, text: string) => out.set(nip, [...(out.get(nip) ?? []), text]);
  const gone = new Set(nips);
  const marks = OPEN_REQUEST.map(() => '?').join(',');
  for (const r of db.all<{ id: string; nip: string; status: string }>(`SELECT id, nip, status FROM permohonan WHERE status IN (${marks}) ORDER BY id`, OPEN_REQUEST)) {
    if (gone.has(r.nip)) add(r.nip, `Permohonan ${r.id} masih terbuka (${r.status}).`);
  }
  for (const r of db.all<{ nip: string; nomor: string; status: string }>(
    `SELECT p.nip, s.nomor, s.status FROM agenda_item i JOIN permohonan p ON p.id = i.permohonan_id JOIN sidang s ON s.id = i.sidang_id
     WHERE s.status <> 'selesai' ORDER BY s.tanggal, s.nomor`,
  )) {
    if (gone.has(r.nip)) add(r.nip, `Masuk agenda sidang ${r.nomor} yang belum selesai (${r.status}).`);
  }
  for (const r of db.all<{ id: string; nama: string; pemegang_nip: string }>('SELECT id, nama, pemegang_nip FROM jabatan WHERE pemegang_nip IS NOT NULL ORDER BY id')) {
    if (gone.has(r.pemegang_nip)) add(r.pemegang_nip, `Tercatat sebagai pemegang jabatan ${r.nama} (${r.id}).`);
  }
  return out;
}

/**
 * A closed session printed its applicants as they were: before an update first changes one of them,
 * their row is copied into pemohon_beku for every item of a closed session, and the session record
 * reads the copy (electron/session/session-record.ts).
 */
function freezeClosedApplicants(db: Database, nips: string[], at: string): void {
  for (let i = 0; i < nips.length; i += 500) {
    const chunk = nips.slice(i, i + 500);
    db.run(
      `INSERT OR IGNORE INTO pemohon_beku (agenda_item_id, nip, nama, gelar_depan, gelar_belakang, tanggal_lahir, golongan, nama_jabatan,
         jabatan_id, level_saat_ini, unit_id, unit_nama, dibekukan_pada)
       SELECT i.id, g.nip, g.nama, g.gelar_depan, g.gelar_belakang, g.tanggal_lahir, g.golongan, g.nama_jabatan, g.jabatan_id, jc.level,
         g.unit_id, u.nama, ?
       FROM agenda_item i JOIN sidang s ON s.id = i.sidang_id JOIN permohonan r ON r.id = i.permohonan_id JOIN pegawai g ON g.nip = r.nip
       JOIN unit_kerja u ON u.id = g.unit_id LEFT JOIN jabatan jc ON jc.id = g.jabatan_id
       WHERE s.status = 'selesai' AND g.nip IN (${chunk.map(() => '?').join(',')})`,
      [at, ...chunk],
    );
  }
}

const COLUMN: Record<string, string> = {
  nama: 'nama', gelarDepan: 'gelar_depan', gelarBelakang: 'gelar_belakang', golongan: 'golongan', tmtGolongan: 'tmt_golongan',
  jabatanId: 'jabatan_id', namaJabatan: 'nama_jabatan', tmtJabatan: 'tmt_jabatan', unitId: 'unit_id', pendidikan: 'pendidikan',
  jurusan: 'jurusan', alamat: 'alamat', kelurahan: 'kelurahan', kecamatan: 'kecamatan', lat: 'lat', lon: 'lon', telepon: 'telepon',
  potensi: 'potensi',
};

function columnValue(p: ProfilPegawai, field: string): unknown {
  if (field === 'lat') return p.domisili.lat;
  if (field === 'lon') return p.domisili.lon;
  return p[field as keyof ProfilPegawai];
}

/** Replaces one ASN's rows of one child sheet with the export's. */
function replaceRincian(db: Database, p: ProfilPegawai, sheet: RincianSheet): void {
  const table = { Diklat: 'diklat', Kompetensi: 'kompetensi', SKP: 'skp', Disiplin: 'disiplin', Kehadiran: 'ketidakhadiran' }[sheet];
  db.run(`DELETE FROM ${table} WHERE nip = ?`, [p.nip]);
  const only: ProfilPegawai = {
    ...p, diklat: sheet === 'Diklat' ? p.diklat : [], kompetensi: sheet === 'Kompetensi' ? p.kompetensi : {},
    skp: sheet === 'SKP' ? p.skp : [], disiplin: sheet === 'Disiplin' ? p.disiplin : [], ketidakhadiran: sheet === 'Kehadiran' ? p.ketidakhadiran : [],
  };
  insertChildren(db, only);
}

function insertChildren(db: Database, p: ProfilPegawai): void {
  for (const d of p.diklat) db.run('INSERT INTO diklat (nip, jenis, tahun) VALUES (?,?,?)', [p.nip, d.jenis, d.tahun]);
  for (const [kode, level] of Object.entries(p.kompetensi)) db.run('INSERT INTO kompetensi (nip, kode, level) VALUES (?,?,?)', [p.nip, kode, level]);
  for (const s of p.skp) db.run('INSERT INTO skp (nip, tahun, predikat) VALUES (?,?,?)', [p.nip, s.tahun, s.predikat]);
  for (const d of p.disiplin) {
    db.run('INSERT INTO disiplin (nip, hukuman, tingkat, mulai, selesai, keterangan) VALUES (?,?,?,?,?,?)', [p.nip, d.hukuman, d.tingkat, d.mulai, d.selesai, d.keterangan]);
  }
  for (const k of p.ketidakhadiran) {
    db.run('INSERT INTO ketidakhadiran (nip, mulai, selesai, hari_kerja, alasan_sah, keterangan) VALUES (?,?,?,?,?,?)',
      [p.nip, k.mulai, k.selesai, k.hariKerja, k.alasanSah ? 1 : 0, k.keterangan]);
  }
}

interface UpdateCounts {
  baru: number;
  berubah: number;
  keluar: number;
  tetap: number;
}

export interface AppliedUpdate {
  counts: UpdateCounts;
  auditSeq: number;
}

/**
 * Applies a diff as ONE transaction with ONE audit entry ('intake.perbarui'): the counts, the file's
 * hash, and per ASN the fields changed with their old and new values, so the entry alone says what
 * the update did. Gone ASN are marked keluar with the update's date; no row is ever deleted except a
 * replaced child row. Any failure rolls everything back.
 */
export function applyMasterUpdate(
  db: Database, diff: MasterDiff, incoming: readonly ProfilPegawai[], rincian: ReadonlySet<RincianSheet>,
  audit: { at: string; actor: string; berkas: string; sha256: string },
): AppliedUpdate {
  const byNip = new Map(incoming.map((p) => [p.nip, p]));
  const today = audit.at.slice(0, 10);
  const counts: UpdateCounts = { baru: diff.baru.length, berubah: diff.berubah.length, keluar: diff.keluar.length, tetap: diff.tetap };
  const seq = db.transaction(() => {
    freezeClosedApplicants(db, diff.berubah.map((b) => b.nip), audit.at);
    for (const b of diff.baru) insertPegawai(db, byNip.get(b.nip)!);
    for (const b of diff.berubah) {
      const p = byNip.get(b.nip)!;
      const cols = b.fields.filter((f) => COLUMN[f.field]);
      if (cols.length > 0) {
        db.run(`UPDATE pegawai SET ${cols.map((f) => `${COLUMN[f.field]} = ?`).join(', ')} WHERE nip = ?`,
          [...cols.map((f) => columnValue(p, f.field) as never), p.nip]);
      }
      for (const f of b.fields) if ((rincian as ReadonlySet<string>).has(f.field)) replaceRincian(db, p, f.field as RincianSheet);
      if (b.fields.some((f) => f.field === 'status')) db.run("UPDATE pegawai SET status_kepegawaian = 'aktif', tanggal_keluar = NULL WHERE nip = ?", [p.nip]);
    }
    for (const k of diff.keluar) db.run("UPDATE pegawai SET status_kepegawaian = 'keluar', tanggal_keluar = ? WHERE nip = ?", [today, k.nip]);
    return appendAudit(db, {
      at: audit.at, actor: audit.actor, action: 'intake.perbarui',
      payload: {
        berkas: audit.berkas, sha256: audit.sha256, jumlah: counts, rincian: [...rincian],
        baru: diff.baru.map((b) => b.nip), keluar: diff.keluar.map((k) => k.nip),
        berubah: diff.berubah.map((b) => ({ nip: b.nip, kolom: b.fields.map((f) => ({ kolom: f.field, lama: f.lama, baru: f.baru })) })),
      },
    }).seq;
  });
  return { counts, auditSeq: seq };
}
