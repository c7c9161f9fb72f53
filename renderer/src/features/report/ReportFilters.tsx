import { useEffect, useState } from 'react';
import { Button, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { DateField } from '../../components/DateField';
import type { EquityFilter } from '../../../../shared/report/schemas';
import type { SidangRingkas } from '../../../../shared/session/model';

/** Period (request date) and session filters of the dashboard. */
export function ReportFilters({ value, onChange }: { value: EquityFilter; onChange(f: EquityFilter): void }) {
  const { t } = useTranslation('report');
  const [sessions, setSessions] = useState<SidangRingkas[]>([]);
  useEffect(() => { void api.session.list({}).then(setSessions); }, []);
  return (
    <Group align="end" gap="sm">
      <DateField size="xs" label={t('filter.dari')} value={value.dari} onChange={(d) => onChange({ ...value, dari: d })} data-testid="report-dari" />
      <DateField size="xs" label={t('filter.sampai')} value={value.sampai} onChange={(d) => onChange({ ...value, sampai: d })} data-testid="report-sampai" />
      <Select
        size="xs" label={t('filter.sidang')} placeholder={t('filter.semua')} clearable w={240} data-testid="report-sidang"
        data={sessions.map((s) => ({ value: s.id, label: `${s.nomor} (${s.tanggal})` }))}
        value={value.sidangId} onChange={(id) => onChange({ ...value, sidangId: id })}
      />
      <Button size="xs" variant="subtle" onClick={() => onChange({ dari: null, sampai: null, sidangId: null })}>
        {t('filter.reset')}
      </Button>
    </Group>
  );
}
