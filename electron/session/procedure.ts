import type { Database } from '../dataset/database';
import { loadConfig } from '../compare/config-store';
import { readUserFile } from '../files/user-file';
import { decodeCsv, parseCsv } from '../intake/read-csv';
import { LIMITS } from '../intake/limits';
import { AppError } from '../../shared/errors';
import { jenisPermohonanSchema, type JenisPermohonan } from '../../shared/domain/permohonan';
import type { LevelJabatan } from '../../shared/domain/eselon';
import {
  calonPanselSchema, cekKeputusanJpt, cekProsedurJpt, isJpt, prosedurJptSchema,
  type CalonPansel, type ProsedurJpt,
} from '../../shared/session/procedure';
import { cekKeputusanTinjauan } from '../../shared/session/pledge';
import { cekSidangTerbuka } from '../../shared/session/rules';
import type { HasilKeputusan } from '../../shared/session/model';
import { act, fail, type SessionEnv } from './env';
import { isPledgeReview } from './pledge-review';

type Row = Record<string, any>;

/** A stored prosedur_jpt row, parsed (a damaged value fails loudly). */
export function toProsedurJpt(r: Row): ProsedurJpt {
  return prosedurJptSchema.parse({
    jenis: r.jenis, nomorReferensi: r.nomor_referensi, tanggalReferensi: r.tanggal_referensi, calon: JSON.parse(r.calon),
    pengecualian: r.pengecualian ?? null, alasanPengecualian: r.alasan_pengecualian,
  });
}

function loadProsedurJpt(db: Database, itemId: string): ProsedurJpt | null {
  const r = db.first<Row>('SELECT * FROM prosedur_jpt WHERE agenda_item_id = ?', [itemId]);
  return r ? toProsedurJpt(r) : null;
}

/** The post a JPT item is about: its vacant post, or the request's first choice. */
function itemPostLevel(db: Database, itemId: string): LevelJabatan | null {
  return db.value<LevelJabatan>(
    `SELECT j.level FROM agenda_item i LEFT JOIN permohonan_pilihan pp ON pp.permohonan_id = i.permohonan_id AND pp.peringkat = 1
     JOIN jabatan j ON j.id = COALESCE(i.jabatan_id, pp.jabatan_id) WHERE i.id = ?`, [itemId],
  ) ?? null;
}

/** Names the procedure of a JPT Pratama item (replaces an earlier record; the audit keeps both). */
export function setProsedurJpt(env: SessionEnv, itemId: string, p: ProsedurJpt): void {
  act(env, 'session.prosedur_jpt', { itemId, jenis: p.jenis, nomor: p.nomorReferensi, calon: p.calon.length, pengecualian: p.pengecualian }, (at) => {
    const item = env.db.first<Row>('SELECT i.*, s.status FROM agenda_item i JOIN sidang s ON s.id = i.sidang_id WHERE i.id = ?', [itemId]);
    if (!item) throw new AppError('AGENDA_TIDAK_ADA');
    fail(cekSidangTerbuka(item.status));
    if (!isJpt(itemPostLevel(env.db, itemId))) throw new AppError('PROSEDUR_BUKAN_JPT');
    fail(cekProsedurJpt(p));
    env.db.run(
      `INSERT INTO prosedur_jpt (agenda_item_id, jenis, nomor_referensi, tanggal_referensi, calon, pengecualian, alasan_pengecualian, dicatat_pada)
       VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(agenda_item_id) DO UPDATE SET jenis = excluded.jenis, nomor_referensi = excluded.nomor_referensi,
         tanggal_referensi = excluded.tanggal_referensi, calon = excluded.calon, pengecualian = excluded.pengecualian,
         alasan_pengecualian = excluded.alasan_pengecualian, dicatat_pada = excluded.dicatat_pada`,
      [itemId, p.jenis, p.nomorReferensi, p.tanggalReferensi, JSON.stringify(p.calon), p.pengecualian, p.alasanPengecualian, at],
    );
  });
}

