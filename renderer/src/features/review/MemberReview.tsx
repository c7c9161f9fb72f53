import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Grid, Group, NavLink, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { formatTanggal } from '../../../../shared/format/tanggal';
import type { PacketInfo, PacketItem } from '../../../../shared/ipc/review';
import { IdentityCard } from './IdentityCard';
import { NoteEditor } from './NoteEditor';
import { ResponseExport } from './ResponseExport';
import { SIKAP_COLOR } from './StanceTally';

/** Review mode: the member's packet, an editor per agenda item, their key and the signed response. */
export function MemberReview() {
  const { t } = useTranslation('review');
  const [info, setInfo] = useState<PacketInfo | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const p = await api.review.packetInfo({});
      setInfo(p);
      setSelected((s) => s ?? p.items[0]?.agendaItemId ?? null);
    } catch (err) {
      setError(errorText(err));
    }
  }, []);
  useEffect(() => { void load(); }, [load]);

  const onSaved = useCallback((item: PacketItem) => {
    setInfo((p) => p && { ...p, items: p.items.map((i) => (i.agendaItemId === item.agendaItemId ? item : i)) });
  }, []);

  if (error) return <Alert color="red" icon={<IconAlertTriangle />}>{error}</Alert>;
  if (!info) return null;
  const item = info.items.find((i) => i.agendaItemId === selected) ?? null;

  return (
    <Stack data-testid="member-review">
      <Paper withBorder p="md" radius="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Group gap="xs">
              <Title order={3}>{t('member.title')}</Title>
              <Badge color="grape" variant="light">{t('member.forMember', { nama: info.anggota.nama })}</Badge>
            </Group>
            <Text size="sm">{t('member.session', { nomor: info.sidang.nomor, tanggal: formatTanggal(info.sidang.tanggal), tempat: info.sidang.tempat })}</Text>
            <Text size="sm" c="orange.8" data-testid="packet-expiry">{t('member.expires', { tanggal: formatTanggal(info.kedaluwarsa) })}</Text>
            <Text size="xs" c="dimmed">{t('member.offlineHint')}</Text>
          </Stack>
          <Stack gap={4} align="flex-end">
            <ResponseExport onDone={() => void load()} />
            <Text size="xs" c="dimmed" data-testid="last-response">
              {info.tanggapanTerakhir
                ? t('member.lastResponse', { versi: info.tanggapanTerakhir.versi, time: new Date(info.tanggapanTerakhir.dibuatPada).toLocaleString('id-ID') })
                : t('member.noResponse')}
            </Text>
          </Stack>
        </Group>
      </Paper>
      <IdentityCard registered={info.kunciTerdaftar} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="xs" radius="md">
            <Text size="sm" fw={600} px="xs" pb={4}>{t('member.items', { n: info.items.length })}</Text>
            <ScrollArea.Autosize mah={560}>
              {info.items.map((i) => (
                <NavLink
                  key={i.agendaItemId}
                  active={i.agendaItemId === selected}
                  onClick={() => setSelected(i.agendaItemId)}
                  label={`${i.urutan}. ${i.namaLengkap ?? t('member.noName', { n: i.urutan })}`}
                  description={i.jabatanTujuan?.nama}
                  rightSection={i.sikap
                    ? <Badge size="xs" color={SIKAP_COLOR[i.sikap]}>{t(`sikap.${i.sikap}`)}</Badge>
                    : i.konflik ? <Badge size="xs" color="orange">!</Badge> : null}
                  data-testid={`packet-item-${i.agendaItemId}`}
                />
              ))}
            </ScrollArea.Autosize>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          {item && <NoteEditor key={item.agendaItemId} item={item} onSaved={onSaved} />}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
