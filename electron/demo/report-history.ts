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
import { bukanPermohonanJptId } from './procedure-content';
import { DEMO_CERT_PASSWORD } from './secretariat-identity';

/** How many verified requests the earlier session decides: enough that most cohorts pass the "< 5" threshold. */
const HISTORY_ITEMS = 70;
const NOMOR = '800/10/BPJ-II/2026';

function envAt(db: Database, rng: Rng, day: string, prefix: string): SessionEnv {
  let t = Date.parse(`${day}T02:00:00.000Z`);
  let n = 0;
  return {
    db, now: () => new Date((t += rng.int(40, 120) * 1000)).toISOString(), actor: () => 'sekretariat.baperjakat',
    newId: (p) => `${p}-${prefix}-${String(++n).padStart(3, '0')}`,
  };
}

function pickRequests(db: Database, tanggal: string): { id: string; jabatan: string }[] {
  const scheduled = new Set(db.all<{ p: string }>('SELECT permohonan_id AS p FROM agenda_item WHERE permohonan_id IS NOT NULL').map((r) => r.p));
  return db.all<{ id: string; jabatan: string }>(
    `SELECT r.id, pp.jabatan_id AS jabatan FROM permohonan r JOIN permohonan_pilihan pp ON pp.permohonan_id = r.id AND pp.peringkat = 1
     WHERE r.status = 'diverifikasi' AND r.pakta_ditandatangani = 1 AND r.tanggal <= ? ORDER BY r.tanggal, r.id`, [addDays(tanggal, -7)],
  ).filter((r) => !scheduled.has(r.id)).filter((r) => bukanPermohonanJptId(db)(r.id)).slice(0, HISTORY_ITEMS);
}

/** One decision by mufakat: a candidate failing a rule is not recommended (citing it); others by chance. */
function decideItem(env: SessionEnv, rng: Rng, itemId: string, jabatanId: string, tanggal: string): boolean {
  const k = kelayakanKeputusan(env.db, getItem(env.db, itemId), tanggal, jabatanId, []);
  const gagal = k.hasil.find((r) => r.status === 'tidak_memenuhi');
  const rekomendasi = !gagal && rng.chance(0.6);
  decide(env, {
    itemId, hasil: rekomendasi ? 'direkomendasikan' : 'tidak_direkomendasikan', jabatanId: rekomendasi ? jabatanId : null,
    alasan: gagal ? `Tidak memenuhi syarat ${gagal.namaPendek}: ${gagal.alasan}`
      : rekomendasi ? 'Disepakati secara musyawarah: kompetensi dan rekam jejak sesuai kebutuhan jabatan.'
        : 'Sidang menilai pelamar lain lebih sesuai untuk jabatan ini; permohonan dapat diajukan kembali.',
    syarat: rekomendasi ? 'Menyampaikan laporan capaian kinerja bulan pertama kepada BKPSDM.' : '', alasanRevisi: null,
    targetBaru: rekomendasi ? [{ indikator: 'Laporan capaian kinerja bulan pertama', nilaiTarget: 1, satuan: 'dokumen', tenggat: addDays(tanggal, 21), denganPakta: false }] : [],
    pengakuanPerhatian: k.hasil.filter((r) => r.status === 'perlu_perhatian').map((r) => r.ruleId),
  });
  return rekomendasi;
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
  const env = envAt(db, rng.fork('riwayat'), tanggal, 'riwayat');
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
  const jabatan = new Map(requests.map((r) => [r.id, r.jabatan]));
  const recommended = items.filter((it) => decideItem(env, rng, it.id, jabatan.get(it.permohonan_id)!, tanggal));
  setStatus(env, sidangId, 'selesai', DEMO_CERT_PASSWORD);
  const later = envAt(db, rng.fork('riwayat-pantau'), addDays(tanggal, 22), 'riwayat-pantau');
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
