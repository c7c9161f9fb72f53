import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Group, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { CompareConfig } from '../../../../shared/ipc/compare';
import { GOLONGAN } from '../../../../shared/domain/golongan';
import { PENDIDIKAN } from '../../../../shared/domain/pegawai';
import { PREDIKAT_SKP } from '../../../../shared/domain/skp';

type Value = number | string;
const OPTIONS: Record<string, readonly string[]> = { golongan: GOLONGAN, pendidikan: PENDIDIKAN, predikat: PREDIKAT_SKP };

/**
 * The rules table with legal sources and this dataset's values. Edits are collected and saved in
 * one compare:setConfig call with a reason, which the audit trail records (old → new per key).
 */
export function RulesPanel(props: { config: CompareConfig; readOnly: boolean; onSaved(cfg: CompareConfig): void }) {
  const { t, i18n } = useTranslation('compare');
  const en = i18n.language === 'en';
  const [draft, setDraft] = useState<Record<string, Value>>({});
  const [alasan, setAlasan] = useState('');
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const defs = useMemo(() => new Map(props.config.defs.map((d) => [d.key, d])), [props.config.defs]);
  const ruleKeys = new Set(props.config.rules.flatMap((r) => r.params));
  const other = props.config.defs.filter((d) => !ruleKeys.has(d.key)).map((d) => d.key);

  const input = (key: string) => {
    const d = defs.get(key)!;
    const value = draft[key] ?? props.config.values[key]!;
    const changed = key in props.config.overrides;
    const label = (
      <Group gap={4} wrap="nowrap">
        <Text size="xs">{en ? d.label.en : d.label.id}</Text>
        {changed && <Badge size="xs" color="orange">{t('rules.changed')}</Badge>}
      </Group>
    );
    const common = { size: 'xs' as const, label, disabled: props.readOnly, description: t('rules.default', { v: `${d.default}${d.unit ? ` ${d.unit}` : ''}` }), 'data-testid': `rule-param-${key}` };
    return d.kind === 'number'
      ? <NumberInput key={key} {...common} w={210} min={d.min} max={d.max} value={value as number} suffix={d.unit ? ` ${d.unit}` : undefined}
          onChange={(v) => setDraft((x) => ({ ...x, [key]: typeof v === 'number' ? v : Number(v) }))} />
      : <Select key={key} {...common} w={210} data={[...OPTIONS[d.kind]!]} value={String(value)} allowDeselect={false}
          onChange={(v) => v && setDraft((x) => ({ ...x, [key]: v }))} />;
  };

  const save = async () => {
    try {
      const cfg = await api.compare.setConfig({ values: draft, alasan });
      setDraft({}); setAlasan(''); setMsg({ ok: true, text: t('rules.saved') });
      props.onSaved(cfg);
    } catch (e) {
      setMsg({ ok: false, text: errorText(e) });
    }
  };
  const reset = async () => {
    try {
      const cfg = await api.compare.resetConfig({});
      setDraft({}); setMsg({ ok: true, text: t('rules.saved') });
      props.onSaved(cfg);
    } catch (e) {
      setMsg({ ok: false, text: errorText(e) });
    }
  };

  return (
    <Stack gap="sm" data-testid="rules-panel">
      <Title order={5}>{t('rules.title')}</Title>
      {props.readOnly && <Alert color="grape">{t('rules.packet')}</Alert>}
      <Table striped verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr><Table.Th w="22%">{t('rules.rule')}</Table.Th><Table.Th w="28%">{t('rules.source')}</Table.Th><Table.Th>{t('rules.params')}</Table.Th></Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.config.rules.map((r) => (
            <Table.Tr key={r.id} data-testid={`rule-${r.id}`}>
              <Table.Td fw={600}>{en ? r.nama.en : r.nama.id}</Table.Td>
              <Table.Td><Text size="xs">{r.sumber}</Text></Table.Td>
              <Table.Td><Group gap="xs" align="flex-end">{r.params.map(input)}</Group></Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td fw={600}>{t('rules.otherParams')}</Table.Td>
            <Table.Td><Text size="xs">docs/rules.md</Text></Table.Td>
            <Table.Td><Group gap="xs" align="flex-end">{other.map(input)}</Group></Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {!props.readOnly && (
        <Group align="flex-end">
          <TextInput flex={1} size="xs" label={t('rules.reason')} value={alasan} onChange={(e) => setAlasan(e.currentTarget.value)} maxLength={500} data-testid="rules-reason" />
          <Button size="xs" onClick={() => void save()} disabled={Object.keys(draft).length === 0} data-testid="rules-save">{t('rules.save')}</Button>
          <Button size="xs" variant="default" onClick={() => void reset()} disabled={Object.keys(props.config.overrides).length === 0} data-testid="rules-reset">{t('rules.reset')}</Button>
        </Group>
      )}
      {msg && <Alert color={msg.ok ? 'teal' : 'red'} data-testid="rules-message">{msg.text}</Alert>}
    </Stack>
  );
}
