import type { Database } from '../dataset/database';
import { auditHead } from '../audit/audit-log';
import { toTarget } from '../dataset/repository';
import { namaLengkap } from '../../shared/domain/pegawai';
import type { AgendaItemRecord, JabatanRingkas, Keputusan, SessionRecord } from '../../shared/session/model';
import { kuorumStatus, pemilihBerhak, rekapSuara } from '../../shared/session/rules';
import { petunjukKonflik } from '../../shared/session/conflicts';
import { getSidang, loadAnggota } from './sidang-store';
import type { AgendaRow } from './agenda';

type Row = Record<string, any>;

function jabatanRingkas(db: Database, id: string | null): JabatanRingkas | null {
  if (!id) return null;
  const r = db.first<Row>(
    'SELECT j.id, j.nama, j.level, u.nama AS unit_nama FROM jabatan j JOIN unit_kerja u ON u.id = j.unit_id WHERE j.id = ?', [id],
  );
  return r ? { id: r.id, nama: r.nama, level: r.level, unitNama: r.unit_nama } : null;
}

function loadKeputusan(db: Database, itemId: string): Keputusan[] {
  return db.all<Row>('SELECT * FROM keputusan WHERE agenda_item_id = ? ORDER BY versi', [itemId]).map((k) => ({
    versi: k.versi, hasil: k.hasil, jabatan: jabatanRingkas(db, k.jabatan_id ?? null), alasan: k.alasan, syarat: k.syarat,
    alasanRevisi: k.alasan_revisi ?? null, dicatatPada: k.dicatat_pada,
  }));
}

/**
 * The read model of one session, as the screen shows it and the documents print it
 * (berita acara, recommendation). The audit head is read last, so it covers everything above.
 */
export function loadSessionRecord(db: Database, sidangId: string): SessionRecord {
  const sidang = getSidang(db, sidangId);
  const anggota = loadAnggota(db, sidangId);
  const items = db
    .all<AgendaRow>('SELECT * FROM agenda_item WHERE sidang_id = ? ORDER BY urutan', [sidangId])
    .map((it): AgendaItemRecord => {
      const konflik = db.all<Row>('SELECT * FROM konflik_kepentingan WHERE agenda_item_id = ? ORDER BY dicatat_pada', [it.id])
        .map((k) => ({ anggotaId: k.anggota_id, alasan: k.alasan, dicatatPada: k.dicatat_pada }));
      const suara = db.all<Row>('SELECT * FROM suara WHERE agenda_item_id = ? ORDER BY dicatat_pada', [it.id])
        .map((s) => ({ anggotaId: s.anggota_id, pilihan: s.pilihan, catatan: s.catatan, dicatatPada: s.dicatat_pada }));
      const eligible = pemilihBerhak(anggota, konflik.map((k) => k.anggotaId)).map((a) => a.anggotaId);
      const riwayat = loadKeputusan(db, it.id);
      const base = {
        id: it.id, urutan: it.urutan, permohonanId: it.permohonan_id ?? null, catatanDiskusi: it.catatan_diskusi,
        jabatanLowong: jabatanRingkas(db, it.jabatan_id ?? null), konflik, suara, rekap: rekapSuara(suara, eligible),
        keputusan: riwayat.at(-1) ?? null, riwayat,
      };
      if (!it.permohonan_id) {
        return { ...base, statusPermohonan: null, pemohon: null, pilihan: [], petunjukKonflik: [], target: [] };
      }
      const p = db.first<Row>(
        `SELECT r.status, g.*, u.nama AS unit_nama, jc.level AS level_saat_ini FROM permohonan r
         JOIN pegawai g ON g.nip = r.nip JOIN unit_kerja u ON u.id = g.unit_id LEFT JOIN jabatan jc ON jc.id = g.jabatan_id
         WHERE r.id = ?`,
        [it.permohonan_id],
      )!;
      const pemohon = {
        nip: p.nip, namaLengkap: namaLengkap({ nama: p.nama, gelarDepan: p.gelar_depan, gelarBelakang: p.gelar_belakang }),
        tanggalLahir: p.tanggal_lahir, golongan: p.golongan, jabatanSaatIni: p.nama_jabatan,
        jabatanSaatIniId: p.jabatan_id ?? null, levelSaatIni: p.level_saat_ini ?? null, unitId: p.unit_id, unitNama: p.unit_nama,
      };
      const pilihan = db
        .all<{ jabatan_id: string; peringkat: number }>(
          'SELECT jabatan_id, peringkat FROM permohonan_pilihan WHERE permohonan_id = ? ORDER BY peringkat', [it.permohonan_id],
        )
        .flatMap((r) => {
          const j = jabatanRingkas(db, r.jabatan_id);
          return j ? [{ ...j, peringkat: r.peringkat }] : [];
        });
      return {
        ...base, statusPermohonan: p.status, pemohon, pilihan,
        petunjukKonflik: petunjukKonflik(anggota, { nama: p.nama, unitId: p.unit_id, unitNama: p.unit_nama }),
        target: db.all<Row>('SELECT * FROM target WHERE permohonan_id = ? ORDER BY tenggat, id', [it.permohonan_id]).map(toTarget),
      };
    });
  return { sidang, anggota, kuorum: kuorumStatus(anggota, sidang.kuorum), items, auditHead: auditHead(db) };
}
