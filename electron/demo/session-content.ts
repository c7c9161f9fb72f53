import type { Database } from '../dataset/database';
import { namaLengkap } from '../../shared/domain/pegawai';
import { addDays } from '../../shared/format/tanggal';
import type { HasilKeputusan, PilihanSuara } from '../../shared/session/model';
import type { AnggotaInput } from '../../shared/ipc/session';
import type { SessionEnv } from '../session/env';
import { createSidang, loadAnggota, setAttendance, setStatus } from '../session/sidang-store';
import { addAgenda } from '../session/agenda';
import { castVote, declareConflict, decide } from '../session/voting';
import { recordRealization } from '../session/tracking';
import { fromDay, nextWorkingDay, toDay } from './calendar';
import type { CityData, SeedStep } from './city';
import type { Rng } from './rng';
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
function envAt(db: Database, rng: Rng, day: string, wibHour: number, prefix: string): SessionEnv {
  let t = Date.parse(`${day}T00:00:00.000Z`) + (wibHour - 7) * 3_600_000;
  let n = 0;
  return {
    db,
    now: () => new Date((t += rng.int(60, 180) * 1000)).toISOString(),
    actor: () => 'sekretariat.baperjakat',
    newId: (p) => `${p}-${prefix}-${String(++n).padStart(3, '0')}`,
  };
}

const ALASAN_REKOMENDASI = [
  'Memenuhi syarat pangkat, pendidikan dan masa jabatan; SKP dua tahun terakhir Baik; kompetensi sesuai standar jabatan.',
  'Rekam jejak pelayanan baik, domisili dekat dengan lokasi jabatan, dan kompetensi teknis sesuai bidang tugas.',
  'Hasil penilaian kompetensi memadai dan target kinerja yang diajukan terukur; tidak ada catatan disiplin.',
];
const ALASAN_TOLAK = 'Belum memenuhi masa kerja minimal pada jabatan saat ini dan predikat SKP terakhir belum Baik.';
const ALASAN_TUNDA = 'Menunggu hasil uji kompetensi manajerial dari UPT Penilaian Kompetensi.';

interface Rencana { hasil: HasilKeputusan; pilihan: number; tenggatHari: number; realisasi: 'tercapai' | 'kurang' | null }

/** The past session's eight items: five recommended (conditions with deadlines), two not, one deferred. */
const RENCANA: Rencana[] = [
  { hasil: 'direkomendasikan', pilihan: 0, tenggatHari: 45, realisasi: 'tercapai' },
  { hasil: 'direkomendasikan', pilihan: 0, tenggatHari: 40, realisasi: null },
  { hasil: 'tidak_direkomendasikan', pilihan: 0, tenggatHari: 0, realisasi: null },
  { hasil: 'direkomendasikan', pilihan: 0, tenggatHari: 50, realisasi: 'kurang' },
  { hasil: 'ditunda', pilihan: 0, tenggatHari: 0, realisasi: null },
  { hasil: 'direkomendasikan', pilihan: 0, tenggatHari: 55, realisasi: null },
  { hasil: 'direkomendasikan', pilihan: 0, tenggatHari: 150, realisasi: null },
  { hasil: 'tidak_direkomendasikan', pilihan: 0, tenggatHari: 0, realisasi: null },
];

const SYARAT = [
  ['Menyusun SOP pelayanan unit dan menetapkannya', 1, 'dokumen'],
  ['Menurunkan tunggakan berkas layanan', 80, '%'],
  ['Menyelesaikan pemetaan arsip aktif unit kerja', 100, '%'],
  ['Melaporkan capaian program triwulan tepat waktu', 100, '%'],
] as const;

