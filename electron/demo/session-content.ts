import type { Database } from '../dataset/database';
import { DEMO_CERT_PASSWORD, ensureDemoIdentity } from './secretariat-identity';
import { namaLengkap } from '../../shared/domain/pegawai';
import { addDays } from '../../shared/format/tanggal';
import type { AturanKeputusan, HasilKeputusan, PilihanSuara } from '../../shared/session/model';
import type { AnggotaInput } from '../../shared/ipc/session';
import type { SessionEnv } from '../session/env';
import { createSidang, loadAnggota, setAttendance, setStatus } from '../session/sidang-store';
import { addAgenda, getItem } from '../session/agenda';
import { castVote, declareConflict, decide, kelayakanKeputusan } from '../session/voting';
import { recordPengecualian } from '../session/pengecualian';
import { kelayakanUntuk, type KelayakanItem } from '../session/eligibility';
import { recordRealization } from '../session/tracking';
import { fromDay, nextWorkingDay, toDay } from './calendar';
import type { CityData, SeedStep } from './city';
import type { Rng } from './rng';
import { demoSessionEnv } from './session-env';
import { bukanPermohonanJpt, bukanPermohonanJptId } from './procedure-content';


/** Who sits on the committee (Keputusan Wali Kota): the holders of these posts, when filled. */
const KOMPOSISI: { jabatan: (nama: string, unitSingkatan: string, level: string) => boolean; peran: AnggotaInput['peran']; cadangan: string }[] = [
  { jabatan: (n) => n === 'Sekretaris Daerah', peran: 'ketua', cadangan: 'Sekretaris Daerah' },
  { jabatan: (_n, u, l) => u === 'BKPSDM' && l.startsWith('II.'), peran: 'sekretaris', cadangan: 'Kepala BKPSDM' },
  { jabatan: (n) => n === 'Inspektur', peran: 'anggota', cadangan: 'Inspektur' },
  { jabatan: (n) => n === 'Asisten Pemerintahan dan Kesejahteraan Rakyat', peran: 'anggota', cadangan: 'Asisten Pemerintahan dan Kesra' },
  { jabatan: (n) => n === 'Asisten Administrasi Umum', peran: 'anggota', cadangan: 'Asisten Administrasi Umum' },
];

function members(city: CityData): AnggotaInput[] {
  const units = new Map(city.units.map((u) => [u.id, u]));
  const people = new Map(city.pegawai.map((p) => [p.nip, p]));
  return KOMPOSISI.map((k) => {
    const post = city.jabatan.find((j) => k.jabatan(j.nama, units.get(j.unitId)?.singkatan ?? '', j.level));
    const holder = post?.pemegangNip ? people.get(post.pemegangNip) : undefined;
    return holder && post
      ? { nama: namaLengkap(holder), nip: holder.nip, jabatan: post.nama, unitId: post.unitId, peran: k.peran }
      : { nama: k.cadangan, nip: null, jabatan: post?.nama ?? k.cadangan, unitId: post?.unitId ?? null, peran: k.peran };
  });
}

/** A clock that ticks one to three minutes per act from a given WIB time, and deterministic ids. */

// Rationales say why the committee chose; whether the rules are met is printed from the frozen outcomes.
const ALASAN_REKOMENDASI = [
  'Rekam jejak pelayanan baik dan target kinerja yang diajukan terukur serta relevan dengan kebutuhan unit.',
  'Domisili dekat dengan lokasi jabatan dan kompetensi teknis sesuai bidang tugas unit kerja yang dituju.',
  'Hasil penilaian kompetensi memadai dan rencana kerja yang disampaikan dalam permohonan realistis.',
];
const ALASAN_TOLAK = 'Sidang menilai pelamar lain lebih sesuai untuk jabatan ini; permohonan dapat diajukan kembali pada periode berikutnya.';
const ALASAN_TUNDA = 'Menunggu hasil uji kompetensi manajerial dari UPT Penilaian Kompetensi.';
const ALASAN_PENGECUALIAN = 'Jabatan lowong lebih dari enam bulan dan pelamar satu-satunya yang menguasai tugas teknis unit; kekurangan ini akan dipenuhi pada periode kenaikan pangkat berikutnya.';

