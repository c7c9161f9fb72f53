import type { Database } from '../dataset/database';
import { addDays } from '../../shared/format/tanggal';
import type { SessionEnv } from '../session/env';
import { createSidang, loadAnggota, setAttendance, setStatus } from '../session/sidang-store';
import { addAgenda, getItem } from '../session/agenda';
import { decide, kelayakanKeputusan } from '../session/voting';
import { recordRealization } from '../session/tracking';
import { fromDay, nextWorkingDay, toDay } from './calendar';
import type { SeedStep } from './city';
import type { Rng } from './rng';
import { demoSessionEnv } from './session-env';
import { bukanPermohonanJptId } from './procedure-content';
import { DEMO_CERT_PASSWORD } from './secretariat-identity';

/** How many verified requests the earlier session decides: enough that most cohorts pass the "< 5" threshold. */
const HISTORY_ITEMS = 70;
const NOMOR = '800/10/BPJ-II/2026';


function pickRequests(db: Database, tanggal: string): { id: string; pilihan: string[] }[] {
  const scheduled = new Set(db.all<{ p: string }>('SELECT permohonan_id AS p FROM agenda_item WHERE permohonan_id IS NOT NULL').map((r) => r.p));
  const rows = db.all<{ id: string; pilihan: string }>(
    `SELECT r.id, (SELECT group_concat(jabatan_id, ' ') FROM (SELECT jabatan_id FROM permohonan_pilihan WHERE permohonan_id = r.id ORDER BY peringkat)) AS pilihan
     FROM permohonan r WHERE r.status = 'diverifikasi' AND r.pakta_ditandatangani = 1 AND r.tanggal <= ? ORDER BY r.tanggal, r.id`, [addDays(tanggal, -7)],
  );
  return rows.filter((r) => !scheduled.has(r.id) && r.pilihan).filter((r) => bukanPermohonanJptId(db)(r.id)).slice(0, HISTORY_ITEMS)
    .map((r) => ({ id: r.id, pilihan: r.pilihan.split(' ') }));
}

/**
 * One decision by mufakat: the first requested post not yet given to someone else; a candidate failing
 * one of its rules is not recommended (citing it), the others by chance. Returns the post recommended, or null.
 */
function decideItem(env: SessionEnv, rng: Rng, itemId: string, pilihan: string[], taken: Set<string>, tanggal: string): string | null {
  const jabatanId = pilihan.find((j) => !taken.has(j)) ?? null;
  const k = kelayakanKeputusan(env.db, getItem(env.db, itemId), tanggal, jabatanId ?? pilihan[0]!, []);
  const gagal = k.hasil.find((r) => r.status === 'tidak_memenuhi');
  const rekomendasi = jabatanId !== null && !gagal && rng.chance(0.6);
  decide(env, {
    itemId, hasil: rekomendasi ? 'direkomendasikan' : 'tidak_direkomendasikan', jabatanId: rekomendasi ? jabatanId : null,
    alasan: jabatanId === null ? 'Jabatan yang dimohon telah direkomendasikan untuk pelamar lain.'
      : gagal ? `Tidak memenuhi syarat ${gagal.namaPendek}: ${gagal.alasan}`
        : rekomendasi ? 'Disepakati secara musyawarah: kompetensi dan rekam jejak sesuai kebutuhan jabatan.'
          : 'Sidang menilai pelamar lain lebih sesuai untuk jabatan ini; permohonan dapat diajukan kembali.',
    syarat: rekomendasi ? 'Menyampaikan laporan capaian kinerja bulan pertama kepada BKPSDM.' : '', alasanRevisi: null,
    targetBaru: rekomendasi ? [{ indikator: 'Laporan capaian kinerja bulan pertama', nilaiTarget: 1, satuan: 'dokumen', tenggat: addDays(tanggal, 21), denganPakta: false }] : [],
    pengakuanPerhatian: k.hasil.filter((r) => r.status === 'perlu_perhatian').map((r) => r.ruleId),
  });
  if (!rekomendasi) return null;
  taken.add(jabatanId!);
  return jabatanId;
}

/**
 * Demo seeding step for the equity dashboard: an earlier completed session (mufakat) deciding many
 * verified requests, and BKPSDM's later reports on most of their one-month targets (met or missed),
 * so the dashboard's cohorts have real spread. Runs after the other steps and leaves their sessions alone;
 * its targets carry no pledge to step down, so the draft session's "pakta perlu dibahas" list is unchanged.
 */
export const seedReportHistory: SeedStep = (db, rng, city) => {
  const today = city.options.today;
  const tanggal = fromDay(nextWorkingDay(toDay(today) - 28));
  const env = demoSessionEnv(db, rng.fork('riwayat'), tanggal, 'riwayat', { stepSeconds: [40, 120] });
  const anggota = loadAnggota(db, db.value<string>('SELECT id FROM sidang ORDER BY tanggal LIMIT 1')!)
    .map((a) => ({ nama: a.nama, nip: a.nip, jabatan: a.jabatan, unitId: a.unitId, peran: a.peran }));
  const sidangId = createSidang(env, {
    nomor: NOMOR, tanggal, tempat: 'Ruang Rapat Sekretariat Daerah Kota Bengkulu', anggota, aturanKeputusan: 'mufakat',
  });
  const requests = pickRequests(db, tanggal);
  addAgenda(env, sidangId, requests.map((r) => r.id));
  setStatus(env, sidangId, 'berlangsung');
  for (const m of loadAnggota(db, sidangId).slice(0, -1)) setAttendance(env, sidangId, m.anggotaId, true);
  const items = db.all<{ id: string; permohonan_id: string }>('SELECT id, permohonan_id FROM agenda_item WHERE sidang_id = ? ORDER BY urutan', [sidangId]);
  const pilihan = new Map(requests.map((r) => [r.id, r.pilihan]));
  // A post goes to one person: those already recommended in earlier sessions are taken too.
  const taken = new Set(db.all<{ j: string }>("SELECT jabatan_id AS j FROM keputusan WHERE hasil = 'direkomendasikan' AND jabatan_id IS NOT NULL").map((r) => r.j));
  const recommended = items.filter((it) => decideItem(env, rng, it.id, pilihan.get(it.permohonan_id)!, taken, tanggal) !== null);
  setStatus(env, sidangId, 'selesai', DEMO_CERT_PASSWORD);
  const later = demoSessionEnv(db, rng.fork('riwayat-pantau'), addDays(tanggal, 22), 'riwayat-pantau', { stepSeconds: [40, 120] });
  for (const it of recommended) {
    const t = db.first<{ id: string; tenggat: string }>('SELECT id, tenggat FROM target WHERE permohonan_id = ? ORDER BY id DESC LIMIT 1', [it.permohonan_id]);
    if (!t || rng.chance(0.25)) continue; // some stay unreported: overdue on the dashboard
    const met = rng.chance(0.7);
    recordRealization(later, today, {
      targetId: t.id, realisasi: met ? 1 : 0, tanggalRealisasi: addDays(t.tenggat, met ? -2 : 0),
      catatanBukti: met ? 'Laporan diterima BKPSDM tepat waktu.' : 'Laporan tidak disampaikan sampai tenggat.',
    });
  }
};
