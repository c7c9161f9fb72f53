import { useEffect, useState } from 'react';
import { Badge, Button, Checkbox, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ALASAN_PENGECUALIAN_MIN } from '../../../../shared/session/decision-rules';
import type { AgendaItemRecord, HasilAturanBeku, SessionRecord } from '../../../../shared/session/model';
import type { RunAct } from './use-session-record';

export const STATUS_COLOR = { memenuhi: 'teal', tidak_memenuhi: 'red', perlu_perhatian: 'yellow', tidak_berlaku: 'gray' } as const;

/**
 * The applicant's rule outcomes for the chosen post, as a decision would freeze them: each rule
 * needing attention gets an acknowledgement box, each failed one the committee's exception form.
 * Main enforces both when the decision is recorded; this only shows what is missing.
 */
export function EligibilityPanel(props: {
  record: SessionRecord; item: AgendaItemRecord; jabatanId: string; run: RunAct;
  diakui: string[]; onDiakui(ids: string[]): void;
}) {
  const { t } = useTranslation('session');
  const { item, jabatanId } = props;
  const [hasil, setHasil] = useState<HasilAturanBeku[] | null>(null);
  const stamp = item.pengecualian.map((p) => `${p.jabatanId}:${p.ruleId}:${p.dicatatPada}`).join('|');
  useEffect(() => {
    let live = true;
    void api.session.eligibility({ itemId: item.id, jabatanId }).then((r) => { if (live) setHasil(r.hasil); });
    return () => { live = false; };
  }, [item.id, jabatanId, stamp]);
  const open = (hasil ?? []).filter((r) => r.status === 'tidak_memenuhi' || r.status === 'perlu_perhatian');
  if (!hasil) return null;
  return (
    <Paper withBorder p="xs" data-testid="eligibility-panel">
      <Stack gap={6}>
        <Text size="sm" fw={600}>{t('rules.eligibility')}</Text>
        {open.length === 0 && <Text size="sm" c="teal.8">{t('rules.allMet')}</Text>}
        {open.map((r) => (
          <Stack key={r.ruleId} gap={2} data-testid={`rule-${r.ruleId}`} data-status={r.status}>
            <Group gap="xs" wrap="nowrap">
              <Badge size="sm" color={STATUS_COLOR[r.status]}>{t(`rules.status.${r.status}`)}</Badge>
              <Text size="sm" fw={500}>{r.nama}</Text>
            </Group>
            <Text size="xs" c="dimmed">{r.alasan}</Text>
            {r.status === 'perlu_perhatian' && (
              <Checkbox size="xs" label={t('rules.acknowledge')} checked={props.diakui.includes(r.ruleId)} data-testid={`ack-${r.ruleId}`}
                onChange={(e) => props.onDiakui(e.currentTarget.checked ? [...props.diakui, r.ruleId] : props.diakui.filter((x) => x !== r.ruleId))} />
            )}
            {r.status === 'tidak_memenuhi' && (r.pengecualian
              ? <Text size="xs" c="orange.8" data-testid={`exception-${r.ruleId}`}>{t('rules.exception', { alasan: r.pengecualian.alasan, nama: r.pengecualian.namaPengusul })}</Text>
              : <ExceptionForm {...props} ruleId={r.ruleId} />)}
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

/** The committee's exception to one failed rule: a clear reason and the present member who proposes it. */
function ExceptionForm(props: { record: SessionRecord; item: AgendaItemRecord; jabatanId: string; ruleId: string; run: RunAct }) {
  const { t } = useTranslation('session');
  const [alasan, setAlasan] = useState('');
  const recused = new Set(props.item.konflik.map((k) => k.anggotaId));
  const proposers = props.record.anggota.filter((a) => a.hadir && !recused.has(a.anggotaId));
  const [pilihan, setOleh] = useState<string | null>(null);
  // Defaults to the chair; derived at render so a change of attendance never leaves a stale proposer.
  const oleh = proposers.some((a) => a.anggotaId === pilihan) ? pilihan
    : proposers.find((a) => a.peran === 'ketua')?.anggotaId ?? proposers[0]?.anggotaId ?? null;
  return (
    <Stack gap={4}>
      <Textarea size="xs" autosize minRows={1} label={t('rules.exceptionReason')} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)}
        data-testid={`exception-reason-${props.ruleId}`} />
      <Group gap="xs" align="end">
        <Select size="xs" label={t('rules.exceptionBy')} value={oleh} onChange={setOleh} allowDeselect={false}
          data={proposers.map((a) => ({ value: a.anggotaId, label: a.nama }))} data-testid={`exception-by-${props.ruleId}`} />
        <Button size="xs" color="orange" disabled={!oleh || alasan.trim().length < ALASAN_PENGECUALIAN_MIN} data-testid={`exception-submit-${props.ruleId}`}
          onClick={() => void props.run(() => api.session.recordException({
            itemId: props.item.id, jabatanId: props.jabatanId, ruleId: props.ruleId, alasan, diusulkanOleh: oleh!,
          }))}>{t('rules.exceptionSubmit')}</Button>
      </Group>
    </Stack>
  );
}
