import { useEffect, useState } from 'react';
import { Stack, Tabs, Title } from '@mantine/core';
import { IconCertificate, IconFileText, IconLetterCase, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useAppState } from '../../app/app-state';
import type { CertInfo } from '../../../../shared/documents/certificate';
import { SessionDocuments } from './SessionDocuments';
import { CertificatePanel } from './CertificatePanel';
import { VerifyPanel } from './VerifyPanel';
import { KopSettingsPanel } from './KopSettingsPanel';

type Tab = 'sesi' | 'sertifikat' | 'verifikasi' | 'kop';

/**
 * Dokumen: the session's recommendation (signed), SK draft and berita acara; the signing certificate;
 * "Verifikasi dokumen"; the letterhead and SK wording. Route params: { sidangId, tab }.
 */
export function DocumentsScreen() {
  const { t } = useTranslation('documents');
  const { route } = useAppState();
  const params = (route.params ?? {}) as { sidangId?: string; tab?: Tab };
  const [tab, setTab] = useState<Tab>(params.tab ?? 'sesi');
  const [identity, setIdentity] = useState<CertInfo | null | undefined>(undefined);

  useEffect(() => {
    void api.documents.identity({}).then((r) => setIdentity(r.identity)).catch(() => setIdentity(null));
  }, []);

  return (
    <Stack gap="sm">
      <Title order={3}>{t('title')}</Title>
      <Tabs value={tab} onChange={(v) => setTab((v as Tab) ?? 'sesi')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="sesi" leftSection={<IconFileText size={16} />} data-testid="doc-tab-sesi">{t('tabs.sesi')}</Tabs.Tab>
          <Tabs.Tab value="sertifikat" leftSection={<IconCertificate size={16} />} data-testid="doc-tab-sertifikat">{t('tabs.sertifikat')}</Tabs.Tab>
          <Tabs.Tab value="verifikasi" leftSection={<IconShieldCheck size={16} />} data-testid="doc-tab-verifikasi">{t('tabs.verifikasi')}</Tabs.Tab>
          <Tabs.Tab value="kop" leftSection={<IconLetterCase size={16} />} data-testid="doc-tab-kop">{t('tabs.kop')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="sesi" pt="sm">
          {identity !== undefined && <SessionDocuments initialSidangId={params.sidangId} hasIdentity={identity !== null} />}
        </Tabs.Panel>
        <Tabs.Panel value="sertifikat" pt="sm">
          {identity !== undefined && <CertificatePanel identity={identity} onChange={setIdentity} />}
        </Tabs.Panel>
        <Tabs.Panel value="verifikasi" pt="sm"><VerifyPanel /></Tabs.Panel>
        <Tabs.Panel value="kop" pt="sm"><KopSettingsPanel /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
