import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { useAppState } from '../../app/app-state';
import { Nip } from '../../app/Redacted';
import type { PacketItem } from '../../../../shared/ipc/review';
import type { Sikap } from '../../../../shared/review/stance';

/** Quiet time after the last keystroke before a note is saved on its own. */
const AUTOSAVE_MS = 1500;

interface Draft {
  catatan: string;
  sikap: Sikap | null;
  pertanyaan: string;
}

/**
 * Notes, provisional stance and questions for one agenda item. Saved into the packet on the button, and on its
 * own shortly after typing stops, so a crash loses at most the last second and a half.
 */
export function NoteEditor({ item, onSaved }: { item: PacketItem; onSaved(item: PacketItem): void }) {
  const { t } = useTranslation('review');
  const { go } = useAppState();
  const [draft, setDraft] = useState<Draft>({ catatan: item.catatan, sikap: item.sikap, pertanyaan: item.pertanyaan });
  const [dirty, setDirty] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(item.diubahPada);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(draft);
  latest.current = draft;

  async function save() {
    const d = latest.current;
    setBusy(true);
    try {
      const r = await api.review.saveNote({ agendaItemId: item.agendaItemId, ...d });
      setSavedAt(r.diubahPada);
      setError(null);
      if (latest.current === d) setDirty(false);
      onSaved({ ...item, ...d, diubahPada: r.diubahPada });
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
    // save() reads the latest draft through the ref; re-arm on each change only.
  }, [draft, dirty]);

  // Leaving the item (or the screen) with unsaved edits still saves them.
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  useEffect(() => () => {
    if (!dirtyRef.current) return;
    const d = latest.current;
    void api.review.saveNote({ agendaItemId: item.agendaItemId, ...d })
      .then((r) => onSaved({ ...item, ...d, diubahPada: r.diubahPada }))
      .catch(() => { /* the screen is gone; the error shows on the next attempt */ });
    // Runs once, on unmount.
  }, []);

  const edit = (patch: Partial<Draft>) => { setDraft((d) => ({ ...d, ...patch })); setDirty(true); };

  return (
    <Paper withBorder p="md" radius="md" data-testid="note-editor">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={4}>{item.namaLengkap ?? t('member.noName', { n: item.urutan })}</Title>
            {item.nip && <Text size="sm" c="dimmed"><Nip nip={item.nip} /></Text>}
            {item.jabatanSaatIni && <Text size="sm">{t('member.current', { jabatan: item.jabatanSaatIni })}</Text>}
            {item.jabatanTujuan && <Text size="sm" fw={600}>{t('member.target', { jabatan: `${item.jabatanTujuan.nama} (${item.jabatanTujuan.unit})` })}</Text>}
          </Stack>
          {item.jabatanTujuan && (
            <Button variant="light" leftSection={<IconScale size={16} />} data-testid="note-compare"
              onClick={() => go({ name: 'compare', params: { jabatanId: item.jabatanTujuan!.id } })}>
              {t('member.compare')}
            </Button>
          )}
        </Group>
        {item.konflik && <Alert color="orange" p="xs">{t('member.conflict')}</Alert>}
        <Stack gap={4}>
          <Text size="sm" fw={600}>{t('member.stance')}</Text>
          <SegmentedControl
            value={draft.sikap ?? 'none'}
            onChange={(v) => edit({ sikap: v === 'none' ? null : (v as Sikap) })}
            data={[
              { value: 'none', label: t('sikap.none') },
              { value: 'mendukung', label: t('sikap.mendukung') },
              { value: 'ragu', label: t('sikap.ragu') },
              { value: 'tidak_mendukung', label: t('sikap.tidak_mendukung') },
            ]}
            data-testid="note-stance"
          />
          <Text size="xs" c="dimmed">{t('member.stanceHint')}</Text>
        </Stack>
        <Textarea label={t('member.questions')} description={t('member.questionsHint')} autosize minRows={2} maxRows={8}
          value={draft.pertanyaan} onChange={(e) => edit({ pertanyaan: e.currentTarget.value })} data-testid="note-questions" />
        <Textarea label={t('member.notes')} description={t('member.notesHint')} autosize minRows={3} maxRows={14}
          value={draft.catatan} onChange={(e) => edit({ catatan: e.currentTarget.value })} data-testid="note-private" />
        {error && <Alert color="red" data-testid="note-error">{error}</Alert>}
        <Group justify="space-between">
          <Text size="xs" c={dirty ? 'orange' : 'dimmed'} data-testid="note-status">
            {dirty ? t('member.unsaved') : savedAt ? t('member.saved', { time: new Date(savedAt).toLocaleString('id-ID') }) : ''}
          </Text>
          <Button onClick={() => void save()} loading={busy} disabled={!dirty} data-testid="note-save">{t('member.save')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
