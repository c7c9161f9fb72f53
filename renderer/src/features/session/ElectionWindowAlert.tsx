import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionRecord } from '../../../../shared/session/model';
import { formatTanggal } from '../../../../shared/format/tanggal';

/** Shown when the session date is inside an election window (UU 10/2016): documents wait for the Minister's approval. */
export function ElectionWindowAlert({ record }: { record: SessionRecord }) {
  const { t } = useTranslation('session');
  const w = record.pilkada.jendela;
  if (!w) return null;
  const ok = record.pilkada.persetujuan;
  return (
    <Alert color={ok ? 'teal' : 'yellow'} data-testid="pilkada-window">
      {t('procedure.jendela', { dasar: w.dasar, mulai: formatTanggal(w.mulai), sampai: formatTanggal(w.sampai) })}{' '}
      {ok ? t('procedure.persetujuan', { nomor: ok.nomor, tanggal: formatTanggal(ok.tanggal) }) : t('procedure.perluPersetujuan')}
    </Alert>
  );
}
