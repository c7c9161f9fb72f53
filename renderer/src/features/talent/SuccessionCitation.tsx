import { useEffect, useState } from 'react';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { Rencana } from '../../../../shared/talent/schemas';

/** The post's succession plan, cited by a JPT item whose procedure is the talent pool. */
export function SuccessionCitation({ jabatanId }: { jabatanId: string }) {
  const { t } = useTranslation('talent');
  const [plan, setPlan] = useState<Rencana | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api.talent.planForPost({ jabatanId }).then(setPlan, (e) => setError(errorText(e)));
  }, [jabatanId]);
  if (error) return <Text size="xs" c="red">{error}</Text>;
  if (plan === undefined) return null;
  if (plan === null) return <Text size="xs" c="dimmed">{t('cite.none')}</Text>;
  return (
    <Stack gap={2} data-testid="procedure-succession">
      <Text size="xs" fw={600}>{t('cite.title')} · {plan.tersimpan ? t('plans.ditetapkan') : t('plans.usulan')}</Text>
      {plan.suksesor.map((s, i) => (
        <Text size="xs" key={s.nip}>{i + 1}. {s.nama} — {t(`kesiapan.${s.kesiapan}`)} ({t('pool.kotak')} {s.box ?? '–'})</Text>
      ))}
      {plan.lowongTanpaSiap && <Text size="xs" c="red.8">{t('plans.flag')}</Text>}
    </Stack>
  );
}
