import { formatTanggal } from '../format/tanggal';
import { formatNip } from '../domain/nip';
import type { Block, ComposedDocument } from './blocks';
import { blokTandaTanganPimpinan, catatanAudit, nomorSurat, type AuditHeadInfo } from './compose-rekomendasi';
import type { DocItem, DocSession, DocumentSettings } from './model';
import { anggotaUrut, direkomendasikan, HASIL_LABEL, PERAN_LABEL, rekapSuara } from './rows';
import { namaPegawai } from './rows';
import { namaHari, terbilang } from './terbilang';
import { BULAN } from '../format/tanggal';
import { ringkasanKelayakan } from '../session/decision-rules';

const ATURAN_LABEL = {
  mufakat: 'musyawarah untuk mufakat; tidak dilakukan pemungutan suara',
  mayoritas_suara: 'suara terbanyak dari suara sah yang diberikan (suara abstain tidak dihitung sebagai suara sah)',
  mayoritas_hadir: 'suara setuju lebih dari separuh anggota hadir yang berhak memberikan suara (suara abstain dan yang tidak memberikan suara tidak dihitung sebagai setuju)',
} as const;

/** How the session decided and counted quorum: printed under the attendance table. */
function aturanSidang(s: DocSession): Block {
  const aturan = s.aturanKeputusan ? `Keputusan diambil secara ${ATURAN_LABEL[s.aturanKeputusan]}. ` : '';
  const p = s.persetujuanMendagri;
  const pilkada = p ? `Sidang berlangsung dalam masa yang diatur ${p.dasar}; penggantian pejabat telah mendapat persetujuan tertulis Menteri Dalam Negeri Nomor ${p.nomor} tanggal ${formatTanggal(p.tanggal)}. ` : '';
  return {
    t: 'para', align: 'justify',
    text: `${aturan}${pilkada}Kuorum dihitung dari seluruh anggota yang hadir, termasuk anggota yang menyatakan konflik kepentingan; anggota yang berkonflik tidak memberikan suara pada butir yang bersangkutan.`,
  };
}

/** The vote line of one item: the tally, or "musyawarah mufakat" when no vote was taken. */
function barisSuara(s: DocSession, it: DocItem): string {
  const r = rekapSuara(s, it);
  const mundur = r.mundur.length ? `; tidak ikut memberikan suara: ${r.mundur.join(', ')}` : '';
  if (s.aturanKeputusan === 'mufakat') return `Diputuskan secara musyawarah mufakat${mundur}.`;
  const tutup = it.pemungutanDitutup ? ' Pemungutan suara ditutup oleh Ketua sebelum semua anggota yang berhak memberikan suara.' : '';
  return `Suara: setuju ${r.setuju}, tidak setuju ${r.tidakSetuju}, abstain ${r.abstain}${mundur}.${tutup}`;
}

/** The frozen outcomes of the current version and, for a revision, of the version before it. */
function barisSyarat(it: DocItem): string[] {
  const k = it.keputusan;
  if (!k?.hasilAturan?.length) return [];
  const now = ringkasanKelayakan(k.hasilAturan, { pengusul: true });
  const before = k.versi > 1 && k.hasilAturanSebelumnya?.length ? ringkasanKelayakan(k.hasilAturanSebelumnya, { pengusul: true }) : '';
  return before && before !== now ? [now, `Sebelum revisi — ${before}`] : [now];
}

