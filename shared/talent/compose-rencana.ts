import type { Block, ComposedDocument } from '../documents/blocks';
import type { DocumentSettings } from '../documents/model';
import { formatTanggal } from '../format/tanggal';
import { KESIAPAN_LABEL, TANDA_LOWONG_TANPA_SIAP } from './labels';
import type { Rencana } from './schemas';

/**
 * "Rencana Suksesi" of one unit: every key post with its successors, their readiness, the gaps to the
 * post's standard and the development actions. Confidential (personal data), and printed without any
 * NIP: names identify successors inside the committee's own record.
 */
export function composeRencanaSuksesi(unitNama: string, rencana: readonly Rencana[], settings: DocumentSettings, tanggal: string): ComposedDocument {
  const blocks: Block[] = [
    { t: 'kop', gaya: 'instansi' },
    { t: 'heading', lines: ['RENCANA SUKSESI JABATAN KUNCI', unitNama.toUpperCase()], size: 12 },
    { t: 'spacer', h: 6 },
    {
      t: 'para', align: 'justify',
      text: `Disusun dari kelompok rencana suksesi (talent pool) manajemen talenta ASN per ${formatTanggal(tanggal)}. Kesiapan: siap sekarang, 1–2 tahun, atau lebih dari 2 tahun. Rencana yang belum ditetapkan sidang ditandai "usulan".`,
    },
  ];
  if (rencana.length === 0) blocks.push({ t: 'spacer', h: 6 }, { t: 'para', text: '(tidak ada jabatan kunci)' });
  for (const r of rencana) blocks.push(...postBlocks(r));
  blocks.push(
    { t: 'spacer', h: 12 }, { t: 'keep' },
    { t: 'grid', widths: [0.5, 0.5], align: ['left', 'center'], rows: [['', `${settings.kop.kota}, ${formatTanggal(tanggal)}\nSekretaris Badan Pertimbangan\nJabatan dan Kepangkatan,\n\n\n\n..............................`]] },
  );
  return { title: `Rencana suksesi ${unitNama}`, rahasia: true, draf: false, blocks };
}

function postBlocks(r: Rencana): Block[] {
  const j = r.jabatan;
  const status = [j.lowong ? 'lowong' : `dijabat ${j.pemegang ?? '—'}`, r.tersimpan ? `ditetapkan ${formatTanggal(r.dicatatPada!.slice(0, 10))}` : 'usulan']
    .join('; ');
  const out: Block[] = [
    { t: 'spacer', h: 8 },
    { t: 'para', bold: true, text: `${j.nama} (${j.level})` },
    { t: 'para', text: `Status: ${status}.${r.lowongTanpaSiap ? ` ${TANDA_LOWONG_TANPA_SIAP.id}.` : ''}` },
  ];
  if (r.suksesor.length === 0) return [...out, { t: 'para', text: 'Belum ada calon suksesor dari kelompok talenta.' }];
  out.push({
    t: 'table', size: 8.5,
    cols: [
      { header: 'No', weight: 0.05, align: 'center' }, { header: 'Calon suksesor', weight: 0.25 }, { header: 'Kotak', weight: 0.07, align: 'center' },
      { header: 'Kesiapan', weight: 0.12 }, { header: 'Kesenjangan kompetensi', weight: 0.22 }, { header: 'Tindakan pengembangan', weight: 0.29 },
    ],
    rows: r.suksesor.map((s, i) => [
      `${i + 1}.`, `${s.nama}\n${s.jabatan}`, s.box === null ? '—' : String(s.box), KESIAPAN_LABEL[s.kesiapan].id,
      s.kesenjangan.map((g) => `${g.nama} ${g.aktual ?? 'belum diases'}/${g.standar}`).join('\n') || 'tidak ada',
      s.tindakan || '—',
    ]),
  });
  return out;
}
