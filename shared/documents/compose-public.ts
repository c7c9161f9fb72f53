import { formatTanggal } from '../format/tanggal';
import type { Block, ComposedDocument } from './blocks';
import type { DocSession, DocumentSettings } from './model';
import { pindahJabatan } from './rows';
import { kepalaDaerahJudul } from './compose-rekomendasi';
import { ELIGIBILITY_RULES, PARAM_BY_KEY, type RuleConfig } from '../rules';
import { FACTORS, FACTOR_LABEL } from '../compare/ranking';

/**
 * What the public may see of a session (Open Karir is meant to be open): who moves to which post,
 * and by what rules. Built from the record only, never typed, and never carrying what the law
 * keeps confidential: no NIP, no address, no scores, no votes, no rationale about a person.
 */

/** Signed for the committee by its secretary, named without NIP (a public page carries nobody's NIP). */
function penutup(s: DocSession, kota: string): Block[] {
  const sekretaris = s.anggota.find((a) => a.peran === 'sekretaris');
  return [
    { t: 'spacer', h: 12 },
    { t: 'keep' },
    {
      t: 'grid', widths: [0.5, 0.5], align: ['left', 'center'],
      rows: [['', `${kota}, ${formatTanggal(s.tanggal)}\nSekretaris Badan Pertimbangan\nJabatan dan Kepangkatan,\n\n\n\n${sekretaris?.nama ?? '..............................'}`]],
    },
    { t: 'spacer', h: 8 },
    { t: 'signatureBox' },
  ];
}

const judulSidang = (s: DocSession) => `Sidang Badan Pertimbangan Jabatan dan Kepangkatan Nomor ${s.nomor} tanggal ${formatTanggal(s.tanggal)}`;

/** "Pengumuman hasil": the appointments the session recommended, as the SK draft lists them. */
export function composePengumuman(s: DocSession, settings: DocumentSettings): ComposedDocument {
  const rows = pindahJabatan(s);
  const kd = kepalaDaerahJudul(settings.kop.kepalaDaerah);
  const blocks: Block[] = [
    { t: 'kop', gaya: 'instansi' },
    { t: 'heading', lines: ['PENGUMUMAN', 'HASIL SIDANG BADAN PERTIMBANGAN JABATAN DAN KEPANGKATAN', `NOMOR ${s.nomor}`], size: 12 },
    { t: 'spacer', h: 8 },
    {
      t: 'para', align: 'justify',
      text: `Berdasarkan ${judulSidang(s)}, pegawai berikut direkomendasikan kepada ${kd} untuk diangkat dalam jabatan melalui Open Karir dan mekanisme pengisian jabatan yang berlaku. Pengangkatan ditetapkan dengan Keputusan ${kd} dan berlaku terhitung mulai tanggal pelantikan.`,
    },
    { t: 'spacer', h: 6 },
  ];
  if (rows.length === 0) blocks.push({ t: 'para', text: '(nihil)' });
  else {
    blocks.push({
      t: 'table', size: 9,
      cols: [
        { header: 'No', weight: 0.06, align: 'center' },
        { header: 'Nama', weight: 0.26 },
        { header: 'Jabatan Saat Ini', weight: 0.27 },
        { header: 'Jabatan Baru', weight: 0.27 },
        { header: 'TMT', weight: 0.14 },
      ],
      rows: rows.map((r, i) => [`${i + 1}.`, r.nama, `${r.jabatanLama}\n${r.unitLama}`, `${r.jabatanBaru}\n${r.unitBaru}`, 'Tanggal pelantikan']),
    });
  }
  blocks.push(
    { t: 'spacer', h: 8 },
    {
      t: 'para', align: 'justify',
      text: 'Kriteria dan bobot yang digunakan dalam sidang ini diumumkan tersendiri dalam "Kriteria dan Bobot Penilaian". Data pribadi, nilai, dan hasil pemungutan suara bersifat rahasia dan tidak diumumkan.',
    },
    ...penutup(s, settings.kop.kota),
  );
  return { title: `Pengumuman hasil sidang ${s.nomor}`, rahasia: false, draf: false, blocks };
}

