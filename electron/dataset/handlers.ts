import { existsSync } from 'node:fs';
import type { AppContext } from '../app/context';
import type { DomainHandlers } from '../ipc/handlers';
import type { DatasetInfo, SaveState } from '../../shared/ipc/dataset';
import { OpenDataset } from './open-dataset';
import { FORMAT_VERSION } from './bpj-format';
import { SCHEMA_VERSION } from './migrations';
import { filterOptions, listRequests, requestDetail } from './requests-query';
import { getMeta } from './repository';
import { appendAudit } from '../audit/audit-log';
import { AppError } from '../../shared/errors';
import { assertOpenable } from '../review/mode';
import { toErrorPayload } from '../ipc/dispatch';
import { demoWorkingCopy } from './demo-copy';
import { auditPage, auditReport } from '../session/audit-view';
import { fileHandles } from '../app/file-handles';
import { resolve } from 'node:path';
import { createEmptyDataset } from './create-dataset';
import { assertStrongPassphrase } from './create-dataset';

const COUNTED_TABLES = ['pegawai', 'jabatan', 'unit_kerja', 'permohonan', 'target', 'sidang', 'audit_log'] as const;

function datasetInfo(ds: OpenDataset): DatasetInfo {
  const counts = Object.fromEntries(
    COUNTED_TABLES.map((t) => [t, Number(ds.db.value(`SELECT COUNT(*) FROM ${t}`) ?? 0)]),
  );
  return {
    path: ds.path, fileName: ds.fileName, isDemo: ds.isDemo, mode: ds.header.kind === 2 ? 'telaah' : 'penuh',
    formatVersion: FORMAT_VERSION, schemaVersion: SCHEMA_VERSION, counts,
    namaInstansi: getMeta(ds.db, 'nama_instansi') ?? 'Pemerintah Kota Bengkulu', locked: ds.locked,
    recovered: ds.recovered,
  };
}

function saveState(ds: OpenDataset): SaveState {
  const st = ds.saveStatus();
  return {
    lastFullSaveAt: st.lastFullSaveAt, journalRecords: st.journalRecords, dirty: st.dirty,
    error: st.error ? toErrorPayload(st.error) : null, recovered: ds.recovered,
  };
}

export async function openDatasetInto(ctx: AppContext, path: string, passphrase: string, isDemo: boolean): Promise<DatasetInfo> {
  // Decrypt fully before touching the current dataset: a failure leaves what was open as it was.
  // Timed full saves run in the background: the main loop keeps answering the window during them.
  const ds = await OpenDataset.openFile(path, passphrase, { isDemo, now: () => ctx.platform.now(), backgroundSaves: true });
  assertOpenable(ds, ctx.platform.now()); // review packets: refused after their expiry
  ctx.closeDataset();
  ctx.current = ds;
  try {
    // A damaged journal waits for the user: nothing is written (the audit entries come with the decision).
    if (!ds.awaitingJournalDecision) auditOpening(ctx, ds);
  } catch (err) {
    // A file on read-only media or a full disk still opens: the status line says why nothing can be saved.
    if (!(err instanceof AppError) || !['DISK_PENUH', 'BERKAS_HANYA_BACA', 'GAGAL_MENYIMPAN'].includes(err.code)) throw err;
  }
  if (!isDemo) {
    const recent = [path, ...ctx.settings().recentFiles.filter((p) => p !== path)].slice(0, 10);
    ctx.updateSettings({ recentFiles: recent });
  }
  return datasetInfo(ds);
}

function auditOpening(ctx: AppContext, ds: OpenDataset): void {
  ds.db.transaction(() => {
    if (ds.recovered) {
      const { records, droppedBytes, damagedCopy, lost, problem } = ds.recovered;
      appendAudit(ds.db, {
        at: ctx.nowIso(), actor: ctx.platform.actor(), action: 'dataset.pulihkan_jurnal',
        payload: { tindakan: records, baitDibuang: droppedBytes, jurnalRusak: damagedCopy !== null, ...(problem ? { masalah: problem, hilang: lost } : {}) },
      });
    }
    appendAudit(ds.db, { at: ctx.nowIso(), actor: ctx.platform.actor(), action: 'dataset.buka', payload: { berkas: ds.fileName } });
  });
}

