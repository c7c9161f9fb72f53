import { useState } from 'react';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/format/tanggal';
import type { AgendaItemRecord } from '../../../../shared/session/model';
import type { RunAct } from './use-session-record';
import { ProcedureForm } from './ProcedureForm';
import { SuccessionCitation } from '../talent/SuccessionCitation';

/**
 * The appointment path of a JPT Pratama item (the committee's vote is not it): the procedure as
 * recorded, and the form to name or correct it while the session is open.
 */
export function ProcedurePanel(props: { item: AgendaItemRecord; run: RunAct; closed: boolean }) {
  const { t } = useTranslation('session');
  const [editing, setEditing] = useState(false);
  const p = props.item.prosedurJpt;
  return (
    <Paper withBorder p="sm" data-testid="procedure-panel">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600} size="sm">{t('procedure.title')}</Text>
          {!props.closed && p && !editing && (
            <Button size="compact-xs" variant="subtle" onClick={() => setEditing(true)} data-testid="procedure-edit">{t('procedure.edit')}</Button>
          )}
        </Group>
        {p && !editing && <ProcedureSummary p={p} />}
        {p?.jenis === 'talent_pool' && itemPost(props.item) && <SuccessionCitation jabatanId={itemPost(props.item)!} />}
        {!p && props.closed && <Text size="sm" c="dimmed">{t('procedure.none')}</Text>}
        {!props.closed && (!p || editing) && (
          <ProcedureForm item={props.item} run={props.run} onDone={() => setEditing(false)} />
        )}
      </Stack>
    </Paper>
  );
}

/** The post a JPT item is about: its vacant post, or the request's first choice. */
const itemPost = (i: AgendaItemRecord) => i.jabatanLowong?.id ?? [...i.pilihan].sort((a, b) => a.peringkat - b.peringkat)[0]?.id ?? null;

function ProcedureSummary({ p }: { p: NonNullable<AgendaItemRecord['prosedurJpt']> }) {
  const { t } = useTranslation('session');
  return (
    <Stack gap={2} data-testid="procedure-summary">
      <Text size="sm">{t(`procedure.jenis.${p.jenis}`)} — {p.nomorReferensi}, {formatTanggal(p.tanggalReferensi)}</Text>
      {[...p.calon].sort((a, b) => a.peringkat - b.peringkat).map((c) => (
        <Text size="xs" key={c.peringkat} data-testid={`procedure-calon-${c.peringkat}`}>{c.peringkat}. {c.nama}</Text>
      ))}
      {p.pengecualian && (
        <Text size="xs" c="orange.8">{t(`procedure.pengecualian.${p.pengecualian}`)}: {p.alasanPengecualian}</Text>
      )}
    </Stack>
  );
}
