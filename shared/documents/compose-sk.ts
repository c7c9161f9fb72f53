import { formatTanggal } from '../format/tanggal';
import { jenjangOf, type LevelJabatan } from '../domain/eselon';
import type { ComposedDocument, Block } from './blocks';
import { DIKTUM, hurufUrut } from './defaults';
import type { DocSession, DocumentSettings } from './model';
import { diberhentikan, pindahJabatan } from './rows';

const LABEL = [0.2, 0.03, 0.05, 0.72];
const KECIL = new Set(['dan', 'di', 'dari', 'dalam', 'atas']);
const TMT = 'Tanggal pelantikan';

/** "PEMERINTAH KOTA BENGKULU" → "Pemerintah Kota Bengkulu", as the subject of an SK is written in its considerations. */
export function hurufJudul(text: string): string {
  return text.toLowerCase().split(' ').map((w, i) => (i > 0 && KECIL.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1))).join(' ');
}

type Kelompok = 'jpt_pratama' | 'administrator' | 'pengawas' | 'fungsional' | 'pelaksana';
const KELOMPOK: Record<Kelompok, string> = {
  jpt_pratama: 'Jabatan Pimpinan Tinggi Pratama', administrator: 'Jabatan Administrator', pengawas: 'Jabatan Pengawas',
  fungsional: 'Jabatan Fungsional', pelaksana: 'Jabatan Pelaksana',
};

