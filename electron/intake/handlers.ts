import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { AppContext } from '../app/context';
import type { DomainHandlers } from '../ipc/handlers';
import { AppError } from '../../shared/errors';
import { emptyExisting } from '../../shared/intake/existing';
import { MAX_PROBLEMS_SHOWN, type IntakePreview, type IntakeTujuan } from '../../shared/ipc/intake';
import { checkSource, sourceHash, totalRows, type CheckedSource } from './intake-service';
import { loadExistingKeys } from './existing-keys';
import { importCounts } from './import-writer';
import { writeProblemReport } from './problem-report';
import { writeTemplate } from './template';
import { importIntoOpen, sealNewDataset } from './seal-dataset';
import { assertStrongPassphrase } from '../dataset/create-dataset';
import { fileHandles } from '../app/file-handles';
import { IntakeRun, intakeMappingHandlers, profileForCheck } from './mapping-handlers';

interface Staged {
  checked: CheckedSource;
  tujuan: IntakeTujuan;
  /** The open dataset the check was made against ('versi' only). */
  datasetPath: string | null;
}

/** Only the last few checks are kept: a preview is meant to be confirmed or dropped, not hoarded. */
const MAX_STAGED = 4;

export function intakeHandlers(ctx: AppContext): DomainHandlers<'intake'> {
  const staged = new Map<string, Staged>();
  const runs = new IntakeRun(ctx);

  function take(token: string, forTujuan?: IntakeTujuan): Staged {
    const s = staged.get(token);
    if (!s || (forTujuan && s.tujuan !== forTujuan)) throw new AppError('IMPOR_KEDALUWARSA');
    if (s.tujuan === 'versi' && ctx.current?.path !== s.datasetPath) throw new AppError('IMPOR_KEDALUWARSA');
    return s;
  }

  function ready(s: Staged): void {
    const { result } = s.checked;
    if (result.problems.length > 0) throw new AppError('IMPOR_ADA_MASALAH', { jumlah: result.problems.length });
    if (totalRows(result) === 0) throw new AppError('IMPOR_KOSONG');
    let now: string;
    try {
      now = sourceHash(s.checked.path);
    } catch {
      throw new AppError('BERKAS_TIDAK_DITEMUKAN', { path: s.checked.path });
    }
    if (now !== s.checked.sha256) throw new AppError('IMPOR_BERKAS_BERUBAH', { path: s.checked.path });
  }

  const audit = (s: Staged) => ({ at: ctx.nowIso(), actor: ctx.platform.actor(), berkas: s.checked.berkas, sha256: s.checked.sha256 });

  return {
    ...intakeMappingHandlers(ctx, runs),
    'intake:saveTemplate': async () => {
      const path = await ctx.platform.chooseSaveFile({
        title: 'Simpan template impor', defaultName: 'template-impor-baperjakat.xlsx',
        filters: [{ name: 'Buku kerja Excel', extensions: ['xlsx'] }],
      });
      if (path) await writeTemplate(path);
      return { path };
    },
    'intake:chooseSource': async () => {
      const path = await ctx.platform.chooseOpenFile({
        title: 'Pilih berkas impor', filters: [{ name: 'Lembar kerja', extensions: ['xlsx', 'csv'] }],
      });
      return { file: path ? fileHandles(ctx).issue(path, 'sumber-impor') : null };
    },
    'intake:check': async ({ file, tujuan, ...readAs }): Promise<IntakePreview> => {
      const path = fileHandles(ctx).resolve(file, 'sumber-impor');
      const ds = tujuan === 'versi' ? ctx.dataset() : null;
      // The shipped demo is a fixed sample; it is never rewritten by an import.
      if (ds?.isDemo) throw new AppError('IMPOR_KE_DEMO');
      const profile = profileForCheck(ctx, readAs);
      const checked = await runs.run((watch) => checkSource(resolve(path), {
        today: ctx.nowIso().slice(0, 10), existing: ds ? loadExistingKeys(ds.db) : emptyExisting(), profile, ...watch,
      }));
      const token = randomUUID();
      staged.set(token, { checked, tujuan, datasetPath: ds?.path ?? null });
      while (staged.size > MAX_STAGED) staged.delete(staged.keys().next().value!);
      const { result } = checked;
      return {
        token, source: checked.berkas, tujuan, sheets: result.sheets,
        problems: result.problems.slice(0, MAX_PROBLEMS_SHOWN), totalProblems: result.problems.length,
        warnings: result.warnings, counts: importCounts(result.data),
        canImport: result.problems.length === 0 && totalRows(result) > 0, mapped: checked.preview,
      };
    },
    'intake:saveProblems': async ({ token }) => {
      const s = take(token);
      const path = await ctx.platform.chooseSaveFile({
        title: 'Simpan daftar masalah', defaultName: `masalah-${s.checked.berkas.replace(/\.[^.]+$/, '')}.xlsx`,
        filters: [{ name: 'Buku kerja Excel', extensions: ['xlsx'] }],
      });
      if (path) await writeProblemReport(path, s.checked.result, s.checked.berkas);
      return { path };
    },
    'intake:sealNew': async ({ token, passphrase, passphraseConfirm }) => {
      const s = take(token, 'baru');
      if (passphrase !== passphraseConfirm) throw new AppError('FRASA_SANDI_TIDAK_SAMA');
      assertStrongPassphrase(passphrase);
      ready(s);
      const path = await ctx.platform.chooseSaveFile({
        title: 'Segel dataset baru', defaultName: 'dataset-baperjakat.bpj', filters: [{ name: 'Dataset Baperjakat', extensions: ['bpj'] }],
      });
      if (!path) return { path: null, file: null, counts: null };
      if (ctx.current && resolve(path) === resolve(ctx.current.path)) throw new AppError('SEGEL_TIMPA_DATASET_TERBUKA');
      const { counts } = await sealNewDataset(s.checked.result.data, { ...audit(s), outPath: path, passphrase });
      staged.delete(token);
      return { path, file: fileHandles(ctx).issue(path, 'buka-dataset'), counts };
    },
    'intake:importIntoOpen': ({ token }) => {
      const s = take(token, 'versi');
      ready(s);
      const ds = ctx.dataset();
      const { counts, backupPath } = importIntoOpen(ds, s.checked.result.data, audit(s));
      staged.delete(token);
      return { path: ds.path, backupPath, counts };
    },
  };
}