/** The rule parameters and ranking weights in force for the session, and whether they changed afterwards. */
export interface KriteriaSidang {
  config: RuleConfig;
  /** When the parameters are read as of: the session's last decision (or its date). */
  berlakuPada: string;
  /** Parameter changes recorded in the audit trail after that moment (they did not apply to this session). */
  perubahanSetelahnya: number;
}

const tanpaCatatanInternal = (s: string) => s.replace(/\s*[—-]\s*verify\b/gi, '').replace(/\(\s*verify\s*\)/gi, '').replace(/;\s*verify\b/gi, '');

function nilai(cfg: RuleConfig, key: string): string {
  const d = PARAM_BY_KEY.get(key)!;
  const v = cfg.values[key];
  // Opt-in switches (1 = applied) read as words, not as a bare 0/1, for the public.
  if (key.startsWith('usia.aktif.')) return `${d.label.id.replace('; 1 = ya', '').replace(/^Terapkan b/, 'B')}: ${v === 1 ? 'diterapkan' : 'tidak diterapkan'}`;
  return `${d.label.id}: ${v}${d.unit ? ` ${d.unit}` : ''}`;
}

/** "Kriteria dan bobot": every eligibility rule with its legal source and the values the session used, then the weights. */
export function composeKriteria(s: DocSession, settings: DocumentSettings, k: KriteriaSidang): ComposedDocument {
  const sumW = FACTORS.reduce((t, f) => t + Math.max(0, k.config.num(`bobot.${f}`)), 0);
  const blocks: Block[] = [
    { t: 'kop', gaya: 'instansi' },
    { t: 'heading', lines: ['KRITERIA DAN BOBOT PENILAIAN', 'OPEN KARIR', `${judulSidang(s).toUpperCase()}`], size: 11 },
    { t: 'spacer', h: 8 },
    {
      t: 'para', align: 'justify',
      text: `Setiap permohonan diperiksa terhadap syarat jabatan berikut, dengan nilai yang berlaku pada ${formatTanggal(k.berlakuPada)}. Pemohon yang tidak memenuhi suatu syarat hanya dapat direkomendasikan bila sidang mencatat pengecualian beserta alasannya.`,
    },
    { t: 'spacer', h: 4 },
    {
      t: 'table', size: 9,
      cols: [{ header: 'No', weight: 0.06, align: 'center' }, { header: 'Syarat', weight: 0.3 }, { header: 'Nilai yang berlaku', weight: 0.32 }, { header: 'Dasar', weight: 0.32 }],
      rows: ELIGIBILITY_RULES.map((r, i) => [`${i + 1}.`, r.nama.id, r.params.map((p) => nilai(k.config, p)).join('\n') || '—', tanpaCatatanInternal(r.sumber)]),
    },
    { t: 'spacer', h: 8 },
    {
      t: 'para', align: 'justify',
      text: 'Di antara pemohon yang memenuhi syarat, urutan pertimbangan disusun dengan bobot berikut (nilai akhir = jumlah bobot × nilai unsur, dibagi jumlah bobot). Urutan ini membantu sidang; keputusan tetap diambil oleh sidang.',
    },
    {
      t: 'table', size: 9,
      cols: [{ header: 'No', weight: 0.06, align: 'center' }, { header: 'Unsur', weight: 0.6 }, { header: 'Bobot', weight: 0.17, align: 'right' }, { header: 'Porsi', weight: 0.17, align: 'right' }],
      rows: FACTORS.map((f, i) => {
        const w = Math.max(0, k.config.num(`bobot.${f}`));
        return [`${i + 1}.`, FACTOR_LABEL[f].id, String(w), sumW ? `${Math.round((w * 1000) / sumW) / 10} %` : '—'];
      }),
    },
  ];
  if (k.perubahanSetelahnya > 0) {
    blocks.push({ t: 'spacer', h: 6 }, {
      t: 'para', align: 'justify',
      text: `Nilai di atas adalah yang berlaku saat sidang. Sesudahnya tercatat ${k.perubahanSetelahnya} perubahan parameter di jejak audit; perubahan itu tidak berlaku untuk sidang ini.`,
    });
  }
  blocks.push(...penutup(s, settings.kop.kota));
  return { title: `Kriteria dan bobot sidang ${s.nomor}`, rahasia: false, draf: false, blocks };
}
