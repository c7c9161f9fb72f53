import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { formatTanggal } from '../../../../shared/format/tanggal';
import type { ReviewSessionRow } from '../../../../shared/ipc/review';
import { RegisterKeyModal, type MemberRef } from './RegisterKeyModal';
import { ExportPacketModal } from './ExportPacketModal';
import { SessionFeedbackList } from './SessionFeedbackList';
import { lastImportedSession, useReviewImported } from './imported-event';

/** The secretariat's side: members' keys, packets per member, response imports and the merged feedback. */
export function SecretariatReview() {
  const { t } = useTranslation('review');
  const [sessions, setSessions] = useState<ReviewSessionRow[] | null>(null);
  const [sidangId, setSidangId] = useState<string | null>(null);
  const [registering, setRegistering] = useState<MemberRef | null>(null);
  const [exporting, setExporting] = useState<{ anggotaId: string; nama: string } | null>(null);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const [reloadKey, setReloadKey] = useState(0);

  const load = useCallback(async () => {
    try {
      const s = await api.review.sessions({});
      setSessions(s);
      const imported = s.find((x) => x.id === lastImportedSession());
      setSidangId((cur) => cur ?? imported?.id ?? s[0]?.id ?? null);
    } catch (err) {
      setMessage({ color: 'red', text: errorText(err) });
    }
  }, []);
  useEffect(() => { void load(); }, [load]);
  // A double-clicked response imported while this screen is open: show its session's merged feedback.
  useReviewImported((id) => {
    setSidangId(id);
    setReloadKey((k) => k + 1);
    void load();
  });

  const done = (text: string) => {
    setMessage({ color: 'teal', text });
    setRegistering(null);
    setExporting(null);
    setReloadKey((k) => k + 1);
    void load();
  };

  async function importResponse() {
    if (!sidangId) return;
    try {
      const { hasil } = await api.review.importResponse({ sidangId });
      if (hasil) done(t('sec.imported', { nama: hasil.nama, versi: hasil.versi, q: hasil.jumlahPertanyaan, s: hasil.jumlahSikap }));
    } catch (err) {
      // Most refusals already say "Tanggapan ditolak: …"; the rest (a missing file, say) get it here.
      const text = errorText(err);
      setMessage({ color: 'red', text: text.startsWith(t('sec.refused')) ? text : `${t('sec.refused')}: ${text}` });
      void load();
    }
  }

  if (!sessions) return null;
  const sidang = sessions.find((s) => s.id === sidangId) ?? null;

  return (
    <Stack data-testid="secretariat-review">
      <Title order={3}>{t('sec.title')}</Title>
      {sessions.length === 0 ? (
        <Text c="dimmed">{t('sec.noSessions')}</Text>
      ) : (
        <Group align="end">
          <Select label={t('sec.session')} placeholder={t('sec.chooseSession')} value={sidangId} onChange={(v) => { if (v) setSidangId(v); }} allowDeselect={false} w={360}
            data={sessions.map((s) => ({ value: s.id, label: `${s.nomor} · ${formatTanggal(s.tanggal)}` }))} data-testid="review-session-select" />
          {sidang && <Text size="sm" c="dimmed" pb={8}>{t('sec.agenda', { n: sidang.jumlahAgenda })}</Text>}
          <Button ml="auto" leftSection={<IconFileImport size={16} />} onClick={() => void importResponse()} disabled={!sidang} data-testid="review-import">
            {t('sec.import')}
          </Button>
        </Group>
      )}
      {message && <Alert color={message.color} withCloseButton onClose={() => setMessage(null)} data-testid="review-message">{message.text}</Alert>}
      {sidang && (
        <Paper withBorder radius="md">
          <Table striped verticalSpacing="xs" data-testid="review-members">
            <Table.Thead>
              <Table.Tr>
                {(['nama', 'peran', 'kunci', 'paket', 'tanggapan'] as const).map((c) => <Table.Th key={c}>{t(`sec.col.${c}`)}</Table.Th>)}
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sidang.anggota.map((a) => {
                const last = a.paket.at(-1);
                return (
                  <Table.Tr key={a.anggotaId} data-testid={`review-member-${a.anggotaId}`}>
                    <Table.Td>{a.nama}</Table.Td>
                    <Table.Td>{a.peran}</Table.Td>
                    <Table.Td>{a.kunci ? <Text ff="monospace" size="xs">{a.kunci.sidik}</Text> : <Badge color="gray" variant="light">{t('sec.noKey')}</Badge>}</Table.Td>
                    <Table.Td>{last ? <Text size="xs">{t('sec.packets', { n: a.paket.length, tanggal: formatTanggal(last.kedaluwarsa) })}</Text> : <Text size="xs" c="dimmed">{t('sec.noPacket')}</Text>}</Table.Td>
                    <Table.Td>{a.tanggapanVersi !== null ? <Badge color="teal" variant="light">{t('sec.responseVersion', { versi: a.tanggapanVersi })}</Badge> : <Text size="xs" c="dimmed">{t('sec.noResponse')}</Text>}</Table.Td>
                    <Table.Td>
                      <Group gap="xs" justify="flex-end" wrap="nowrap">
                        <Button size="compact-xs" variant="light" onClick={() => setRegistering({ anggotaId: a.anggotaId, nama: a.nama, hasKey: a.kunci !== null })} data-testid={`review-register-${a.anggotaId}`}>
                          {a.kunci ? t('sec.replaceKey') : t('sec.register')}
                        </Button>
                        <Button size="compact-xs" disabled={sidang.jumlahAgenda === 0} onClick={() => setExporting({ anggotaId: a.anggotaId, nama: a.nama })} data-testid={`review-export-${a.anggotaId}`}>
                          {t('sec.exportPacket')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {sidang && <SessionFeedbackList sidangId={sidang.id} reloadKey={reloadKey} />}
      <RegisterKeyModal member={registering} onClose={() => setRegistering(null)} onDone={done} />
      {sidang && (
        <ExportPacketModal key={exporting?.anggotaId ?? 'none'} sidangId={sidang.id} member={exporting} sessionDate={sidang.tanggal}
          onClose={() => setExporting(null)} onDone={done} />
      )}
    </Stack>
  );
}