/** The pansel's three names from a small CSV: columns peringkat, nama, nip (header row optional). */
export function readPanselCsv(path: string): CalonPansel[] {
  const sheet = parseCsv(decodeCsv(readUserFile(path, 'text')), 'pansel', LIMITS);
  const rows = sheet.rows.filter((r): r is NonNullable<typeof r> => !!r && r.some((c) => c !== null && String(c).trim() !== ''));
  const data = rows.filter((r) => !/peringkat|no/i.test(String(r[0] ?? '')));
  const calon = data.map((r) => calonPanselSchema.safeParse({
    peringkat: Number(String(r[0] ?? '').trim()), nama: String(r[1] ?? '').trim(),
    nip: String(r[2] ?? '').replace(/\s+/g, '') || null,
  }));
  const bad = calon.findIndex((c) => !c.success);
  if (bad >= 0 || calon.length !== 3) throw new AppError('PANSEL_CSV_TIDAK_SAH', { baris: bad >= 0 ? bad + 1 : calon.length });
  return calon.map((c) => c.data!);
}

export interface DecisionFacts {
  itemId: string;
  permohonanId: string | null;
  tanggalSidang: string;
  hasil: HasilKeputusan;
  jabatanId: string | null;
  targetBaru: readonly { denganPakta: boolean }[];
}

/**
 * The procedure rules a decision must meet, called by decide() before it writes: a pledge review's
 * outcomes, a "tetap" request kept to the current post, and a JPT Pratama recommendation's procedure.
 */
export function assertProcedureAllowsDecision(db: Database, d: DecisionFacts): void {
  fail(cekKeputusanTinjauan({ tinjauan: isPledgeReview(db, d.itemId), hasil: d.hasil, targetBaru: d.targetBaru }));
  if (d.hasil !== 'direkomendasikan' || !d.jabatanId) return;
  const person = d.permohonanId
    ? db.first<Row>(
      `SELECT r.jenis, g.nip, g.nama, g.tanggal_lahir, g.jabatan_id, g.tmt_jabatan, jc.level AS level_saat_ini
       FROM permohonan r JOIN pegawai g ON g.nip = r.nip LEFT JOIN jabatan jc ON jc.id = g.jabatan_id WHERE r.id = ?`, [d.permohonanId])
    : undefined;
  if (person?.jenis === 'tetap' && person.jabatan_id !== d.jabatanId) throw new AppError('PERMOHONAN_TETAP_JABATAN_LAIN');
  const post = db.first<Row>(
    `SELECT j.nama, j.level, j.pemegang_nip, h.tmt_jabatan AS pemegang_tmt FROM jabatan j
     LEFT JOIN pegawai h ON h.nip = j.pemegang_nip WHERE j.id = ?`, [d.jabatanId],
  );
  if (!post || !isJpt(post.level)) return;
  const prosedur = loadProsedurJpt(db, d.itemId);
  if (!person) {
    if (!prosedur) throw new AppError('JPT_TANPA_PROSEDUR', { jabatan: post.nama });
    return;
  }
  fail(cekKeputusanJpt({
    tanggalSidang: d.tanggalSidang, prosedur,
    post: { level: post.level, nama: post.nama, pemegangNip: post.pemegang_nip ?? null, pemegangTmt: post.pemegang_tmt ?? null },
    calon: { nip: person.nip, nama: person.nama, tanggalLahir: person.tanggal_lahir, jabatanSaatIniLevel: person.level_saat_ini ?? null, tmtJabatan: person.tmt_jabatan },
  }, loadConfig(db)));
}

/** An Open Karir request's kind (pindah/tetap); the writer stores pindah by default. */
export function setJenisPermohonan(db: Database, permohonanId: string, jenis: JenisPermohonan): void {
  db.run('UPDATE permohonan SET jenis = ? WHERE id = ?', [jenisPermohonanSchema.parse(jenis), permohonanId]);
}
