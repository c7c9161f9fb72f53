import type { Database } from '../dataset/database';
import { AppError } from '../../shared/errors';
import type { Kesiapan, SimpanRencana } from '../../shared/talent/schemas';
import { act, type SessionEnv } from '../session/env';
import { loadPostRow } from './load';

interface StoredSuksesor { nip: string; kesiapan: Kesiapan; tindakan: string }
export interface StoredPlan { dicatatPada: string; suksesor: StoredSuksesor[] }

/** Minimum length of the reason for marking a post as key. */
const ALASAN_TANDA_MIN = 10;

export function loadStoredPlan(db: Database, jabatanId: string): StoredPlan | null {
  const at = db.value<string>('SELECT dicatat_pada FROM rencana_suksesi WHERE jabatan_id = ?', [jabatanId]);
  if (at === undefined) return null;
  const suksesor = db.all<StoredSuksesor>('SELECT nip, kesiapan, tindakan FROM suksesor WHERE jabatan_id = ? ORDER BY urutan', [jabatanId]);
  return { dicatatPada: at, suksesor };
}

/**
 * The committee sets a post's plan (replacing the earlier one). One audited act carrying the full rows
 * written, so the chain alone says who was named, how ready, with which actions.
 */
export function writePlan(env: SessionEnv, input: SimpanRencana, isKey: (post: NonNullable<ReturnType<typeof loadPostRow>>) => boolean): void {
  const rows = input.suksesor.map((s, i) => ({ urutan: i + 1, nip: s.nip, kesiapan: s.kesiapan, tindakan: s.tindakan }));
  act(env, 'talent.rencana_suksesi', { jabatanId: input.jabatanId, suksesor: rows }, (at) => {
    const post = loadPostRow(env.db, input.jabatanId);
    if (!post) throw new AppError('TALENTA_JABATAN_TIDAK_ADA', { jabatan: input.jabatanId });
    if (!isKey(post)) throw new AppError('TALENTA_BUKAN_JABATAN_KUNCI', { jabatan: post.nama });
    for (const r of rows) {
      if (!env.db.value('SELECT 1 FROM pegawai WHERE nip = ?', [r.nip])) throw new AppError('TALENTA_PEGAWAI_TIDAK_ADA', { urutan: r.urutan });
      if (r.nip === post.pemegang_nip) throw new AppError('TALENTA_PEMEGANG_BUKAN_SUKSESOR', { jabatan: post.nama });
    }
    env.db.run('DELETE FROM suksesor WHERE jabatan_id = ?', [input.jabatanId]);
    env.db.run(
      'INSERT INTO rencana_suksesi (jabatan_id, dicatat_pada) VALUES (?, ?) ON CONFLICT(jabatan_id) DO UPDATE SET dicatat_pada = excluded.dicatat_pada',
      [input.jabatanId, at],
    );
    for (const r of rows) {
      env.db.run('INSERT INTO suksesor (jabatan_id, urutan, nip, kesiapan, tindakan) VALUES (?,?,?,?,?)', [input.jabatanId, r.urutan, r.nip, r.kesiapan, r.tindakan]);
    }
  });
}

/** Marks (or unmarks) a post as key; JPT and administrator posts are key either way. */
export function writeKeyMark(env: SessionEnv, jabatanId: string, kunci: boolean, alasan: string): void {
  act(env, 'talent.jabatan_kunci', { jabatanId, kunci, alasan }, (at) => {
    if (!loadPostRow(env.db, jabatanId)) throw new AppError('TALENTA_JABATAN_TIDAK_ADA', { jabatan: jabatanId });
    if (!kunci) {
      env.db.run('DELETE FROM jabatan_kunci WHERE jabatan_id = ?', [jabatanId]);
      return;
    }
    if (alasan.trim().length < ALASAN_TANDA_MIN) throw new AppError('TALENTA_ALASAN_TANDA', { min: ALASAN_TANDA_MIN });
    env.db.run(
      'INSERT INTO jabatan_kunci (jabatan_id, alasan, dicatat_pada) VALUES (?,?,?) ON CONFLICT(jabatan_id) DO UPDATE SET alasan = excluded.alasan, dicatat_pada = excluded.dicatat_pada',
      [jabatanId, alasan.trim(), at],
    );
  });
}