interface Rencana { hasil: HasilKeputusan; tenggatHari: number; realisasi: 'tercapai' | 'kurang' | null }

/** The past session's eight items as planned; a plan the rules do not allow is changed (see decideByRules). */
const RENCANA: Rencana[] = [
  { hasil: 'direkomendasikan', tenggatHari: 45, realisasi: 'tercapai' },
  { hasil: 'direkomendasikan', tenggatHari: 40, realisasi: null },
  { hasil: 'tidak_direkomendasikan', tenggatHari: 0, realisasi: null },
  { hasil: 'direkomendasikan', tenggatHari: 50, realisasi: 'kurang' },
  { hasil: 'ditunda', tenggatHari: 0, realisasi: null },
  { hasil: 'direkomendasikan', tenggatHari: 55, realisasi: null },
  { hasil: 'direkomendasikan', tenggatHari: 150, realisasi: null },
  { hasil: 'tidak_direkomendasikan', tenggatHari: 0, realisasi: null },
];

const SYARAT = [
  ['Menyusun SOP pelayanan unit dan menetapkannya', 1, 'dokumen'],
  ['Menurunkan tunggakan berkas layanan', 80, '%'],
  ['Menyelesaikan pemetaan arsip aktif unit kerja', 100, '%'],
  ['Melaporkan capaian program triwulan tepat waktu', 100, '%'],
] as const;

interface Sidang { env: SessionEnv; sidangId: string; tanggal: string; ketua: string; pengecualian: number }

/** A refusal's rationale from the real outcomes: the failed rule, else the rule needing attention, else a neutral text. */
function alasanTolak(k: KelayakanItem): string {
  const gagal = k.hasil.find((r) => r.status === 'tidak_memenuhi');
  if (gagal) return `Tidak memenuhi syarat ${gagal.namaPendek}: ${gagal.alasan}`;
  const perhatian = k.hasil.find((r) => r.status === 'perlu_perhatian');
  return perhatian ? `Syarat ${perhatian.namaPendek} perlu perhatian: ${perhatian.alasan} ${ALASAN_TOLAK}` : ALASAN_TOLAK;
}

/**
 * Records the planned decision as the rules allow it: a recommendation of a candidate who fails
 * one or two rules gets the committee's recorded exception (at most `maxPengecualian` per session),
 * otherwise it becomes "tidak direkomendasikan" citing the failed rule. Outcomes needing attention
 * are acknowledged. Returns the hasil recorded.
 */
function decideByRules(
  s: Sidang, itemId: string, plan: { hasil: HasilKeputusan; jabatanId: string; alasan: string; syarat: string; alasanRevisi?: string;
    target?: { indikator: string; nilaiTarget: number; satuan: string; tenggat: string } },
  maxPengecualian: number, vote?: (hasil: HasilKeputusan) => void,
): HasilKeputusan {
  const db = s.env.db;
  const item = getItem(db, itemId);
  let k = kelayakanKeputusan(db, item, s.tanggal, plan.jabatanId, []);
  let hasil = plan.hasil;
  const gagal = k.hasil.filter((r) => r.status === 'tidak_memenuhi');
  if (hasil === 'direkomendasikan' && gagal.length > 0) {
    if (gagal.length <= 2 && s.pengecualian < maxPengecualian) {
      for (const r of gagal) {
        recordPengecualian(s.env, { itemId, jabatanId: plan.jabatanId, ruleId: r.ruleId, alasan: ALASAN_PENGECUALIAN, diusulkanOleh: s.ketua });
      }
      s.pengecualian++;
    } else hasil = 'tidak_direkomendasikan';
  }
  if (hasil === 'direkomendasikan') k = kelayakanKeputusan(db, item, s.tanggal, plan.jabatanId, []);
  vote?.(hasil);
  decide(s.env, {
    itemId, hasil, jabatanId: hasil === 'direkomendasikan' ? plan.jabatanId : null,
    alasan: hasil === 'direkomendasikan' || hasil === 'ditunda' ? plan.alasan : alasanTolak(k),
    syarat: hasil === 'direkomendasikan' ? plan.syarat : '', alasanRevisi: plan.alasanRevisi ?? null,
    targetBaru: hasil === 'direkomendasikan' && plan.target ? [{ ...plan.target, denganPakta: true }] : [],
    pengakuanPerhatian: k.hasil.filter((r) => r.status === 'perlu_perhatian').map((r) => r.ruleId),
  });
  return hasil;
}

