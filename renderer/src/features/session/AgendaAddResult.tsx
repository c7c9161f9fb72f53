import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AlasanDilewati } from '../../../../shared/ipc/session';

export interface AgendaAdded { added: number; skipped: number; alasanDilewati: AlasanDilewati[] }

/** What an add did: how many items were added, and why the others were left out, cause by cause. */
export function AgendaAddResult({ result }: { result: AgendaAdded }) {
  const { t } = useTranslation('session');
  const { t: tc } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm" c="teal.9" data-testid="agenda-add-result">{t('agenda.added', { added: result.added, skipped: result.skipped })}</Text>
      {result.alasanDilewati.length > 0 && (
        <List size="sm" data-testid="agenda-skip-reasons">
          {result.alasanDilewati.map((r) => (
            <List.Item key={`${r.sebab}-${r.nomor ?? ''}-${r.status ?? ''}`}>
              {t(`agenda.skip.${r.sebab}`, { jumlah: r.jumlah, nomor: r.nomor, status: r.status ? tc(`status.${r.status}`) : '' })}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
