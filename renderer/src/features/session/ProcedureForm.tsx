import { Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { DateField } from '../../components/DateField';
import {
  ALASAN_PENGECUALIAN_MIN, PENGECUALIAN_DUA_TAHUN, PROSEDUR_JPT, type PengecualianDuaTahun, type ProsedurJptJenis,
} from '../../../../shared/session/procedure';
import type { AgendaItemRecord } from '../../../../shared/session/model';
import type { RunAct } from './use-session-record';
import { PanselCandidates, emptyCalon, type CalonDraft } from './PanselCandidates';

interface ProcedureDraft {
  jenis: ProsedurJptJenis; nomorReferensi: string; tanggalReferensi: string | null;
  calon: CalonDraft[]; pengecualian: PengecualianDuaTahun | null; alasanPengecualian: string;
}

function initialDraft(p: AgendaItemRecord['prosedurJpt']): ProcedureDraft {
  if (!p) return { jenis: 'seleksi_terbuka', nomorReferensi: '', tanggalReferensi: null, calon: emptyCalon(), pengecualian: null, alasanPengecualian: '' };
  const calon = p.calon.length ? p.calon.map((c) => ({ ...c, nip: c.nip ?? '' })) : emptyCalon();
  return { ...p, calon };
}

/** Names a JPT item's procedure: its kind, the report it rests on, the pansel's three names, a two-year exception. */
export function ProcedureForm(props: { item: AgendaItemRecord; run: RunAct; onDone(): void }) {
  const { t } = useTranslation('session');
  const form = useForm<ProcedureDraft>({
    initialValues: initialDraft(props.item.prosedurJpt),
    validate: {
      nomorReferensi: (v) => (v.trim().length < 3 ? t('procedure.errNomor') : null),
      tanggalReferensi: (v) => (v ? null : t('procedure.errTanggal')),
      calon: (v, all) => (all.jenis === 'seleksi_terbuka' && v.some((c) => c.nama.trim().length < 2) ? t('procedure.errCalon') : null),
      alasanPengecualian: (v, all) => (all.pengecualian && v.trim().length < ALASAN_PENGECUALIAN_MIN ? t('procedure.errAlasan', { min: ALASAN_PENGECUALIAN_MIN }) : null),
    },
  });
  const v = form.values;
  const submit = form.onSubmit(async (d) => {
    const calon = d.jenis === 'seleksi_terbuka' ? d.calon.map((c) => ({ peringkat: c.peringkat, nama: c.nama.trim(), nip: c.nip.replace(/\s+/g, '') || null })) : [];
    const ok = await props.run(() => api.session.setProcedure({
      itemId: props.item.id,
      prosedur: { ...d, tanggalReferensi: d.tanggalReferensi!, calon, alasanPengecualian: d.pengecualian ? d.alasanPengecualian : '' },
    }));
    if (ok) props.onDone();
  });
  return (
    <form onSubmit={submit} data-testid="procedure-form">
      <Stack gap="xs">
        <Select label={t('procedure.jenisLabel')} allowDeselect={false} data-testid="procedure-jenis" {...form.getInputProps('jenis')}
          data={PROSEDUR_JPT.map((j) => ({ value: j, label: t(`procedure.jenis.${j}`) }))} />
        <Group grow align="start">
          <TextInput label={t(`procedure.nomor.${v.jenis}`)} data-testid="procedure-nomor" {...form.getInputProps('nomorReferensi')} />
          <DateField label={t('procedure.tanggal')} data-testid="procedure-tanggal" {...form.getInputProps('tanggalReferensi')} />
        </Group>
        {v.jenis === 'seleksi_terbuka' && (
          <PanselCandidates value={v.calon} error={form.errors.calon} onChange={(c) => form.setFieldValue('calon', c)} />
        )}
        <Select label={t('procedure.pengecualianLabel')} clearable data-testid="procedure-pengecualian" {...form.getInputProps('pengecualian')}
          data={PENGECUALIAN_DUA_TAHUN.map((p) => ({ value: p, label: t(`procedure.pengecualian.${p}`) }))} />
        {v.pengecualian && (
          <Textarea label={t('procedure.alasanPengecualian')} autosize minRows={2} data-testid="procedure-alasan" {...form.getInputProps('alasanPengecualian')} />
        )}
        <Group><Button type="submit" size="xs" data-testid="procedure-submit">{t('procedure.save')}</Button></Group>
      </Stack>
    </form>
  );
}
