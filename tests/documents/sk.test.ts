import { describe, expect, it } from 'vitest';
import { buildSessionFixture } from './fixture';
import { loadDocSession } from '../../electron/documents/session-source';
import { composeSk, composeSkPemberhentian } from '../../shared/documents/compose-sk';
import { DEFAULT_DOCUMENT_SETTINGS, DEFAULT_NASKAH } from '../../shared/documents/defaults';
import { dasarHukumDicabut } from '../../shared/documents/dasar-hukum';
import { naskahSkSchema, type DocSession } from '../../shared/documents/model';
import type { Block } from '../../shared/documents/blocks';

const text = (blocks: Block[]) => JSON.stringify(blocks);
const diktum = (blocks: Block[]) => blocks.flatMap((b) => (b.t === 'grid' && b.rows[0]?.[0] === 'KESATU' ? b.rows : []));
const lampiran = (blocks: Block[]) => blocks.find((b): b is Extract<Block, { t: 'table' }> => b.t === 'table')!;

/** The fixture session with its first two items turned into pledge step-downs. */
function withStepDowns(s: DocSession): DocSession {
  const p = structuredClone(s);
  for (const it of p.items.slice(0, 2)) {
    it.keputusan = { versi: 1, hasil: 'diberhentikan', jabatan: null, alasan: 'Target kinerja tidak tercapai.', syarat: '', alasanRevisi: null };
  }
  return p;
}

describe('the SK says what its moves are', () => {
  it('holders leaving a post: "Pemberhentian dari dan Pengangkatan dalam Jabatan", KESATU relieves, KEDUA appoints', async () => {
    const { db } = await buildSessionFixture(10);
    const sk = composeSk(loadDocSession(db, 's-1'), DEFAULT_DOCUMENT_SETTINGS);
    expect(sk.title).toBe('Keputusan Wali Kota Bengkulu tentang Pemberhentian dari dan Pengangkatan dalam Jabatan Administrator dan Jabatan Pengawas di Lingkungan Pemerintah Kota Bengkulu (DRAF)');
    const heading = sk.blocks.find((b) => b.t === 'heading' && b.lines.includes('TENTANG'));
    expect(heading).toMatchObject({ lines: expect.arrayContaining(['PEMBERHENTIAN DARI DAN PENGANGKATAN DALAM JABATAN ADMINISTRATOR DAN JABATAN PENGAWAS DI LINGKUNGAN PEMERINTAH KOTA BENGKULU']) });
    const d = diktum(sk.blocks);
    expect(d[0]![2]).toMatch(/^Memberhentikan Pegawai Negeri Sipil .* kolom 2 .* dari jabatan lama .* kolom 4/);
    expect(d[1]![0]).toBe('KEDUA');
    expect(d[1]![2]).toMatch(/^Mengangkat Pegawai Negeri Sipil sebagaimana dimaksud dalam Diktum KESATU dalam jabatan baru .* kolom 5 .* Sidang Nomor 07\/BPJ\/XI\/2026/);
    expect(d.at(-1)![2]).toBe('Keputusan ini mulai berlaku pada tanggal ditetapkan.');
    // The considerations name the same subject as the title.
    expect(text(sk.blocks)).toContain('perlu menetapkan Keputusan Wali Kota tentang Pemberhentian dari dan Pengangkatan dalam Jabatan Administrator');
    expect(text(sk.blocks)).not.toContain('{tentang}');
    const t = lampiran(sk.blocks);
    expect(t.cols.map((c) => c.header)).toEqual(['No', 'Nama / NIP', 'Pangkat/ Gol. Ruang', 'Jabatan Lama', 'Jabatan Baru', 'Eselon', 'TMT']);
    // ai-3 stays in the post it holds ("Tetap"): nothing to decree; ai-4 and ai-5 were not recommended.
    expect(t.rows).toHaveLength(7);
    expect(t.rows[0]).toEqual(['1.', expect.stringContaining('Ahmad Fauzi, S.E., M.M.'), 'Penata Muda Tingkat I (III/b)', expect.stringContaining('Kepala Seksi Pelayanan 1'), expect.stringContaining('Kepala Bidang Mutasi 1'), 'III.a', 'Tanggal pelantikan']);
  });

  it('only staff without a post row: "Pengangkatan dalam Jabatan" and KESATU appoints', async () => {
    const { db } = await buildSessionFixture(10);
    const s = loadDocSession(db, 's-1');
    const only = { ...s, items: s.items.filter((it) => it.pegawai?.jabatanId === null) };
    expect(only.items.length).toBeGreaterThan(0);
    const sk = composeSk(only, DEFAULT_DOCUMENT_SETTINGS);
    expect(sk.title).toMatch(/tentang Pengangkatan dalam Jabatan Pengawas di Lingkungan Pemerintah Kota Bengkulu/);
    expect(diktum(sk.blocks)[0]![2]).toMatch(/^Mengangkat Pegawai Negeri Sipil yang namanya tercantum dalam kolom 2/);
    expect(text(sk.blocks)).not.toContain('Memberhentikan');
  });

  it('a pledge step-down (hasil diberhentikan) gets its own SK "Pemberhentian dari Jabatan" and stays out of the appointments', async () => {
    const { db } = await buildSessionFixture(10);
    const s = withStepDowns(loadDocSession(db, 's-1'));
    const skp = composeSkPemberhentian(s, DEFAULT_DOCUMENT_SETTINGS);
    expect(skp.title).toBe('Keputusan Wali Kota Bengkulu tentang Pemberhentian dari Jabatan Administrator di Lingkungan Pemerintah Kota Bengkulu (DRAF)');
    const d = diktum(skp.blocks);
    expect(d[0]![2]).toMatch(/^Memberhentikan .* karena tidak memenuhi target kinerja .* Open Karir/);
    expect(text(skp.blocks)).not.toContain('Mengangkat');
    expect(text(skp.blocks)).toContain('perlu menetapkan Keputusan Wali Kota tentang Pemberhentian dari Jabatan Administrator');
    const t = lampiran(skp.blocks);
    expect(t.cols.map((c) => c.header)).toEqual(['No', 'Nama / NIP', 'Pangkat/ Gol. Ruang', 'Jabatan yang Ditinggalkan', 'Unit Kerja', 'Eselon', 'TMT']);
    expect(t.rows.map((r) => r[3])).toEqual(['Kepala Seksi Pelayanan 1', 'Kepala Seksi Pembinaan 2']);
    const sk = composeSk(s, DEFAULT_DOCUMENT_SETTINGS);
    expect(lampiran(sk.blocks).rows.some((r) => r[1]!.includes('Ahmad Fauzi'))).toBe(false);
  });
});

