import { createHash } from 'node:crypto';
import type { AppContext } from '../app/context';
import type { Handler } from '../ipc/handlers';
import { AppError } from '../../shared/errors';
import type { IntakeResult } from '../../shared/intake/validate';
import { RINCIAN_SHEETS, type AsnRef, type FieldChange, type RincianSheet } from '../../shared/intake/master-diff';
import type { DiffRow } from '../../shared/ipc/intake-update';
import type { IntakeTujuan } from '../../shared/ipc/intake';
import type { Staged } from './handlers';
import { applyMasterUpdate, diffWithDataset } from './update-master';

/** What the intake handlers share with these two: their staged checks. */
export interface Staging {
  take(token: string, tujuan?: IntakeTujuan): Staged;
  /** Throws unless the staged check is clean and its file unchanged. */
  ready(s: Staged): void;
  audit(s: Staged): { at: string; actor: string; berkas: string; sha256: string };
  drop(token: string): void;
}

/** Child sheets the export carries with at least one row: an empty template sheet replaces nothing. */
export function rincianOf(result: IntakeResult): Set<RincianSheet> {
  return new Set(RINCIAN_SHEETS.filter((n) => result.sheets.some((s) => s.sheet === n && s.rows > 0)));
}

/** An export without ASN would mark everyone gone: refused, not diffed. */
export function assertHasPegawai(result: IntakeResult): void {
  if (!result.sheets.some((s) => s.sheet === 'Pegawai' && s.accepted > 0)) throw new AppError('PERBARUAN_TANPA_PEGAWAI');
}

type Computed = ReturnType<typeof diffWithDataset>;

/** A diff's identity: apply refuses when the dataset no longer gives the diff the user saw. */
const signature = (d: Computed) => createHash('sha256').update(JSON.stringify([d.baru, d.berubah, d.keluar, d.tetap])).digest('hex');

const MAX_CACHED = 4;

export function updateMasterHandlers(ctx: AppContext, staging: Staging): {
  'intake:diffWithOpen': Handler<'intake:diffWithOpen'>;
  'intake:applyUpdate': Handler<'intake:applyUpdate'>;
} {
  const shown = new Map<string, { diff: Computed; signature: string }>();

  function compute(s: Staged): Computed {
    const { result } = s.checked;
    assertHasPegawai(result);
    return diffWithDataset(ctx.dataset().db, result.data.pegawai, rincianOf(result));
  }

  return {
    'intake:diffWithOpen': ({ token, jenis, offset, limit }) => {
      const s = staging.take(token, 'perbarui');
      assertHasPegawai(s.checked.result);
      staging.ready(s);
      let entry = shown.get(token);
      if (!entry) {
        const diff = compute(s);
        entry = { diff, signature: signature(diff) };
        shown.set(token, entry);
        while (shown.size > MAX_CACHED) shown.delete(shown.keys().next().value!);
      }
      const { diff } = entry;
      const list: readonly (AsnRef & { fields?: FieldChange[] })[] = diff[jenis];
      const baris: DiffRow[] = list.slice(offset, offset + limit).map((r) => ({
        nip: r.nip, nama: r.nama, perubahan: r.fields ?? [], peringatan: jenis === 'keluar' ? diff.peringatan.get(r.nip) ?? [] : [],
      }));
      return {
        ringkasan: {
          baru: diff.baru.length, berubah: diff.berubah.length, keluar: diff.keluar.length, tetap: diff.tetap,
          kolom: diff.berubah.reduce((n, b) => n + b.fields.length, 0), keluarDenganPeringatan: diff.peringatan.size,
        },
        rincian: [...rincianOf(s.checked.result)], jenis, total: list.length, offset, baris,
      };
    },
    'intake:applyUpdate': ({ token }) => {
      const s = staging.take(token, 'perbarui');
      assertHasPegawai(s.checked.result);
      staging.ready(s);
      const ds = ctx.dataset();
      const diff = compute(s);
      const seen = shown.get(token);
      if (seen && seen.signature !== signature(diff)) {
        shown.delete(token);
        throw new AppError('PERBARUAN_DATASET_BERUBAH');
      }
      const { result } = s.checked;
      const applied = applyMasterUpdate(ds.db, diff, result.data.pegawai, rincianOf(result), staging.audit(s));
      staging.drop(token);
      shown.delete(token);
      ds.save();
      return { path: ds.path, backupPath: `${ds.path}.bak1`, counts: applied.counts, auditSeq: applied.auditSeq };
    },
  };
}
