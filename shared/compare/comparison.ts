import { formatPangkat, golonganRank } from '../domain/golongan';
import { pendidikanRank } from '../domain/pegawai';
import { predikatScore } from '../domain/skp';
import { formatTanggal, yearsBetween } from '../format/tanggal';
import { ELIGIBILITY_RULES } from '../rules/eligibility-rules';
import type { RuleConfig } from '../rules/params';
import { findAbsences } from './absence';
import { computeJpm, KATEGORI_JPM_LABEL } from './jpm';
import { NINE_BOX_LABEL } from './nine-box';
import { retirementInfo } from './retirement';
import { masaKerjaTahun, summarizeCandidate } from './candidate';
import type { CandidateSummary, Comparison, ComparisonCell, ComparisonRow, PostSummary } from './schemas';
import type { CandidateInput, PostInput } from './types';

type Row = ComparisonRow;
type Cell = ComparisonCell;
const cell = (text: string, value: number | null = null, tone: Cell['tone'] = null, extra: Partial<Cell> = {}): Cell =>
  ({ text, value, tone, ...extra });
const num1 = (x: number) => x.toLocaleString('id-ID', { maximumFractionDigits: 1 });

/** Marks the best value of a row; nothing is marked when every value is the same. */
function bestOf(values: (number | null)[], better: 'higher' | 'lower' | null): number[] {
  if (!better) return [];
  const present = values.filter((v): v is number => v !== null);
  if (present.length < 2 || present.every((v) => v === present[0])) return [];
  const target = better === 'higher' ? Math.max(...present) : Math.min(...present);
  return values.flatMap((v, i) => (v === target ? [i] : []));
}

function row(id: string, group: Row['group'], label: [string, string], cells: Cell[], better: Row['better'] = null): Row {
  return { id, group, label: { id: label[0], en: label[1] }, cells, better, best: bestOf(cells.map((c) => c.value), better) };
}

const STATUS_TEXT = {
  memenuhi: ['Memenuhi', 'Meets'], tidak_memenuhi: ['Tidak memenuhi', 'Does not meet'],
  perlu_perhatian: ['Perlu perhatian', 'Needs attention'], tidak_berlaku: ['Tidak berlaku', 'Not applicable'],
} as const;
const STATUS_TONE = { memenuhi: 'good', tidak_memenuhi: 'bad', perlu_perhatian: 'warn', tidak_berlaku: null } as const;
const STATUS_VALUE = { memenuhi: 2, perlu_perhatian: 1, tidak_memenuhi: 0, tidak_berlaku: null } as const;

/**
 * One column per candidate, rows aligned, so the committee reads across. Values used for "best"
 * are numbers; text stays as printed. Rows that depend on live weights (the score) are added by
 * the screen.
 */
