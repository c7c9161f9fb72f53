import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconEdit, IconTimeline } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Nip } from '../../app/Redacted';
import { useDraft } from '../../app/drafts';
import { formatTanggal } from '../../../../shared/format/tanggal';
import type { AgendaItemRecord, SessionRecord } from '../../../../shared/session/model';
import type { RunAct } from './use-session-record';
import { MemberVotes } from './MemberVotes';
import { DecisionForm } from './DecisionForm';
import { DecisionHistory } from './DecisionHistory';
import { itemTitle } from './AgendaList';
import { AgendaFeedback } from '../review/AgendaFeedback';
import { ProcedurePanel } from './ProcedurePanel';
import { RULE_BY_ID, type RuleId } from '../../../../shared/rules/eligibility-rules';
import { isJptItem } from './procedure-item';

/** One agenda item: who and what, recusals and votes, notes, the decision and its history. */
export function AgendaItemPanel(props: {
  record: SessionRecord; item: AgendaItemRecord; run: RunAct; closed: boolean; onTimeline(nip: string): void;
}) {
  const { t } = useTranslation('session');
  const { t: tc, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const { item, run, closed } = props;
  // Discussion notes typed and not yet saved survive lock, reload and restart as a draft.
  const notesDraft = useDraft(`catatan:${item.id}`, item.catatanDiskusi);
  const notes = notesDraft.value;
  const [revising, setRevising] = useState(false);
  const p = item.pemohon;

  return (
    <Stack gap="sm" data-testid="agenda-item-panel">
      <Paper withBorder p="sm">
        <Group justify="space-between" align="start">
          <Stack gap={2}>
            <Title order={5} data-testid="item-title">{item.urutan}. {itemTitle(item, (nama) => t('agenda.vacant', { nama }))}</Title>
            {p && (
              <>
                <Text size="sm" c="dimmed"><Nip nip={p.nip} /> · {p.golongan}</Text>
                <Text size="sm">{t('item.current')}: {p.jabatanSaatIni}{p.levelSaatIni ? ` (${p.levelSaatIni})` : ''} — {p.unitNama}</Text>
              </>
            )}
            {item.pilihan.length > 0 && (
              <Text size="sm">
                {t('item.choices')}: {item.pilihan.map((j) => `${j.peringkat}. ${j.nama} (${j.level}, ${j.unitNama})`).join('; ')}
              </Text>
            )}
          </Stack>
          <Stack gap={4} align="end">
            {item.statusPermohonan && <Badge variant="light">{tc(`status.${item.statusPermohonan}`)}</Badge>}
            {p && (
              <Button size="xs" variant="subtle" leftSection={<IconTimeline size={14} />} onClick={() => props.onTimeline(p.nip)}>
                {t('item.timeline')}
              </Button>
            )}
          </Stack>
        </Group>
        {item.target.length > 0 && (
          <Stack gap={0} mt="xs">
            <Text size="xs" fw={600}>{t('item.targets')}</Text>
            {item.target.map((tg) => (
              <Text size="xs" key={tg.id}>
                • {tg.indikator}: {tg.nilaiTarget} {tg.satuan} — {formatTanggal(tg.tenggat)}{tg.denganPakta ? ' · pakta' : ''}
              </Text>
            ))}
          </Stack>
        )}
      </Paper>
      {item.pengecualian.length > 0 && (
        <Paper withBorder p="sm" data-testid="item-exceptions">
          <Text size="sm" fw={600}>{t('rules.exceptionsTitle')}</Text>
          {item.pengecualian.map((e) => (
            <Text size="xs" key={`${e.jabatanId}-${e.ruleId}`}>• {RULE_BY_ID.get(e.ruleId as RuleId)?.nama[lang] ?? e.ruleId}: {t('rules.exception', { alasan: e.alasan, nama: e.namaPengusul })}</Text>
          ))}
        </Paper>
      )}
      {isJptItem(item) && <ProcedurePanel item={item} run={run} closed={closed} />}
      {/* Members' questions and stance tally from their offline review (never votes). */}
      <AgendaFeedback agendaItemId={item.id} />
      <MemberVotes record={props.record} item={item} run={run} closed={closed} />
      <Paper withBorder p="sm">
        <Stack gap="xs">
          <Textarea
            label={t('item.notes')} autosize minRows={2} value={notes} disabled={closed}
            onChange={(e) => notesDraft.set(e.currentTarget.value)} data-testid="item-notes"
          />
          {!closed && notes !== item.catatanDiskusi && (
            <Group><Button size="xs" variant="light" data-testid="item-notes-save"
              onClick={() => void run(async () => { const answer = await api.session.setNotes({ itemId: item.id, catatan: notes }); await notesDraft.clear(); return answer; })}>{t('item.saveNotes')}</Button></Group>
          )}
        </Stack>
      </Paper>
      {/* Once decided, the decision and its history come first; revising is a deliberate second step. */}
      <DecisionHistory item={item} />
      {!closed && item.keputusan && !revising && (
        <Group><Button variant="light" color="orange" leftSection={<IconEdit size={14} />} onClick={() => setRevising(true)} data-testid="decision-revise-open">
          {t('decision.revise')}
        </Button></Group>
      )}
      {!closed && (!item.keputusan || revising) && (
        <DecisionForm key={item.keputusan?.versi ?? 0} record={props.record} item={item} run={run} onDone={() => setRevising(false)} />
      )}
    </Stack>
  );
}
