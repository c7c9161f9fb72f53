import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { useAppState } from '../../app/app-state';
import type { Block } from '../../../../shared/documents/blocks';
import { isSkKind, PUBLIC_KINDS, type DocumentKind, type KopSurat } from '../../../../shared/documents/model';
import type { SessionSummary } from '../../../../shared/ipc/documents';

export type DocumentAction = { kind: 'save'; format: 'pdf' | 'docx' } | { kind: 'print' };
export type ComposedDocument = { blocks: Block[]; rahasia: boolean; draf: boolean; contentHash: string };
export type DocumentMessage = { ok: boolean; text: string };

/** The documents screen's state: sessions, the chosen session and kind, its composed preview, and the save/print acts. */
export function useSessionDocuments(initialSidangId: string | undefined, hasIdentity: boolean) {
  const { t } = useTranslation('documents');
  const { refresh } = useAppState();
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [sidangId, setSidangId] = useState<string | null>(initialSidangId ?? null);
  const [kind, setKind] = useState<DocumentKind>('rekomendasi');
  const [sign, setSign] = useState(true);
  const [composed, setComposed] = useState<ComposedDocument | null>(null);
  const [kop, setKop] = useState<KopSurat | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<DocumentMessage | null>(null);

  useEffect(() => {
    void api.documents.listSessions({}).then((list) => {
      setSessions(list);
      setSidangId((cur) => cur ?? (list.find((s) => s.status === 'selesai') ?? list[0])?.id ?? null);
    }).catch((e) => setMessage({ ok: false, text: errorText(e) }));
    void api.documents.getSettings({}).then((s) => setKop(s.kop));
  }, []);

  useEffect(() => {
    setComposed(null);
    setMessage(null); // a message belongs to the document it was about
    if (!sidangId) return;
    void api.documents.compose({ sidangId, kind })
      .then((c) => setComposed({ ...c, blocks: c.blocks as unknown as Block[] }))
      .catch((e) => setMessage({ ok: false, text: errorText(e) }));
  }, [sidangId, kind]);

  const current = sessions?.find((s) => s.id === sidangId);
  const closed = current?.status === 'selesai';
  const signable = !isSkKind(kind) && hasIdentity && closed;
  const willSign = signable && sign;
  /** Whether this action signs, so needs the certificate password first. */
  const signsOn = (action: DocumentAction) => (action.kind === 'print' || action.format === 'pdf') && willSign;

  const run = useCallback(async (action: DocumentAction, certPassword?: string) => {
    if (!sidangId) return;
    setBusy(true);
    setMessage(null);
    try {
      const signNow = action.kind === 'print' || action.format === 'pdf' ? willSign : false;
      const input = { sidangId, kind, sign: signNow, certPassword };
      if (action.kind === 'print') {
        const r = await api.documents.print(input);
        setMessage({ ok: true, text: r.printed ? t('sesi.cetakTerkirim') : t('sesi.cetakBerkas') });
      } else {
        const r = await api.documents.save({ ...input, format: action.format });
        setMessage(r.path
          ? { ok: true, text: `${t('sesi.tersimpan', { path: r.path })}${r.signed ? ` (${t('sesi.ditandatangani')})` : ''}` }
          : { ok: false, text: t('sesi.dibatalkan') });
      }
      if (signNow) await refresh();
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) });
    } finally {
      setBusy(false);
    }
  }, [sidangId, kind, willSign, t, refresh]);

  // The SK "Pemberhentian dari Jabatan" is offered only for a session that relieved someone.
  const kinds: DocumentKind[] = [
    'rekomendasi', 'sk', 'berita-acara', ...((current?.diberhentikan ?? 0) > 0 || kind === 'sk-pemberhentian' ? ['sk-pemberhentian' as const] : []),
    ...(closed ? PUBLIC_KINDS : []),
  ];

  return { sessions, current, sidangId, setSidangId, kind, setKind, kinds, sign, setSign, signable, closed, composed, kop, busy, message, run, signsOn };
}
