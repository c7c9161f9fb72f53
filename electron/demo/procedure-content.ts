import type { Database } from '../dataset/database';
import { DEMO_CERT_PASSWORD } from './secretariat-identity';
import { namaLengkap } from '../../shared/domain/pegawai';
import { addDays } from '../../shared/format/tanggal';
import { isJpt } from '../../shared/session/procedure';
import type { SessionEnv } from '../session/env';
import { createSidang, loadAnggota, setAttendance, setStatus } from '../session/sidang-store';
import { addAgenda, removeAgenda } from '../session/agenda';
import { castVote, decide } from '../session/voting';
import { saveJadwal } from '../session/election';
import { kelayakanUntuk } from '../session/eligibility';
import { setProsedurJpt } from '../session/procedure';
import { fromDay, nextWorkingDay, toDay } from './calendar';
import type { CityData, SeedStep } from './city';
import type { Rng } from './rng';
import { demoSessionEnv } from './session-env';

type Row = Record<string, any>;

/** Requests naming no JPT Pratama post: the committee's ordinary agenda (JPT posts follow their own procedure). */
export function bukanPermohonanJpt(city: CityData): (r: CityData['permohonan'][number]) => boolean {
  const jpt = new Set(city.jabatan.filter((j) => isJpt(j.level)).map((j) => j.id));
  return (r) => !r.pilihan.some((id) => jpt.has(id));
}

/** The same, by request id, for requests already in the database. */
export function bukanPermohonanJptId(db: Database): (permohonanId: string) => boolean {
  const jpt = new Set(db.all<{ id: string }>(
    "SELECT DISTINCT pp.permohonan_id AS id FROM permohonan_pilihan pp JOIN jabatan j ON j.id = pp.jabatan_id WHERE j.level LIKE 'II.%'",
  ).map((r) => r.id));
  return (id) => !jpt.has(id);
}

/**
 * Before the demo recommends someone to a JPT Pratama post, the item names its procedure: an open
 * selection whose pansel put the applicant first among three. Called by session-content.ts.
 */
function prepareDemoJpt(env: SessionEnv, itemId: string, jabatanId: string | null, tanggalSidang: string): void {
  const db = env.db;
  const post = jabatanId ? db.first<Row>('SELECT level, nama FROM jabatan WHERE id = ?', [jabatanId]) : undefined;
  if (!post || !isJpt(post.level)) return;
  const applicant = db.first<Row>(
    'SELECT g.* FROM agenda_item i JOIN permohonan r ON r.id = i.permohonan_id JOIN pegawai g ON g.nip = r.nip WHERE i.id = ?', [itemId],
  )!;
  const others = db.all<Row>(
    "SELECT * FROM pegawai WHERE golongan LIKE 'IV/%' AND nip <> ? ORDER BY nip LIMIT 2", [applicant.nip],
  );
  const nama = (p: Row) => namaLengkap({ nama: p.nama, gelarDepan: p.gelar_depan, gelarBelakang: p.gelar_belakang });
  setProsedurJpt(env, itemId, {
    jenis: 'seleksi_terbuka', nomorReferensi: `800/${tanggalSidang.slice(5, 7)}/PANSEL-JPT/${tanggalSidang.slice(0, 4)}`,
    tanggalReferensi: addDays(tanggalSidang, -14),
    calon: [applicant, ...others].map((p, i) => ({ peringkat: i + 1, nama: nama(p), nip: p.nip })),
    pengecualian: null, alasanPengecualian: '',
  });
}

/** The Wali Kota inaugurated 20 February 2025; the next candidate designation in 2029: the demo's sessions lie outside both windows. */
const JADWAL_DEMO = { tanggalPelantikan: '2025-02-20', tanggalPenetapanCalon: '2029-09-22', akhirMasaJabatan: '2030-02-19' };


const ALASAN_BERHENTI = 'Target yang dijanjikan dalam pakta tidak tercapai sampai tenggat dan tidak ada alasan yang dapat diterima; sesuai pernyataan kesanggupan mundur.';
const ALASAN_TETAP = 'Keterlambatan disebabkan penundaan anggaran di luar kendali pejabat; diberi tenggat baru dengan pakta yang sama.';

/**
 * An extraordinary session that reviews the missed pledges from the past session: the first ends in a
 * pemberhentian (SK "Pemberhentian dari Jabatan"), the others stay with a new deadline. Reviews the
 * app put on the draft session are moved here first, so that session keeps its planned agenda.
 */
