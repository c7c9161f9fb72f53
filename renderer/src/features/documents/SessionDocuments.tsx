import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Button, Checkbox, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { IconDeviceFloppy, IconFileTypeDocx, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { useAppState, useProjector } from '../../app/app-state';
import type { Block } from '../../../../shared/documents/blocks';
import { isSkKind, PUBLIC_KINDS, type DocumentKind, type KopSurat } from '../../../../shared/documents/model';
import type { SessionSummary } from '../../../../shared/ipc/documents';
import { formatTanggal } from '../../../../shared/format/tanggal';
import { DocumentPreview } from './DocumentPreview';
import { PasswordModal } from './PasswordModal';

type Action = { kind: 'save'; format: 'pdf' | 'docx' } | { kind: 'print' };
type Composed = { blocks: Block[]; rahasia: boolean; draf: boolean; contentHash: string };

/** Generate, sign, save and print the documents of one session, with an on-screen preview. */
export function SessionDocuments(props: { initialSidangId?: string; hasIdentity: boolean }) {
  const { t } = useTranslation('documents');
  const projector = useProjector();
  const { refresh } = useAppState();
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [sidangId, setSidangId] = useState<string | null>(props.initialSidangId ?? null);
  const [kind, setKind] = useState<DocumentKind>('rekomendasi');
  const [sign, setSign] = useState(true);
  const [composed, setComposed] = useState<Composed | null>(null);
  const [kop, setKop] = useState<KopSurat | null>(null);
  const [pending, setPending] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

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

  const closed = sessions?.find((x) => x.id === sidangId)?.status === 'selesai';
  const signable = !isSkKind(kind) && props.hasIdentity && closed;
  const willSign = signable && sign;

  const run = useCallback(async (action: Action, certPassword?: string) => {
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

  const start = (action: Action) => {
    const needsPassword = (action.kind === 'print' || action.format === 'pdf') && willSign;
    if (needsPassword) setPending(action);
    else void run(action);
  };

  if (sessions && sessions.length === 0) return <Text c="dimmed">{t('sesi.kosong')}</Text>;
  const current = sessions?.find((s) => s.id === sidangId);
  // The SK "Pemberhentian dari Jabatan" is offered only for a session that relieved someone.
  const kinds: DocumentKind[] = [
    'rekomendasi', 'sk', 'berita-acara', ...((current?.diberhentikan ?? 0) > 0 || kind === 'sk-pemberhentian' ? ['sk-pemberhentian' as const] : []),
    ...(closed ? PUBLIC_KINDS : []),
  ];

  return (
    <Stack gap="sm">
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('sesi.pilih')} w={440} value={sidangId} onChange={setSidangId} data-testid="doc-session-select" allowDeselect={false}
          data={(sessions ?? []).map((s) => ({ value: s.id, label: `${s.nomor} — ${formatTanggal(s.tanggal)} (${t(`sesi.status.${s.status}`)})` }))}
        />
        {current && (
          <Text size="sm" c="dimmed" pb={6}>
            {t('sesi.ringkas', { agenda: current.agenda, rek: current.direkomendasikan, tidak: current.tidakDirekomendasikan, hadir: current.hadir, anggota: current.anggota })}
          </Text>
        )}
      </Group>
      <SegmentedControl
        value={kind} onChange={(v) => setKind(v as DocumentKind)} data-testid="doc-kind"
        data={kinds.map((k) => ({ value: k, label: t(`sesi.jenis.${k}`) }))}
      />
      {!isSkKind(kind) && !props.hasIdentity && <Alert color="yellow" data-testid="doc-no-identity">{t('sesi.tanpaIdentitas')}</Alert>}
      {sessions && sidangId && !closed && <Alert color="yellow" data-testid="doc-not-closed">{t('sesi.belumSelesai')}</Alert>}
      <Group>
        {signable && <Checkbox label={t('sesi.tandatangani')} checked={sign} onChange={(e) => setSign(e.currentTarget.checked)} data-testid="doc-sign" />}
        <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => start({ kind: 'save', format: 'pdf' })} loading={busy} disabled={!sidangId} data-testid="doc-save-pdf">{t('sesi.simpanPdf')}</Button>
        {kind !== 'rekomendasi' && (
          <Button variant="light" leftSection={<IconFileTypeDocx size={16} />} onClick={() => start({ kind: 'save', format: 'docx' })} loading={busy} disabled={!sidangId} data-testid="doc-save-docx">{t('sesi.simpanDocx')}</Button>
        )}
        <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => start({ kind: 'print' })} loading={busy} disabled={!sidangId} data-testid="doc-print">{t('sesi.cetak')}</Button>
      </Group>
      {message && <Alert color={message.ok ? 'green' : 'red'} data-testid="doc-message">{message.text}</Alert>}
      {composed && (
        <Group gap="xs">
          {composed.rahasia && <Badge color="red" variant="light">{t('sesi.rahasia')}</Badge>}
          {composed.draf && <Badge color="gray" variant="light">{t('sesi.draf')}</Badge>}
          <Text size="xs" c="dimmed" ff="monospace" data-testid="doc-hash">{t('sesi.sidik')}: {composed.contentHash}</Text>
        </Group>
      )}
      <Title order={5}>{t('sesi.pratinjau')}</Title>
      {projector
        ? <Text c="dimmed" data-testid="doc-preview-hidden">{t('sesi.proyektor')}</Text>
        : composed && kop && <DocumentPreview blocks={composed.blocks} kop={kop} rahasia={composed.rahasia} draf={composed.draf} />}
      <PasswordModal
        opened={pending !== null}
        onCancel={() => setPending(null)}
        onSubmit={(password) => { const a = pending!; setPending(null); void run(a, password); }}
      />
    </Stack>
  );
}
