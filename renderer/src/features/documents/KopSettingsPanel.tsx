import { useEffect, useState } from 'react';
import { Alert, Button, Group, Image, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { DocumentSettings } from '../../../../shared/documents/model';
import { DEFAULT_NASKAH } from '../../../../shared/documents/defaults';
import { dasarHukumDicabut } from '../../../../shared/documents/dasar-hukum';

const toLines = (list: string[]) => list.join('\n');
const fromLines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
type Lists = { menimbang: string; mengingat: string; tembusan: string; menimbangPemberhentian: string };
const listsOf = (n: DocumentSettings['naskah']): Lists => ({
  menimbang: toLines(n.menimbang), mengingat: toLines(n.mengingat), tembusan: toLines(n.tembusan), menimbangPemberhentian: toLines(n.menimbangPemberhentian),
});

/** The emblem lives in the dataset: imported once through main's file dialog (checked there), or removed. */
function KopEmblem(props: { logo: string | null; onImported: (s: DocumentSettings) => void; onRemove: () => void; onError: (e: unknown) => void }) {
  const { t } = useTranslation('documents');
  const importLogo = () => api.documents.importLogo({}).then(props.onImported, props.onError);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>{t('kop.logo')}</Text>
      <Group align="center">
        {props.logo ? <Image src={`data:image/*;base64,${props.logo}`} w={56} h={56} fit="contain" alt="" /> : <Text size="sm" c="dimmed">{t('kop.tanpaLogo')}</Text>}
        <Button variant="light" onClick={() => void importLogo()} data-testid="kop-logo-import">{t('kop.imporLogo')}</Button>
        {props.logo && <Button variant="subtle" onClick={props.onRemove} data-testid="kop-logo-remove">{t('kop.hapusLogo')}</Button>}
      </Group>
    </Stack>
  );
}

/** Warns about Mengingat entries that cite a revoked regulation, with a way back to the default list. */
function Dicabut(props: { mengingat: string; onReset: () => void }) {
  const { t } = useTranslation('documents');
  const found = dasarHukumDicabut(fromLines(props.mengingat));
  if (found.length === 0) return null;
  return (
    <Alert color="orange" data-testid="kop-dicabut">
      {found.map((d) => <div key={`${d.index}-${d.nama}`}>{t('kop.dicabut', { no: d.index + 1, nama: d.nama, oleh: d.oleh })}</div>)}
      <Button size="xs" variant="light" mt="xs" onClick={props.onReset}>{t('kop.pakaiBawaan')}</Button>
    </Alert>
  );
}

/** Letterhead per instansi (name, address, emblem) and the SK's editable wording, kept in the dataset. */
export function KopSettingsPanel() {
  const { t } = useTranslation('documents');
  const [s, setS] = useState<DocumentSettings | null>(null);
  const [lists, setLists] = useState<Lists>(listsOf(DEFAULT_NASKAH));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const load = (v: DocumentSettings) => { setS(v); setLists(listsOf(v.naskah)); };

  useEffect(() => { void api.documents.getSettings({}).then(load); }, []);
  if (!s) return null;
  const kop = (k: keyof DocumentSettings['kop'], v: string | null) => setS({ ...s, kop: { ...s.kop, [k]: v } });
  const list = (k: keyof Lists) => ({ value: lists[k], onChange: (e: React.ChangeEvent<HTMLTextAreaElement>) => setLists({ ...lists, [k]: e.currentTarget.value }) });
  const fail = (e: unknown) => setMessage({ ok: false, text: errorText(e) });

  async function save() {
    if (!s) return;
    setMessage(null);
    const naskah = { ...s.naskah, ...Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, fromLines(v)])) };
    await api.documents.updateSettings({ kop: s.kop, naskah }).then((next) => { load(next); setMessage({ ok: true, text: t('kop.tersimpan') }); }, fail);
  }

  return (
    <Stack gap="sm" maw={900}>
      <Group grow>
        <TextInput label={t('kop.pemerintah')} value={s.kop.pemerintah} onChange={(e) => kop('pemerintah', e.currentTarget.value)} data-testid="kop-pemerintah" />
        <TextInput label={t('kop.instansi')} value={s.kop.instansi} onChange={(e) => kop('instansi', e.currentTarget.value)} data-testid="kop-instansi" />
      </Group>
      <Group grow>
        <TextInput label={t('kop.alamat')} value={s.kop.alamat} onChange={(e) => kop('alamat', e.currentTarget.value)} />
        <TextInput label={t('kop.kontak')} value={s.kop.kontak} onChange={(e) => kop('kontak', e.currentTarget.value)} />
      </Group>
      <Group grow>
        <TextInput label={t('kop.kota')} value={s.kop.kota} onChange={(e) => kop('kota', e.currentTarget.value)} />
        <TextInput label={t('kop.kepalaDaerah')} value={s.kop.kepalaDaerah} onChange={(e) => kop('kepalaDaerah', e.currentTarget.value)} />
      </Group>
      <KopEmblem logo={s.kop.logoBase64} onImported={(v) => setS({ ...s, kop: { ...s.kop, logoBase64: v.kop.logoBase64 } })} onRemove={() => kop('logoBase64', null)} onError={fail} />
      <Textarea label={t('kop.menimbang')} description={t('kop.tentang')} autosize minRows={3} {...list('menimbang')} />
      <Textarea label={t('kop.mengingat')} autosize minRows={5} {...list('mengingat')} data-testid="kop-mengingat" />
      <Dicabut mengingat={lists.mengingat} onReset={() => setLists({ ...lists, mengingat: toLines(DEFAULT_NASKAH.mengingat) })} />
      <Textarea label={t('kop.menimbangPemberhentian')} autosize minRows={3} {...list('menimbangPemberhentian')} />
      <Textarea label={t('kop.tembusan')} autosize minRows={3} {...list('tembusan')} />
      <TextInput label={t('kop.penandatangan')} value={s.naskah.namaPenandatangan} onChange={(e) => setS({ ...s, naskah: { ...s.naskah, namaPenandatangan: e.currentTarget.value } })} />
      {message && <Alert color={message.ok ? 'green' : 'red'}>{message.text}</Alert>}
      <Group><Button onClick={() => void save()} data-testid="kop-save">{t('kop.simpan')}</Button></Group>
    </Stack>
  );
}
