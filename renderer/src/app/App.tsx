import { useCallback, useEffect, useMemo, useState } from 'react';
import { MantineProvider, Center, Loader } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/id';
import { Notifications } from '@mantine/notifications';
import { I18nextProvider } from 'react-i18next';
import type i18next from 'i18next';
import { api } from '../api';
import { initI18n } from '../i18n';
import type { DatasetInfo } from '../../../shared/ipc/dataset';
import type { Settings } from '../../../shared/ipc/settings';
import { theme, appTheme, accessibleCssVariables } from './theme';
import { UnlockScreen } from '../features/dataset/UnlockScreen';
import { Shell } from './Shell';
import { useOpenFile } from '../features/dataset/use-open-file';
import { OpenFilePrompts } from '../features/dataset/OpenFilePrompts';
import { DraftProvider } from './drafts';

type Phase = { kind: 'loading' } | { kind: 'closed' } | { kind: 'locked' } | { kind: 'open'; info: DatasetInfo };

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [i18n, setI18n] = useState<typeof i18next | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });

  useEffect(() => {
    void (async () => {
      const s = await api.settings.get({});
      setSettings(s);
      setI18n(initI18n(s.language));
      const st = await api.dataset.status({});
      setPhase(st.open ? (st.locked || !st.info ? { kind: 'locked' } : { kind: 'open', info: st.info }) : { kind: 'closed' });
    })();
  }, []);

  useEffect(() => {
    document.documentElement.dataset.projector = String(settings?.projectorMode ?? false);
  }, [settings?.projectorMode]);

  const updateSettings = useCallback(async (patch: Partial<Settings>) => {
    const next = await api.settings.update(patch);
    setSettings(next);
    if (patch.language) await i18n?.changeLanguage(patch.language);
  }, [i18n]);

  const onLocked = useCallback(() => setPhase({ kind: 'locked' }), []);
  const projector = settings?.projectorMode ?? false;
  const runningTheme = useMemo(
    () => appTheme({ projector, closeLabel: i18n?.t('actions.closeDialog', { lng: settings?.language }) ?? '' }),
    [projector, i18n, settings?.language],
  );
  const handed = useOpenFile(useCallback(() => setPhase({ kind: 'closed' }), []));

  if (!settings || !i18n || phase.kind === 'loading') {
    return (
      <MantineProvider theme={theme} cssVariablesResolver={accessibleCssVariables}>
        <Center h="100vh"><Loader /></Center>
      </MantineProvider>
    );
  }
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={runningTheme} cssVariablesResolver={accessibleCssVariables} forceColorScheme={settings.projectorMode ? 'light' : settings.colorScheme}>
        {/* Date pickers speak the UI language: Indonesian month and day names, weeks from Monday. */}
        <DatesProvider settings={{ locale: settings.language === 'en' ? 'en' : 'id', firstDayOfWeek: 1 }}>
          <Notifications position="bottom-right" />
          <OpenFilePrompts state={handed} />
          {phase.kind === 'open' ? (
            <DraftProvider><Shell
              info={phase.info}
              settings={settings}
              updateSettings={updateSettings}
              onInfo={(info) => setPhase({ kind: 'open', info })}
              onLocked={onLocked}
              onClosed={() => setPhase({ kind: 'closed' })}
            /></DraftProvider>
          ) : (
            <UnlockScreen
              key={handed.unlock?.seq ?? 0}
              initialFile={handed.unlock?.file}
              mode={phase.kind === 'locked' ? 'unlock' : 'open'}
              onOpened={(info) => setPhase({ kind: 'open', info })}
              onClosed={() => setPhase({ kind: 'closed' })}
            />
          )}
        </DatesProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
