import { formatTanggal } from '../format/tanggal';
import type { ComposedDocument, Block } from './blocks';
import { DIKTUM, hurufUrut } from './defaults';
import type { DocSession, DocumentSettings } from './model';
import { direkomendasikan } from './rows';

const LABEL = [0.2, 0.03, 0.05, 0.72];

/** Keputusan Wali Kota "tentang Pengangkatan dalam Jabatan", a DRAF for the secretariat to number and sign. */
export function composeSk(s: DocSession, settings: DocumentSettings): ComposedDocument {
  const { kop, naskah } = settings;
  const kd = kop.kepalaDaerah.toUpperCase();
  const kdTitle = kd.replace(/^WALI KOTA/, 'Wali Kota').replace(/^BUPATI/, 'Bupati');
  const tahun = s.tanggal.slice(0, 4);
  const rows = direkomendasikan(s);
  const nomor = `NOMOR ........ TAHUN ${tahun}`;
  const judul = 'PENGANGKATAN DALAM JABATAN';

  const diktum = [
    `Mengangkat Pegawai Negeri Sipil yang namanya tercantum dalam Lampiran Keputusan ini dalam jabatan sebagaimana tercantum dalam Lampiran tersebut, berdasarkan rekomendasi Badan Pertimbangan Jabatan dan Kepangkatan dalam Sidang Nomor ${s.nomor} tanggal ${formatTanggal(s.tanggal)}.`,
    'Kepada Pegawai Negeri Sipil sebagaimana dimaksud dalam Diktum KESATU diberikan hak dan kewajiban sesuai dengan ketentuan peraturan perundang-undangan.',
    'Pegawai Negeri Sipil yang diangkat atas permohonan Open Karir wajib memenuhi target kinerja yang dinyatakan dalam permohonannya dan bersedia diberhentikan dari jabatan apabila target tersebut tidak tercapai dalam waktu yang ditetapkan.',
    'Apabila di kemudian hari terdapat kekeliruan dalam Keputusan ini, akan diadakan perbaikan sebagaimana mestinya.',
    'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
  ];

  const tandaTangan: Block = {
    t: 'grid', widths: [0.45, 0.55], align: ['left', 'left'],
    rows: [['', `Ditetapkan di ${kop.kota}\npada tanggal ................ ${tahun}\n\n${kd},\n\n\n\n${naskah.namaPenandatangan || '..............................'}`]],
  };

  const blocks: Block[] = [
    { t: 'kop', gaya: 'kepala_daerah' },
    { t: 'heading', lines: [kd], size: 13 },
    { t: 'spacer', h: 10 },
    { t: 'heading', lines: [`KEPUTUSAN ${kd}`, nomor, '', 'TENTANG', '', judul], size: 12 },
    { t: 'spacer', h: 10 },
    { t: 'heading', lines: ['DENGAN RAHMAT TUHAN YANG MAHA ESA', '', `${kd},`], size: 12 },
    { t: 'spacer', h: 10 },
    {
      t: 'grid', widths: LABEL, align: ['left', 'left', 'left', 'justify'],
      rows: naskah.menimbang.map((m, i) => [i === 0 ? 'Menimbang' : '', i === 0 ? ':' : '', `${hurufUrut(i)}.`, m]),
    },
    { t: 'spacer', h: 6 },
    {
      t: 'grid', widths: LABEL, align: ['left', 'left', 'left', 'justify'],
      rows: naskah.mengingat.map((m, i) => [i === 0 ? 'Mengingat' : '', i === 0 ? ':' : '', `${i + 1}.`, m]),
    },
    { t: 'spacer', h: 10 },
    { t: 'heading', lines: ['MEMUTUSKAN:'], size: 12 },
    { t: 'spacer', h: 6 },
    {
      t: 'grid', widths: [0.2, 0.03, 0.77], align: ['left', 'left', 'left'], bold: [false, false, true],
      rows: [['Menetapkan', ':', `KEPUTUSAN ${kd} TENTANG ${judul}.`]],
    },
    { t: 'spacer', h: 6 },
    {
      t: 'grid', widths: [0.2, 0.03, 0.77], align: ['left', 'left', 'justify'],
      rows: diktum.map((d, i) => [DIKTUM[i]!, ':', d]),
    },
    { t: 'spacer', h: 16 },
    tandaTangan,
    { t: 'spacer', h: 14 },
    { t: 'para', text: 'Tembusan:' },
    { t: 'grid', widths: [0.05, 0.95], rows: naskah.tembusan.map((x, i) => [`${i + 1}.`, x]), size: 10 },
    { t: 'pageBreak' },
    {
      t: 'grid', widths: [0.45, 0.2, 0.03, 0.32], size: 10,
      rows: [
        ['', 'LAMPIRAN', ':', `KEPUTUSAN ${kd}`],
        ['', 'NOMOR', ':', `........ TAHUN ${tahun}`],
        ['', 'TANGGAL', ':', `................ ${tahun}`],
        ['', 'TENTANG', ':', judul],
      ],
    },
    { t: 'spacer', h: 12 },
    { t: 'heading', lines: [`DAFTAR PEGAWAI NEGERI SIPIL YANG DIANGKAT DALAM JABATAN`, `DI LINGKUNGAN PEMERINTAH ${kd.replace(/^WALI KOTA|^BUPATI/, (m) => (m === 'BUPATI' ? 'KABUPATEN' : 'KOTA'))}`], size: 11 },
    { t: 'spacer', h: 8 },
    {
      t: 'table', size: 8,
      cols: [
        { header: 'No', weight: 0.045, align: 'center' },
        { header: 'Nama / NIP', weight: 0.25 },
        { header: 'Pangkat/ Gol', weight: 0.12 },
        { header: 'Jabatan Lama', weight: 0.19 },
        { header: 'Jabatan Baru', weight: 0.19 },
        { header: 'Eselon / Unit Kerja', weight: 0.185 },
      ],
      rows: rows.map((r, i) => [
        `${i + 1}.`, `${r.nama}\nNIP ${r.nip}`, r.pangkat, `${r.jabatanLama}\n${r.unitLama}`, r.jabatanBaru, `${r.eselonBaru}\n${r.unitBaru}`,
      ]),
    },
    { t: 'spacer', h: 16 },
    { t: 'grid', widths: [0.55, 0.45], rows: [['', `${kd},\n\n\n\n${naskah.namaPenandatangan || '..............................'}`]] },
  ];
  return { title: `Keputusan ${kdTitle} tentang ${judul} (DRAF)`, rahasia: false, draf: true, blocks };
}
