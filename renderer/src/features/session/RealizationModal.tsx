import { useEffect, useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { useAppState } from '../../app/app-state';
import type { TrackingRow } from '../../../../shared/session/timeline';
import { DateField } from '../../components/DateField';

/** Realization entered later, with a note saying where the evidence is. */
export function RealizationModal(props: { row: TrackingRow | null; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation('session');
  const { refresh } = useAppState();
  const [value, setValue] = useState<number>(0);
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const row = props.row;

  useEffect(() => {
    if (!row) return;
    setValue(row.target.realisasi ?? row.target.nilaiTarget);
    setDate(row.target.tanggalRealisasi ?? row.target.tenggat);
    setNote(row.target.catatanBukti);
    setError(null);
  }, [row]);

  return (
    <Modal opened={row !== null} onClose={props.onClose} title={t('tracking.enter')}>
      {row && (
        <Stack>
          <Text size="sm" fw={500}>{row.namaLengkap}</Text>
          <Text size="sm">{row.target.indikator} — {row.target.nilaiTarget} {row.target.satuan}</Text>
          <NumberInput label={t('tracking.value')} value={value} onChange={(v) => setValue(Number(v) || 0)} data-testid="realization-value" />
          <DateField label={t('tracking.date')} value={date || null} onChange={(v) => setDate(v ?? '')} data-testid="realization-date" />
          <Textarea label={t('tracking.evidence')} value={note} onChange={(e) => setNote(e.currentTarget.value)} data-testid="realization-note" />
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="end">
            <Button disabled={note.trim().length < 3} data-testid="realization-submit" onClick={async () => {
              try {
                await api.session.recordRealization({ targetId: row.target.id, realisasi: value, tanggalRealisasi: date, catatanBukti: note });
                await refresh();
                props.onSaved();
              } catch (e) {
                setError(errorText(e));
              }
            }}>{t('tracking.submit')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
