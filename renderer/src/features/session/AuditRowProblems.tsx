import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { AuditReport } from '../../../../shared/ipc/dataset';
import { useAuditT } from './audit-i18n';

/** Table rows that no longer match the chain's payloads: which table, which row, what differs. */
export function AuditRowProblems({ rows }: { rows: AuditReport['rows'] }) {
  const t = useAuditT();
  if (rows.total === 0) return <Text size="sm" c="teal" data-testid="audit-rows-ok">{t('rowsOk', { count: rows.checked })}</Text>;
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={t('rowsTitle', { count: rows.total })} data-testid="audit-row-problems">
      <List size="sm">
        {rows.problems.map((p, i) => (
          <List.Item key={i} data-testid="audit-row-problem">
            <Text span ff="monospace" size="sm">{p.tabel} {p.baris}</Text>{': '}
            {t(`row.${p.masalah}`, { kolom: p.kolom, seq: p.seq, tercatat: JSON.stringify(p.tercatat), diTabel: JSON.stringify(p.diTabel) })}
          </List.Item>
        ))}
      </List>
      {rows.total > rows.problems.length && <Text size="xs">{t('rowsMore', { count: rows.total - rows.problems.length })}</Text>}
    </Alert>
  );
}
