import QRCode from 'qrcode';
import { basename } from 'node:path';
import { AppError } from '../../shared/errors';
import { fileHandles } from '../app/file-handles';
import type { AppContext } from '../app/context';
import type { DomainHandlers } from '../ipc/handlers';
import type { Identity } from '../../shared/ipc/review';
import { groupFingerprint } from '../../shared/review/public-key';
import { RESPONSE_EXTENSION } from '../../shared/review/response-format';
import { createIdentity, loadPublicIdentity, type PublicIdentity } from './identity';
import { exportPacket, type ActEnv } from './packet-export';
import { packetInfo, saveNote } from './member-notes';
import { exportResponse } from './response-export';
import { importResponse } from './response-import';
import { listReviewSessions, registerKey } from './member-keys';
import { loadReviewFeedback, loadSessionFeedback } from './feedback';
import { requireFullDataset, requireReviewPacket } from './mode';
import { readPacketMeta } from './packet-meta';

async function identityView(id: PublicIdentity | null): Promise<Identity> {
  if (!id) return { exists: false, publicKey: null, sidik: null, qrDataUrl: null, dibuatPada: null };
  const svg = await QRCode.toString(id.publicKey, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return {
    exists: true, publicKey: id.publicKey, sidik: groupFingerprint(id.fingerprint),
    qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`, dibuatPada: id.dibuatPada,
  };
}

/** File names carry no personal data beyond what the member already knows: session number and packet id. */
function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'sidang';
}

export function reviewHandlers(ctx: AppContext): DomainHandlers<'review'> {
  const env = (): ActEnv => ({ now: ctx.platform.now(), actor: ctx.platform.actor() });
  return {
    'review:identity': async () => identityView(loadPublicIdentity(ctx.platform.userDataDir)),
    'review:createIdentity': async ({ passphrase }) =>
      identityView(await createIdentity(ctx.platform.userDataDir, passphrase, ctx.nowIso())),
    'review:packetInfo': () => packetInfo(requireReviewPacket(ctx, 'paket telaah').db),
    'review:saveNote': (input) => {
      const ds = requireReviewPacket(ctx, 'catatan telaah');
      const r = saveNote(ds, input, env());
      return { diubahPada: r.diubahPada, lastSavedAt: ds.lastSavedAt };
    },
    'review:exportResponse': async ({ passphrase }) => {
      const ds = requireReviewPacket(ctx, 'ekspor tanggapan');
      const meta = readPacketMeta(ds.db);
      const target = await ctx.platform.chooseSaveFile({
        title: 'Simpan berkas tanggapan telaah',
        defaultName: `tanggapan-${safeName(meta.id)}.${RESPONSE_EXTENSION}`,
        filters: [{ name: 'Tanggapan telaah', extensions: [RESPONSE_EXTENSION] }],
      });
      if (!target) return { tanggapan: null };
      return { tanggapan: await exportResponse(ds, { identityDir: ctx.platform.userDataDir, passphrase, path: target }, env()) };
    },
    'review:sessions': () => listReviewSessions(requireFullDataset(ctx, 'daftar paket telaah').db),
    'review:registerKey': (input) => registerKey(requireFullDataset(ctx, 'pendaftaran kunci anggota'), input, env()),
    'review:exportPacket': async (req) => {
      const ds = requireFullDataset(ctx, 'ekspor paket telaah');
      const nomor = ds.db.value<string>('SELECT nomor FROM sidang WHERE id = ?', [req.sidangId]) ?? req.sidangId;
      const target = await ctx.platform.chooseSaveFile({
        title: 'Simpan paket telaah', defaultName: `paket-telaah-${safeName(nomor)}.bpj`,
        filters: [{ name: 'Paket telaah Baperjakat', extensions: ['bpj'] }],
      });
      if (!target) return { paket: null };
      return { paket: await exportPacket(ds, { ...req, path: target }, env()) };
    },
    'review:importResponse': async (input) => {
      if ('file' in input) {
        const path = fileHandles(ctx).resolve(input.file, 'tanggapan-telaah');
        // Double-clicked with no dataset open (or locked): say which one to open; the page keeps the file.
        if (!ctx.current || ctx.current.locked) throw new AppError('TANGGAPAN_PERLU_DATASET', { berkas: basename(path) });
        return { hasil: importResponse(requireFullDataset(ctx, 'impor tanggapan'), null, path, env()) };
      }
      const { sidangId } = input;
      const ds = requireFullDataset(ctx, 'impor tanggapan');
      const source = await ctx.platform.chooseOpenFile({
        title: 'Impor berkas tanggapan telaah', filters: [{ name: 'Tanggapan telaah', extensions: [RESPONSE_EXTENSION] }],
      });
      if (!source) return { hasil: null };
      return { hasil: importResponse(ds, sidangId, source, env()) };
    },
    'review:feedback': ({ agendaItemId }) => loadReviewFeedback(requireFullDataset(ctx, 'tanggapan anggota').db, agendaItemId),
    'review:sessionFeedback': ({ sidangId }) => loadSessionFeedback(requireFullDataset(ctx, 'tanggapan anggota').db, sidangId),
  };
}
