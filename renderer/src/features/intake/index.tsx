import { Alert, Box, Button, Group, List, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconDownload, IconFileSearch, IconFolderOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { IntakePreview, IntakeTujuan } from '../../../../shared/ipc/intake';
import { useIntakeFlow } from './use-intake-flow';
import { needsMapping } from './mapping-fields';
import { MappingPanel } from './MappingPanel';
import { MappedPreview } from './MappedPreview';
import { ImportProgress } from './ImportProgress';
import { SheetSummary } from './SheetSummary';
import { ProblemTable } from './ProblemTable';
import { SealNewForm } from './SealNewForm';
import { ImportIntoOpen } from './ImportIntoOpen';

/** Secretariat intake: template, check a filled workbook (or map another export's columns), see every problem, then seal or import. */
export function IntakeScreen() {
  const { t } = useTranslation('intake');
  const flow = useIntakeFlow();
  const { source, tujuan, busy } = flow;
  const mapping = flow.sheets && needsMapping(flow.sheets);
  return (
    <Stack gap="md" maw={1200}>
      <Title order={3}>{t('title')}</Title>
      <Text size="sm" c="dimmed" maw={900}>{t('intro')}</Text>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Group>
            <Button variant="light" leftSection={<IconDownload size={16} />} data-testid="intake-template" onClick={() => void flow.guarded(async () => {
              const r = await api.intake.saveTemplate({});
              if (r.path) flow.setNotice(t('templateSaved', { path: r.path }));
            })}>{t('template')}</Button>
          </Group>
          <Group align="flex-end">
            <Stack gap={4}>
              <Text size="sm" fw={500}>{t('tujuan')}</Text>
              <SegmentedControl
                value={tujuan} onChange={(v) => flow.setTujuan(v as IntakeTujuan)} data-testid="intake-tujuan"
                data={[{ value: 'baru', label: t('tujuanBaru') }, { value: 'versi', label: t('tujuanVersi') }]}
              />
            </Stack>
            <Button variant="default" leftSection={<IconFolderOpen size={16} />} data-testid="intake-choose" onClick={flow.choose}>{t('choose')}</Button>
            <Button leftSection={<IconFileSearch size={16} />} disabled={!source} loading={busy} onClick={() => flow.check()} data-testid="intake-check">
              {t('check')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">{tujuan === 'baru' ? t('tujuanBaruHint') : t('tujuanVersiHint')}</Text>
          <Text size="sm" data-testid="intake-path" c={source ? undefined : 'dimmed'}>{source?.name ?? t('noFile')}</Text>
          {busy && <ImportProgress />}
          {flow.notice && <Alert color="blue" data-testid="intake-notice">{flow.notice}</Alert>}
          {flow.error && <Alert color="red" icon={<IconAlertTriangle />} data-testid="intake-error">{flow.error}</Alert>}
        </Stack>
      </Paper>
      {mapping && flow.sheets && (
        <MappingPanel key={flow.inspected} sheets={flow.sheets} profil={flow.profil} busy={busy} onProfil={flow.setProfil} onCheck={(p) => flow.check(p)} />
      )}
      {flow.preview && <PreviewPanel preview={flow.preview} showMapped={flow.mapped} onNotice={flow.setNotice} onError={flow.setError} />}
    </Stack>
  );
}

function PreviewPanel(props: { preview: IntakePreview; showMapped: boolean; onNotice(s: string): void; onError(s: string): void }) {
  const { t } = useTranslation('intake');
  const { preview } = props;
  const c = preview.counts;
  const rows = preview.sheets.reduce((n, s) => n + s.rows, 0);
  const counts = ([['pegawai', c.pegawai], ['jabatan', c.jabatan], ['unit', c.unit_kerja], ['permohonan', c.permohonan], ['target', c.target], ['riwayat', c.riwayat_jabatan]] as const)
    .filter(([, n]) => n > 0).map(([k, n]) => t(`n.${k}`, { count: n }))
    .concat(c.rincian ? [t('rincian', { count: c.rincian })] : []).join(', ');
  const filled = preview.sheets.filter((s) => s.rows > 0);
  const empty = preview.sheets.filter((s) => s.rows === 0).map((s) => s.sheet);
  const saveProblems = async () => {
    try {
      const r = await api.intake.saveProblems({ token: preview.token });
      if (r.path) props.onNotice(t('problemsSaved', { path: r.path }));
    } catch (err) {
      props.onError(errorText(err));
    }
  };
  return (
    <Paper withBorder p="md" data-testid="intake-preview">
      <Stack gap="md">
        <Title order={4}>{t('summary')}</Title>
        {/* Side by side when there is room (the projector's larger type wraps the actions below). */}
        <Group align="flex-start" wrap="wrap" gap="lg">
          <Box style={{ flex: '0 0 auto' }}>
            {filled.length > 0 && <SheetSummary sheets={filled} />}
            {empty.length > 0 && <Text size="xs" c="dimmed" mt={4} maw={520}>{t('emptySheets', { names: empty.join(', ') })}</Text>}
          </Box>
          <Stack gap="sm" style={{ flex: '1 1 360px', minWidth: 360 }}>
            {preview.totalProblems > 0 ? (
              <>
                <Title order={5} c="red.8" data-testid="problem-count">{t('problemsTitle', { count: preview.totalProblems })}</Title>
                <Alert color="red" icon={<IconAlertTriangle />} data-testid="intake-blocked">{t('blocked')}</Alert>
                <Group>
                  <Button variant="light" color="red" leftSection={<IconDownload size={16} />} data-testid="save-problems" onClick={() => void saveProblems()}>
                    {t('saveProblems')}
                  </Button>
                </Group>
              </>
            ) : rows === 0 ? (
              <Alert color="yellow">{t('empty')}</Alert>
            ) : (
              <>
                <Alert color="teal" icon={<IconCircleCheck />} data-testid="intake-clean">{t('noProblems')} {counts}</Alert>
                {preview.tujuan === 'baru' ? <SealNewForm token={preview.token} /> : <ImportIntoOpen token={preview.token} />}
              </>
            )}
            {preview.warnings.length > 0 && (
              <Alert color="gray" title={t('warnings')}>
                <List size="sm">{preview.warnings.map((w) => <List.Item key={w}>{w}</List.Item>)}</List>
              </Alert>
            )}
          </Stack>
        </Group>
        {props.showMapped && <MappedPreview mapped={preview.mapped} />}
        {preview.totalProblems > 0 && (
          <>
            {preview.problems.length < preview.totalProblems && (
              <Text size="xs" c="dimmed">{t('problemsShown', { shown: preview.problems.length, total: preview.totalProblems })}</Text>
            )}
            <ProblemTable problems={preview.problems} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