function seedPastSession(db: Database, rng: Rng, city: CityData, anggota: AnggotaInput[], tanggal: string): string {
  const today = city.options.today;
  const env = envAt(db, rng, tanggal, 9, 'lalu');
  const nomor = `800/${tanggal.slice(5, 7)}/BPJ/${tanggal.slice(0, 4)}`;
  const sidangId = createSidang(env, { nomor, tanggal, tempat: 'Ruang Rapat Sekretariat Daerah Kota Bengkulu', anggota });
  const requests = city.permohonan
    .filter((r) => r.status === 'diverifikasi' && r.tanggal <= addDays(tanggal, -7))
    .filter(bukanPermohonanJpt(city)) // JPT Pratama is filled by its own procedure: electron/demo/procedure-content.ts
    .sort((a, b) => a.tanggal.localeCompare(b.tanggal) || a.id.localeCompare(b.id))
    .slice(0, RENCANA.length);
  addAgenda(env, sidangId, requests.map((r) => r.id));
  setStatus(env, sidangId, 'berlangsung');
  const ms = loadAnggota(db, sidangId);
  // The last anggota is away; four of five present is quorum under "more than half".
  for (const m of ms.slice(0, -1)) setAttendance(env, sidangId, m.anggotaId, true);
  const items = db.all<{ id: string; permohonan_id: string }>('SELECT id, permohonan_id FROM agenda_item WHERE sidang_id = ? ORDER BY urutan', [sidangId]);
  const present = ms.slice(0, -1);
  items.forEach((it, i) => {
    const plan = RENCANA[i]!;
    const r = requests[i]!;
    // One recusal: the sekretaris (head of BKPSDM) on the second item.
    const recused = i === 1 ? present[1]!.anggotaId : null;
    if (recused) declareConflict(env, it.id, recused, 'Pemohon adalah bawahan langsung pada unit kerja yang dipimpin.');
    for (const m of present) {
      if (m.anggotaId === recused) continue;
      const pilihan: PilihanSuara = plan.hasil === 'direkomendasikan'
        ? (m.peran === 'anggota' && i === 3 ? 'abstain' : 'setuju')
        : plan.hasil === 'ditunda' ? (m.peran === 'ketua' ? 'setuju' : 'abstain') : (m.peran === 'sekretaris' && i === 7 ? 'setuju' : 'tidak_setuju');
      castVote(env, it.id, m.anggotaId, pilihan, pilihan === 'abstain' ? 'Perlu data kinerja tambahan.' : '');
    }
    const syarat = SYARAT[i % SYARAT.length]!;
    decide(env, {
      itemId: it.id, hasil: plan.hasil, jabatanId: plan.hasil === 'direkomendasikan' ? r.pilihan[plan.pilihan]! : null,
      alasan: plan.hasil === 'direkomendasikan' ? ALASAN_REKOMENDASI[i % ALASAN_REKOMENDASI.length]! : plan.hasil === 'ditunda' ? ALASAN_TUNDA : ALASAN_TOLAK,
      syarat: plan.hasil === 'direkomendasikan' ? `${syarat[0]} paling lambat ${plan.tenggatHari} hari setelah pelantikan; dipantau BKPSDM.` : '',
      alasanRevisi: null,
      targetBaru: plan.hasil === 'direkomendasikan'
        ? [{ indikator: syarat[0], nilaiTarget: syarat[1], satuan: syarat[2], tenggat: addDays(tanggal, plan.tenggatHari), denganPakta: true }]
        : [],
    });
  });
  // Revisions: item 6 moves to the second choice (the first was filled by another transfer);
  // the deferred item 5 is decided once the competency results arrive.
  const r6 = requests[5];
  if (r6 && r6.pilihan.length > 1) {
    decide(env, {
      itemId: items[5]!.id, hasil: 'direkomendasikan', jabatanId: r6.pilihan[1]!, alasan: ALASAN_REKOMENDASI[2]!,
      syarat: 'Target pemantauan tetap berlaku.', alasanRevisi: 'Jabatan pilihan pertama telah terisi melalui mutasi lain yang ditetapkan lebih dahulu.',
      targetBaru: [],
    });
  }
  if (items[4]) decide(env, {
    itemId: items[4].id, hasil: 'direkomendasikan', jabatanId: requests[4]!.pilihan[0]!, alasan: ALASAN_REKOMENDASI[0]!,
    syarat: 'Mengikuti Pelatihan Kepemimpinan Pengawas dalam satu tahun.', alasanRevisi: 'Hasil uji kompetensi manajerial diterima dan memenuhi standar.',
    targetBaru: [{ indikator: 'Mengikuti Pelatihan Kepemimpinan Pengawas', nilaiTarget: 1, satuan: 'sertifikat', tenggat: addDays(tanggal, 60), denganPakta: true }],
  });
  setStatus(env, sidangId, 'selesai');

  // Realizations reported later by BKPSDM.
  const later = envAt(db, rng, addDays(tanggal, 50), 10, 'pantau');
  RENCANA.forEach((plan, i) => {
    if (!plan.realisasi) return;
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
  return sidangId;
}

function seedOpenSession(db: Database, rng: Rng, city: CityData, anggota: AnggotaInput[], tanggal: string): string {
  const env = envAt(db, rng, city.options.today, 8, 'buka');
  const nomor = `800/${tanggal.slice(5, 7)}/BPJ/${tanggal.slice(0, 4)}`;
  const sidangId = createSidang(env, { nomor, tanggal, tempat: 'Ruang Rapat Sekretariat Daerah Kota Bengkulu', anggota });
  const scheduled = new Set(db.all<{ permohonan_id: string }>('SELECT permohonan_id FROM agenda_item WHERE permohonan_id IS NOT NULL').map((r) => r.permohonan_id));
  const ids = db.all<{ id: string }>(
    "SELECT id FROM permohonan WHERE status = 'diverifikasi' AND pakta_ditandatangani = 1 ORDER BY tanggal, id",
  ).map((r) => r.id).filter((id) => !scheduled.has(id)).filter(bukanPermohonanJptId(db)).slice(0, 10);
  addAgenda(env, sidangId, ids);
  return sidangId;
}

/**
 * Demo seeding step: one completed past session (attendance, a recusal, votes, decisions, two
 * revisions, recommended requests whose conditions are under tracking, some overdue) and one
 * session in draft with its agenda ready. Runs through the session services, so the demo obeys
 * the same rules (quorum, recusal) as the app and every act is in the audit chain.
 */
export const seedSessions: SeedStep = (db, rng, city) => {
  const anggota = members(city);
  const today = toDay(city.options.today);
  const past = fromDay(nextWorkingDay(today - 75));
  const next = fromDay(nextWorkingDay(today + 3));
  seedPastSession(db, rng.fork('sidang-lalu'), city, anggota, past);
  seedOpenSession(db, rng.fork('sidang-berikut'), city, anggota, next);
};