export function buildComparison(post: PostInput, postSummary: PostSummary, inputs: CandidateInput[], cfg: RuleConfig, today: string): Comparison {
  const sums: CandidateSummary[] = inputs.map((c) => summarizeCandidate(c, post, cfg, today));
  const each = <T>(f: (c: CandidateInput, s: CandidateSummary, i: number) => T): T[] => inputs.map((c, i) => f(c, sums[i]!, i));
  const rows: Row[] = [];
  const year = Number(today.slice(0, 4));

  rows.push(row('pangkat', 'identitas', ['Pangkat/gol. (TMT)', 'Grade (since)'],
    each((c) => cell(`${formatPangkat(c.profil.golongan)}, ${formatTanggal(c.profil.tmtGolongan)}`, golonganRank(c.profil.golongan))), 'higher'));
  rows.push(row('jabatan', 'identitas', ['Jabatan saat ini', 'Current post'],
    each((c) => cell(`${c.profil.namaJabatan} (${c.levelSaatIni ?? 'pelaksana'}) — ${c.unitNama}`))));
  rows.push(row('masaJabatan', 'identitas', ['Lama di jabatan saat ini', 'Years in current post'],
    each((c) => { const y = yearsBetween(c.profil.tmtJabatan, today); return cell(`${y} th (TMT ${formatTanggal(c.profil.tmtJabatan)})`, y); }), 'higher'));
  rows.push(row('masaKerja', 'identitas', ['Masa kerja', 'Years of service'],
    each((c) => { const y = Math.floor(masaKerjaTahun(c, today)); return cell(`${y} th`, y); }), 'higher'));
  rows.push(row('pendidikan', 'identitas', ['Pendidikan', 'Education'],
    each((c) => cell(`${c.profil.pendidikan}${c.profil.jurusan ? ` ${c.profil.jurusan}` : ''}`, pendidikanRank(c.profil.pendidikan))), 'higher'));
  rows.push(row('diklat', 'identitas', ['Diklat kepemimpinan', 'Leadership training'],
    each((c) => cell(c.profil.diklat.map((d) => `${d.jenis} ${d.tahun}`).join(', ') || '—', c.profil.diklat.length)), 'higher'));
  rows.push(row('usia', 'identitas', ['Usia', 'Age'], each((_c, s) => cell(`${s.usia} th`, s.usia))));
  rows.push(row('bup', 'identitas', ['Sisa masa kerja sampai BUP', 'Years to retirement'],
    each((c, s) => {
      const r = retirementInfo(c.profil.tanggalLahir, post.jabatan.level, cfg, today);
      // The BUP date is the birthday: projector mode shows the years only.
      return cell(`${num1(s.sisaMasaKerja)} th (BUP ${r.bup}: ${formatTanggal(r.tanggalBup)})`, s.sisaMasaKerja,
        s.sisaMasaKerja < cfg.num('masakerja.minSisa') ? 'warn' : null, { textProjector: `${num1(s.sisaMasaKerja)} th (BUP ${r.bup})` });
    }), 'higher'));

  rows.push(row('kelayakan', 'kelayakan', ['Kelayakan (semua aturan)', 'Eligibility (all rules)'],
    each((_c, s) => cell(STATUS_TEXT[s.eligibility.status][0], STATUS_VALUE[s.eligibility.status], STATUS_TONE[s.eligibility.status],
      { textEn: STATUS_TEXT[s.eligibility.status][1] })), 'higher'));
  for (const rule of ELIGIBILITY_RULES) {
    rows.push(row(`aturan.${rule.id}`, 'kelayakan', [rule.nama.id, rule.nama.en], each((_c, s) => {
      const r = s.eligibility.results.find((x) => x.ruleId === rule.id)!;
      return cell(`${STATUS_TEXT[r.status][0]}: ${r.alasan.id}`, STATUS_VALUE[r.status], STATUS_TONE[r.status],
        { textEn: `${STATUS_TEXT[r.status][1]}: ${r.alasan.en}`, detail: r.data, ...(r.dataProjector ? { detailProjector: r.dataProjector } : {}) });
    }), 'higher'));
  }

  rows.push(row('jpm', 'kompetensi', ['Job-Person Match', 'Job-Person Match'], each((_c, s) => s.jpm.persen === null
    ? cell('—')
    : cell(`${num1(s.jpm.persen)}% — ${KATEGORI_JPM_LABEL[s.jpm.kategori!].id}`, s.jpm.persen,
      s.jpm.kategori === 'optimal' ? 'good' : s.jpm.kategori === 'cukup_optimal' ? 'warn' : 'bad',
      { textEn: `${s.jpm.persen}% — ${KATEGORI_JPM_LABEL[s.jpm.kategori!].en}` })), 'higher'));
  for (const std of postSummary.standar) {
    rows.push(row(`kompetensi.${std.kode}`, 'kompetensi', [`${std.nama} (standar ${std.level})`, `${std.nama} (standard ${std.level})`],
      each((c) => {
        const jpm = computeJpm(post.jabatan.standarKompetensi, c.profil.kompetensi, cfg);
        const it = jpm.items.find((x) => x.kode === std.kode)!;
        return cell(it.aktual === null ? `— / ${it.standar}` : `${it.aktual} / ${it.standar}${it.selisih < 0 ? ` (${it.selisih})` : ''}`,
          it.aktual, it.aktual === null || it.selisih < 0 ? 'bad' : 'good');
      }), 'higher'));
  }
  rows.push(row('ninebox', 'kompetensi', ['Kotak talenta (9-box)', 'Talent box (9-box)'], each((_c, s) => s.nineBox
    ? cell(`Kotak ${s.nineBox.box}: ${NINE_BOX_LABEL[s.nineBox.box]!.id}`, null, s.nineBox.box >= 7 ? 'good' : s.nineBox.box <= 2 ? 'warn' : null,
      { textEn: `Box ${s.nineBox.box}: ${NINE_BOX_LABEL[s.nineBox.box]!.en}` })
    : cell('Belum dapat ditempatkan (potensi/SKP belum ada)', null, null, { textEn: 'Not placed (no potential score or SKP)' }))));

  rows.push(row('domisili', 'domisili', ['Domisili', 'Home'], each((c) =>
    cell(`Kel. ${c.profil.kelurahan}, Kec. ${c.profil.kecamatan}`, null, null, { textProjector: `Kec. ${c.profil.kecamatan}` }))));
  rows.push(row('jarakTujuan', 'domisili', ['Jarak rumah → jabatan tujuan', 'Home → post sought'],
    each((_c, s) => cell(s.jarakKm === null ? '—' : `${num1(s.jarakKm)} km`, s.jarakKm)), 'lower'));
  rows.push(row('jarakKini', 'domisili', ['Jarak rumah → kantor saat ini', 'Home → current office'],
    each((_c, s) => cell(s.jarakKerjaKm === null ? '—' : `${num1(s.jarakKerjaKm)} km`, s.jarakKerjaKm))));
  rows.push(row('alasanDomisili', 'domisili', ['Permohonan menyebut domisili', 'Request cites domicile'],
    each((c) => { const yes = c.permohonan?.kategoriAlasan === 'dekat_domisili'; return cell(yes ? 'Ya' : 'Tidak', null, null, { textEn: yes ? 'Yes' : 'No' }); })));

  rows.push(row('targetTercapai', 'target', ['Target terdahulu tercapai', 'Earlier targets met'], each((_c, s) => {
    const r = s.targetRecord;
    return r.dinilai === 0 ? cell('Belum ada', null, null, { textEn: 'None yet' })
      : cell(`${r.tercapai}/${r.dinilai} (${num1(r.persenTercapai!)}%)`, r.persenTercapai, r.persenTercapai! < 50 ? 'bad' : null);
  }), 'higher'));
  rows.push(row('targetTepat', 'target', ['Dilaporkan tepat waktu', 'Reported on time'], each((_c, s) => {
    const r = s.targetRecord;
    return r.dinilai === 0 ? cell('—') : cell(`${r.tepatWaktu}/${r.dinilai} (${num1(r.persenTepatWaktu!)}%)`, r.persenTepatWaktu);
  }), 'higher'));
  rows.push(row('paktaGagal', 'target', ['Pakta tidak dipenuhi', 'Pledges not kept'], each((_c, s) =>
    cell(String(s.targetRecord.paktaTidakDipenuhi), s.targetRecord.paktaTidakDipenuhi, s.targetRecord.paktaTidakDipenuhi > 0 ? 'bad' : null)), 'lower'));
  for (let y = year - 3; y < year; y++) {
    rows.push(row(`skp.${y}`, 'target', [`SKP ${y}`, `SKP ${y}`], each((c) => {
      const s = c.profil.skp.find((x) => x.tahun === y);
      return s ? cell(s.predikat, predikatScore(s.predikat), predikatScore(s.predikat) < 4 ? 'bad' : null) : cell('—');
    }), 'higher'));
  }
  rows.push(row('targetBaru', 'target', ['Target baru yang dijanjikan', 'New targets pledged'], each((c) =>
    cell(c.targetBaru.map((t) => `${t.indikator}: ${t.nilaiTarget} ${t.satuan} s.d. ${formatTanggal(t.tenggat)}`).join('; ') || '—', c.targetBaru.length)), 'higher'));
  rows.push(row('pakta', 'target', ['Pakta mundur ditandatangani', 'Pledge to step down signed'], each((c) => {
    const signed = c.permohonan?.paktaDitandatangani ?? false;
    return cell(signed ? `Ya, ${formatTanggal(c.permohonan?.tanggalPakta ?? '')}` : 'Belum', signed ? 1 : 0, signed ? 'good' : 'warn',
      { textEn: signed ? `Yes, ${c.permohonan?.tanggalPakta ?? ''}` : 'Not yet' });
  }), 'higher'));

  rows.push(row('hukuman', 'disiplin', ['Hukuman disiplin', 'Disciplinary sanctions'], each((c) => {
    const list = c.profil.disiplin;
    const heavy = list.filter((d) => d.tingkat !== 'ringan').length;
    return cell(list.map((d) => `${d.hukuman} (${d.tingkat}, ${formatTanggal(d.mulai)}${d.selesai ? ` s.d. ${formatTanggal(d.selesai)}` : ''})`).join('; ') || 'Tidak ada',
      list.length + heavy * 10, heavy ? 'bad' : list.length ? 'warn' : null, list.length ? undefined : { textEn: 'None' });
  }), 'lower'));
  const absenceOpts = { berturut: cfg.num('absen.berturut'), kumulatif: cfg.num('absen.kumulatif'), tahun: cfg.num('absen.tahun') };
  rows.push(row('absen', 'disiplin', ['Tidak masuk tanpa alasan sah', 'Unexcused absence'], each((c) => {
    const f = findAbsences(c.profil.ketidakhadiran, today, absenceOpts);
    return cell(f.totalTanpaAlasan ? `${f.totalTanpaAlasan} hari kerja` : 'Tidak ada', f.totalTanpaAlasan, f.totalTanpaAlasan ? 'warn' : null,
      { textEn: f.totalTanpaAlasan ? `${f.totalTanpaAlasan} working days` : 'None' });
  }), 'lower'));
  rows.push(row('absenBerturut', 'disiplin', [`Terlama berturut-turut (batas PP 94/2021: ${absenceOpts.berturut})`, `Longest run (PP 94/2021 limit: ${absenceOpts.berturut})`],
    each((c) => {
      const f = findAbsences(c.profil.ketidakhadiran, today, absenceOpts);
      const run = f.runs.find((r) => r.hariKerja === f.maxBerturut);
      return cell(f.maxBerturut ? `${f.maxBerturut} hari kerja${run ? ` (${formatTanggal(run.mulai)}–${formatTanggal(run.selesai)})` : ''}${f.melanggarBerturut ? ' ⚠ PP 94/2021' : ''}` : '—',
        f.maxBerturut, f.melanggarBerturut ? 'bad' : null,
        f.maxBerturut ? { textEn: `${f.maxBerturut} working days${run ? ` (${run.mulai}–${run.selesai})` : ''}${f.melanggarBerturut ? ' ⚠ PP 94/2021' : ''}` } : undefined);
    }), 'lower'));
  rows.push(row('absenSah', 'disiplin', ['Tidak masuk dengan alasan sah', 'Excused absence'], each((c) => {
    const d = c.profil.ketidakhadiran.filter((k) => k.alasanSah).reduce((s, k) => s + k.hariKerja, 0);
    return cell(d ? `${d} hari kerja` : '—', null, null, d ? { textEn: `${d} working days` } : undefined);
  })));

  return {
    jabatan: postSummary, candidates: sums, rows,
    details: inputs.map((c) => ({
      nip: c.profil.nip, pendidikan: c.profil.pendidikan, diklat: c.profil.diklat, targetLampau: c.targetLampau,
      targetBaru: c.targetBaru, disiplin: c.profil.disiplin, ketidakhadiran: c.profil.ketidakhadiran,
      rumah: c.profil.domisili, kerja: c.lokasiKerja,
    })),
  };
}
