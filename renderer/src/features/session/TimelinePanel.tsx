import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, Stack, Text, TextInput, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { Nip } from '../../app/Redacted';
import { formatTanggal } from '../../../../shared/format/tanggal';
import type { Timeline as TimelineData, TimelineEvent } from '../../../../shared/session/timeline';
import { TARGET_COLOR } from './TrackingPanel';

const JENIS_COLOR: Record<TimelineEvent['jenis'], string> = {
  permohonan: 'blue', agenda: 'indigo', keputusan: 'teal', revisi: 'orange', target_tenggat: 'gray', realisasi: 'cyan', pakta: 'red',
};

/** Per-ASN timeline: requests, sessions, decisions (with revisions), targets and outcomes, newest first. */
export function TimelinePanel(props: { nip: string; onNip(nip: string): void }) {
  const { t } = useTranslation('session');
  const { t: tc } = useTranslation();
  const [input, setInput] = useState(props.nip);
  const [data, setData] = useState<TimelineData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const nip = props.nip.replace(/\s+/g, '');
    if (!nip) return;
    setError(null);
    api.session.timeline({ nip }).then(setData, (e) => { setData(null); setError(errorText(e)); });
  }, [props.nip]);

  return (
    <Stack gap="sm">
      <Group align="end">
        <TextInput label={t('timeline.nip')} value={input} onChange={(e) => setInput(e.currentTarget.value)} w={260} data-testid="timeline-nip" />
        <Button onClick={() => props.onNip(input)} data-testid="timeline-show">{t('timeline.show')}</Button>
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {!data && !error && <Text c="dimmed">{t('timeline.empty')}</Text>}
      {data && (
        <>
          <Title order={5}>{data.namaLengkap} · <Nip nip={data.nip} /></Title>
          <Text size="sm" c="dimmed">{data.jabatanSaatIni}</Text>
          <Timeline bulletSize={16} lineWidth={2} data-testid="timeline">
            {[...data.events].reverse().map((e, i) => (
              <Timeline.Item key={i} color={JENIS_COLOR[e.jenis]} title={(
                <Group gap="xs">
                  <Text size="sm" fw={600}>{t(`timeline.jenis.${e.jenis}`)}</Text>
                  <Text size="xs" c="dimmed">{formatTanggal(e.tanggal)}</Text>
                  {e.hasil && <Badge size="xs">{t(`decision.hasilLabel.${e.hasil}`)}</Badge>}
                  {e.statusPermohonan && <Badge size="xs" variant="light">{tc(`status.${e.statusPermohonan}`)}</Badge>}
                  {e.statusTarget && <Badge size="xs" variant="light" color={TARGET_COLOR[e.statusTarget]}>{t(`tracking.status.${e.statusTarget}`)}</Badge>}
                </Group>
              )}>
                <Text size="sm">{e.judul}</Text>
                {e.rincian && <Text size="xs" c="dimmed">{e.rincian}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        </>
      )}
    </Stack>
  );
}