/** Every present, eligible member votes; `pilih` says how. */
function voteAll(env: SessionEnv, itemId: string, voters: readonly { anggotaId: string; peran: string }[], pilih: (m: { peran: string }, n: number) => PilihanSuara) {
  voters.forEach((m, n) => {
    const pilihan = pilih(m, n);
    castVote(env, itemId, m.anggotaId, pilihan, pilihan === 'abstain' ? 'Perlu data kinerja tambahan.' : '');
  });
}

function verifiedBefore(city: CityData, db: Database, tanggal: string, n: number) {
  const taken = new Set(db.all<{ permohonan_id: string }>('SELECT permohonan_id FROM agenda_item WHERE permohonan_id IS NOT NULL').map((r) => r.permohonan_id));
  return city.permohonan
    // Requests to stay are weighed on their own, not in these planned sessions of moves.
    .filter((r) => r.status === 'diverifikasi' && r.jenis !== 'tetap' && r.tanggal <= addDays(tanggal, -7) && !taken.has(r.id))
    .filter(bukanPermohonanJpt(city)) // JPT Pratama is filled by its own procedure: electron/demo/procedure-content.ts
    .sort((a, b) => a.tanggal.localeCompare(b.tanggal) || a.id.localeCompare(b.id))
    .slice(0, n);
}

/** Opens a session with every member but the last present (four of five: quorum under "more than half"). */
function openWithAttendance(env: SessionEnv, city: CityData, anggota: AnggotaInput[], tanggal: string, aturan: AturanKeputusan, n: number) {
  const nomor = `800/${tanggal.slice(5, 7)}/BPJ/${tanggal.slice(0, 4)}`;
  const sidangId = createSidang(env, {
    nomor, tanggal, tempat: 'Ruang Rapat Sekretariat Daerah Kota Bengkulu', anggota, aturanKeputusan: aturan,
  });
  const requests = verifiedBefore(city, env.db, tanggal, n);
  addAgenda(env, sidangId, requests.map((r) => r.id));
  setStatus(env, sidangId, 'berlangsung');
  const ms = loadAnggota(env.db, sidangId);
  for (const m of ms.slice(0, -1)) setAttendance(env, sidangId, m.anggotaId, true);
  const items = env.db.all<{ id: string }>('SELECT id FROM agenda_item WHERE sidang_id = ? ORDER BY urutan', [sidangId]);
  return { sidangId, requests, present: ms.slice(0, -1), items, ketua: ms.find((m) => m.peran === 'ketua')!.anggotaId };
}

