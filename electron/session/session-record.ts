import type { Database } from '../dataset/database';
import { auditHead } from '../audit/audit-log';
import { toTarget } from '../dataset/repository';
import { namaLengkap } from '../../shared/domain/pegawai';
import { z } from 'zod';
import {
  hasilAturanBekuSchema, rekapSuaraSchema, type AgendaItemRecord, type JabatanRingkas, type Keputusan, type SessionRecord,
} from '../../shared/session/model';
import { toPengecualian } from './eligibility';
import { kuorumStatus, pemilihBerhak, rekapSuara } from '../../shared/session/rules';
import { petunjukKonflik } from '../../shared/session/conflicts';
import { getSidang, loadAnggota } from './sidang-store';
import type { AgendaRow } from './agenda';
import { itemProcedureFieldsOf } from './procedure';
import { sessionPilkada } from './election';

type Row = Record<string, any>;

/** Post summaries, read once per post per record. */
function postReader(db: Database): (id: string | null) => JabatanRingkas | null {
  const cache = new Map<string, JabatanRingkas | null>();
  return (id) => {
    if (!id) return null;
    if (!cache.has(id)) {
      const r = db.first<Row>(
        'SELECT j.id, j.nama, j.level, u.nama AS unit_nama FROM jabatan j JOIN unit_kerja u ON u.id = j.unit_id WHERE j.id = ?', [id],
      );
      cache.set(id, r ? { id: r.id, nama: r.nama, level: r.level, unitNama: r.unit_nama } : null);
    }
    return cache.get(id)!;
  };
}

/** Rows of a per-item table for all of one session's items in one query, grouped by item id. */
function byItem(
  db: Database, table: 'konflik_kepentingan' | 'suara' | 'keputusan' | 'pengecualian_syarat' | 'penutupan_suara', orderBy: string,
  sidangId: string,
): Map<string, Row[]> {
  const out = new Map<string, Row[]>();
  const sql = `SELECT x.* FROM ${table} x JOIN agenda_item i ON i.id = x.agenda_item_id WHERE i.sidang_id = ? ORDER BY ${orderBy}`;
  for (const r of db.all<Row>(sql, [sidangId])) {
    const list = out.get(r.agenda_item_id) ?? [];
    list.push(r);
    out.set(r.agenda_item_id, list);
  }
  return out;
}

const hasilAturanList = z.array(hasilAturanBekuSchema);

/** One stored decision version, its frozen outcomes parsed (a damaged value fails loudly, not silently). */
function toKeputusan(k: Row, post: (id: string | null) => JabatanRingkas | null): Keputusan {
  return {
    versi: k.versi, hasil: k.hasil, jabatan: post(k.jabatan_id ?? null), alasan: k.alasan, syarat: k.syarat,
    alasanRevisi: k.alasan_revisi ?? null, dicatatPada: k.dicatat_pada, statusKelayakan: k.status_kelayakan ?? null,
    hasilAturan: hasilAturanList.parse(JSON.parse(k.hasil_aturan ?? '[]')), aturanKeputusan: k.aturan_keputusan ?? null,
    rekapSaatKeputusan: k.rekap ? rekapSuaraSchema.parse(JSON.parse(k.rekap)) : null,
  };
}

/**
 * The read model of one session, as the screen shows it and the documents print it
 * (berita acara, recommendation). The audit head is read last, so it covers everything above.
 */
export function loadSessionRecord(db: Database, sidangId: string): SessionRecord {
  const sidang = getSidang(db, sidangId);
  const anggota = loadAnggota(db, sidangId);
  const post = postReader(db);
  const konflikRows = byItem(db, 'konflik_kepentingan', 'x.dicatat_pada, x.anggota_id', sidangId);
  const suaraRows = byItem(db, 'suara', 'x.dicatat_pada, x.anggota_id', sidangId);
  const keputusanRows = byItem(db, 'keputusan', 'x.versi', sidangId);
  const pengecualianRows = byItem(db, 'pengecualian_syarat', 'x.dicatat_pada, x.rule_id', sidangId);
  const penutupanRows = byItem(db, 'penutupan_suara', 'x.dicatat_pada', sidangId);
  const items = db
    .all<AgendaRow>('SELECT * FROM agenda_item WHERE sidang_id = ? ORDER BY urutan', [sidangId])
    .map((it): AgendaItemRecord => {
      const konflik = (konflikRows.get(it.id) ?? [])
        .map((k) => ({ anggotaId: k.anggota_id, alasan: k.alasan, dicatatPada: k.dicatat_pada }));
      const suara = (suaraRows.get(it.id) ?? [])
        .map((s) => ({ anggotaId: s.anggota_id, pilihan: s.pilihan, catatan: s.catatan, dicatatPada: s.dicatat_pada }));
      const eligible = pemilihBerhak(anggota, konflik.map((k) => k.anggotaId)).map((a) => a.anggotaId);
      const riwayat = (keputusanRows.get(it.id) ?? []).map((k) => toKeputusan(k, post));
      const tutup = penutupanRows.get(it.id)?.[0];
      const base = {
        id: it.id, urutan: it.urutan, permohonanId: it.permohonan_id ?? null, catatanDiskusi: it.catatan_diskusi,
        jabatanLowong: post(it.jabatan_id ?? null), konflik, suara, rekap: rekapSuara(suara, eligible),
        keputusan: riwayat.at(-1) ?? null, riwayat, pengecualian: (pengecualianRows.get(it.id) ?? []).map(toPengecualian),
        pemungutanDitutup: tutup ? { anggotaId: tutup.anggota_id, dicatatPada: tutup.dicatat_pada } : null,
        ...itemProcedureFieldsOf(db, it.id, it.permohonan_id ?? null, post),
      };
      if (!it.permohonan_id) {
        return { ...base, statusPermohonan: null, pemohon: null, pilihan: [], petunjukKonflik: [], target: [] };
      }
      const live = db.first<Row>(
        `SELECT r.status, g.*, u.nama AS unit_nama, jc.level AS level_saat_ini FROM permohonan r
         JOIN pegawai g ON g.nip = r.nip JOIN unit_kerja u ON u.id = g.unit_id LEFT JOIN jabatan jc ON jc.id = g.jabatan_id
         WHERE r.id = ?`,
        [it.permohonan_id],
      )!;
      // A closed session shows its applicant as they were when an update of the master data first changed them.
      const p = { ...live, ...db.first<Row>('SELECT * FROM pemohon_beku WHERE agenda_item_id = ?', [it.id]) };
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
          const j = post(r.jabatan_id);
          return j ? [{ ...j, peringkat: r.peringkat }] : [];
        });
      return {
        ...base, statusPermohonan: p.status, pemohon, pilihan,
        petunjukKonflik: petunjukKonflik(anggota, { nama: p.nama, unitId: p.unit_id, unitNama: p.unit_nama }),
        target: db.all<Row>('SELECT * FROM target WHERE permohonan_id = ? ORDER BY tenggat, id', [it.permohonan_id]).map(toTarget),
      };
    });
  return { sidang, anggota, kuorum: kuorumStatus(anggota, sidang.kuorum), items, pilkada: sessionPilkada(db, sidang), auditHead: auditHead(db) };
}
