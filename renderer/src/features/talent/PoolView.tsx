import { useEffect, useState } from 'react';
import { Alert, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { PoolFilter, PoolReport } from '../../../../shared/talent/schemas';
import type { Rumpun } from '../../../../shared/talent/rumpun';
import { BoxCounts } from './BoxCounts';
import { PoolTable } from './PoolTable';
import { jenjangOptions, rumpunOptions } from './labels';

/** The talent pool with its jenjang and rumpun filters, the 9-box counts and the members. */
export function PoolView() {
  const { t, i18n } = useTranslation('talent');
  const [filter, setFilter] = useState<PoolFilter>({ jenjang: null, rumpun: null });
  const [report, setReport] = useState<PoolReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setError(null);
    api.talent.pool(filter).then((r) => { if (live) setReport(r); }, (e) => { if (live) setError(errorText(e)); });
    return () => { live = false; };
  }, [filter]);
  return (
    <Stack gap="md">
      <Group align="end">
        <Select label={t('filter.jenjang')} placeholder={t('filter.semua')} clearable data={jenjangOptions(t)} value={filter.jenjang}
          onChange={(v) => setFilter({ ...filter, jenjang: v as PoolFilter['jenjang'] })} data-testid="talent-filter-jenjang" />
        <Select label={t('filter.rumpun')} placeholder={t('filter.semua')} clearable data={rumpunOptions(i18n.language)} value={filter.rumpun}
          onChange={(v) => setFilter({ ...filter, rumpun: v as Rumpun | null })} data-testid="talent-filter-rumpun" />
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {!report ? <Loader size="sm" aria-label={t('loading')} /> : (
        <>
          <BoxCounts report={report} />
          {report.rumpunDiturunkan > 0 && <Text size="xs" c="dimmed">{t('pool.rumpunDiturunkan', { n: report.rumpunDiturunkan })}</Text>}
          <PoolTable anggota={report.anggota} />
        </>
      )}
    </Stack>
  );
}
