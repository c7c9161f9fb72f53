import { useDraft } from '../../app/drafts';
import { ActionIcon, Alert, Button, Checkbox, Group, NumberInput, Paper, SegmentedControl, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { HASIL_KEPUTUSAN, type AgendaItemRecord, type HasilKeputusan, type SessionRecord } from '../../../../shared/session/model';
import { ALASAN_MIN } from '../../../../shared/session/rules';
import type { RunAct } from './use-session-record';
import { EligibilityPanel } from './EligibilityPanel';
import { DateField } from '../../components/DateField';

interface TargetDraft { indikator: string; nilaiTarget: number; satuan: string; tenggat: string; denganPakta: boolean }
interface DecisionValues {
  hasil: HasilKeputusan; jabatanId: string | null; alasan: string; syarat: string; alasanRevisi: string; targets: TargetDraft[]; diakui: string[];
}

/**
 * Records the decision, or a revision of it: outcome, the recommended post (one of the requested
 * ones), a required rationale, conditions and targets to monitor; a revision also needs its reason.
 * A recommendation shows the rule outcomes it will freeze, with acknowledgements and exceptions.
 */
export function DecisionForm(props: { record: SessionRecord; item: AgendaItemRecord; run: RunAct; onDone?(): void }) {
  const { t } = useTranslation('session');
  const { item, record, run } = props;
  const current = item.keputusan;
  const postOptions = item.pilihan.length > 0
    ? item.pilihan.map((j) => ({ value: j.id, label: `${j.peringkat}. ${j.nama} — ${j.unitNama}` }))
    : item.jabatanLowong ? [{ value: item.jabatanLowong.id, label: item.jabatanLowong.nama }] : [];
  // The whole form is one draft: what was typed comes back after lock, reload or restart, on this item.
  const draft = useDraft<DecisionValues>(`keputusan:${item.id}`, {
    hasil: current?.hasil ?? 'direkomendasikan', jabatanId: current?.jabatan?.id ?? postOptions[0]?.value ?? null,
    alasan: current?.alasan ?? '', syarat: current?.syarat ?? '', alasanRevisi: '', targets: [], diakui: [],
  });
  const { hasil, jabatanId, alasan, syarat, alasanRevisi, targets, diakui } = draft.value;
  const field = <K extends keyof DecisionValues>(k: K) => (v: DecisionValues[K]) => draft.set((d) => ({ ...d, [k]: v }));
  const [setHasil, setJabatanId, setAlasan, setSyarat, setAlasanRevisi, setTargets, setDiakui] =
    [field('hasil'), field('jabatanId'), field('alasan'), field('syarat'), field('alasanRevisi'), field('targets'), field('diakui')];
  const revising = current !== null;
  const canSubmit = alasan.trim().length >= ALASAN_MIN && (!revising || alasanRevisi.trim().length >= ALASAN_MIN)
    && (hasil !== 'direkomendasikan' || !!jabatanId);

  const setTarget = (i: number, patch: Partial<TargetDraft>) => setTargets(targets.map((x, j) => (j === i ? { ...x, ...patch } : x)));

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Title order={5}>{revising ? t('decision.revise') : t('decision.title')}</Title>
        {record.sidang.status === 'draf' && <Alert color="orange" p="xs" data-testid="decision-not-started">{t('decision.needsStart')}</Alert>}
        {!record.kuorum.terpenuhi && <Alert color="orange" p="xs" data-testid="decision-no-quorum">{t('decision.needsQuorum')}</Alert>}
        <SegmentedControl
          value={hasil} onChange={(v) => setHasil(v as HasilKeputusan)} data-testid="decision-hasil"
          data={HASIL_KEPUTUSAN.map((h) => ({ value: h, label: t(`decision.hasilLabel.${h}`) }))}
        />
        {hasil === 'direkomendasikan' && (
          <Select label={t('decision.jabatan')} data={postOptions} value={jabatanId} onChange={setJabatanId} allowDeselect={false} data-testid="decision-jabatan" />
        )}
        {hasil === 'direkomendasikan' && jabatanId && item.permohonanId && (
          <EligibilityPanel record={record} item={item} jabatanId={jabatanId} run={run} diakui={diakui} onDiakui={setDiakui} />
        )}
        <Textarea label={t('decision.alasan')} autosize minRows={2} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} data-testid="decision-alasan" />
        <Textarea label={t('decision.syarat')} autosize minRows={1} value={syarat} onChange={(e) => setSyarat(e.currentTarget.value)} data-testid="decision-syarat" />
        {hasil === 'direkomendasikan' && item.permohonanId && (
          <Stack gap={4}>
            {targets.map((tg, i) => (
              <Group key={i} gap={4} wrap="nowrap" align="end">
                <TextInput size="xs" label={t('decision.indikator')} value={tg.indikator} onChange={(e) => setTarget(i, { indikator: e.currentTarget.value })} style={{ flex: 1 }} />
                <NumberInput size="xs" w={80} label={t('decision.nilai')} value={tg.nilaiTarget} onChange={(v) => setTarget(i, { nilaiTarget: Number(v) || 0 })} />
                <TextInput size="xs" w={70} label={t('decision.satuan')} value={tg.satuan} onChange={(e) => setTarget(i, { satuan: e.currentTarget.value })} />
                <DateField size="xs" w={130} label={t('decision.tenggat')} value={tg.tenggat || null} onChange={(v) => setTarget(i, { tenggat: v ?? '' })} />
                <Checkbox size="xs" mb={6} label={t('decision.pakta')} checked={tg.denganPakta} onChange={(e) => setTarget(i, { denganPakta: e.currentTarget.checked })} />
                <ActionIcon variant="subtle" color="red" mb={4} onClick={() => setTargets(targets.filter((_, j) => j !== i))}><IconTrash size={14} /></ActionIcon>
              </Group>
            ))}
            <Group><Button size="compact-xs" variant="subtle" leftSection={<IconPlus size={12} />}
              onClick={() => setTargets([...targets, { indikator: '', nilaiTarget: 100, satuan: '%', tenggat: '', denganPakta: true }])}>
              {t('decision.addTarget')}
            </Button></Group>
          </Stack>
        )}
        {revising && (
          <Textarea label={t('decision.alasanRevisi')} autosize minRows={1} value={alasanRevisi}
            onChange={(e) => setAlasanRevisi(e.currentTarget.value)} data-testid="decision-alasan-revisi" />
        )}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">{alasan.trim().length}/{ALASAN_MIN}+</Text>
          <Button disabled={!canSubmit} data-testid="decision-submit" onClick={async () => {
            const ok = await run(() => api.session.decide({
              itemId: item.id, hasil, jabatanId: hasil === 'direkomendasikan' ? jabatanId : null, alasan, syarat,
              alasanRevisi: revising ? alasanRevisi : null, targetBaru: hasil === 'direkomendasikan' ? targets : [],
              pengakuanPerhatian: hasil === 'direkomendasikan' ? diakui : [],
            }));
            if (ok) { await draft.clear(); props.onDone?.(); }
          }}>{revising ? t('decision.revise') : t('decision.record')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
