import { Group, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RequestFilter } from '../../../../shared/ipc/dataset';
import { COLUMNS, PICK_WIDTH, type SortKey } from './columns';

/** Column headings; the sortable ones are buttons that flip the direction on a second press. */
export function RequestListHeader({ filter, onSort }: { filter: RequestFilter; onSort(key: SortKey): void }) {
  const { t } = useTranslation();
  return (
    <Group gap={0} wrap="nowrap" bg="gray.1" px="xs" py={6} role="row">
      <div style={{ width: PICK_WIDTH }} role="columnheader" aria-label={t('requests.col.pick')} />
      {COLUMNS.map((c) => (
        <div key={c.label} style={{ width: c.width }} role="columnheader"
          aria-sort={filter.sortBy === c.key ? (filter.sortDir === 'asc' ? 'ascending' : 'descending') : undefined}>
          {c.key ? (
            <UnstyledButton onClick={() => onSort(c.key!)} data-testid={`sort-${c.key}`}>
              <Group gap={2} wrap="nowrap">
                <Text size="sm" fw={600}>{t(`requests.col.${c.label}`)}</Text>
                {filter.sortBy === c.key && (filter.sortDir === 'asc' ? <IconArrowUp size={14} /> : <IconArrowDown size={14} />)}
              </Group>
            </UnstyledButton>
          ) : <Text size="sm" fw={600}>{t(`requests.col.${c.label}`)}</Text>}
        </div>
      ))}
    </Group>
  );
}
