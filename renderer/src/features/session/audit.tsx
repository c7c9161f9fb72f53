import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Button, Code, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconRefresh, IconShieldCheck } from '@tabler/icons-react';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { AuditEntryRow, AuditReport } from '../../../../shared/ipc/dataset';
import { useAuditT } from './audit-i18n';
import { AuditEntries, PAGE_SIZE } from './AuditEntries';
import { SavePanel } from './SavePanel';
import { AuditRowProblems } from './AuditRowProblems';

/** "Verifikasi jejak audit": the chain's state, its head, the entries, and the save controls. */
export function AuditScreen() {
  const t = useAuditT();
  const [report, setReport] = useState<AuditReport | null>(null);
  const [page, setPage] = useState(1);
  const [entries, setEntries] = useState<{ total: number; rows: AuditEntryRow[] }>({ total: 0, rows: [] });
  const [headInput, setHeadInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const verify = useCallback(async (headHash?: string) => {
    setBusy(true);
    setError(null);
    try {
      const r = await api.dataset.verifyAudit(headHash ? { headHash } : {});
      setReport(r);
      return r;
    } catch (err) {
      setError(errorText(err));
      return null;
    } finally {
      setBusy(false);
    }
  }, []);

  const loadPage = useCallback(async (p: number) => {
    try {
      const r = await api.dataset.auditLog({ offset: (p - 1) * PAGE_SIZE, limit: PAGE_SIZE });
      setEntries({ total: r.total, rows: r.entries });
      setPage(p);
    } catch (err) {
      setError(errorText(err));
    }
  }, []);

  useEffect(() => {
    void (async () => {
      const r = await verify();
      // Open where the trouble is: the page of the first broken entry, else the newest page.
      const target = r?.firstBroken?.seq ?? r?.entries ?? 1;
      await loadPage(Math.max(1, Math.ceil(target / PAGE_SIZE)));
    })();
  }, [verify, loadPage]);

  const check = report?.headCheck ?? null;
  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between">
        <Group gap="xs"><IconShieldCheck /><Title order={3}>{t('title')}</Title></Group>
        <Button size="xs" variant="light" leftSection={<IconRefresh size={16} />} loading={busy}
          onClick={() => void verify(headInput || undefined).then(() => loadPage(page))} data-testid="audit-verify">
          {t('verify')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">{t('intro')}</Text>
      {error && <Alert color="red" data-testid="audit-error">{error}</Alert>}
      {!report ? <Loader size="sm" /> : (
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Group gap="sm">
              <Badge size="lg" color={report.utuh ? 'teal' : 'red'} data-testid="audit-status" data-valid={report.utuh}>
                {!report.valid ? t('broken') : report.utuh ? t('valid') : t('rowsBad')}
              </Badge>
              <Text size="sm">{t('entries', { count: report.entries })}</Text>
            </Group>
            {report.firstBroken && (
              <Alert color="red" icon={<IconAlertTriangle />} title={t('firstBroken', { seq: report.firstBroken.seq })} data-testid="audit-first-broken">
                <Group justify="space-between">
                  <Text size="sm">{t(`problem.${report.firstBroken.problem}`)}</Text>
                  <Button size="xs" variant="white" color="red" data-testid="audit-show-broken"
                    onClick={() => void loadPage(Math.ceil(report.firstBroken!.seq / PAGE_SIZE))}>
                    {t('showEntry')}
                  </Button>
                </Group>
              </Alert>
            )}
            <AuditRowProblems rows={report.rows} />
            <Text size="sm" fw={600}>{t('head', { seq: report.headSeq })}</Text>
            <Code block data-testid="audit-head">{report.head}</Code>
            <Text size="xs" c="dimmed">{t('headHint')}</Text>
            <Group align="flex-end" gap="xs">
              <TextInput
                label={t('compareHead')} w={560} size="xs" value={headInput} ff="monospace"
                onChange={(e) => setHeadInput(e.currentTarget.value.trim())}
                error={headInput && !/^[0-9a-fA-F]{64}$/.test(headInput) ? 'SHA-256 (64 hex)' : undefined}
                data-testid="audit-head-input"
              />
              <Button size="xs" variant="default" disabled={!/^[0-9a-fA-F]{64}$/.test(headInput)}
                onClick={() => void verify(headInput)} data-testid="audit-head-compare">
                {t('compare')}
              </Button>
            </Group>
            {check && (
              <Alert color={check.foundSeq === null ? 'red' : 'teal'} data-testid="audit-head-result">
                {check.foundSeq === null
                  ? t('headMissing')
                  : check.entriesAfter === 0 ? t('headAtEnd') : t('headFound', { seq: check.foundSeq, after: check.entriesAfter })}
              </Alert>
            )}
          </Stack>
        </Paper>
      )}
      <AuditEntries entries={entries.rows} total={entries.total} page={page} onPage={(p) => void loadPage(p)}
        brokenSeq={report?.firstBroken?.seq ?? null} />
      <SavePanel />
    </Stack>
  );
}