function seedPastSession(db: Database, rng: Rng, city: CityData, anggota: AnggotaInput[], tanggal: string) {
  const env = demoSessionEnv(db, rng, tanggal, 'lalu', { wibHour: 9 });
  const o = openWithAttendance(env, city, anggota, tanggal, 'mayoritas_hadir', RENCANA.length);
  const s: Sidang = { env, sidangId: o.sidangId, tanggal, ketua: o.ketua, pengecualian: 0 };
  o.items.forEach((it, i) => {
    const plan = RENCANA[i]!;
    const r = o.requests[i]!;
    // One recusal: the sekretaris (head of BKPSDM) on the second item.
    const recused = i === 1 ? o.present[1]!.anggotaId : null;
    if (recused) declareConflict(env, it.id, recused, 'Pemohon adalah bawahan langsung pada unit kerja yang dipimpin.');
    const voters = o.present.filter((m) => m.anggotaId !== recused);
    // Recommendations are carried by more than half of the present voters (one abstention on item 4);
    // refusals are voted down; the deferred item is voted on again when it is decided.
    const vote = (hasil: HasilKeputusan) => voteAll(env, it.id, voters, (m, n) => hasil === 'direkomendasikan'
      ? (i === 3 && n === voters.length - 1 ? 'abstain' : 'setuju')
      : hasil === 'ditunda' ? (m.peran === 'ketua' ? 'setuju' : 'abstain') : (m.peran === 'sekretaris' && i === 7 ? 'setuju' : 'tidak_setuju'));
    const syarat = SYARAT[i % SYARAT.length]!;
    decideByRules(s, it.id, {
      hasil: plan.hasil, jabatanId: r.pilihan[0]!,
      alasan: plan.hasil === 'direkomendasikan' ? ALASAN_REKOMENDASI[i % ALASAN_REKOMENDASI.length]! : plan.hasil === 'ditunda' ? ALASAN_TUNDA : ALASAN_TOLAK,
      syarat: `${syarat[0]} paling lambat ${plan.tenggatHari} hari setelah pelantikan; dipantau BKPSDM.`,
      target: { indikator: syarat[0], nilaiTarget: syarat[1], satuan: syarat[2], tenggat: addDays(tanggal, plan.tenggatHari) },
    }, 1, vote);
  });
  // The deferred item 5 is decided once the competency results arrive: voted again, then revised.
  const deferred = o.items[4];
  if (deferred) {
    decideByRules(s, deferred.id, {
      hasil: 'direkomendasikan', jabatanId: o.requests[4]!.pilihan[0]!, alasan: ALASAN_REKOMENDASI[0]!,
      syarat: 'Mengikuti Pelatihan Kepemimpinan Pengawas dalam satu tahun.', alasanRevisi: 'Hasil uji kompetensi manajerial diterima dan memenuhi standar.',
      target: { indikator: 'Mengikuti Pelatihan Kepemimpinan Pengawas', nilaiTarget: 1, satuan: 'sertifikat', tenggat: addDays(tanggal, 60) },
    }, 1, (hasil) => voteAll(env, deferred.id, o.present, () => (hasil === 'direkomendasikan' ? 'setuju' : 'tidak_setuju')));
  }
  setStatus(env, o.sidangId, 'selesai', DEMO_CERT_PASSWORD);
  return o.requests;
}

/** A smaller session decided by musyawarah mufakat: no votes, each decision recorded as agreed. */
function seedMufakatSession(db: Database, rng: Rng, city: CityData, anggota: AnggotaInput[], tanggal: string): void {
  const env = demoSessionEnv(db, rng, tanggal, 'mufakat', { wibHour: 9 });
  const o = openWithAttendance(env, city, anggota, tanggal, 'mufakat', 3);
  const s: Sidang = { env, sidangId: o.sidangId, tanggal, ketua: o.ketua, pengecualian: 0 };
  o.items.forEach((it, i) => {
    decideByRules(s, it.id, {
      hasil: 'direkomendasikan', jabatanId: o.requests[i]!.pilihan[0]!, alasan: `Disepakati secara musyawarah: ${ALASAN_REKOMENDASI[(i + 1) % 3]!}`,
      syarat: 'Menyampaikan rencana aksi tiga bulan pertama kepada BKPSDM.',
      target: { indikator: 'Rencana aksi tiga bulan pertama', nilaiTarget: 1, satuan: 'dokumen', tenggat: addDays(tanggal, 90) },
    }, 0);
  });
  setStatus(env, o.sidangId, 'selesai', DEMO_CERT_PASSWORD);
}

