import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTanggal } from '../../../../shared/format/tanggal';
import type { Masukan } from '../../../../shared/masukan/schemas';
import { useProjector } from '../../app/app-state';

/**
 * One candidate's feedback, oldest first. The sender's contact only when `withKontak` (default false:
 * the comparison is shown to the whole committee) and never on a projector.
 */
export function MasukanList({ items, withKontak = false }: { items: Masukan[]; withKontak?: boolean }) {
  const { t } = useTranslation('masukan');
  const projector = useProjector();
  if (items.length === 0) return <Text size="xs" c="dimmed">{t('none')}</Text>;
  return (
    <Stack gap={6}>
      {items.map((m) => (
        <Paper key={m.id} withBorder p={6} radius="sm" data-testid="masukan-item">
          <Text size="xs" c="dimmed">{formatTanggal(m.tanggal)}</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{m.teks}</Text>
          {withKontak && (
            <Text size="xs" c="dimmed">
              {m.kontak && !projector ? `${t('kontak', { k: m.kontak })} · ` : ''}{t('from', { berkas: m.berkas, baris: m.baris })}
            </Text>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
