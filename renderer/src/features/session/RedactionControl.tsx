import { useEffect } from 'react';
import { SegmentedControl, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useAppState } from '../../app/app-state';
import { TINGKAT_REDAKSI, type TingkatRedaksi } from '../../../../shared/format/redaction';
import type { Sidang } from '../../../../shared/session/model';
import type { RunAct } from './use-session-record';

/**
 * The session's redaction level (an audited act). Opening a session puts it in focus, so the header
 * and every projected screen follow its level.
 */
export function RedactionControl(props: { sidang: Sidang; run: RunAct; busy: boolean }) {
  const { t } = useTranslation('session');
  const { setFokus } = useAppState();
  const { id, nomor, redaksi } = props.sidang;
  useEffect(() => { setFokus({ id, nomor, redaksi }); }, [id, nomor, redaksi, setFokus]);
  return (
    <Tooltip label={t('redaksi.hint')} multiline w={320}>
      <SegmentedControl size="xs" value={redaksi} disabled={props.busy} aria-label={t('redaksi.control')} data-testid="redaction-control"
        data={TINGKAT_REDAKSI.map((v) => ({ value: v, label: t(`redaksi.${v}`) }))}
        onChange={(v) => void props.run(() => api.session.setRedaction({ sidangId: id, redaksi: v as TingkatRedaksi }))} />
    </Tooltip>
  );
}
