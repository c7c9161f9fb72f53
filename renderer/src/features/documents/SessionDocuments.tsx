import { useState } from 'react';
import { Alert, Badge, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useProjector } from '../../app/app-state';
import { isSkKind, type DocumentKind } from '../../../../shared/documents/model';
import { DocumentPreview } from './DocumentPreview';
import { DocumentActions } from './DocumentActions';
import { PasswordModal } from './PasswordModal';
import { SessionPicker } from './SessionPicker';
import { useSessionDocuments, type ComposedDocument, type DocumentAction } from './use-session-documents';

/** Generate, sign, save and print the documents of one session, with an on-screen preview. */
export function SessionDocuments(props: { initialSidangId?: string; hasIdentity: boolean }) {
  const { t } = useTranslation('documents');
  const projector = useProjector();
  const d = useSessionDocuments(props.initialSidangId, props.hasIdentity);
  const [pending, setPending] = useState<DocumentAction | null>(null);
  const start = (action: DocumentAction) => (d.signsOn(action) ? setPending(action) : void d.run(action));

  if (d.sessions && d.sessions.length === 0) return <Text c="dimmed">{t('sesi.kosong')}</Text>;
  return (
    <Stack gap="sm">
      <SessionPicker sessions={d.sessions} sidangId={d.sidangId} onChange={d.setSidangId} current={d.current} />
      <SegmentedControl
        value={d.kind} onChange={(v) => d.setKind(v as DocumentKind)} data-testid="doc-kind"
        data={d.kinds.map((k) => ({ value: k, label: t(`sesi.jenis.${k}`) }))}
      />
      {!isSkKind(d.kind) && !props.hasIdentity && <Alert color="yellow" data-testid="doc-no-identity">{t('sesi.tanpaIdentitas')}</Alert>}
      {d.sessions && d.sidangId && !d.closed && <Alert color="yellow" data-testid="doc-not-closed">{t('sesi.belumSelesai')}</Alert>}
      <DocumentActions kind={d.kind} signable={!!d.signable} sign={d.sign} onSign={d.setSign} busy={d.busy} disabled={!d.sidangId} onAction={start} />
      {d.message && <Alert color={d.message.ok ? 'green' : 'red'} data-testid="doc-message">{d.message.text}</Alert>}
      {d.composed && <ComposedBadges composed={d.composed} />}
      <Title order={5}>{t('sesi.pratinjau')}</Title>
      {projector
        ? <Text c="dimmed" data-testid="doc-preview-hidden">{t('sesi.proyektor')}</Text>
        : d.composed && d.kop && <DocumentPreview blocks={d.composed.blocks} kop={d.kop} rahasia={d.composed.rahasia} draf={d.composed.draf} />}
      <PasswordModal
        opened={pending !== null}
        onCancel={() => setPending(null)}
        onSubmit={(password) => { const a = pending!; setPending(null); void d.run(a, password); }}
      />
    </Stack>
  );
}

function ComposedBadges({ composed }: { composed: ComposedDocument }) {
  const { t } = useTranslation('documents');
  return (
    <Group gap="xs">
      {composed.rahasia && <Badge color="red" variant="light">{t('sesi.rahasia')}</Badge>}
      {composed.draf && <Badge color="gray" variant="light">{t('sesi.draf')}</Badge>}
      <Text size="xs" c="dimmed" ff="monospace" data-testid="doc-hash">{t('sesi.sidik')}: {composed.contentHash}</Text>
    </Group>
  );
}