/** "Jabatan Administrator dan Jabatan Pengawas": the kinds of post (UU ASN) an SK's moves touch. */
export function namaJenjang(levels: LevelJabatan[]): string {
  const kinds = new Set(levels.map((l): Kelompok => {
    const j = jenjangOf(l);
    return j === 'non_struktural' ? (l === 'fungsional' ? 'fungsional' : 'pelaksana') : j;
  }));
  const names = (Object.keys(KELOMPOK) as Kelompok[]).filter((k) => kinds.has(k)).map((k) => KELOMPOK[k]);
  if (names.length === 0) return 'Jabatan';
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} dan ${names.at(-1)}`;
}

interface Kerangka {
  tentang: string;
  menimbang: string[];
  diktum: string[];
  lampiranJudul: string[];
  lampiran: Extract<Block, { t: 'table' }>;
}

/** Inside an election window the SK rests on the Minister's written approval (UU 10/2016): cited under Memperhatikan. */
function memperhatikan(s: DocSession): Block[] {
  const p = s.persetujuanMendagri;
  if (!p) return [];
  return [
    { t: 'spacer', h: 6 },
    {
      t: 'grid', widths: LABEL, align: ['left', 'left', 'left', 'justify'],
      rows: [['Memperhatikan', ':', '', `Persetujuan tertulis Menteri Dalam Negeri Nomor ${p.nomor} tanggal ${formatTanggal(p.tanggal)}, sebagaimana disyaratkan ${p.dasar}.`]],
    },
  ];
}

/** The frame every Keputusan of the head of region shares: heading, considerations, bases, diktum, lampiran. */
function keputusan(s: DocSession, settings: DocumentSettings, k: Kerangka): ComposedDocument {
  const { kop, naskah } = settings;
  const kd = kop.kepalaDaerah.toUpperCase();
  const tahun = s.tanggal.slice(0, 4);
  const judul = k.tentang.toUpperCase();
  const penandatangan = naskah.namaPenandatangan || '..............................';
  const blocks: Block[] = [
    { t: 'kop', gaya: 'kepala_daerah' },
    { t: 'heading', lines: [kd], size: 13 },
    { t: 'spacer', h: 10 },
    { t: 'heading', lines: [`KEPUTUSAN ${kd}`, `NOMOR ........ TAHUN ${tahun}`, '', 'TENTANG', '', judul], size: 12 },
    { t: 'spacer', h: 10 },
    { t: 'heading', lines: ['DENGAN RAHMAT TUHAN YANG MAHA ESA', '', `${kd},`], size: 12 },
    { t: 'spacer', h: 10 },
    {
      t: 'grid', widths: LABEL, align: ['left', 'left', 'left', 'justify'],
      rows: k.menimbang.map((m, i) => [i === 0 ? 'Menimbang' : '', i === 0 ? ':' : '', `${hurufUrut(i)}.`, m.replaceAll('{tentang}', k.tentang)]),
    },
    { t: 'spacer', h: 6 },
    {
      t: 'grid', widths: LABEL, align: ['left', 'left', 'left', 'justify'],
      rows: naskah.mengingat.map((m, i) => [i === 0 ? 'Mengingat' : '', i === 0 ? ':' : '', `${i + 1}.`, m]),
    },
    ...memperhatikan(s),
    { t: 'spacer', h: 10 },
    { t: 'heading', lines: ['MEMUTUSKAN:'], size: 12 },
    { t: 'spacer', h: 6 },
    {
      t: 'grid', widths: [0.2, 0.03, 0.77], align: ['left', 'left', 'left'], bold: [false, false, true],
      rows: [['Menetapkan', ':', `KEPUTUSAN ${kd} TENTANG ${judul}.`]],
    },
    { t: 'spacer', h: 6 },
    { t: 'grid', widths: [0.2, 0.03, 0.77], align: ['left', 'left', 'justify'], rows: k.diktum.map((d, i) => [DIKTUM[i]!, ':', d]) },
    { t: 'spacer', h: 16 },
    // The place, date and signature never split across pages.
    { t: 'keep' },
    {
      t: 'grid', widths: [0.45, 0.55], align: ['left', 'left'],
      rows: [['', `Ditetapkan di ${kop.kota}\npada tanggal ................ ${tahun}\n\n${kd},\n\n\n\n${penandatangan}`]],
    },
    { t: 'spacer', h: 14 },
    { t: 'keep' },
    { t: 'para', text: 'Tembusan:' },
    { t: 'grid', widths: [0.05, 0.95], rows: naskah.tembusan.map((x, i) => [`${i + 1}.`, x]), size: 10 },
    { t: 'pageBreak' },
    {
      t: 'grid', widths: [0.38, 0.17, 0.03, 0.42], size: 10,
      rows: [
        ['', 'LAMPIRAN', ':', `KEPUTUSAN ${kd}`],
        ['', 'NOMOR', ':', `........ TAHUN ${tahun}`],
        ['', 'TANGGAL', ':', `................ ${tahun}`],
        ['', 'TENTANG', ':', judul],
      ],
    },
    { t: 'spacer', h: 12 },
    { t: 'heading', lines: [...k.lampiranJudul, `DI LINGKUNGAN ${kop.pemerintah.toUpperCase()}`], size: 11 },
    { t: 'spacer', h: 8 },
    k.lampiran,
    { t: 'spacer', h: 16 },
    { t: 'keep' },
    { t: 'grid', widths: [0.55, 0.45], rows: [['', `${kd},\n\n\n\n${penandatangan}`]] },
  ];
  return { title: `Keputusan ${hurufJudul(kd)} tentang ${k.tentang} (DRAF)`, rahasia: false, draf: true, blocks };
}

function sidangDasar(s: DocSession): string {
  return `berdasarkan pertimbangan Badan Pertimbangan Jabatan dan Kepangkatan dalam Sidang Nomor ${s.nomor} tanggal ${formatTanggal(s.tanggal)}`;
}

/**
 * Keputusan of the head of region for the session's moves, a DRAF for the secretariat to number and
 * sign. When holders leave a post it is "Pemberhentian dari dan Pengangkatan dalam Jabatan …":
 * KESATU relieves each of the old post (column 4), KEDUA appoints to the new one (column 5).
 */
export function composeSk(s: DocSession, settings: DocumentSettings): ComposedDocument {
  const rows = pindahJabatan(s);
  const holders = rows.filter((r) => r.pemegangJabatanLama);
  const jenjang = namaJenjang([...rows.map((r) => r.levelBaru), ...holders.map((r) => r.levelLama)]);
  const wilayah = `di Lingkungan ${hurufJudul(settings.kop.pemerintah)}`;
  const relieves = holders.length > 0;
  const tentang = relieves ? `Pemberhentian dari dan Pengangkatan dalam ${jenjang} ${wilayah}` : `Pengangkatan dalam ${jenjang} ${wilayah}`;
  const diktum = [
    ...(relieves
      ? [
          'Memberhentikan Pegawai Negeri Sipil yang namanya tercantum dalam kolom 2 Lampiran Keputusan ini dari jabatan lama sebagaimana tercantum dalam kolom 4 Lampiran Keputusan ini.',
          `Mengangkat Pegawai Negeri Sipil sebagaimana dimaksud dalam Diktum KESATU dalam jabatan baru sebagaimana tercantum dalam kolom 5 Lampiran Keputusan ini, ${sidangDasar(s)}.`,
        ]
      : [`Mengangkat Pegawai Negeri Sipil yang namanya tercantum dalam kolom 2 Lampiran Keputusan ini dalam jabatan sebagaimana tercantum dalam kolom 5 Lampiran Keputusan ini, ${sidangDasar(s)}.`]),
    `Kepada Pegawai Negeri Sipil sebagaimana dimaksud dalam Diktum ${relieves ? 'KEDUA' : 'KESATU'} diberikan hak dan kewajiban sesuai dengan ketentuan peraturan perundang-undangan, terhitung mulai tanggal pelantikan.`,
    ...(rows.some((r) => r.openKarir)
      ? ['Pegawai Negeri Sipil yang diangkat atas permohonan Open Karir wajib memenuhi target kinerja yang dinyatakan dalam permohonannya dan bersedia diberhentikan dari jabatan apabila target tersebut tidak tercapai dalam waktu yang ditetapkan.']
      : []),
    'Apabila di kemudian hari terdapat kekeliruan dalam Keputusan ini, akan diadakan perbaikan sebagaimana mestinya.',
    'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
  ];
  return keputusan(s, settings, {
    tentang, menimbang: settings.naskah.menimbang, diktum,
    lampiranJudul: ['DAFTAR PEGAWAI NEGERI SIPIL', relieves ? 'YANG DIBERHENTIKAN DARI DAN DIANGKAT DALAM JABATAN' : 'YANG DIANGKAT DALAM JABATAN'],
    lampiran: {
      t: 'table', size: 8,
      cols: [
        { header: 'No', weight: 0.045, align: 'center' },
        { header: 'Nama / NIP', weight: 0.245 },
        { header: 'Pangkat/ Gol. Ruang', weight: 0.115 },
        { header: 'Jabatan Lama', weight: 0.19 },
        { header: 'Jabatan Baru', weight: 0.19 },
        { header: 'Eselon', weight: 0.075, align: 'center' },
        { header: 'TMT', weight: 0.095, align: 'center' },
      ],
      rows: rows.map((r, i) => [
        `${i + 1}.`, `${r.nama}\nNIP ${r.nip}`, r.pangkat, `${r.jabatanLama}\n${r.unitLama}`, `${r.jabatanBaru}\n${r.unitBaru}`, r.eselonBaru, TMT,
      ]),
    },
  });
}

/** Keputusan "Pemberhentian dari Jabatan …" for those a pledge review relieved of their post (hasil `diberhentikan`). */
export function composeSkPemberhentian(s: DocSession, settings: DocumentSettings): ComposedDocument {
  const rows = diberhentikan(s);
  const tentang = `Pemberhentian dari ${namaJenjang(rows.map((r) => r.level))} di Lingkungan ${hurufJudul(settings.kop.pemerintah)}`;
  const diktum = [
    `Memberhentikan Pegawai Negeri Sipil yang namanya tercantum dalam kolom 2 Lampiran Keputusan ini dari jabatan sebagaimana tercantum dalam kolom 4 Lampiran Keputusan ini, karena tidak memenuhi target kinerja yang dinyatakan dalam pernyataan kesediaan Open Karir, ${sidangDasar(s)}.`,
    'Pegawai Negeri Sipil sebagaimana dimaksud dalam Diktum KESATU melaksanakan tugas pada unit kerja sebagaimana tercantum dalam kolom 5 Lampiran Keputusan ini sampai dengan ditetapkan dalam jabatan lain sesuai dengan ketentuan peraturan perundang-undangan.',
    'Hak yang melekat pada jabatan sebagaimana dimaksud dalam Diktum KESATU berakhir terhitung mulai tanggal Keputusan ini berlaku.',
    'Apabila di kemudian hari terdapat kekeliruan dalam Keputusan ini, akan diadakan perbaikan sebagaimana mestinya.',
    'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
  ];
  return keputusan(s, settings, {
    tentang, menimbang: settings.naskah.menimbangPemberhentian, diktum,
    lampiranJudul: ['DAFTAR PEGAWAI NEGERI SIPIL', 'YANG DIBERHENTIKAN DARI JABATAN'],
    lampiran: {
      t: 'table', size: 8,
      cols: [
        { header: 'No', weight: 0.045, align: 'center' },
        { header: 'Nama / NIP', weight: 0.245 },
        { header: 'Pangkat/ Gol. Ruang', weight: 0.125 },
        { header: 'Jabatan yang Ditinggalkan', weight: 0.22 },
        { header: 'Unit Kerja', weight: 0.18 },
        { header: 'Eselon', weight: 0.08, align: 'center' },
        { header: 'TMT', weight: 0.105, align: 'center' },
      ],
      rows: rows.map((r, i) => [`${i + 1}.`, `${r.nama}\nNIP ${r.nip}`, r.pangkat, r.jabatan, r.unit, r.eselon, 'Tanggal ditetapkan']),
    },
  });
}
