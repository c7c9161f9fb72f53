import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { suaraMendukung } from '../../../../shared/session/decision-rules';
import type { AgendaItemRecord, SessionRecord } from '../../../../shared/session/model';
import type { RunAct } from './use-session-record';

/**
 * Under the vote table: what the session's decision rule makes of the tally, and the chair's
 * "tutup pemungutan suara" while eligible votes are pending. A mufakat session says so instead.
 */
export function VotingRuleBar(props: { record: SessionRecord; item: AgendaItemRecord; run: RunAct; closed: boolean }) {
  const { t } = useTranslation('session');
  const { record, item } = props;
  const aturan = record.sidang.aturanKeputusan;
  if (aturan === 'mufakat') return <Alert p="xs" color="blue" data-testid="voting-mufakat">{t('rules.mufakat')}</Alert>;
  const m = suaraMendukung(aturan, item.rekap);
  const ketua = record.anggota.find((a) => a.peran === 'ketua');
  const canClose = !props.closed && !item.keputusan && !item.pemungutanDitutup && item.rekap.belum > 0
    && record.sidang.status === 'berlangsung' && !!ketua?.hadir;
  return (
    <Group justify="space-between" gap="xs">
      <Text size="xs" c={m.terbawa ? 'teal.8' : 'orange.8'} data-testid="vote-carried" data-carried={m.terbawa ? 'yes' : 'no'}>
        {t(m.terbawa ? 'rules.carried' : 'rules.notCarried', { setuju: item.rekap.setuju, ambang: m.ambang })}
      </Text>
      {item.pemungutanDitutup && <Text size="xs" fw={600} data-testid="voting-closed">{t('rules.votingClosed')}</Text>}
      {canClose && (
        <Button size="compact-xs" variant="light" color="indigo" data-testid="voting-close"
          onClick={() => void props.run(() => api.session.closeVoting({ itemId: item.id, anggotaId: ketua!.anggotaId }))}>
          {t('rules.closeVoting')}
        </Button>
      )}
    </Group>
  );
}
