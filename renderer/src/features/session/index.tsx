import { useEffect, useState } from 'react';
import { Stack, Tabs, Title } from '@mantine/core';
import { IconCalendarEvent, IconTargetArrow, IconTimeline } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAppState } from '../../app/app-state';
import { SessionList } from './SessionList';
import { SessionDetail } from './SessionDetail';
import { TrackingPanel } from './TrackingPanel';
import { TimelinePanel } from './TimelinePanel';

type Tab = 'sessions' | 'tracking' | 'timeline';

/**
 * Sidang: sessions (agenda, attendance, recusals, votes, decisions), target tracking and the
 * per-ASN timeline. Route params: { sidangId } opens a session, { nip } a timeline.
 */
export function SessionScreen() {
  const { t } = useTranslation('session');
  const { route, remember, guard } = useAppState();
  const params = (route.params ?? {}) as { sidangId?: string; nip?: string; tab?: Tab };
  const [tab, setTab] = useState<Tab>(params.tab ?? (params.nip ? 'timeline' : 'sessions'));
  const [sidangId, setSidangId] = useState<string | null>(params.sidangId ?? null);
  const [nip, setNip] = useState<string>(params.nip ?? '');
  const showTimeline = (n: string) => { setNip(n); setTab('timeline'); };
  useEffect(() => { remember({ tab, sidangId: sidangId ?? undefined }); }, [tab, sidangId, remember]);

  return (
    <Stack gap="sm">
      <Title order={3}>{t('title')}</Title>
      <Tabs value={tab} onChange={(v) => setTab((v as Tab) ?? 'sessions')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="sessions" leftSection={<IconCalendarEvent size={16} />} data-testid="tab-sessions">{t('tabs.sessions')}</Tabs.Tab>
          <Tabs.Tab value="tracking" leftSection={<IconTargetArrow size={16} />} data-testid="tab-tracking">{t('tabs.tracking')}</Tabs.Tab>
          <Tabs.Tab value="timeline" leftSection={<IconTimeline size={16} />} data-testid="tab-timeline">{t('tabs.timeline')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="sessions" pt="sm">
          {sidangId
            ? <SessionDetail sidangId={sidangId} initialItemId={(params.sidangId === sidangId && (route.params?.itemId as string)) || null}
                onBack={() => guard(() => setSidangId(null))} onTimeline={showTimeline} onTracking={() => setTab('tracking')} />
            : <SessionList onOpen={setSidangId} />}
        </Tabs.Panel>
        <Tabs.Panel value="tracking" pt="sm"><TrackingPanel onTimeline={showTimeline} /></Tabs.Panel>
        <Tabs.Panel value="timeline" pt="sm"><TimelinePanel nip={nip} onNip={setNip} /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
