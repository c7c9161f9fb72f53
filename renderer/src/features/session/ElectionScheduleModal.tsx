import { useEffect, useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { DateField } from '../../components/DateField';
import { formatTanggal } from '../../../../shared/format/tanggal';
import type { JadwalPilkada, JendelaPilkada } from '../../../../shared/session/election-window';

/**
 * The dataset's regional-head election dates (inauguration, next candidate designation, end of
 * term) and the windows they give, in which replacing officials needs the Minister's approval.
 */
export function ElectionScheduleModal(props: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation('session');
  const [jadwal, setJadwal] = useState<JadwalPilkada | null>(null);
  const [jendela, setJendela] = useState<JendelaPilkada[]>([]);
  const [error, setError] = useState<string | null>(null);
  const load = () => api.session.electionSchedule({}).then((r) => { setJadwal(r.jadwal); setJendela(r.jendela); }, (e) => setError(errorText(e)));
  useEffect(() => { if (props.opened) void load(); }, [props.opened]);
  const save = async () => {
    setError(null);
    try {
      await api.session.setElectionSchedule(jadwal!);
      await load();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const field = (k: keyof JadwalPilkada) => ({
    label: t(`procedure.jadwal.${k}`), value: jadwal?.[k] ?? null, 'data-testid': `jadwal-${k}`,
    onChange: (v: string | null) => setJadwal((j) => (j ? { ...j, [k]: v } : j)),
  });
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('procedure.jadwal.title')}>
      {jadwal && (
        <Stack gap="xs">
          <DateField {...field('tanggalPelantikan')} />
          <DateField {...field('tanggalPenetapanCalon')} />
          <DateField {...field('akhirMasaJabatan')} description={t('procedure.jadwal.akhirHint')} />
          {error && <Alert color="red" p="xs" data-testid="jadwal-error">{error}</Alert>}
          <Stack gap={2} data-testid="jadwal-windows">
            {jendela.map((w) => (
              <Text size="xs" key={w.jenis}>{t('procedure.jadwal.window', { dasar: w.dasar, mulai: formatTanggal(w.mulai), sampai: formatTanggal(w.sampai) })}</Text>
            ))}
          </Stack>
          <Group justify="end"><Button onClick={() => void save()} data-testid="jadwal-submit">{t('procedure.jadwal.save')}</Button></Group>
        </Stack>
      )}
    </Modal>
  );
}
