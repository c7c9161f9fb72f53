import { useEffect, useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { Sidang } from '../../../../shared/session/model';
import type { RunAct } from './use-session-record';
import { DateField } from '../../components/DateField';

/** Number, date, place and the quorum rule of a session that is not closed yet. */
export function EditSessionModal(props: { sidang: Sidang; opened: boolean; run: RunAct; onClose(): void }) {
  const { t } = useTranslation('session');
  const s = props.sidang;
  const [nomor, setNomor] = useState(s.nomor);
  const [tanggal, setTanggal] = useState(s.tanggal);
  const [tempat, setTempat] = useState(s.tempat);
  const [kuorum, setKuorum] = useState(s.kuorum);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!props.opened) return;
    setNomor(s.nomor); setTanggal(s.tanggal); setTempat(s.tempat); setKuorum(s.kuorum); setFailed(false);
  }, [props.opened, s]);

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('edit.title')} size="lg">
      <Stack>
        <TextInput label={t('create.nomor')} value={nomor} onChange={(e) => setNomor(e.currentTarget.value)} />
        <DateField label={t('create.tanggal')} value={tanggal || null} onChange={(v) => setTanggal(v ?? '')} />
        <TextInput label={t('create.tempat')} value={tempat} onChange={(e) => setTempat(e.currentTarget.value)} />
        <Group align="end" gap="xs">
          <Text size="sm" fw={500}>{t('quorum.rule')}:</Text>
          <Switch
            label={kuorum.lebihDari ? t('quorum.more') : t('quorum.atLeast')} checked={kuorum.lebihDari}
            onChange={(e) => setKuorum({ ...kuorum, lebihDari: e.currentTarget.checked })} data-testid="edit-lebih-dari"
          />
          <NumberInput w={70} min={1} max={100} value={kuorum.pembilang} onChange={(v) => setKuorum({ ...kuorum, pembilang: Number(v) || 1 })} data-testid="edit-pembilang" />
          <Text>/</Text>
          <NumberInput w={70} min={1} max={100} value={kuorum.penyebut} onChange={(v) => setKuorum({ ...kuorum, penyebut: Number(v) || 1 })} data-testid="edit-penyebut" />
          <Text size="sm">{t('quorum.of')}</Text>
        </Group>
        {failed && <Alert color="red">{t('edit.failed')}</Alert>}
        <Group justify="end">
          <Button data-testid="edit-submit" onClick={async () => {
            const ok = await props.run(() => api.session.update({ sidangId: s.id, nomor, tanggal, tempat, kuorum }));
            if (ok) props.onClose();
            else setFailed(true);
          }}>{t('edit.submit')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
