import { formatTanggal } from '../format/tanggal';
import { formatNip } from '../domain/nip';
import type { Block, ComposedDocument } from './blocks';
import type { DocSession, DocumentSettings } from './model';
import { anggotaUrut, direkomendasikan, HASIL_LABEL, kehadiran, tidakDirekomendasikan } from './rows';
import { namaHari, terbilang } from './terbilang';
import { ringkasanKelayakan } from '../session/decision-rules';

/**
 * The Pertimbangan of one item: the real rule outcomes frozen with the decision first (a failed
 * rule with the committee's exception and its reason), then the committee's own rationale.
 */
export function pertimbangan(s: DocSession, itemId: string): string {
  const item = s.items.find((i) => i.id === itemId);
  const k = item?.keputusan;
  if (!k) return '';
  // A JPT Pratama post is filled by its own procedure, not by the vote: the letter names it.
  const jalur = item.prosedurJpt ? `Pengisian JPT Pratama: ${item.prosedurJpt}.\n` : '';
  const syarat = ringkasanKelayakan(k.hasilAturan ?? []);
  const alasan = k.syarat ? `${k.alasan} Syarat: ${k.syarat}` : k.alasan;
  return `${jalur}${syarat ? `${syarat}\nPertimbangan sidang: ${alasan}` : alasan}`;
}

export interface AuditHeadInfo {
  seq: number;
  hash: string;
}

/** Letter number: the session's own number with the document's code before the year ("800/09/BPJ/REK/2026"). */
export function nomorSurat(s: DocSession, kode: string): string {
  const parts = s.nomor.split('/');
  return parts.length >= 2 ? [...parts.slice(0, -1), kode, parts.at(-1)].join('/') : `800.1.3/${s.nomor}/${kode}/${s.tanggal.slice(0, 4)}`;
}

export function blokTandaTanganPimpinan(s: DocSession): Block {
  const ketua = s.anggota.find((a) => a.peran === 'ketua');
  const sekretaris = s.anggota.find((a) => a.peran === 'sekretaris');
  const blok = (judul: string, a: typeof ketua): string =>
    a ? `${judul}\n\n\n\n${a.nama}\n${a.nip ? `NIP ${formatNip(a.nip)}` : ''}` : `${judul}\n\n\n\n..............................`;
  return {
    t: 'grid', widths: [0.5, 0.5], align: ['center', 'center'],
    rows: [[blok('Sekretaris Baperjakat,', sekretaris), blok('Ketua Baperjakat,', ketua)]],
  };
}

export function catatanAudit(head: AuditHeadInfo): Block {
  return { t: 'note', text: `Kepala rantai jejak audit dataset saat dokumen dibuat: entri #${head.seq}, SHA-256 ${head.hash}` };
}

/** "WALI KOTA BENGKULU" → "Wali Kota Bengkulu", as the head of region is named in running text. */
export function kepalaDaerahJudul(kepalaDaerah: string): string {
  return kepalaDaerah.replace(/^WALI KOTA/i, 'Wali Kota').replace(/^BUPATI/i, 'Bupati').replace(/ ([A-Z]+)$/, (_, w: string) => ` ${w[0]}${w.slice(1).toLowerCase()}`);
}

