import type { Database } from '../dataset/database';
import { auditHead } from '../audit/audit-log';
import { toTarget } from '../dataset/repository';
import { namaLengkap } from '../../shared/domain/pegawai';
import { z } from 'zod';
import {
  hasilAturanBekuSchema, rekapSuaraSchema, type AgendaItemRecord, type AnggotaSidang, type JabatanRingkas, type Keputusan,
  type SessionRecord,
} from '../../shared/session/model';
import { kutipanProsedur } from '../../shared/session/procedure';
import { toPengecualian } from './eligibility';
import { kuorumStatus, pemilihBerhak, rekapSuara } from '../../shared/session/rules';
import { petunjukKonflik } from '../../shared/session/conflicts';
import { getSidang, loadAnggota } from './sidang-store';
import type { AgendaRow } from './agenda';
import { toProsedurJpt } from './procedure';
import { sessionPilkada } from './election';
import { readItemRows, type ItemRows, type ItemScope } from './record-rows';

type Row = Record<string, any>;

/** The session's own part of the record: what an act on the session (not on one item) changes. */
export type SessionHeader = Pick<SessionRecord, 'sidang' | 'anggota' | 'kuorum' | 'pilkada'>;

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

function procedureFields(rows: ItemRows, it: AgendaRow) {
  const p = rows.prosedur.get(it.id)?.[0];
  const prosedur = p ? toProsedurJpt(p) : null;
  const tinjauan = rows.tinjauan.get(it.id)?.[0];
  return {
    jenisPermohonan: it.permohonan_id ? rows.pemohon.get(it.id)?.[0]?.jenis_permohonan ?? null : null,
    prosedurJpt: prosedur ? { ...prosedur, kutipan: kutipanProsedur(prosedur) } : null,
    tinjauanPakta: tinjauan
      ? { jabatan: rows.post(tinjauan.jabatan_id ?? null), targetIds: (rows.tinjauanTarget.get(it.id) ?? []).map((x) => x.target_id as string) }
      : null,
  };
}

function toItem(rows: ItemRows, it: AgendaRow, anggota: AnggotaSidang[]): AgendaItemRecord {
  const konflik = (rows.konflik.get(it.id) ?? [])
    .map((k) => ({ anggotaId: k.anggota_id, alasan: k.alasan, dicatatPada: k.dicatat_pada }));
  const suara = (rows.suara.get(it.id) ?? [])
    .map((s) => ({ anggotaId: s.anggota_id, pilihan: s.pilihan, catatan: s.catatan, dicatatPada: s.dicatat_pada }));
  const eligible = pemilihBerhak(anggota, konflik.map((k) => k.anggotaId)).map((a) => a.anggotaId);
  const riwayat = (rows.keputusan.get(it.id) ?? []).map((k) => toKeputusan(k, rows.post));
  const tutup = rows.penutupan.get(it.id)?.[0];
  const base = {
    id: it.id, urutan: it.urutan, permohonanId: it.permohonan_id ?? null, catatanDiskusi: it.catatan_diskusi,
    jabatanLowong: rows.post(it.jabatan_id ?? null), konflik, suara, rekap: rekapSuara(suara, eligible),
    keputusan: riwayat.at(-1) ?? null, riwayat, pengecualian: (rows.pengecualian.get(it.id) ?? []).map(toPengecualian),
    pemungutanDitutup: tutup ? { anggotaId: tutup.anggota_id, dicatatPada: tutup.dicatat_pada } : null,
    ...procedureFields(rows, it),
  };
  if (!it.permohonan_id) {
    return { ...base, statusPermohonan: null, pemohon: null, pilihan: [], petunjukKonflik: [], target: [] };
  }
  const p = rows.pemohon.get(it.id)?.[0];
  if (!p) throw new Error(`agenda item ${it.id}: request ${it.permohonan_id} has no applicant`);
  const pemohon = {
    nip: p.nip, namaLengkap: namaLengkap({ nama: p.nama, gelarDepan: p.gelar_depan, gelarBelakang: p.gelar_belakang }),
    tanggalLahir: p.tanggal_lahir, golongan: p.golongan, jabatanSaatIni: p.nama_jabatan,
    jabatanSaatIniId: p.jabatan_id ?? null, levelSaatIni: p.level_saat_ini ?? null, unitId: p.unit_id, unitNama: p.unit_nama,
  };
  const pilihan = (rows.pilihan.get(it.id) ?? []).flatMap((r) => {
    const j = rows.post(r.jabatan_id);
    return j ? [{ ...j, peringkat: r.peringkat as number }] : [];
  });
  return {
    ...base, statusPermohonan: p.status_permohonan, pemohon, pilihan,
    petunjukKonflik: petunjukKonflik(anggota, { nama: p.nama, unitId: p.unit_id, unitNama: p.unit_nama }),
    target: (rows.target.get(it.id) ?? []).map(toTarget),
  };
}

/** A session's header: its fields, members with attendance, quorum and election window. */
export function loadSessionHeader(db: Database, sidangId: string): SessionHeader {
  const sidang = getSidang(db, sidangId);
  const anggota = loadAnggota(db, sidangId);
  return { sidang, anggota, kuorum: kuorumStatus(anggota, sidang.kuorum), pilkada: sessionPilkada(db, sidang) };
}

/**
 * Agenda items as the record shows them, in agenda order, in a fixed number of queries however
 * many items the scope holds. `anggota` are the session's members (tallies and conflict hints use them).
 */
export function loadAgendaItems(db: Database, scope: ItemScope, anggota: AnggotaSidang[]): AgendaItemRecord[] {
  const rows = readItemRows(db, scope);
  return rows.items.map((it) => toItem(rows, it, anggota));
}

/**
 * The read model of one session, as the screen shows it and the documents print it
 * (berita acara, recommendation). The audit head is read last, so it covers everything above.
 */
export function loadSessionRecord(db: Database, sidangId: string): SessionRecord {
  const header = loadSessionHeader(db, sidangId);
  const items = loadAgendaItems(db, { sidangId }, header.anggota);
  return { ...header, items, auditHead: auditHead(db) };
}
