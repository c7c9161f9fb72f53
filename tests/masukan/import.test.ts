import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemoDataset } from '../../electron/demo';
import { fileHandles } from '../../electron/app/file-handles';
import { formatNip } from '../../shared/domain/nip';
import { formatError } from '../../shared/errors';
import { contextWithDataset } from '../support/dataset-context';
import { pdftotext } from '../documents/tools';

type Ctx = Awaited<ReturnType<typeof contextWithDataset>>;

/**
 * Masukan masyarakat through dispatch on the demo: a form's CSV export built here, chosen in main's
 * own dialog, read by the intake CSV reader; all rows or none, each problem with its row; an audited
 * act; on the comparison's channel; never in the public announcement.
 */
describe('masukan masyarakat import', () => {
  let t: Ctx;
  let calon: { nip: string; nama: string; unit: string; jabatanId: string }[];
  let bukanPemohon: string;

  const choose = async (name: string, body: string) => {
    const path = join(t.dir, name);
    writeFileSync(path, body);
    t.ctx.platform.chooseOpenFile = async () => path;
    const { file } = await t.call('masukan:chooseCsv', {});
    return file!.handle;
  };
  const auditCount = () => t.ctx.dataset().db.value<number>("SELECT COUNT(*) FROM audit_log WHERE action = 'masukan.impor'")!;
  const stored = () => t.ctx.dataset().db.value<number>('SELECT COUNT(*) FROM masukan')!;

  beforeAll(async () => {
    t = await contextWithDataset(await buildDemoDataset(), { now: () => new Date('2026-11-23T03:00:00Z') });
    const db = t.ctx.dataset().db;
    // Applicants for one post (so the comparison can show them side by side), without feedback yet.
    const jabatanId = db.value<string>(
      `SELECT p.jabatan_id FROM permohonan_pilihan p JOIN permohonan r ON r.id = p.permohonan_id
       WHERE r.nip NOT IN (SELECT nip FROM masukan) GROUP BY p.jabatan_id HAVING COUNT(DISTINCT r.nip) >= 2 ORDER BY p.jabatan_id LIMIT 1`,
    )!;
    calon = db.all<{ nip: string; nama: string; unit: string; jabatanId: string }>(
      `SELECT DISTINCT g.nip, g.nama, u.nama AS unit, ? AS jabatanId FROM permohonan_pilihan p JOIN permohonan r ON r.id = p.permohonan_id
       JOIN pegawai g ON g.nip = r.nip JOIN unit_kerja u ON u.id = g.unit_id WHERE p.jabatan_id = ? ORDER BY g.nip LIMIT 2`, [jabatanId, jabatanId],
    );
    bukanPemohon = db.value<string>('SELECT nip FROM pegawai WHERE nip NOT IN (SELECT nip FROM permohonan) ORDER BY nip LIMIT 1')!;
  });
  afterAll(() => t?.cleanup());

  it('reports every bad row with its row number and reason, and stores nothing', async () => {
    const [a, b] = calon;
    const csv = [
      'Cap waktu;NIP;Nama calon;Unit kerja;Isi masukan;Kontak (opsional)',
      `20/11/2026 10.15.22;${formatNip(a!.nip)};;;Pelayanan beliau cepat dan ramah.;warga@example.id`,
      '2026-11-19;199001012020011999;;;NIP ini tidak ada;',
      `2026-11-18;;${b!.nama};${b!.unit};;`,
      `31/02/2026;${b!.nip};;;Tanggal yang tidak ada;`,
      `2026-11-18;${bukanPemohon};;;Bukan pelamar;`,
      `2026-11-18;;${b!.nama};;Nama tanpa unit;`,
    ].join('\r\n');
    const before = { audit: auditCount(), rows: stored() };
    const out = await t.call('masukan:import', { file: await choose('masalah.csv', csv) });
    expect(out.diimpor).toBe(0);
    expect(out.baris).toBe(6);
    expect(out.masalah.map((m) => [m.baris, m.kode])).toEqual([
      [3, 'MASUKAN_NIP_TIDAK_DIKENAL'], [4, 'MASUKAN_TEKS_KOSONG'], [5, 'MASUKAN_TANGGAL_TIDAK_SAH'],
      [6, 'MASUKAN_BUKAN_PEMOHON'], [7, 'MASUKAN_UNIT_DIPERLUKAN'],
    ]);
    expect(formatError(out.masalah[0]!.kode, out.masalah[0]!.params, 'id')).toContain('199001012020011999');
    expect(out.totalMasalah).toBe(5);
    expect({ audit: auditCount(), rows: stored() }).toEqual(before);
  });

  it('refuses a file with an unterminated quote, naming its row, and stores nothing', async () => {
    const csv = `nip,masukan,tanggal\n${calon[0]!.nip},"Baik sekali,2026-11-20\n${calon[1]!.nip},Tegas,2026-11-20\n`;
    const rows = stored();
    await expect(t.call('masukan:import', { file: await choose('kutip.csv', csv) })).rejects.toMatchObject({ code: 'CSV_KUTIP_TERBUKA', params: { baris: 2 } });
    expect(stored()).toBe(rows);
  });

  it('imports a clean export (comma or semicolon, NIP or name and unit) as one audited act, once', async () => {
    const [a, b] = calon;
    const csv = [
      'Tanggal,Calon,Unit,Masukan,Kontak',
      `2026-11-20,${a!.nip},,"Pelayanan beliau cepat, ramah, dan tuntas.",warga@example.id`,
      `21/11/2026 08:01:00,${b!.nama},${b!.unit},"Sering hadir di ""Jumat Bersih"" kelurahan.",`,
      '',
      `2026-11-22,"${b!.nama} (${b!.unit})",,Tegas soal disiplin pegawai.,`,
    ].join('\n');
    const audit = auditCount();
    const rows = stored();
    const file = await choose('formulir.csv', csv);
    const out = await t.call('masukan:import', { file });
    expect(out).toMatchObject({ berkas: 'formulir.csv', baris: 3, diimpor: 3, sudahAda: 0, masalah: [] });
    expect(stored()).toBe(rows + 3);
    expect(auditCount()).toBe(audit + 1);
    const entry = t.ctx.dataset().db.first<{ payload: string; actor: string }>("SELECT payload, actor FROM audit_log WHERE action = 'masukan.impor' ORDER BY seq DESC LIMIT 1")!;
    expect(entry.actor).toBe('uji');
    const payload = JSON.parse(entry.payload) as { berkas: string; diimpor: number; ids: number[] };
    expect(payload).toMatchObject({ berkas: 'formulir.csv', diimpor: 3 });
    expect(payload.ids).toHaveLength(3);
    expect(entry.payload).not.toContain('ramah'); // the chain carries ids, not what residents wrote
    const verify = await t.call('dataset:verifyAudit', {});
    expect(verify.valid).toBe(true);

    const again = await t.call('masukan:import', { file });
    expect(again).toMatchObject({ diimpor: 0, sudahAda: 3 });
    expect(stored()).toBe(rows + 3);
  });

  it('is what the comparison shows per candidate, and the handle is only for this purpose', async () => {
    const [a, b] = calon;
    const cmp = await t.call('compare:compare', { jabatanId: a!.jabatanId, nips: [a!.nip, b!.nip] });
    const { masukan } = await t.call('masukan:forCandidates', { nips: cmp.candidates.map((c) => c.nip) });
    expect(masukan.filter((m) => m.nip === a!.nip).map((m) => m.teks)).toEqual(['Pelayanan beliau cepat, ramah, dan tuntas.']);
    expect(masukan.filter((m) => m.nip === b!.nip).map((m) => [m.tanggal, m.teks])).toEqual([
      ['2026-11-21', 'Sering hadir di "Jumat Bersih" kelurahan.'], ['2026-11-22', 'Tegas soal disiplin pegawai.'],
    ]);
    expect(masukan.find((m) => m.nip === a!.nip)!.kontak).toBe('warga@example.id');
    const other = fileHandles(t.ctx).issue(join(t.dir, 'formulir.csv'), 'csv-pansel');
    await expect(t.call('masukan:import', { file: other.handle })).rejects.toMatchObject({ code: 'BERKAS_HANDLE_SALAH_TUJUAN' });
  });

  it('never reaches the public announcement of a closed session', async () => {
    const db = t.ctx.dataset().db;
    // Feedback on someone the closed session announces: the one case where the name is in the PDF.
    const announced = db.first<{ nip: string; sidang_id: string }>(
      `SELECT r.nip, i.sidang_id FROM keputusan k JOIN agenda_item i ON i.id = k.agenda_item_id JOIN permohonan r ON r.id = i.permohonan_id
       JOIN sidang s ON s.id = i.sidang_id WHERE s.status = 'selesai' AND k.hasil = 'direkomendasikan' ORDER BY s.tanggal LIMIT 1`,
    )!;
    const secret = 'Masukan rahasia untuk uji pengumuman';
    await t.call('masukan:import', { file: await choose('umum.csv', `nip;masukan;tanggal\n${announced.nip};${secret};2026-11-20\n`) });
    expect(db.value<number>('SELECT COUNT(*) FROM masukan WHERE teks = ?', [secret])).toBe(1);
    const path = join(t.dir, 'pengumuman.pdf');
    t.ctx.platform.chooseSaveFile = async () => path;
    await t.call('documents:save', { sidangId: announced.sidang_id, kind: 'pengumuman', format: 'pdf' });
    const flat = pdftotext(path).replace(/\s+/g, ' ');
    const texts = db.all<{ teks: string }>('SELECT teks FROM masukan').map((r) => r.teks);
    expect(texts.length).toBeGreaterThan(3);
    for (const teks of texts) expect(flat.includes(teks.replace(/\s+/g, ' ').slice(0, 30)), teks).toBe(false);
    expect(flat).not.toMatch(/masukan masyarakat/i);
  });
});