/** Recommendation of the committee to the head of region, signed electronically (PAdES). */
export function composeRekomendasi(s: DocSession, settings: DocumentSettings, head: AuditHeadInfo): ComposedDocument {
  const { kop } = settings;
  const rows = direkomendasikan(s);
  const lain = tidakDirekomendasikan(s);
  // The same items, in the same order, as tidakDirekomendasikan lists them.
  const lainIds = [...s.items].sort((a, b) => a.urutan - b.urutan)
    .filter((it) => it.pegawai && it.keputusan?.hasil !== 'direkomendasikan').map((it) => it.id);
  const hadir = kehadiran(s);
  const kdTitle = kepalaDaerahJudul(kop.kepalaDaerah);
  const blocks: Block[] = [
    { t: 'kop', gaya: 'instansi' },
    { t: 'grid', widths: [0.55, 0.45], rows: [['', `${kop.kota}, ${formatTanggal(s.tanggal)}`]] },
    {
      t: 'grid', widths: [0.14, 0.03, 0.83],
      rows: [
        ['Nomor', ':', nomorSurat(s, 'REK')],
        ['Sifat', ':', 'Rahasia'],
        ['Lampiran', ':', '-'],
        ['Hal', ':', 'Rekomendasi Pengangkatan dalam Jabatan'],
      ],
    },
    { t: 'spacer', h: 8 },
    { t: 'grid', widths: [0.14, 0.86], rows: [['', `Yth. ${kdTitle}\ndi\n${kop.kota}`]] },
    { t: 'spacer', h: 8 },
    {
      t: 'para', align: 'justify', indent: 0,
      text: `Berdasarkan hasil Sidang Badan Pertimbangan Jabatan dan Kepangkatan (Baperjakat) Nomor ${s.nomor} yang dilaksanakan pada hari ${namaHari(s.tanggal)} tanggal ${formatTanggal(s.tanggal)} bertempat di ${s.tempat}, dihadiri ${hadir.hadir} (${terbilang(hadir.hadir)}) dari ${hadir.total} (${terbilang(hadir.total)}) anggota, dengan ini kami sampaikan rekomendasi pengangkatan dalam jabatan sebagai berikut:`,
    },
    { t: 'spacer', h: 6 },
    {
      t: 'table', size: 8,
      cols: [
        { header: 'No', weight: 0.045, align: 'center' },
        { header: 'Nama / NIP', weight: 0.25 },
        { header: 'Pangkat/ Gol', weight: 0.11 },
        { header: 'Jabatan Saat Ini', weight: 0.17 },
        { header: 'Jabatan yang Direkomendasikan', weight: 0.18 },
        { header: 'Pertimbangan', weight: 0.245 },
      ],
      rows: rows.map((r, i) => [
        `${i + 1}.`, `${r.nama}\nNIP ${r.nip}`, r.pangkat, `${r.jabatanLama}\n${r.unitLama}`,
        `${r.jabatanBaru}\n${r.unitBaru}\n(${r.keterangan})`, pertimbangan(s, r.itemId),
      ]),
    },
    { t: 'spacer', h: 8 },
    {
      t: 'para', align: 'justify',
      text: `Permohonan yang tidak direkomendasikan sebanyak ${lain.filter((l) => l.hasil === 'tidak_direkomendasikan').length} dan yang ditunda atau belum diputus sebanyak ${lain.filter((l) => l.hasil !== 'tidak_direkomendasikan').length}, dengan rincian:`,
    },
    { t: 'spacer', h: 4 },
  ];
  if (lain.length > 0) {
    blocks.push({
      t: 'table', size: 8,
      cols: [
        { header: 'No', weight: 0.05, align: 'center' },
        { header: 'Nama / NIP', weight: 0.3 },
        { header: 'Jabatan yang Dimohon', weight: 0.25 },
        { header: 'Hasil', weight: 0.13 },
        { header: 'Alasan', weight: 0.27 },
      ],
      rows: lain.map((l, i) => [`${i + 1}.`, `${l.nama}\nNIP ${l.nip}`, l.jabatanDiminta, HASIL_LABEL[l.hasil], lainIds[i] ? pertimbangan(s, lainIds[i]) || l.alasan : l.alasan]),
    });
  } else blocks.push({ t: 'para', text: '(nihil)' });
  blocks.push(
    { t: 'spacer', h: 8 },
    { t: 'para', text: 'Kehadiran anggota Baperjakat:' },
    {
      t: 'grid', widths: [0.05, 0.5, 0.3, 0.15], size: 10,
      rows: anggotaUrut(s).map((a, i) => [`${i + 1}.`, a.nama, a.jabatan, a.hadir ? 'Hadir' : 'Tidak hadir']),
    },
    { t: 'spacer', h: 8 },
    // The closing paragraph, the signatures and the e-signature box stay on one page (measured).
    { t: 'keep' },
    {
      t: 'para', align: 'justify',
      text: `Demikian rekomendasi ini disampaikan sebagai bahan pertimbangan ${kdTitle} dalam menetapkan pengangkatan dalam jabatan. Atas perhatian Bapak, kami ucapkan terima kasih.`,
    },
    { t: 'spacer', h: 14 },
    blokTandaTanganPimpinan(s),
    { t: 'spacer', h: 10 },
    { t: 'signatureBox' },
    catatanAudit(head),
  );
  return { title: `Rekomendasi Baperjakat Sidang ${s.nomor}`, rahasia: true, draf: false, blocks };
}