export function datasetHandlers(ctx: AppContext): DomainHandlers<'dataset'> {
  return {
    'dataset:status': () => {
      const ds = ctx.current;
      return {
        open: ds !== null, locked: ds?.locked ?? false,
        info: ds && !ds.locked ? datasetInfo(ds) : null,
        lastSavedAt: ds?.lastSavedAt ?? null,
        recentFiles: ctx.settings().recentFiles.filter((p) => existsSync(p)).map((p) => fileHandles(ctx).issue(p, 'buka-dataset')),
        dirty: ds?.saveStatus().dirty ?? false,
        save: ds && !ds.locked ? saveState(ds) : null,
      };
    },
    'dataset:chooseFile': async () => {
      const path = await ctx.platform.chooseOpenFile({
        title: 'Buka dataset', filters: [{ name: 'Dataset Baperjakat', extensions: ['bpj'] }],
      });
      return { file: path ? fileHandles(ctx).issue(path, 'buka-dataset') : null };
    },
    'dataset:open': ({ file, passphrase }) =>
      openDatasetInto(ctx, fileHandles(ctx).resolve(file, 'buka-dataset'), passphrase, false),
    'dataset:openDemo': ({ passphrase }) =>
      openDatasetInto(ctx, demoWorkingCopy(ctx.demoPath, ctx.platform.userDataDir), passphrase, true),
    'dataset:create': async ({ passphrase, passphraseConfirm }) => {
      if (passphrase !== passphraseConfirm) throw new AppError('FRASA_SANDI_TIDAK_SAMA');
      assertStrongPassphrase(passphrase);
      const path = await ctx.platform.chooseSaveFile({
        title: 'Buat dataset baru', defaultName: 'dataset-baperjakat.bpj', filters: [{ name: 'Dataset Baperjakat', extensions: ['bpj'] }],
      });
      if (!path) return { info: null };
      if (ctx.current && resolve(path) === resolve(ctx.current.path)) throw new AppError('SEGEL_TIMPA_DATASET_TERBUKA');
      await createEmptyDataset(path, passphrase);
      return { info: await openDatasetInto(ctx, path, passphrase, false) };
    },
    'dataset:lock': () => {
      if (ctx.current) ctx.current.locked = true;
      return { ok: true as const };
    },
    'dataset:unlock': async ({ passphrase }) => {
      const ds = ctx.current;
      if (!ds) throw new AppError('DATASET_BELUM_DIBUKA');
      await ds.unlock(passphrase);
      return datasetInfo(ds);
    },
    'dataset:close': () => {
      ctx.closeDataset();
      return { ok: true as const };
    },
    'dataset:continueWithoutLostActs': () => {
      const ds = ctx.dataset();
      if (ds.awaitingJournalDecision) {
        ds.continueWithoutLostActs();
        auditOpening(ctx, ds);
      }
      return saveState(ds);
    },
    'dataset:listRequests': (filter) => listRequests(ctx.dataset().db, filter),
    'dataset:filterOptions': () => filterOptions(ctx.dataset().db),
    'dataset:requestDetail': ({ id }) => requestDetail(ctx.dataset().db, id),
    'dataset:save': async () => {
      const ds = ctx.dataset();
      await ds.saveInBackground();
      return { lastSavedAt: ds.lastSavedAt };
    },
    'dataset:saveAs': async () => {
      const ds = ctx.dataset();
      const path = await ctx.platform.chooseSaveFile({
        title: 'Simpan dataset sebagai', defaultName: ds.fileName.replace(/\.bpj$/i, '') + '-salinan.bpj',
        filters: [{ name: 'Dataset Baperjakat', extensions: ['bpj'] }],
      });
      if (!path) return { path: null };
      ds.saveAs(path);
      ds.db.transaction(() => {
        appendAudit(ds.db, { at: ctx.nowIso(), actor: ctx.platform.actor(), action: 'dataset.simpan_sebagai', payload: { berkas: ds.fileName } });
      });
      if (!ds.isDemo) {
        ctx.updateSettings({ recentFiles: [path, ...ctx.settings().recentFiles.filter((p) => p !== path)].slice(0, 10) });
      }
      return { path };
    },
    'dataset:verifyAudit': ({ headHash }) => auditReport(ctx.dataset().db, headHash),
    'dataset:auditLog': ({ offset, limit }) => auditPage(ctx.dataset().db, offset, limit),
  };
}
