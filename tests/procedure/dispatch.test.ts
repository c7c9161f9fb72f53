import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { insertJabatan, insertPegawai, insertPermohonan } from '../../electron/dataset/writer';
import { setJenisPermohonan } from '../../electron/session/procedure';
import type { Database } from '../../electron/dataset/database';
import { contextWithDataset } from '../support/dataset-context';
import { ACK, addSigningIdentity, buildCity, CLOSE_PASSWORD, MEMBERS, NOW, nipOf } from '../session/fixture';

type Ctx = Awaited<ReturnType<typeof contextWithDataset>>;
let c: Ctx | null = null;
let dir: string | null = null;
afterEach(() => {
  c?.cleanup(); c = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

const codeOf = (p: Promise<unknown>) => p.then(() => 'no error', (e: { code: string; message: string }) => (process.env.DEBUG_CODES && e.code === 'KELAYAKAN_TIDAK_MEMENUHI' ? `${e.code}: ${e.message}` : e.code));
const LOK = { lat: -3.8, lon: 102.27 };
const HOLDER = '197001012000011001';

/** Adds a JPT post held since `tmt` and a verified request for it from candidate 5 (born `lahir`). */
function withJpt(db: Database, lahir: string, tmt: string): void {
  db.transaction(() => {
    insertJabatan(db, {
      id: 'j-jpt', nama: 'Kepala Dinas Uji', unitId: 'u-dinkes', level: 'II.b', lokasi: LOK, minGolongan: 'IV/b',
      status: 'terisi', pemegangNip: HOLDER, standarKompetensi: {},
    });
    const person = (nip: string, nama: string, tanggalLahir: string, jabatanId: string | null, tmtJabatan: string) => insertPegawai(db, {
      nip, nama, gelarDepan: '', gelarBelakang: '', jenisKelamin: 'L', tanggalLahir, golongan: 'IV/b', tmtGolongan: '2020-04-01',
      jabatanId, namaJabatan: jabatanId ? 'Kepala Dinas Uji' : 'Sekretaris Dinas', tmtJabatan, unitId: 'u-dinkes', pendidikan: 'S-2', jurusan: '',
      alamat: 'Jl. Uji', kelurahan: 'Nusa Indah', kecamatan: 'Ratu Agung', domisili: LOK, telepon: '', potensi: 80,
      diklat: [], kompetensi: {}, skp: [], disiplin: [], ketidakhadiran: [],
    });
    person(HOLDER, 'Pemegang Lama', '1970-01-01', 'j-jpt', tmt);
    person(nipOf(5), 'Calon Jpt', lahir, null, '2019-01-02');
    insertPermohonan(db, {
      id: 'p-jpt', nip: nipOf(5), tanggal: '2026-09-01', pilihan: ['j-jpt'], kategoriAlasan: 'pengembangan_karir', alasan: 'Uji',
      paktaDitandatangani: true, tanggalPakta: '2026-09-01', status: 'diverifikasi',
    });
  }, { journal: false });
}

async function open(db: Database, tanggal = '2026-11-23', extra: string[] = []) {
  c = await contextWithDataset(db, { now: () => NOW });
  const { id } = await c.call('session:create', { nomor: `S-${tanggal}`, tanggal, tempat: 'Setda', anggota: MEMBERS, aturanKeputusan: 'mufakat' });
  await c.call('session:addAgenda', { sidangId: id, permohonanIds: ['p-0', ...extra], jabatanIds: [] });
  await c.call('session:setStatus', { sidangId: id, status: 'berlangsung' });
  const rec = await c.call('session:record', { sidangId: id });
  for (const a of rec.anggota) await c.call('session:setAttendance', { sidangId: id, anggotaId: a.anggotaId, hadir: true });
  const item = (pid: string) => rec.items.find((i) => i.permohonanId === pid)!.id;
  /** The candidate holds no post one level below the JPT post: the committee records that exception. */
  const exceptExperience = (pid: string, jabatanId: string) => c!.call('session:recordException', {
    itemId: item(pid), jabatanId, ruleId: 'pengalaman', diusulkanOleh: rec.anggota[0]!.anggotaId,
    alasan: 'Calon terbaik seleksi terbuka; pengalaman setara dinilai panitia seleksi.',
  });
  return { c, sidangId: id, item, exceptExperience };
}

const ALASAN = 'Peringkat pertama hasil seleksi terbuka.';
const pansel = (nips: (string | null)[]) => ({
  jenis: 'seleksi_terbuka' as const, nomorReferensi: '800/7/PANSEL/2026', tanggalReferensi: '2026-11-01',
  calon: nips.map((nip, i) => ({ peringkat: i + 1, nama: `Calon ${i + 1}`, nip })), pengecualian: null, alasanPengecualian: '',
});

describe('JPT Pratama procedure through dispatch', () => {
  it('refuses a JPT recommendation without a procedure, then with a non-pansel candidate, then records it', async () => {
    const db = await buildCity();
    withJpt(db, '1975-01-01', '2020-01-02');
    const { c, sidangId, item, exceptExperience } = await open(db, '2026-11-23', ['p-jpt']);
    const decide = () => c.call('session:decide', { pengakuanPerhatian: ACK, itemId: item('p-jpt'), hasil: 'direkomendasikan', jabatanId: 'j-jpt', alasan: ALASAN });
    expect(await codeOf(decide())).toBe('JPT_TANPA_PROSEDUR');
    expect(await codeOf(c.call('session:setProcedure', { itemId: item('p-jpt'), prosedur: pansel([nipOf(1), nipOf(2)]) }))).toBe('PANSEL_TIGA_NAMA');
    expect(await codeOf(c.call('session:setProcedure', { itemId: item('p-0'), prosedur: pansel([nipOf(1), nipOf(2), nipOf(3)]) }))).toBe('PROSEDUR_BUKAN_JPT');
    await c.call('session:setProcedure', { itemId: item('p-jpt'), prosedur: pansel([nipOf(1), nipOf(2), nipOf(3)]) });
    expect(await codeOf(decide())).toBe('JPT_BUKAN_CALON_PANSEL');
    await c.call('session:setProcedure', { itemId: item('p-jpt'), prosedur: pansel([nipOf(1), nipOf(5), null]) });
    expect(await codeOf(decide())).toBe('KELAYAKAN_TIDAK_MEMENUHI'); // the procedure holds; the candidate's rules still bind
    await exceptExperience('p-jpt', 'j-jpt');
    expect(await codeOf(decide())).toBe('no error');
    const rec = await c.call('session:record', { sidangId });
    expect(rec.items.find((i) => i.permohonanId === 'p-jpt')!.prosedurJpt!.kutipan).toContain('Seleksi terbuka oleh panitia seleksi (800/7/PANSEL/2026');
  });

  it('refuses a candidate over 56 and a holder replaced within two years unless the exception is recorded', async () => {
    const db = await buildCity();
    withJpt(db, '1969-11-23', '2025-03-01');
    const { c, item, exceptExperience } = await open(db, '2026-11-23', ['p-jpt']);
    const decide = () => c.call('session:decide', { pengakuanPerhatian: ACK, itemId: item('p-jpt'), hasil: 'direkomendasikan', jabatanId: 'j-jpt', alasan: ALASAN });
    await c.call('session:setProcedure', { itemId: item('p-jpt'), prosedur: pansel([nipOf(5), nipOf(1), nipOf(2)]) });
    expect(await codeOf(decide())).toBe('JPT_USIA_LEBIH');
    await c.ctx.dataset().db.run("UPDATE pegawai SET tanggal_lahir = '1969-11-24' WHERE nip = ?", [nipOf(5)]);
    expect(await codeOf(decide())).toBe('JPT_BELUM_DUA_TAHUN');
    await c.call('session:setProcedure', {
      itemId: item('p-jpt'),
      prosedur: { ...pansel([nipOf(5), nipOf(1), nipOf(2)]), pengecualian: 'melanggar_peraturan', alasanPengecualian: 'Pemegang jabatan dijatuhi hukuman disiplin berat (SK 800/3/2026).' },
    });
    await exceptExperience('p-jpt', 'j-jpt');
    expect(await codeOf(decide())).toBe('no error');
  });

  it('reads the pansel names from a CSV with a header and refuses a file without three rows', async () => {
    const db = await buildCity();
    c = await contextWithDataset(db, { now: () => NOW });
    dir = mkdtempSync(join(tmpdir(), 'pansel-'));
    const good = join(dir, 'pansel.csv');
    writeFileSync(good, `peringkat;nama;nip\n1;"Dr. Andi, M.Si.";${nipOf(0)}\n2;Maya;${nipOf(1)}\n3;Rudi;\n`);
    const pick = async (path: string) => {
      c!.ctx.platform.chooseOpenFile = async () => path;
      return (await c!.call('session:choosePanselCsv', {})).file!.handle;
    };
    expect((await c.call('session:readPanselCsv', { file: await pick(good) })).calon.map((x) => x.nama)).toEqual(['Dr. Andi, M.Si.', 'Maya', 'Rudi']);
    const bad = join(dir, 'dua.csv');
    writeFileSync(bad, `1,Andi,${nipOf(0)}\n2,Maya,${nipOf(1)}\n`);
    expect(await codeOf(c.call('session:readPanselCsv', { file: await pick(bad) }))).toBe('PANSEL_CSV_TIDAK_SAH');
  });
});

describe('pledge review through dispatch', () => {
  it('a missed pledge goes on the next session by itself; the committee may relieve the official, and the timeline shows it', async () => {
    const db = await buildCity();
    c = await contextWithDataset(db, { now: () => NOW });
    const first = await c.call('session:create', { nomor: 'S-1', tanggal: '2026-09-10', tempat: 'Setda', anggota: MEMBERS, aturanKeputusan: 'mufakat' });
    await c.call('session:addAgenda', { sidangId: first.id, permohonanIds: ['p-0', 'p-1'], jabatanIds: [] });
    await c.call('session:setStatus', { sidangId: first.id, status: 'berlangsung' });
    let rec = await c.call('session:record', { sidangId: first.id });
    for (const a of rec.anggota) await c.call('session:setAttendance', { sidangId: first.id, anggotaId: a.anggotaId, hadir: true });
    await c.call('session:decide', { pengakuanPerhatian: ACK, itemId: rec.items[0]!.id, hasil: 'direkomendasikan', jabatanId: 'j-baru-0', alasan: 'Dibahas sidang sesuai kebutuhan organisasi.' });
    expect(await codeOf(c.call('session:decide', { pengakuanPerhatian: ACK, itemId: rec.items[1]!.id, hasil: 'diberhentikan', alasan: 'Bukan butir tinjauan pakta.' })))
      .toBe('HASIL_HANYA_TINJAUAN_PAKTA');
    await c.call('session:decide', { pengakuanPerhatian: ACK, itemId: rec.items[1]!.id, hasil: 'ditunda', alasan: 'Menunggu kelengkapan berkas.' });
    addSigningIdentity(c.ctx.dataset().db);
    await c.call('session:setStatus', { sidangId: first.id, status: 'selesai', password: CLOSE_PASSWORD });

    // t-0a (pledged, due 2026-10-31) is overdue on 23 November; t-0b (due 2027) is not.
    const next = await c.call('session:create', { nomor: 'S-2', tanggal: '2026-11-23', tempat: 'Setda', anggota: MEMBERS, aturanKeputusan: 'mufakat' });
    rec = await c.call('session:record', { sidangId: next.id });
    expect(rec.items).toHaveLength(1);
    const review = rec.items[0]!;
    expect(review.tinjauanPakta).toEqual({ jabatan: expect.objectContaining({ id: 'j-baru-0' }), targetIds: ['t-0a'] });
    // Opening the session does not add it twice.
    await c.call('session:setStatus', { sidangId: next.id, status: 'berlangsung' });
    rec = await c.call('session:record', { sidangId: next.id });
    expect(rec.items).toHaveLength(1);
    for (const a of rec.anggota) await c.call('session:setAttendance', { sidangId: next.id, anggotaId: a.anggotaId, hadir: true });
    expect(await codeOf(c.call('session:decide', { pengakuanPerhatian: ACK, itemId: review.id, hasil: 'direkomendasikan', jabatanId: 'j-baru-0', alasan: 'Tetap direkomendasikan.' })))
      .toBe('TINJAUAN_HASIL_TIDAK_SAH');
    expect(await codeOf(c.call('session:decide', { pengakuanPerhatian: ACK, itemId: review.id, hasil: 'tetap', alasan: 'Diberi kesempatan sekali lagi.' })))
      .toBe('TINJAUAN_TETAP_TANPA_TENGGAT');
    await c.call('session:decide', { pengakuanPerhatian: ACK, itemId: review.id, hasil: 'diberhentikan', alasan: 'Target pakta tidak tercapai tanpa alasan sah.' });
    rec = await c.call('session:record', { sidangId: next.id });
    expect(rec.items[0]!.keputusan!.hasil).toBe('diberhentikan');
    expect(rec.items[0]!.statusPermohonan).toBe('direkomendasikan');
    const tl = await c.call('session:timeline', { nip: nipOf(0) });
    expect(tl.events.filter((e) => e.hasil === 'diberhentikan').map((e) => e.judul)).toEqual(['Keputusan v1: diberhentikan dari jabatan Kepala Sub Bagian Baru 0']);
    expect(tl.events.map((e) => e.judul)).toContain('Tinjauan pakta — Sidang S-2');
    // Decided: a later session does not review it again.
    addSigningIdentity(c.ctx.dataset().db);
    await c.call('session:setStatus', { sidangId: next.id, status: 'selesai', password: CLOSE_PASSWORD });
    const third = await c.call('session:create', { nomor: 'S-3', tanggal: '2026-12-01', tempat: 'Setda', anggota: MEMBERS, aturanKeputusan: 'mufakat' });
    expect((await c.call('session:record', { sidangId: third.id })).items).toHaveLength(0);
  });

  it('a request to stay can only be recommended for the current post', async () => {
    const db = await buildCity();
    db.run('DELETE FROM permohonan_pilihan WHERE permohonan_id = ?', ['p-0']);
    setJenisPermohonan(db, 'p-0', 'tetap');
    const { c, sidangId, item } = await open(db);
    expect(await codeOf(c.call('session:decide', { pengakuanPerhatian: ACK, itemId: item('p-0'), hasil: 'direkomendasikan', jabatanId: 'j-baru-1', alasan: 'Dipindahkan saja.' })))
      .toBe('PERMOHONAN_TETAP_JABATAN_LAIN');
    await c.call('session:decide', { pengakuanPerhatian: ACK, itemId: item('p-0'), hasil: 'direkomendasikan', jabatanId: 'j-lama-0', alasan: 'Tetap di jabatan saat ini.' });
    expect((await c.call('session:record', { sidangId })).items[0]!.jenisPermohonan).toBe('tetap');
  });
});

describe('election windows through dispatch', () => {
  it('a decision within six months of the inauguration blocks the documents until the Mendagri approval is recorded', async () => {
    const { c, sidangId, item } = await open(await buildCity());
    await c.call('session:setElectionSchedule', { tanggalPelantikan: '2026-06-01', tanggalPenetapanCalon: null, akhirMasaJabatan: null });
    expect((await c.call('session:electionSchedule', {})).jendela[0]).toMatchObject({ mulai: '2026-06-01', sampai: '2026-11-30' });
    expect((await c.call('session:record', { sidangId })).pilkada.jendela?.jenis).toBe('pasca_pelantikan');
    expect(await codeOf(c.call('session:documentsAllowed', { sidangId }))).toBe('no error'); // nothing decided yet
    await c.call('session:decide', { pengakuanPerhatian: ACK, itemId: item('p-0'), hasil: 'direkomendasikan', jabatanId: 'j-baru-0', alasan: 'Dibahas sidang sesuai kebutuhan organisasi.' });
    expect(await codeOf(c.call('session:documentsAllowed', { sidangId }))).toBe('PILKADA_BUTUH_PERSETUJUAN');
    // The documents themselves are refused, not only the check.
    expect(await codeOf(c.call('documents:compose', { sidangId, kind: 'rekomendasi' })))
      .toBe('PILKADA_BUTUH_PERSETUJUAN');
    await c.call('session:recordMendagriApproval', { sidangId, nomor: '100.2.2.6/1234/OTDA', tanggal: '2026-11-20' });
    expect(await codeOf(c.call('session:documentsAllowed', { sidangId }))).toBe('no error');
    // The documents cite the approval they rest on: the SK under Memperhatikan, the berita acara in its account.
    const text = async (kind: 'sk' | 'berita-acara') => JSON.stringify(await c.call('documents:compose', { sidangId, kind }));
    expect(await text('sk')).toContain('Memperhatikan');
    expect(await text('sk')).toContain('Persetujuan tertulis Menteri Dalam Negeri Nomor 100.2.2.6/1234/OTDA tanggal 20 November 2026');
    expect(await text('berita-acara')).toContain('UU 10/2016 Pasal 162 ayat (3); penggantian pejabat telah mendapat persetujuan');
    const audit = c.ctx.dataset().db.all<{ action: string }>('SELECT action FROM audit_log ORDER BY seq').map((r) => r.action);
    expect(audit).toContain('session.jadwal_pilkada');
    expect(audit).toContain('session.persetujuan_mendagri');
  });

  it('refuses an end of term before the inauguration', async () => {
    c = await contextWithDataset(await buildCity(), { now: () => NOW });
    expect(await codeOf(c.call('session:setElectionSchedule', { tanggalPelantikan: '2026-06-01', tanggalPenetapanCalon: null, akhirMasaJabatan: '2026-01-01' })))
      .toBe('PILKADA_TANGGAL_TIDAK_SAH');
  });
});
