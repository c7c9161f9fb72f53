import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaItemRecord } from '../../../../shared/session/model';

/** What kind of item this is beyond an ordinary request: a pledge review, a "tetap" request, a JPT item's procedure. */
export function ProcedureBadges({ item, jpt }: { item: AgendaItemRecord; /** Whether the item's post is JPT Pratama. */ jpt: boolean }) {
  const { t } = useTranslation('session');
  return (
    <>
      {item.tinjauanPakta && <Badge size="xs" color="orange" variant="light" data-testid="badge-tinjauan">{t('procedure.tinjauan')}</Badge>}
      {item.jenisPermohonan === 'tetap' && <Badge size="xs" color="blue" variant="light">{t('procedure.tetap')}</Badge>}
      {item.prosedurJpt
        ? <Badge size="xs" color="indigo" variant="light">{t(`procedure.jenis.${item.prosedurJpt.jenis}`)}</Badge>
        : jpt && <Badge size="xs" color="red" variant="outline">{t('procedure.jptBelum')}</Badge>}
    </>
  );
}
