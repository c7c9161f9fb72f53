import type { Migration } from './types';

/**
 * The whole first schema. Column names mirror shared/domain in snake_case; dates are ISO text,
 * booleans 0/1, JSON only where the shape is a small closed record.
 */
export const coreSchema: Migration = {
  version: 1,
  id: '0001-core-schema',
  up: (db) => {
    db.exec(`
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE unit_kerja (
  id TEXT PRIMARY KEY, nama TEXT NOT NULL, singkatan TEXT NOT NULL DEFAULT '',
  lat REAL NOT NULL, lon REAL NOT NULL
);

CREATE TABLE jabatan (
  id TEXT PRIMARY KEY, nama TEXT NOT NULL, unit_id TEXT NOT NULL REFERENCES unit_kerja(id),
  level TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL, min_golongan TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('terisi','lowong')), pemegang_nip TEXT
);
CREATE TABLE jabatan_kompetensi (
  jabatan_id TEXT NOT NULL REFERENCES jabatan(id) ON DELETE CASCADE, kode TEXT NOT NULL,
  level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5), PRIMARY KEY (jabatan_id, kode)
);

CREATE TABLE pegawai (
  nip TEXT PRIMARY KEY, nama TEXT NOT NULL, gelar_depan TEXT NOT NULL DEFAULT '', gelar_belakang TEXT NOT NULL DEFAULT '',
  jenis_kelamin TEXT NOT NULL, tanggal_lahir TEXT NOT NULL, golongan TEXT NOT NULL, tmt_golongan TEXT NOT NULL,
  jabatan_id TEXT REFERENCES jabatan(id), nama_jabatan TEXT NOT NULL, tmt_jabatan TEXT NOT NULL,
  unit_id TEXT NOT NULL REFERENCES unit_kerja(id), pendidikan TEXT NOT NULL, jurusan TEXT NOT NULL DEFAULT '',
  alamat TEXT NOT NULL, kelurahan TEXT NOT NULL, kecamatan TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
  telepon TEXT NOT NULL DEFAULT '', potensi REAL
);
CREATE INDEX pegawai_unit ON pegawai(unit_id);
CREATE INDEX pegawai_jabatan ON pegawai(jabatan_id);
CREATE TABLE diklat (nip TEXT NOT NULL REFERENCES pegawai(nip) ON DELETE CASCADE, jenis TEXT NOT NULL, tahun INTEGER NOT NULL);
CREATE INDEX diklat_nip ON diklat(nip);
CREATE TABLE kompetensi (
  nip TEXT NOT NULL REFERENCES pegawai(nip) ON DELETE CASCADE, kode TEXT NOT NULL,
  level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5), PRIMARY KEY (nip, kode)
);
CREATE TABLE skp (
  nip TEXT NOT NULL REFERENCES pegawai(nip) ON DELETE CASCADE, tahun INTEGER NOT NULL, predikat TEXT NOT NULL,
  PRIMARY KEY (nip, tahun)
);
CREATE TABLE disiplin (
  id INTEGER PRIMARY KEY, nip TEXT NOT NULL REFERENCES pegawai(nip) ON DELETE CASCADE, hukuman TEXT NOT NULL,
  tingkat TEXT NOT NULL CHECK (tingkat IN ('ringan','sedang','berat')), mulai TEXT NOT NULL, selesai TEXT,
  keterangan TEXT NOT NULL DEFAULT ''
);
CREATE INDEX disiplin_nip ON disiplin(nip);
CREATE TABLE ketidakhadiran (
  id INTEGER PRIMARY KEY, nip TEXT NOT NULL REFERENCES pegawai(nip) ON DELETE CASCADE, mulai TEXT NOT NULL,
  selesai TEXT NOT NULL, hari_kerja INTEGER NOT NULL, alasan_sah INTEGER NOT NULL, keterangan TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ketidakhadiran_nip ON ketidakhadiran(nip);

CREATE TABLE permohonan (
  id TEXT PRIMARY KEY, nip TEXT NOT NULL REFERENCES pegawai(nip), tanggal TEXT NOT NULL,
  kategori_alasan TEXT NOT NULL, alasan TEXT NOT NULL, pakta_ditandatangani INTEGER NOT NULL, tanggal_pakta TEXT,
  status TEXT NOT NULL
);
CREATE INDEX permohonan_nip ON permohonan(nip);
CREATE TABLE permohonan_pilihan (
  permohonan_id TEXT NOT NULL REFERENCES permohonan(id) ON DELETE CASCADE,
  peringkat INTEGER NOT NULL CHECK (peringkat BETWEEN 1 AND 3), jabatan_id TEXT NOT NULL REFERENCES jabatan(id),
  PRIMARY KEY (permohonan_id, peringkat)
);
CREATE INDEX pilihan_jabatan ON permohonan_pilihan(jabatan_id);
CREATE TABLE target (
  id TEXT PRIMARY KEY, nip TEXT NOT NULL REFERENCES pegawai(nip), permohonan_id TEXT REFERENCES permohonan(id),
  indikator TEXT NOT NULL, nilai_target REAL NOT NULL, satuan TEXT NOT NULL, tenggat TEXT NOT NULL,
  realisasi REAL, tanggal_realisasi TEXT, catatan_bukti TEXT NOT NULL DEFAULT '', dengan_pakta INTEGER NOT NULL
);
CREATE INDEX target_nip ON target(nip);
CREATE INDEX target_permohonan ON target(permohonan_id);

-- Sidang Baperjakat
CREATE TABLE sidang (
  id TEXT PRIMARY KEY, nomor TEXT NOT NULL, tanggal TEXT NOT NULL, tempat TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draf','berlangsung','selesai')),
  kuorum_pembilang INTEGER NOT NULL DEFAULT 1, kuorum_penyebut INTEGER NOT NULL DEFAULT 2,
  kuorum_lebih_dari INTEGER NOT NULL DEFAULT 1, dibuat_pada TEXT NOT NULL
);
CREATE TABLE sidang_anggota (
  sidang_id TEXT NOT NULL REFERENCES sidang(id) ON DELETE CASCADE, anggota_id TEXT NOT NULL,
  nama TEXT NOT NULL, nip TEXT, jabatan TEXT NOT NULL DEFAULT '', unit_id TEXT,
  peran TEXT NOT NULL CHECK (peran IN ('ketua','sekretaris','anggota')), urutan INTEGER NOT NULL,
  hadir INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (sidang_id, anggota_id)
);
CREATE TABLE agenda_item (
  id TEXT PRIMARY KEY, sidang_id TEXT NOT NULL REFERENCES sidang(id) ON DELETE CASCADE, urutan INTEGER NOT NULL,
  permohonan_id TEXT REFERENCES permohonan(id), jabatan_id TEXT REFERENCES jabatan(id),
  catatan_diskusi TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_sidang ON agenda_item(sidang_id);
CREATE TABLE konflik_kepentingan (
  agenda_item_id TEXT NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE, anggota_id TEXT NOT NULL,
  alasan TEXT NOT NULL, dicatat_pada TEXT NOT NULL, PRIMARY KEY (agenda_item_id, anggota_id)
);
CREATE TABLE suara (
  agenda_item_id TEXT NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE, anggota_id TEXT NOT NULL,
  pilihan TEXT NOT NULL CHECK (pilihan IN ('setuju','tidak_setuju','abstain')), catatan TEXT NOT NULL DEFAULT '',
  dicatat_pada TEXT NOT NULL, PRIMARY KEY (agenda_item_id, anggota_id)
);
-- Every version of a decision is kept; the highest versi is current.
CREATE TABLE keputusan (
  agenda_item_id TEXT NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE, versi INTEGER NOT NULL,
  hasil TEXT NOT NULL CHECK (hasil IN ('direkomendasikan','tidak_direkomendasikan','ditunda')),
  jabatan_id TEXT REFERENCES jabatan(id), alasan TEXT NOT NULL, syarat TEXT NOT NULL DEFAULT '',
  alasan_revisi TEXT, dicatat_pada TEXT NOT NULL, PRIMARY KEY (agenda_item_id, versi)
);

-- Review packets (offline pre-reading) and members' responses
CREATE TABLE anggota_kunci (
  anggota_id TEXT PRIMARY KEY, nama TEXT NOT NULL, public_key TEXT NOT NULL, didaftarkan_pada TEXT NOT NULL
);
CREATE TABLE paket_telaah (
  id TEXT PRIMARY KEY, sidang_id TEXT NOT NULL REFERENCES sidang(id), anggota_id TEXT NOT NULL,
  kedaluwarsa TEXT NOT NULL, dibuat_pada TEXT NOT NULL, sha256 TEXT NOT NULL
);
CREATE TABLE tanggapan_telaah (
  paket_id TEXT NOT NULL REFERENCES paket_telaah(id), anggota_id TEXT NOT NULL, versi INTEGER NOT NULL,
  agenda_item_id TEXT NOT NULL, sikap TEXT, pertanyaan TEXT NOT NULL DEFAULT '', diimpor_pada TEXT NOT NULL,
  PRIMARY KEY (paket_id, versi, agenda_item_id)
);

-- Hash-chained audit trail (see electron/audit)
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
  payload TEXT NOT NULL, payload_hash TEXT NOT NULL, prev_hash TEXT NOT NULL, entry_hash TEXT NOT NULL
);
`);
  },
};