function seedPledgeReview(db: Database, rng: Rng, today: string, anggota: { nama: string; nip: string | null; jabatan: string; unitId: string | null; peran: 'ketua' | 'sekretaris' | 'anggota' }[]): void {
  const env = demoSessionEnv(db, rng, today, 'pakta');
  for (const r of db.all<{ id: string }>(
    "SELECT i.id FROM agenda_item i JOIN tinjauan_pakta t ON t.agenda_item_id = i.id JOIN sidang s ON s.id = i.sidang_id WHERE s.status = 'draf'",
  )) removeAgenda(env, r.id);
  const tanggal = fromDay(nextWorkingDay(toDay(today) - 8));
  const sidangId = createSidang(env, {
    nomor: `800/${tanggal.slice(5, 7)}/BPJ-PAKTA/${tanggal.slice(0, 4)}`, tanggal, tempat: 'Ruang Rapat Sekretariat Daerah Kota Bengkulu', anggota,
  });
  const jpt = eligibleJptRequest(db, tanggal, { lowong: true });
  if (jpt) addAgenda(env, sidangId, [jpt.permohonanId]);
  setStatus(env, sidangId, 'berlangsung');
  const ms = loadAnggota(db, sidangId);
  for (const m of ms) setAttendance(env, sidangId, m.anggotaId, true);
  const items = db.all<{ id: string }>('SELECT id FROM agenda_item WHERE sidang_id = ? ORDER BY urutan', [sidangId]);
  items.forEach((it, i) => {
    for (const m of ms) castVote(env, it.id, m.anggotaId, 'setuju', '');
    if (jpt && it.id === jptItemId(db, sidangId, jpt.permohonanId)) {
      prepareDemoJpt(env, it.id, jpt.jabatanId, tanggal);
      decide(env, {
        itemId: it.id, hasil: 'direkomendasikan', jabatanId: jpt.jabatanId, alasan: ALASAN_JPT, syarat: '', alasanRevisi: null, targetBaru: [],
      });
      return;
    }
    decide(env, i === 0
      ? { itemId: it.id, hasil: 'diberhentikan', jabatanId: null, alasan: ALASAN_BERHENTI, syarat: '', alasanRevisi: null, targetBaru: [] }
      : {
        itemId: it.id, hasil: 'tetap', jabatanId: null, alasan: ALASAN_TETAP, syarat: 'Tenggat baru dengan pakta yang sama.', alasanRevisi: null,
        targetBaru: [{ indikator: 'Menyelesaikan target pakta yang tertunda', nilaiTarget: 100, satuan: '%', tenggat: addDays(tanggal, 90), denganPakta: true }],
      });
  });
  setStatus(env, sidangId, 'selesai', DEMO_CERT_PASSWORD);
}

const ALASAN_JPT = 'Peringkat pertama hasil seleksi terbuka panitia seleksi; memenuhi syarat JPT Pratama dan rekam jejak baik.';

/**
 * The first verified request (not on any agenda) for a JPT Pratama post whose applicant meets every
 * rule at the session date; optionally only for a vacant post, or only with a signed pledge.
 */
function eligibleJptRequest(
  db: Database, tanggal: string, only: { lowong?: boolean; pakta?: boolean } = {},
): { permohonanId: string; jabatanId: string } | null {
  const r = db.all<{ id: string; nip: string; jabatan_id: string }>(
    `SELECT r.id, r.nip, pp.jabatan_id FROM permohonan r JOIN permohonan_pilihan pp ON pp.permohonan_id = r.id AND pp.peringkat = 1
     JOIN jabatan j ON j.id = pp.jabatan_id WHERE r.status = 'diverifikasi' AND j.level LIKE 'II.%'
       ${only.lowong ? "AND j.status = 'lowong'" : ''} ${only.pakta ? 'AND r.pakta_ditandatangani = 1' : ''}
       AND r.id NOT IN (SELECT permohonan_id FROM agenda_item WHERE permohonan_id IS NOT NULL) ORDER BY r.tanggal, r.id`,
  ).find((x) => kelayakanUntuk(db, x.nip, x.jabatan_id, tanggal, []).status === 'memenuhi');
  return r ? { permohonanId: r.id, jabatanId: r.jabatan_id } : null;
}

function jptItemId(db: Database, sidangId: string, permohonanId: string): string | undefined {
  return db.value<string>('SELECT id FROM agenda_item WHERE sidang_id = ? AND permohonan_id = ?', [sidangId, permohonanId]);
}

/**
 * The draft session also takes one JPT Pratama request, its procedure not yet recorded: the
 * committee names it (seleksi terbuka with the pansel's three names) before anything is decided.
 */
function addJptToDraft(db: Database, rng: Rng, today: string): void {
  const draft = db.first<{ id: string; tanggal: string }>("SELECT id, tanggal FROM sidang WHERE status = 'draf' ORDER BY tanggal LIMIT 1");
  if (!draft) return;
  const jpt = eligibleJptRequest(db, draft.tanggal, { pakta: true });
  if (jpt) addAgenda(demoSessionEnv(db, rng, today, 'draf-jpt'), draft.id, [jpt.permohonanId]);
}

/** Demo step (after seedSessions): election dates, the pledge review session, a JPT item on the draft (requests to stay come from requests.ts). */
export const seedProcedure: SeedStep = (db, rng, city) => {
  const today = city.options.today;
  saveJadwal(demoSessionEnv(db, rng.fork('pilkada'), addDays(today, -90), 'pilkada'), JADWAL_DEMO);
  const anggota = loadAnggota(db, db.value<string>('SELECT id FROM sidang ORDER BY tanggal LIMIT 1')!)
    .map((a) => ({ nama: a.nama, nip: a.nip, jabatan: a.jabatan, unitId: a.unitId, peran: a.peran }));
  seedPledgeReview(db, rng.fork('tinjauan-pakta'), today, anggota);
  addJptToDraft(db, rng.fork('draf-jpt'), today);
};
