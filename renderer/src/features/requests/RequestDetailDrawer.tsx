import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Divider, Drawer, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { Domicile, Nip, UnlessKetat } from '../../app/Redacted';
import { useAppState } from '../../app/app-state';
import { namaLengkap } from '../../../../shared/domain/pegawai';
import { formatPangkat } from '../../../../shared/domain/golongan';
import { targetTercapai, type Target } from '../../../../shared/domain/permohonan';
import { formatTanggal } from '../../../../shared/format/tanggal';
import type { RequestDetail } from '../../../../shared/ipc/dataset';
import { DrawerFeedback } from '../masukan';

function TargetTable({ targets, showResult }: { targets: Target[]; showResult: boolean }) {
  const { t } = useTranslation();
  if (targets.length === 0) return <Text size="sm" c="dimmed">{t('common.none')}</Text>;
  return (
    <Table fz="sm" striped>
      <Table.Tbody>
        {targets.map((x) => {
          const met = targetTercapai(x);
          return (
            <Table.Tr key={x.id}>
              <Table.Td>{x.indikator}</Table.Td>
              <Table.Td>{x.nilaiTarget} {x.satuan}</Table.Td>
              <Table.Td>{t('detail.tenggat')}: {formatTanggal(x.tenggat)}</Table.Td>
              {showResult && (
                <Table.Td>
                  {x.realisasi === null ? '—' : `${x.realisasi} ${x.satuan}`}{' '}
                  {met !== null && <Badge size="xs" color={met ? 'teal' : 'red'}>{met ? '✓' : '✗'}</Badge>}
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

export function RequestDetailDrawer({ id, onClose }: { id: string | null; onClose(): void }) {
  const { t } = useTranslation();
  const { go } = useAppState();
  const [detail, setDetail] = useState<RequestDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setDetail(null);
    setError(null);
    if (id) api.dataset.requestDetail({ id }).then(setDetail, (e) => setError(errorText(e)));
  }, [id]);

  const p = detail?.pegawai;
  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size="xl" title={t('detail.title')} data-testid="request-drawer">
      {error && <Alert color="red">{error}</Alert>}
      {!detail && !error && <Loader />}
      {detail && p && (
        <Stack gap="sm">
          <Title order={4}>{namaLengkap(p)}</Title>
          <Text size="sm"><Nip nip={p.nip} /> · {formatPangkat(p.golongan)}</Text>
          <Text size="sm">{p.namaJabatan} — {detail.unitNama}</Text>
          <Text size="sm">{t('detail.domicile')}: <Domicile alamat={p.alamat} kelurahan={p.kelurahan} kecamatan={p.kecamatan} /></Text>
          <UnlessKetat><Text size="sm">{t('detail.skp')}: {p.skp.map((s) => `${s.tahun}: ${s.predikat}`).join(' · ')}</Text></UnlessKetat>
          <Divider label={t('detail.choices')} />
          {detail.permohonan.jenis === 'tetap' && <Text size="sm" data-testid="request-tetap">{t('detail.tetap')}</Text>}
          {detail.pilihan.map((j) => (
            <Group key={j.id} justify="space-between">
              <Text size="sm">{j.peringkat}. {j.nama} — {j.unitNama} ({j.level})</Text>
              <Button size="xs" variant="light" onClick={() => { onClose(); go({ name: 'compare', params: { jabatanId: j.id } }); }}>
                {t('detail.compare')}
              </Button>
            </Group>
          ))}
          <Divider label={t('detail.reason')} />
          <Text size="sm"><Badge variant="light">{t(`alasan.${detail.permohonan.kategoriAlasan}`)}</Badge> {detail.permohonan.alasan}</Text>
          <Divider label={t('detail.targets')} />
          <TargetTable targets={detail.targetBaru} showResult={false} />
          <Text size="sm">
            {t('detail.pledge')}:{' '}
            {detail.permohonan.paktaDitandatangani
              ? t('detail.pledgeSigned', { date: formatTanggal(detail.permohonan.tanggalPakta ?? '') })
              : t('detail.pledgeMissing')}
          </Text>
          <Divider label={t('detail.pastTargets')} />
          <TargetTable targets={detail.targetLampau} showResult />
          <DrawerFeedback nip={p.nip} />
        </Stack>
      )}
    </Drawer>
  );
}
