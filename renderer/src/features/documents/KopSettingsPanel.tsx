import { useEffect, useState } from 'react';
import { Alert, Button, FileInput, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { DocumentSettings } from '../../../../shared/documents/model';

const toLines = (list: string[]) => list.join('\n');
const fromLines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Letterhead per instansi (name, address, logo) and the SK's editable legal bases, kept in the dataset. */
export function KopSettingsPanel() {
  const { t } = useTranslation('documents');
  const [s, setS] = useState<DocumentSettings | null>(null);
  const [lists, setLists] = useState({ menimbang: '', mengingat: '', tembusan: '' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void api.documents.getSettings({}).then((v) => {
      setS(v);
      setLists({ menimbang: toLines(v.naskah.menimbang), mengingat: toLines(v.naskah.mengingat), tembusan: toLines(v.naskah.tembusan) });
    });
  }, []);
  if (!s) return null;
  const kop = (k: keyof DocumentSettings['kop'], v: string | null) => setS({ ...s, kop: { ...s.kop, [k]: v } });

  async function save() {
    if (!s) return;
    setMessage(null);
    try {
      const next = await api.documents.updateSettings({
        kop: s.kop,
        naskah: { ...s.naskah, menimbang: fromLines(lists.menimbang), mengingat: fromLines(lists.mengingat), tembusan: fromLines(lists.tembusan) },
      });
      setS(next);
      setMessage({ ok: true, text: t('kop.tersimpan') });
    } catch (e) {
      setMessage({ ok: false, text: errorText(e) });
    }
  }

  async function logo(file: File | null) {
    if (!file) return kop('logoBase64', null);
    if (file.size > 512 * 1024) return setMessage({ ok: false, text: errorText(new Error(t('kop.logo'))) });
    kop('logoBase64', await fileToBase64(file));
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
      <Group align="flex-end">
        <FileInput label={t('kop.logo')} accept="image/png,image/jpeg" onChange={(f) => void logo(f)} w={320} clearable data-testid="kop-logo" />
        {s.kop.logoBase64 && <Button variant="subtle" onClick={() => kop('logoBase64', null)}>{t('kop.hapusLogo')}</Button>}
      </Group>
      <Textarea label={t('kop.menimbang')} autosize minRows={3} value={lists.menimbang} onChange={(e) => setLists({ ...lists, menimbang: e.currentTarget.value })} />
      <Textarea label={t('kop.mengingat')} autosize minRows={5} value={lists.mengingat} onChange={(e) => setLists({ ...lists, mengingat: e.currentTarget.value })} data-testid="kop-mengingat" />
      <Textarea label={t('kop.tembusan')} autosize minRows={3} value={lists.tembusan} onChange={(e) => setLists({ ...lists, tembusan: e.currentTarget.value })} />
      <TextInput label={t('kop.penandatangan')} value={s.naskah.namaPenandatangan} onChange={(e) => setS({ ...s, naskah: { ...s.naskah, namaPenandatangan: e.currentTarget.value } })} />
      {message && <Alert color={message.ok ? 'green' : 'red'}>{message.text}</Alert>}
      <Group><Button onClick={() => void save()} data-testid="kop-save">{t('kop.simpan')}</Button></Group>
    </Stack>
  );
}
