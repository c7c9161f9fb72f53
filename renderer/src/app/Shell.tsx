import { Fragment, useCallback, useMemo, useState, type ReactNode } from 'react';
import { AppShell, Badge, Button, Group, NavLink, SegmentedControl, Stack, Switch, Title, Tooltip } from '@mantine/core';
import {
  IconChartBar, IconFileImport, IconUsersGroup, IconGavel, IconList, IconLock, IconScale, IconFileText, IconBook, IconShieldCheck, IconX,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import type { DatasetInfo } from '../../../shared/ipc/dataset';
import type { Settings } from '../../../shared/ipc/settings';
import { AppStateContext, type AppState, type Route, type RouteName, type SesiFokus } from './app-state';
import { RedactionBadge } from './RedactionBadge';
import { useInitialFocus } from './use-initial-focus';
import { useDraftRegistry } from './drafts';
import { useLocation } from './use-location';
import { LeaveConfirm } from './LeaveConfirm';
import { useIdleLock } from './use-idle-lock';
import { SaveStatus } from './SaveStatus';
import { RequestsScreen } from '../features/requests/RequestsScreen';
import { IntakeScreen } from '../features/intake';
import { CompareScreen } from '../features/compare';
import { SessionScreen } from '../features/session';
import { DocumentsScreen } from '../features/documents';
import { ReviewScreen } from '../features/review';
import { AuditScreen } from '../features/session/audit';
import { ReportScreen } from '../features/report';
import { TalentScreen } from '../features/talent';
import { JournalDecision } from '../features/dataset/JournalDecision';
import { MAIN_ID, SkipLink } from './SkipLink';

const NAV: { name: RouteName; icon: ReactNode; reviewMode: boolean }[] = [
  { name: 'requests', icon: <IconList size={18} />, reviewMode: false },
  { name: 'compare', icon: <IconScale size={18} />, reviewMode: true },
  { name: 'session', icon: <IconGavel size={18} />, reviewMode: false },
  { name: 'documents', icon: <IconFileText size={18} />, reviewMode: false },
  { name: 'review', icon: <IconBook size={18} />, reviewMode: true },
  { name: 'intake', icon: <IconFileImport size={18} />, reviewMode: false },
  { name: 'audit', icon: <IconShieldCheck size={18} />, reviewMode: false },
  { name: 'report', icon: <IconChartBar size={18} />, reviewMode: false },
  { name: 'talent', icon: <IconUsersGroup size={18} />, reviewMode: false },
];

/** Header labels that give way to their icon (and aria-label) when projector type meets a narrow screen. */
const COMPACT = { label: 'shell-compact-label' };

const SCREENS: Record<RouteName, () => ReactNode> = {
  requests: () => <RequestsScreen />,
  intake: () => <IntakeScreen />,
  compare: () => <CompareScreen />,
  session: () => <SessionScreen />,
  documents: () => <DocumentsScreen />,
  review: () => <ReviewScreen />,
  audit: () => <AuditScreen />,
  report: () => <ReportScreen />,
  talent: () => <TalentScreen />,
  settings: () => null,
};

export function Shell(props: {
  info: DatasetInfo;
  settings: Settings;
  updateSettings(patch: Partial<Settings>): Promise<void>;
  onInfo(info: DatasetInfo): void;
  onLocked(): void;
  onClosed(): void;
}) {
  const { t } = useTranslation();
  const reviewMode = props.info.mode === 'telaah';
  const drafts = useDraftRegistry();
  const allowed = useMemo(() => NAV.filter((n) => !reviewMode || n.reviewMode).map((n) => n.name), [reviewMode]);
  const loc = useLocation(reviewMode ? 'review' : 'requests', allowed, drafts);
  const route: Route = loc.route ?? { name: reviewMode ? 'review' : 'requests' };
  const { onInfo, onLocked } = props;
  const [fokus, setFokus] = useState<SesiFokus | null>(null);
  useInitialFocus(reviewMode, setFokus);

  const refresh = useCallback(async () => {
    const st = await api.dataset.status({});
    if (st.info) onInfo(st.info);
  }, [onInfo]);

  const lock = useCallback(async () => {
    // What is typed goes to main first: the draft comes back after unlocking.
    await drafts.flushAll();
    await api.dataset.lock({});
    onLocked();
  }, [onLocked, drafts]);
  useIdleLock(props.settings.autoLockMinutes, () => void lock());

  const state: AppState = useMemo(
    () => ({
      info: props.info, settings: props.settings, route, go: loc.go, remember: loc.remember, guard: loc.guard,
      updateSettings: props.updateSettings, refresh, fokus, setFokus,
    }),
    [props.info, props.settings, route, loc.go, loc.remember, loc.guard, props.updateSettings, refresh, fokus],
  );

  return (
    <AppStateContext.Provider value={state}>
      <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="md">
        <SkipLink />
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Title order={4} style={{ whiteSpace: 'nowrap' }}>{t('app.name')}</Title>
              <Badge variant="light" color={reviewMode ? 'grape' : props.info.isDemo ? 'orange' : 'teal'}>
                {props.info.fileName}
              </Badge>
              <SaveStatus language={props.settings.language} />
              {!reviewMode && <RedactionBadge />}
            </Group>
            <Group gap="sm" wrap="nowrap">
              <Switch
                label={t('actions.projector')}
                aria-label={t('actions.projector')}
                classNames={COMPACT}
                checked={props.settings.projectorMode}
                onChange={(e) => void props.updateSettings({ projectorMode: e.currentTarget.checked })}
                data-testid="projector-switch"
              />
              <SegmentedControl
                size="xs"
                value={props.settings.language}
                data={[{ value: 'id', label: 'ID' }, { value: 'en', label: 'EN' }]}
                onChange={(v) => void props.updateSettings({ language: v as 'id' | 'en' })}
              />
              <Tooltip label={t('actions.lock')}>
                <Button size="xs" variant="light" leftSection={<IconLock size={16} />} onClick={() => void lock()} data-testid="lock-button"
                  aria-label={t('actions.lock')} classNames={COMPACT}>
                  {t('actions.lock')}
                </Button>
              </Tooltip>
              <Button
                size="xs" variant="subtle" color="gray" leftSection={<IconX size={16} />}
                aria-label={t('actions.close')} classNames={COMPACT}
                onClick={() => loc.guard(() => void loc.forget().then(() => api.dataset.close({})).then(props.onClosed))}
              >
                {t('actions.close')}
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label={t('a11y.mainNav')}>
          <Stack gap={2}>
            {NAV.filter((n) => !reviewMode || n.reviewMode).map((n) => (
              <NavLink
                key={n.name}
                component="button"
                aria-current={route.name === n.name ? 'page' : undefined}
                label={t(`nav.${n.name}`)}
                leftSection={n.icon}
                active={route.name === n.name}
                onClick={() => loc.go({ name: n.name })}
                data-testid={`nav-${n.name}`}
              />
            ))}
          </Stack>
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_ID} tabIndex={-1}>{loc.route && <Fragment key={loc.seq}>{SCREENS[route.name]()}</Fragment>}</AppShell.Main>
        <LeaveConfirm opened={loc.asking} onAnswer={(c) => void loc.answer(c)} />
        {props.info.recovered?.awaitingDecision && (
          <JournalDecision recovered={props.info.recovered} onContinued={() => void refresh()} onClosed={props.onClosed} />
        )}
      </AppShell>
    </AppStateContext.Provider>
  );
}