/** Realizations reported later by BKPSDM for the past session's pledged targets. */
function seedRealizations(db: Database, rng: Rng, city: CityData, requests: readonly { id: string }[], day: string): void {
  const today = city.options.today;
  const later = demoSessionEnv(db, rng, day, 'pantau', { wibHour: 10 });
  RENCANA.forEach((plan, i) => {
    if (!plan.realisasi || !requests[i]) return;
    const t = db.first<{ id: string; nilai_target: number; tenggat: string }>(
      "SELECT id, nilai_target, tenggat FROM target WHERE permohonan_id = ? AND id LIKE 'tgt-%' ORDER BY id LIMIT 1", [requests[i]!.id],
    );
    if (!t || t.tenggat > today) return;
    const met = plan.realisasi === 'tercapai';
    recordRealization(later, today, {
      targetId: t.id, realisasi: met ? t.nilai_target : Math.floor(t.nilai_target * 0.6), tanggalRealisasi: addDays(t.tenggat, met ? -5 : -1),
      catatanBukti: met ? 'SK Kepala OPD tentang SOP pelayanan, nomor 800/214/2026; arsip BKPSDM.' : 'Laporan capaian triwulan III; di bawah target yang dijanjikan.',
    });
  });
}

function seedOpenSession(db: Database, rng: Rng, city: CityData, anggota: AnggotaInput[], tanggal: string): string {
  const env = demoSessionEnv(db, rng, city.options.today, 'buka', { wibHour: 8 });
  const nomor = `800/${tanggal.slice(5, 7)}/BPJ/${tanggal.slice(0, 4)}`;
  const sidangId = createSidang(env, { nomor, tanggal, tempat: 'Ruang Rapat Sekretariat Daerah Kota Bengkulu', anggota });
  const scheduled = new Set(db.all<{ permohonan_id: string }>('SELECT permohonan_id FROM agenda_item WHERE permohonan_id IS NOT NULL').map((r) => r.permohonan_id));
  const ids = db.all<{ id: string }>(
    "SELECT id FROM permohonan WHERE status = 'diverifikasi' AND pakta_ditandatangani = 1 AND jenis = 'pindah' ORDER BY tanggal, id",
  ).map((r) => r.id).filter((id) => !scheduled.has(id)).filter(bukanPermohonanJptId(db));
  // The agenda opens with an applicant who fails exactly one rule: the committee meets the
  // exception procedure first thing (the e2e scenario and a real first session alike).
  const ineligible = ids.find((id) => failsOneRule(db, id, tanggal));
  const rest = ids.filter((id) => id !== ineligible).slice(0, ineligible ? 9 : 10);
  addAgenda(env, sidangId, ineligible ? [ineligible, ...rest] : rest);
  return sidangId;
}

/** The request's applicant fails exactly one rule for the first post they chose, at the session date. */
function failsOneRule(db: Database, permohonanId: string, tanggal: string): boolean {
  const r = db.first<{ nip: string; jabatan_id: string }>(
    'SELECT r.nip, pp.jabatan_id FROM permohonan r JOIN permohonan_pilihan pp ON pp.permohonan_id = r.id AND pp.peringkat = 1 WHERE r.id = ?',
    [permohonanId],
  );
  if (!r) return false;
  return kelayakanUntuk(db, r.nip, r.jabatan_id, tanggal, []).hasil.filter((h) => h.status === 'tidak_memenuhi').length === 1;
}

/**
 * Demo seeding step: one completed past session decided by majority of members present (attendance,
 * a recusal, votes, decisions, a recorded exception to a failed rule, a revision, recommended
 * requests whose conditions are under tracking, some overdue), one completed session decided by
 * musyawarah mufakat, and one session in draft with its agenda ready. Runs through the session
 * services, so the demo obeys the same rules (quorum, recusal, eligibility, decision rule) as the
 * app and every act is in the audit chain.
 */
export const seedSessions: SeedStep = (db, rng, city) => {
  const anggota = members(city);
  ensureDemoIdentity(db, city.options.today);
  const today = toDay(city.options.today);
  const past = fromDay(nextWorkingDay(today - 75));
  const next = fromDay(nextWorkingDay(today + 3));
  const requests = seedPastSession(db, rng.fork('sidang-lalu'), city, anggota, past);
  seedMufakatSession(db, rng.fork('sidang-mufakat'), city, anggota, fromDay(nextWorkingDay(today - 45)));
  seedRealizations(db, rng.fork('pantau'), city, requests, addDays(past, 50));
  seedOpenSession(db, rng.fork('sidang-berikut'), city, anggota, next);
};
