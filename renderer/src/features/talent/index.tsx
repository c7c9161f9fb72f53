import { Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PoolView } from './PoolView';
import { SuccessionView } from './SuccessionView';

/** "Talenta": the talent pool per jenjang and rumpun, and the succession plans of key posts. */
export function TalentScreen() {
  const { t } = useTranslation('talent');
  return (
    <Stack gap="md" data-testid="talent-screen">
      <Title order={3}>{t('title')}</Title>
      <Text size="sm" c="dimmed">{t('hint')}</Text>
      <Tabs defaultValue="pool" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="pool" data-testid="talent-tab-pool">{t('tab.pool')}</Tabs.Tab>
          <Tabs.Tab value="suksesi" data-testid="talent-tab-suksesi">{t('tab.suksesi')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="pool" pt="md"><PoolView /></Tabs.Panel>
        <Tabs.Panel value="suksesi" pt="md"><SuccessionView /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
