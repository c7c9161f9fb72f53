import { useEffect, useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { useAppState } from '../../app/app-state';
import { ATURAN_KEPUTUSAN, DEFAULT_ATURAN_KEPUTUSAN, DEFAULT_KUORUM, type AnggotaSidang, type AturanKeputusan } from '../../../../shared/session/model';
import type { AnggotaInput } from '../../../../shared/ipc/session';
import { DateField } from '../../components/DateField';
import { CreateSessionMembers } from './CreateSessionMembers';

/** The usual composition (Keputusan Wali Kota), used when there is no earlier session to copy. */
const BAKU: AnggotaInput[] = [
  { nama: 'Sekretaris Daerah', jabatan: 'Sekretaris Daerah Kota Bengkulu', peran: 'ketua' },
  { nama: 'Kepala BKPSDM', jabatan: 'Kepala BKPSDM Kota Bengkulu', peran: 'sekretaris' },
  { nama: 'Inspektur', jabatan: 'Inspektur Kota Bengkulu', peran: 'anggota' },
  { nama: 'Asisten Administrasi Umum', jabatan: 'Asisten Administrasi Umum', peran: 'anggota' },
];

const copied = (list: AnggotaSidang[]): AnggotaInput[] =>
  list.map((a) => ({ nama: a.nama, nip: a.nip, jabatan: a.jabatan, unitId: a.unitId, peran: a.peran }));

const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** New session: number, date, place, quorum rule; members entered here, filled from the latest session. */
export function CreateSessionModal(props: { opened: boolean; onClose(): void; onCreated(id: string): void }) {
  const { t } = useTranslation('session');
  const { refresh } = useAppState();
  const [nomor, setNomor] = useState('');
  const [tanggal, setTanggal] = useState(today());
  const [tempat, setTempat] = useState('Ruang Rapat Sekretariat Daerah Kota Bengkulu');
  const [kuorum, setKuorum] = useState(DEFAULT_KUORUM);
  const [aturan, setAturan] = useState<AturanKeputusan>(DEFAULT_ATURAN_KEPUTUSAN);
  const [previous, setPrevious] = useState<AnggotaSidang[]>([]);
  const [members, setMembers] = useState<AnggotaInput[]>(BAKU);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!props.opened) return;
    void api.session.list({}).then(async (list) => {
      const last = list[0];
      if (!last) return;
      const anggota = (await api.session.record({ sidangId: last.id })).anggota;
      setPrevious(anggota);
      setMembers(copied(anggota));
    });
  }, [props.opened]);


  async function submit() {
    setError(null);
    try {
      const { id } = await api.session.create({ nomor, tanggal, tempat, kuorum, aturanKeputusan: aturan, anggota: members.filter((m) => m.nama.trim()) });
      await refresh();
      props.onCreated(id);
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('create.title')} size="lg">
      <Stack>
        <TextInput label={t('create.nomor')} value={nomor} onChange={(e) => setNomor(e.currentTarget.value)} data-testid="create-nomor" />
        <DateField label={t('create.tanggal')} value={tanggal || null} onChange={(v) => setTanggal(v ?? '')} data-testid="create-tanggal" />
        <TextInput label={t('create.tempat')} value={tempat} onChange={(e) => setTempat(e.currentTarget.value)} data-testid="create-tempat" />
        <Group align="end" gap="xs">
          <Text size="sm" fw={500}>{t('quorum.rule')}:</Text>
          <Switch
            label={kuorum.lebihDari ? t('quorum.more') : t('quorum.atLeast')} checked={kuorum.lebihDari}
            onChange={(e) => setKuorum({ ...kuorum, lebihDari: e.currentTarget.checked })}
          />
          <NumberInput w={70} min={1} max={100} value={kuorum.pembilang} onChange={(v) => setKuorum({ ...kuorum, pembilang: Number(v) || 1 })} />
          <Text>/</Text>
          <NumberInput w={70} min={1} max={100} value={kuorum.penyebut} onChange={(v) => setKuorum({ ...kuorum, penyebut: Number(v) || 1 })} />
          <Text size="sm">{t('quorum.of')}</Text>
        </Group>
        <Select label={t('rules.aturan')} value={aturan} allowDeselect={false} data-testid="create-aturan"
          data={ATURAN_KEPUTUSAN.map((a) => ({ value: a, label: t(`rules.aturanLabel.${a}`) }))} onChange={(v) => setAturan((v as AturanKeputusan) ?? aturan)} />
        <CreateSessionMembers value={members} onChange={setMembers} onCopy={() => setMembers(previous.length > 0 ? copied(previous) : BAKU)} />
        {error && <Alert color="red" data-testid="create-error">{error}</Alert>}
        <Group justify="end">
          <Button onClick={() => void submit()} disabled={!nomor.trim() || !tempat.trim()} data-testid="create-submit">{t('create.submit')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
