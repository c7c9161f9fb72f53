import { Badge, Tooltip } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAppState } from './app-state';

/** The header's reminder of what the projector shows: the focused session's level (standar without one). */
export function RedactionBadge() {
  const { t } = useTranslation('session');
  const { fokus } = useAppState();
  const tingkat = fokus?.redaksi ?? 'standar';
  const level = t(`redaksi.${tingkat}`);
  return (
    <Tooltip label={t('redaksi.hint')} multiline w={320}>
      <Badge variant={tingkat === 'ketat' ? 'filled' : 'outline'} color={tingkat === 'ketat' ? 'red.9' : 'gray.8'}
        leftSection={<IconEyeOff size={12} />} data-testid="redaction-badge" data-redaksi={tingkat}
        styles={{ root: { flexShrink: 1, minWidth: 0 } }}>
        {fokus ? t('redaksi.header', { tingkat: level, nomor: fokus.nomor }) : t('redaksi.short', { tingkat: level })}
      </Badge>
    </Tooltip>
  );
}
