import { Badge, Tooltip } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useAppState } from './app-state';

/**
 * The header's reminder of what the projector shows: the focused session's level (standar without one).
 * Short on purpose (the header is tight on a projector); the session and what the level hides are in the tooltip.
 */
export function RedactionBadge() {
  const { t } = useTranslation('session');
  const { fokus } = useAppState();
  const tingkat = fokus?.redaksi ?? 'standar';
  const short = t('redaksi.short', { tingkat: t(`redaksi.${tingkat}`) });
  const full = fokus ? t('redaksi.header', { tingkat: t(`redaksi.${tingkat}`), nomor: fokus.nomor }) : short;
  return (
    <Tooltip label={`${full}. ${t('redaksi.hint')}`} multiline w={320}>
      <Badge variant={tingkat === 'ketat' ? 'filled' : 'outline'} color={tingkat === 'ketat' ? 'red.9' : 'gray.8'}
        leftSection={<IconEyeOff size={12} aria-hidden />} data-testid="redaction-badge" data-redaksi={tingkat}
        data-sidang={fokus?.nomor ?? ''} aria-label={full} style={{ flexShrink: 0, overflow: 'visible' }}>
        {short}
      </Badge>
    </Tooltip>
  );
}
