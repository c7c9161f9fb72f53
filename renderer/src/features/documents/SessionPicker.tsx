import { Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '../../../../shared/ipc/documents';
import { formatTanggal } from '../../../../shared/format/tanggal';

/** The session whose documents are shown, with a one-line summary of its outcome. */
export function SessionPicker(props: { sessions: SessionSummary[] | null; sidangId: string | null; onChange: (id: string | null) => void; current?: SessionSummary }) {
  const { t } = useTranslation('documents');
  const c = props.current;
  return (
    <Group align="flex-end" wrap="wrap">
      <Select
        label={t('sesi.pilih')} w={440} value={props.sidangId} onChange={props.onChange} data-testid="doc-session-select" allowDeselect={false}
        data={(props.sessions ?? []).map((s) => ({ value: s.id, label: `${s.nomor} — ${formatTanggal(s.tanggal)} (${t(`sesi.status.${s.status}`)})` }))}
      />
      {c && (
        <Text size="sm" c="dimmed" pb={6}>
          {t('sesi.ringkas', { agenda: c.agenda, rek: c.direkomendasikan, tidak: c.tidakDirekomendasikan, hadir: c.hadir, anggota: c.anggota })}
        </Text>
      )}
    </Group>
  );
}