describe('Mengingat: laws in force with their Lembaran Negara numbers', () => {
  it('the Kota Bengkulu default cites the formation laws, UU ASN 2023 and PP 11/2017 jo. PP 17/2020, and nothing revoked', () => {
    const m = DEFAULT_NASKAH.mengingat.join('\n');
    expect(m).toContain('Undang-Undang Nomor 9 Tahun 1967 tentang Pembentukan Propinsi Bengkulu (Lembaran Negara Republik Indonesia Tahun 1967 Nomor 19, Tambahan Lembaran Negara Republik Indonesia Nomor 2828)');
    expect(m).toContain('Undang-Undang Nomor 89 Tahun 2024 tentang Kota Bengkulu');
    expect(m).toContain('Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara (Lembaran Negara Republik Indonesia Tahun 2023 Nomor 141, Tambahan Lembaran Negara Republik Indonesia Nomor 6897)');
    expect(m).toContain('Tahun 2017 Nomor 63, Tambahan Lembaran Negara Republik Indonesia Nomor 6037) sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020');
    expect(m).not.toMatch(/Nomor 100 Tahun 2000|Nomor 13 Tahun 2002|Nomor 5 Tahun 2014/);
    expect(dasarHukumDicabut(DEFAULT_NASKAH.mengingat)).toEqual([]);
  });

  it('flags an edited list that still cites PP 100/2000 jo. PP 13/2002 or UU 5/2014', () => {
    const old = [
      'Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara;',
      'Peraturan Pemerintah Nomor 100 Tahun 2000 tentang Pengangkatan Pegawai Negeri Sipil dalam Jabatan Struktural sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 13 Tahun 2002;',
      'PP No. 94 Tahun 2021 tentang Disiplin PNS;',
    ];
    expect(dasarHukumDicabut(old).map((d) => [d.index, d.oleh])).toEqual([[0, 'UU 20/2023'], [1, 'PP 11/2017 Pasal 363'], [1, 'PP 11/2017 Pasal 363']]);
  });

  it('settings stored before the SK pemberhentian existed get its default considerations', () => {
    const { menimbangPemberhentian: _, ...stored } = DEFAULT_NASKAH;
    expect(naskahSkSchema.parse(stored).menimbangPemberhentian).toEqual(DEFAULT_NASKAH.menimbangPemberhentian);
  });
});