/** Minutes of a closed session: who attended, recusals, each item's votes and decision, the mutation table. */
export function composeBeritaAcara(s: DocSession, settings: DocumentSettings, head: AuditHeadInfo): ComposedDocument {
  const [y, m, d] = s.tanggal.split('-').map(Number) as [number, number, number];
  const anggota = anggotaUrut(s);
  const nama = new Map(s.anggota.map((a) => [a.anggotaId, a.nama]));
  const items = [...s.items].sort((a, b) => a.urutan - b.urutan);
  const blocks: Block[] = [
    { t: 'kop', gaya: 'instansi' },
    { t: 'heading', lines: ['BERITA ACARA', 'SIDANG BADAN PERTIMBANGAN JABATAN DAN KEPANGKATAN'], size: 12 },
    { t: 'heading', lines: [`NOMOR: ${nomorSurat(s, 'BA')}`], size: 11, bold: false },
    { t: 'spacer', h: 10 },
    {
      t: 'para', align: 'justify',
      text: `Pada hari ini ${namaHari(s.tanggal)} tanggal ${terbilang(d)} bulan ${BULAN[m - 1]} tahun ${terbilang(y)} (${formatTanggal(s.tanggal)}), bertempat di ${s.tempat}, telah dilaksanakan Sidang Badan Pertimbangan Jabatan dan Kepangkatan (Baperjakat) Nomor ${s.nomor} secara tertutup, dihadiri oleh:`,
    },
    { t: 'spacer', h: 4 },
    {
      t: 'table', size: 9,
      cols: [
        { header: 'No', weight: 0.06, align: 'center' },
        { header: 'Nama / NIP', weight: 0.36 },
        { header: 'Jabatan', weight: 0.26 },
        { header: 'Kedudukan', weight: 0.16 },
        { header: 'Kehadiran', weight: 0.16 },
      ],
      rows: anggota.map((a, i) => [`${i + 1}.`, `${a.nama}${a.nip ? `\nNIP ${formatNip(a.nip)}` : ''}`, a.jabatan, PERAN_LABEL[a.peran], a.hadir ? 'Hadir' : 'Tidak hadir']),
    },
    { t: 'spacer', h: 6 },
    aturanSidang(s),
    { t: 'spacer', h: 8 },
  ];
  const recusals = items.flatMap((it) => it.konflik.map((k) => ({ it, k })));
  blocks.push({
    t: 'para', align: 'justify',
    text: recusals.length === 0
      ? 'Tidak ada anggota yang menyatakan konflik kepentingan.'
      : `Anggota yang menyatakan konflik kepentingan dan tidak ikut membahas serta memberikan suara: ${recusals
          .map(({ it, k }) => `${nama.get(k.anggotaId) ?? k.anggotaId} pada agenda ${it.urutan} (${k.alasan})`).join('; ')}.`,
  });
  blocks.push({ t: 'spacer', h: 8 }, { t: 'para', text: 'Pembahasan dan keputusan setiap agenda:', bold: true }, { t: 'spacer', h: 4 });
  for (const it of items) {
    const k = it.keputusan;
    const hasil = k ? HASIL_LABEL[k.hasil] : HASIL_LABEL.belum_diputus;
    const jabatan = k?.jabatan ?? it.jabatanDibahas;
    const lines = [
      `${it.pegawai ? `${namaPegawai(it.pegawai)} (NIP ${formatNip(it.pegawai.nip)})` : 'Tanpa permohonan'} — ${jabatan ? `${jabatan.nama}, ${jabatan.unitNama}` : '-'}`,
      barisSuara(s, it),
      `Keputusan: ${hasil}${k && k.versi > 1 ? ` (revisi ke-${k.versi - 1}: ${k.alasanRevisi ?? ''})` : ''}.`,
      ...barisSyarat(it),
      ...(it.prosedurJpt ? [`Pengisian JPT Pratama: ${it.prosedurJpt}.`] : []),
      `Pertimbangan: ${k?.alasan || '-'}${k?.syarat ? ` Syarat: ${k.syarat}` : ''}`,
    ];
    blocks.push({ t: 'grid', widths: [0.06, 0.94], align: ['left', 'justify'], size: 10, rows: [[`${it.urutan}.`, lines.join('\n')]] });
    blocks.push({ t: 'spacer', h: 4 });
  }
  const rows = direkomendasikan(s);
  blocks.push(
    { t: 'spacer', h: 6 },
    { t: 'para', text: 'Daftar Pegawai Negeri Sipil yang direkomendasikan untuk diangkat dalam jabatan:', bold: true },
    { t: 'spacer', h: 4 },
    {
      t: 'table', size: 8,
      cols: [
        { header: 'No', weight: 0.045, align: 'center' },
        { header: 'Nama / NIP / Tgl lahir', weight: 0.25 },
        { header: 'Pangkat/ Gol', weight: 0.11 },
        { header: 'Jabatan lama', weight: 0.17 },
        { header: 'Jabatan baru', weight: 0.17 },
        { header: 'Eselon', weight: 0.1, align: 'center' },
        { header: 'Keterangan', weight: 0.105, align: 'center' },
      ],
      rows: rows.map((r, i) => [
        `${i + 1}.`, `${r.nama}\nNIP ${r.nip}\n${r.tanggalLahir}`, r.pangkat, `${r.jabatanLama}\n${r.unitLama}`,
        `${r.jabatanBaru}\n${r.unitBaru}`, `${r.eselonLama} → ${r.eselonBaru}`, r.keterangan,
      ]),
    },
    { t: 'spacer', h: 8 },
    // The closing paragraph stays with the chair's and secretary's signatures (measured).
    { t: 'keep' },
    { t: 'para', align: 'justify', text: 'Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.' },
    { t: 'spacer', h: 14 },
    blokTandaTanganPimpinan(s),
    { t: 'spacer', h: 12 },
    { t: 'keep', h: 40 + anggota.length * 36 + 110 },
    { t: 'para', text: 'Anggota Baperjakat:', bold: true },
    { t: 'spacer', h: 6 },
    ...anggota.flatMap((a, i): Block[] => [
      {
        t: 'grid', widths: [0.05, 0.45, 0.2, 0.3], size: 10,
        rows: [[`${i + 1}.`, `${a.nama}\n${a.jabatan}`, PERAN_LABEL[a.peran], `${i + 1}. ..............................`]],
      },
      { t: 'spacer', h: 12 },
    ]),
    { t: 'spacer', h: 10 },
    { t: 'signatureBox' },
    catatanAudit(head),
  );
  return { title: `Berita Acara Sidang Baperjakat ${s.nomor}`, rahasia: true, draf: false, blocks };
}
