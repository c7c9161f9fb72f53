import { useEffect, useState } from 'react';
import { Button, Group, Loader, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { intakeProgressSchema, type IntakeProgress } from '../../../../shared/ipc/intake';

/** While a file is read: rows read per sheet (main's progress event) and a button that cancels the read. */
export function ImportProgress() {
  const { t } = useTranslation('intake');
  const [sheets, setSheets] = useState<IntakeProgress[]>([]);
  const [cancelling, setCancelling] = useState(false);
  useEffect(() => window.appEvents?.onIntakeProgress?.((e) => {
    const p = intakeProgressSchema.safeParse(e);
    if (p.success) setSheets((list) => [...list.filter((s) => s.sheet !== p.data.sheet), p.data]);
  }), []);
  return (
    <Group gap="sm" data-testid="intake-progress" aria-live="polite">
      <Loader size="xs" />
      <Text size="sm">
        {sheets.length === 0 ? t('progress.start') : sheets.map((s) => t('progress.sheet', { sheet: s.sheet, count: s.rows })).join(' · ')}
      </Text>
      <Button size="xs" variant="default" color="red" leftSection={<IconX size={14} />} loading={cancelling} data-testid="intake-cancel"
        onClick={() => { setCancelling(true); void api.intake.cancelCheck({}).catch(() => undefined); }}>
        {t('progress.cancel')}
      </Button>
    </Group>
  );
}
