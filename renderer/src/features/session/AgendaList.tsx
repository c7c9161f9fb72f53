import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlaylistAdd, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ProcedureBadges } from './ProcedureBadges';
import { isJptItem } from './procedure-item';
import { api } from '../../api';
import type { AgendaItemRecord, SessionRecord } from '../../../../shared/session/model';
import type { RunAct } from './use-session-record';
import { AddAgendaModal } from './AddAgendaModal';

export const HASIL_COLOR = { direkomendasikan: 'teal', tidak_direkomendasikan: 'red', ditunda: 'yellow', tetap: 'blue', diberhentikan: 'grape' } as const;

export function itemTitle(item: AgendaItemRecord, vacant: (nama: string) => string): string {
  return item.pemohon?.namaLengkap ?? (item.jabatanLowong ? vacant(item.jabatanLowong.nama) : item.id);
}

/** The ordered agenda; each row shows whether it is decided. */
export function AgendaList(props: {
  record: SessionRecord; run: RunAct; closed: boolean; selected: string | null; onSelect(id: string): void;
}) {
  const { t } = useTranslation('session');
  const { record, run, closed } = props;
  const [adding, setAdding] = useState(false);
  const last = record.items.length - 1;

  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={5}>{t('agenda.title')} ({record.items.length})</Title>
          {!closed && (
            <Button size="xs" variant="light" leftSection={<IconPlaylistAdd size={14} />} onClick={() => setAdding(true)} data-testid="agenda-add">
              {t('agenda.add')}
            </Button>
          )}
        </Group>
        {record.items.length === 0 && <Text size="sm" c="dimmed">{t('agenda.empty')}</Text>}
        <Stack gap={2} mah={520} style={{ overflowY: 'auto' }}>
          {record.items.map((it, i) => (
            <Group
              key={it.id} gap={4} wrap="nowrap" p={4}
              bg={props.selected === it.id ? 'blue.0' : undefined} style={{ borderRadius: 4 }}
            >
              <UnstyledButton style={{ flex: 1, minWidth: 0 }} onClick={() => props.onSelect(it.id)} data-testid={`agenda-item-${it.urutan}`}
                aria-current={props.selected === it.id ? true : undefined}>
                <Text size="sm" fw={500} truncate>{it.urutan}. {itemTitle(it, (nama) => t('agenda.vacant', { nama }))}</Text>
                <Group gap={4}>
                  {it.keputusan
                    ? <Badge size="xs" color={HASIL_COLOR[it.keputusan.hasil]}>{t(`decision.hasilLabel.${it.keputusan.hasil}`)}{it.keputusan.versi > 1 ? ` · v${it.keputusan.versi}` : ''}</Badge>
                    : <Badge size="xs" color="gray" variant="outline">{t('agenda.undecided')}</Badge>}
                  {it.konflik.length > 0 && <Badge size="xs" color="grape" variant="light">{t('conflict.recused')}: {it.konflik.length}</Badge>}
                  <ProcedureBadges item={it} jpt={isJptItem(it)} />
                </Group>
              </UnstyledButton>
              {!closed && (
                <>
                  <ActionIcon size="sm" variant="subtle" disabled={i === 0} aria-label={t('agenda.up')}
                    onClick={() => void run(() => api.session.moveAgenda({ itemId: it.id, arah: 'naik' }))}><IconArrowUp size={14} /></ActionIcon>
                  <ActionIcon size="sm" variant="subtle" disabled={i === last} aria-label={t('agenda.down')}
                    onClick={() => void run(() => api.session.moveAgenda({ itemId: it.id, arah: 'turun' }))}><IconArrowDown size={14} /></ActionIcon>
                  {!it.keputusan && (
                    <ActionIcon size="sm" variant="subtle" color="red" aria-label={t('agenda.remove')}
                      onClick={() => void run(() => api.session.removeAgenda({ itemId: it.id }))}><IconTrash size={14} /></ActionIcon>
                  )}
                </>
              )}
            </Group>
          ))}
        </Stack>
      </Stack>
      <AddAgendaModal opened={adding} sidangId={record.sidang.id} run={run} onClose={() => setAdding(false)} />
    </Paper>
  );
}
