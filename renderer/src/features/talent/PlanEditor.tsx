import { useEffect, useState } from 'react';
import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { MAKS_SUKSESOR, ringkasRencana } from '../../../../shared/talent/succession';
import type { RingkasRencana, SimpanRencana } from '../../../../shared/talent/schemas';
import { SuccessorFields } from './SuccessorFields';
import { KeyMark } from './KeyMark';

type Loaded = ChannelOutput<'talent:plan'>;
type Draft = SimpanRencana['suksesor'];

/** The committee's editor for one key post's plan: up to three successors from the pool, readiness, actions. */
export function PlanEditor(props: { jabatanId: string; onClose(): void; onSaved(p: RingkasRencana): void; onMarked(): void }) {
  const { t } = useTranslation('talent');
  const [data, setData] = useState<Loaded | null>(null);
  const [draft, setDraft] = useState<Draft>([]);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    api.talent.plan({ jabatanId: props.jabatanId }).then((d) => {
      setData(d);
      setDraft(d.rencana.suksesor.map((s) => ({ nip: s.nip, kesiapan: s.kesiapan, tindakan: s.tindakan })));
    }, (e) => setMsg({ ok: false, text: errorText(e) }));
  }, [props.jabatanId]);
  const save = async () => {
    try {
      const rencana = await api.talent.savePlan({ jabatanId: props.jabatanId, suksesor: draft.filter((d) => d.nip) });
      setData((d) => d && { ...d, rencana });
      props.onSaved(ringkasRencana(rencana));
      setMsg({ ok: true, text: t('editor.saved') });
    } catch (e) {
      setMsg({ ok: false, text: errorText(e) });
    }
  };
  const j = data?.rencana.jabatan;
  return (
    <Modal opened onClose={props.onClose} size="xl" title={t('editor.title', { jabatan: j?.nama ?? '' })} closeButtonProps={{ 'aria-label': t('editor.close') }}>
      {!data ? <Loader size="sm" aria-label={t('loading')} /> : (
        <Stack gap="sm" data-testid="talent-plan-editor">
          <Text size="sm">{j!.unitNama} · {j!.level} · {j!.pemegang ? t('editor.holder', { nama: j!.pemegang }) : t('plans.lowong')}</Text>
          {!data.rencana.tersimpan && <Text size="xs" c="dimmed">{t('editor.proposal')}</Text>}
          {draft.map((d, i) => (
            <SuccessorFields key={i} n={i + 1} value={d} calon={data.calon} current={data.rencana.suksesor}
              onChange={(v) => setDraft(draft.map((x, k) => (k === i ? v : x)))} onRemove={() => setDraft(draft.filter((_, k) => k !== i))} />
          ))}
          <Group>
            <Button size="xs" variant="light" disabled={draft.length >= MAKS_SUKSESOR} data-testid="talent-add-successor"
              onClick={() => setDraft([...draft, { nip: '', kesiapan: 'satu_dua_tahun', tindakan: '' }])}>{t('editor.add')}</Button>
            <Button size="xs" onClick={() => void save()} data-testid="talent-save-plan">{t('editor.save')}</Button>
          </Group>
          {msg && <Alert color={msg.ok ? 'teal' : 'red'} data-testid="talent-editor-msg">{msg.text}</Alert>}
          <KeyMark jabatan={j!} onMarked={props.onMarked} />
        </Stack>
      )}
    </Modal>
  );
}
