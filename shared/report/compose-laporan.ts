import { formatTanggal } from '../format/tanggal';
import type { Block, ComposedDocument } from '../documents/blocks';
import { COHORT_LABELS } from './labels';
import type { Cell, Cohort, Dimension, EquityReport, Figures } from './schemas';

const L = COHORT_LABELS.id;
const TRANSLATED: Partial<Record<Dimension, Record<string, string>>> = { gender: L.gender, age: L.age, eselon: L.eselon, wilayah: L.wilayah, alasan: L.alasan };

const num = (x: number, digits = 0): string => new Intl.NumberFormat('id-ID', { maximumFractionDigits: digits }).format(x);
/** The figures exactly as the screen prints them in Bahasa Indonesia (renderer/src/features/report/labels.ts). */
const cellText = (c: Cell): string => (typeof c === 'number' ? num(c) : c);
const rateText = (r: number | null): string => (r === null ? '—' : `${num(r * 100, 1)}%`);
const pointsText = (p: number | null): string => (p === null ? '—' : `${p > 0 ? '+' : ''}${num(p, 1)}`);
const medianText = (m: number | null): string => (m === null ? '—' : num(m, 1));

function cohortName(dim: Dimension, c: Pick<Cohort, 'key' | 'label' | 'terpencil'>): string {
  const name = TRANSLATED[dim]?.[c.key] ?? c.label;
  return c.terpencil ? `${name} · terpencil` : name;
}

/** One cohort's (or the whole scope's) cells after its name: the column order of the screen's table. */
function figureCells(f: Figures): string[] {
  return [
    cellText(f.permohonan), cellText(f.diputuskan), cellText(f.direkomendasikan), rateText(f.rasio), pointsText(f.selisihPoin),
    medianText(f.medianHari), cellText(f.target.tercapai), cellText(f.target.tidakTercapai), cellText(f.target.terlambat),
    cellText(f.target.berjalan),
  ];
}

const COLS = [
  ['Kelompok', 0.2], ['Permohonan', 0.08], ['Diputuskan', 0.08], ['Direkomendasikan', 0.085], ['Rasio', 0.075],
  ['Selisih (poin)', 0.075], ['Median hari', 0.07], ['Tercapai', 0.075], ['Tidak tercapai', 0.08], ['Lewat tenggat', 0.08],
  ['Berjalan', 0.075],
].map(([header, weight], i) => ({ header: header as string, weight: weight as number, align: i === 0 ? 'left' as const : 'right' as const }));

/** What the report covers, in words: the period and the session of the filter. */
function cakupan(r: EquityReport, sidangNomor: string | null): string {
  const { dari, sampai } = r.filter;
  const periode = dari && sampai ? `tanggal ${formatTanggal(dari)} sampai ${formatTanggal(sampai)}`
    : dari ? `sejak tanggal ${formatTanggal(dari)}` : sampai ? `sampai tanggal ${formatTanggal(sampai)}` : 'semua tanggal';
  const sidang = sidangNomor ? `yang diagendakan dalam sidang Nomor ${sidangNomor} (keputusan sidang itu saja)` : 'dari semua sidang';
  return `Cakupan: permohonan ${periode}, ${sidang}. Status target dihitung per ${formatTanggal(r.tanggal)}.`;
}

/**
 * "Laporan Kesetaraan": the equity dashboard as a document, with the figures and filter of the screen
 * (report:equity). Only suppressed aggregates: no name, no NIP, no cell of 1–4 people.
 */
export function composeLaporanKesetaraan(r: EquityReport, sidangNomor: string | null): ComposedDocument {
  const blocks: Block[] = [
    { t: 'kop', gaya: 'instansi' },
    { t: 'heading', lines: ['LAPORAN KESETARAAN DAN KINERJA', 'OPEN KARIR'], size: 12 },
    { t: 'spacer', h: 6 },
    { t: 'para', align: 'justify', text: cakupan(r, sidangNomor) },
    {
      t: 'para', align: 'justify',
      text: `Jumlah 1 sampai ${r.minCellCount - 1} ditulis "< ${r.minCellCount}", dan rasio atau median yang bertumpu pada kurang dari ${r.minCellCount} keputusan tidak ditampilkan (—), agar tidak ada kelompok yang menunjuk perorangan. Rasio = direkomendasikan ÷ diputuskan; selisih = rasio kelompok dikurangi rasio keseluruhan, dalam poin persentase; median hari dari tanggal permohonan sampai keputusan pertama.`,
    },
    {
      t: 'para', align: 'justify',
      text: r.kelurahanTerpencil.length === 0 ? 'Dataset tidak menandai kelurahan terpencil.'
        : `Kelurahan terpencil menurut dataset: ${r.kelurahanTerpencil.map((k) => `${k.kelurahan} (${k.kecamatan}; ${k.keterangan})`).join(', ')}.`,
    },
    { t: 'spacer', h: 6 },
    { t: 'heading', lines: ['Keseluruhan'], size: 10 },
    { t: 'table', size: 7.5, cols: COLS, rows: [['Keseluruhan', ...figureCells(r.keseluruhan)]] },
  ];
  for (const d of r.dimensi) {
    blocks.push(
      { t: 'spacer', h: 8 },
      { t: 'keep', h: 90 },
      { t: 'heading', lines: [L.dim[d.dimensi]], size: 10 },
      d.kelompok.length === 0
        ? { t: 'para', text: '(tidak ada permohonan)' }
        : { t: 'table', size: 7.5, cols: COLS, rows: d.kelompok.map((c) => [cohortName(d.dimensi, c), ...figureCells(c)]) },
    );
  }
  blocks.push({ t: 'spacer', h: 8 }, { t: 'note', text: `Disusun dari dataset Baperjakat pada ${formatTanggal(r.tanggal)}; angka yang sama dapat diperiksa dengan "baperjakat laporan --json".` });
  return { title: 'Laporan Kesetaraan', rahasia: false, draf: false, blocks };
}
