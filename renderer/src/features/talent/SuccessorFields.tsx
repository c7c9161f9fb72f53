import { Button, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { KESIAPAN, type Kesiapan, type Suksesor } from '../../../../shared/talent/schemas';

interface Value { nip: string; kesiapan: Kesiapan; tindakan: string }

/** One successor: who (from the pool), how ready, the gaps to the post standard, the development actions. */
export function SuccessorFields(props: { n: number; value: Value; calon: Suksesor[]; current: Suksesor[]; onChange(v: Value): void; onRemove(): void }) {
  const { t } = useTranslation('talent');
  const { value: v } = props;
  const known = [...props.current, ...props.calon.filter((c) => !props.current.some((s) => s.nip === c.nip))];
  const info = known.find((c) => c.nip === v.nip);
  const pick = (nip: string | null) => {
    const c = known.find((x) => x.nip === nip);
    props.onChange(c ? { nip: c.nip, kesiapan: c.kesiapan, tindakan: c.tindakan } : { ...v, nip: '' });
  };
  return (
    <Paper withBorder p="xs" data-testid={`talent-successor-${props.n}`}>
      <Stack gap={6}>
        <Group grow align="end">
          <Select label={t('editor.calon', { n: props.n })} searchable value={v.nip || null} onChange={pick}
            data={known.map((c) => ({ value: c.nip, label: `${c.nama} — ${c.jabatan} (${c.box ?? '–'})` }))} />
          <Select label={t('editor.kesiapan')} allowDeselect={false} value={v.kesiapan} onChange={(k) => props.onChange({ ...v, kesiapan: k as Kesiapan })}
            data={KESIAPAN.map((k) => ({ value: k, label: t(`kesiapan.${k}`) }))} data-testid={`talent-kesiapan-${props.n}`} />
        </Group>
        {info && <Gaps s={info} />}
        <Textarea label={t('editor.tindakan')} autosize minRows={1} maxLength={600} value={v.tindakan}
          onChange={(e) => props.onChange({ ...v, tindakan: e.currentTarget.value })} />
        <Group justify="flex-end"><Button size="compact-xs" variant="subtle" color="red" onClick={props.onRemove}>{t('editor.remove')}</Button></Group>
      </Stack>
    </Paper>
  );
}

function Gaps({ s }: { s: Suksesor }) {
  const { t } = useTranslation('talent');
  const text = s.kesenjangan.map((g) => `${g.nama} ${g.aktual ?? t('editor.belumDiases')}/${g.standar}`).join(' · ');
  return <Text size="xs" c="dimmed">{t('editor.gaps')}: {text || t('editor.noGap')}</Text>;
}
