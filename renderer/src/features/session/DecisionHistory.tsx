import { Badge, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItemRecord } from '../../../../shared/session/model';
import { HASIL_COLOR } from './AgendaList';
import { ringkasanKelayakan } from '../../../../shared/session/decision-rules';

/** Every version of the item's decision, newest first; earlier versions stay visible, struck through. */
export function DecisionHistory(props: { item: AgendaItemRecord }) {
  const { t } = useTranslation('session');
  const { item } = props;
  if (item.riwayat.length === 0) return null;
  const current = item.keputusan!.versi;
  return (
    <Paper withBorder p="sm" data-testid="decision-history">
      <Stack gap="xs">
        <Title order={5}>{t('decision.history')}</Title>
        <Timeline active={0} bulletSize={18} lineWidth={2}>
          {[...item.riwayat].reverse().map((k) => (
            <Timeline.Item
              key={k.versi} data-testid={`decision-v${k.versi}`}
              title={(
                <Group gap="xs">
                  <Text size="sm" fw={600}>{k.versi === current ? t('decision.current', { versi: k.versi }) : t('decision.version', { versi: k.versi })}</Text>
                  <Badge size="sm" color={HASIL_COLOR[k.hasil]}>{t(`decision.hasilLabel.${k.hasil}`)}</Badge>
                </Group>
              )}
            >
              <Stack gap={2} opacity={k.versi === current ? 1 : 0.7}>
                {k.jabatan && <Text size="sm" td={k.versi === current ? undefined : 'line-through'}>{k.jabatan.nama} ({k.jabatan.level}) — {k.jabatan.unitNama}</Text>}
                <Text size="sm">{k.alasan}</Text>
                {k.syarat && <Text size="xs" c="dimmed">{k.syarat}</Text>}
                {/* Frozen with this version: a later revision shows its own, so old and new sit side by side. */}
                {k.hasilAturan.length > 0 && (
                  <Text size="xs" c={k.statusKelayakan === 'tidak_memenuhi' ? 'red.8' : 'dimmed'} data-testid={`decision-v${k.versi}-rules`}>
                    {t('rules.frozen')}: {ringkasanKelayakan(k.hasilAturan, { pengusul: true })}
                  </Text>
                )}
                {k.alasanRevisi && <Text size="xs" c="orange.8">{t('decision.revisedBecause', { alasan: k.alasanRevisi })}</Text>}
                <Text size="xs" c="dimmed">{new Date(k.dicatatPada).toLocaleString('id-ID')}</Text>
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      </Stack>
    </Paper>
  );
}
