import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy, IconFileSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { SheetChoice, SourceSheet } from '../../../../shared/ipc/intake';
import { choicesOf, initialMapping, type MappingValues } from './mapping-fields';
import { ProfileBar } from './ProfileBar';
import { SheetMappingCard } from './SheetMappingCard';

/** The mapping screen: a profile to start from, each sheet's columns → template fields, save by name, check. */
export function MappingPanel(props: {
  sheets: SourceSheet[]; profil: string | null; busy: boolean; onProfil(nama: string | null): void; onCheck(pemetaan: SheetChoice[]): void;
}) {
  const { t } = useTranslation('intake');
  const form = useForm<MappingValues>({ initialValues: initialMapping(props.sheets) });
  const [saved, setSaved] = useState<{ ok: boolean; text: string } | null>(null);
  const [reload, setReload] = useState(0);
  const save = async () => {
    const nama = form.values.nama.trim();
    if (!nama) return form.setFieldError('nama', t('mapping.nameRequired'));
    try {
      await api.intake.saveProfile({ nama, pemetaan: choicesOf(form.values) });
      setSaved({ ok: true, text: t('mapping.saved', { nama }) });
      setReload((n) => n + 1);
    } catch (err) {
      setSaved({ ok: false, text: errorText(err) });
    }
  };
  return (
    <Paper withBorder p="md" data-testid="mapping-panel">
      <Stack gap="sm">
        <Title order={4}>{t('mapping.title')}</Title>
        <Alert color="blue">{t('mapping.intro')}</Alert>
        <ProfileBar value={props.profil} onChange={props.onProfil} reload={reload} />
        {props.sheets.map((s, i) => <SheetMappingCard key={s.source} form={form} index={i} sheet={s} />)}
        <Group align="flex-end">
          <TextInput label={t('mapping.saveAs')} placeholder={t('mapping.namePlaceholder')} w={280} {...form.getInputProps('nama')} data-testid="mapping-name" />
          <Button variant="default" leftSection={<IconDeviceFloppy size={16} />} onClick={() => void save()} data-testid="mapping-save">{t('mapping.save')}</Button>
          <Button leftSection={<IconFileSearch size={16} />} loading={props.busy} onClick={() => props.onCheck(choicesOf(form.values))} data-testid="mapping-check">
            {t('mapping.check')}
          </Button>
        </Group>
        {saved && <Alert color={saved.ok ? 'teal' : 'red'} data-testid="mapping-saved">{saved.text}</Alert>}
      </Stack>
    </Paper>
  );
}
