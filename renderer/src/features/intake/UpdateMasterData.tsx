import { useEffect, useState } from 'react';
import { Alert, Button, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import { api } from '../../api';
import { errorText } from '../../i18n';
import { useAppState } from '../../app/app-state';
import type { DiffJenis, DiffPage } from '../../../../shared/ipc/intake-update';
import { UpdateMasterDiffTable } from './UpdateMasterDiffTable';
import { useIntakeUpdateT } from './update-master-i18n';

type Ringkasan = DiffPage['ringkasan'];

/** "Perbarui data induk": the diff of a clean checked export against the open dataset, then one confirmed, audited apply. */
export function UpdateMasterData(props: { token: string }) {
  const t = useIntakeUpdateT();
  const [summary, setSummary] = useState<{ ringkasan: Ringkasan; rincian: string[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [applied, setApplied] = useState<{ seq: number; backup: string } | null>(null);
  useEffect(() => {
    api.intake.diffWithOpen({ token: props.token, limit: 1 }).then(setSummary, (e) => setError(errorText(e)));
  }, [props.token]);
  if (applied) return <Alert color="teal" icon={<IconCircleCheck />} data-testid="update-result">{t('applied', { seq: applied.seq, backup: applied.backup })}</Alert>;
  if (!summary) return error ? <Alert color="red" data-testid="update-error">{error}</Alert> : <Group gap="xs"><Loader size="xs" /><Text size="sm">{t('loading')}</Text></Group>;
  const r = summary.ringkasan;
  const none = r.baru + r.berubah + r.keluar === 0;
  return (
    <Stack gap="sm" data-testid="update-diff">
      <Title order={5}>{t('title')}</Title>
      <Text size="sm" data-testid="update-counts">{t('counts', r)}</Text>
      {summary.rincian.length > 0 && <Text size="xs" c="dimmed">{t('rincian', { names: summary.rincian.join(', ') })}</Text>}
      {r.keluarDenganPeringatan > 0 && <Alert color="orange" icon={<IconAlertTriangle />} data-testid="update-gone-warning">{t('warnGone', { count: r.keluarDenganPeringatan })}</Alert>}
      {none ? <Alert color="gray" data-testid="update-nothing">{t('nothing')}</Alert> : (
        <>
          <DiffTabs token={props.token} ringkasan={r} onError={setError} />
          <ApplyUpdate token={props.token} ringkasan={r} onApplied={setApplied} onError={setError} />
        </>
      )}
      {error && <Alert color="red" data-testid="update-error">{error}</Alert>}
    </Stack>
  );
}

function DiffTabs(props: { token: string; ringkasan: Ringkasan; onError(s: string): void }) {
  const t = useIntakeUpdateT();
  const first: DiffJenis = props.ringkasan.berubah > 0 ? 'berubah' : props.ringkasan.baru > 0 ? 'baru' : 'keluar';
  const [tab, setTab] = useState<DiffJenis>(first);
  return (
    <Tabs value={tab} onChange={(v) => v && setTab(v as DiffJenis)} keepMounted={false}>
      <Tabs.List>
        {(['baru', 'berubah', 'keluar'] as const).map((j) => (
          <Tabs.Tab key={j} value={j} data-testid={`diff-tab-${j}`}>{t(`tabs.${j}`, { count: props.ringkasan[j] })}</Tabs.Tab>
        ))}
      </Tabs.List>
      {(['baru', 'berubah', 'keluar'] as const).map((j) => (
        <Tabs.Panel key={j} value={j} pt="xs">
          <UpdateMasterDiffTable token={props.token} jenis={j} total={props.ringkasan[j]} onError={props.onError} />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

function ApplyUpdate(props: { token: string; ringkasan: Ringkasan; onApplied(a: { seq: number; backup: string }): void; onError(s: string): void }) {
  const t = useIntakeUpdateT();
  const { info, refresh } = useAppState();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const done = await api.intake.applyUpdate({ token: props.token });
      props.onApplied({ seq: done.auditSeq, backup: done.backupPath });
      await refresh();
    } catch (e) {
      props.onError(errorText(e));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  if (!confirming) return <Group><Button leftSection={<IconRefresh size={16} />} onClick={() => setConfirming(true)} data-testid="update-apply">{t('apply')}</Button></Group>;
  return (
    <Alert color="yellow">
      <Text size="sm" mb="xs">{t('confirm', { ...props.ringkasan, file: info.fileName })}</Text>
      <Group>
        <Button size="xs" onClick={() => void run()} loading={busy} data-testid="update-confirm">{t('apply')}</Button>
        <Button size="xs" variant="default" onClick={() => setConfirming(false)}>{t('common.cancel', { ns: 'core' })}</Button>
      </Group>
    </Alert>
  );
}
