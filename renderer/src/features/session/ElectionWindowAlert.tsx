import { useState } from 'react';
import { Alert, Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { DateField } from '../../components/DateField';
import type { SessionRecord } from '../../../../shared/session/model';
import { formatTanggal } from '../../../../shared/format/tanggal';
import type { RunAct } from './use-session-record';

/** Shown when the session date is inside an election window (UU 10/2016): documents wait for the Minister's approval. */
export function ElectionWindowAlert({ record, run }: { record: SessionRecord; run: RunAct }) {
  const { t } = useTranslation('session');
  const w = record.pilkada.jendela;
  if (!w) return null;
  const ok = record.pilkada.persetujuan;
  return (
    <Alert color={ok ? 'teal' : 'yellow'} data-testid="pilkada-window">
      {t('procedure.jendela', { dasar: w.dasar, mulai: formatTanggal(w.mulai), sampai: formatTanggal(w.sampai) })}{' '}
      {ok ? t('procedure.persetujuan', { nomor: ok.nomor, tanggal: formatTanggal(ok.tanggal) }) : t('procedure.perluPersetujuan')}
      {!ok && <MendagriApprovalForm sidangId={record.sidang.id} run={run} />}
    </Alert>
  );
}

/** The reference of the Minister of Home Affairs' written approval, which releases the session's documents. */
function MendagriApprovalForm({ sidangId, run }: { sidangId: string; run: RunAct }) {
  const { t } = useTranslation('session');
  const [nomor, setNomor] = useState('');
  const [tanggal, setTanggal] = useState<string | null>(null);
  return (
    <Group mt="xs" align="end" gap="xs">
      <TextInput size="xs" label={t('procedure.mendagriNomor')} value={nomor} onChange={(e) => setNomor(e.currentTarget.value)} data-testid="mendagri-nomor" />
      <DateField size="xs" label={t('procedure.tanggal')} value={tanggal} onChange={setTanggal} data-testid="mendagri-tanggal" />
      <Button size="xs" disabled={nomor.trim().length < 3 || !tanggal} data-testid="mendagri-submit"
        onClick={() => void run(() => api.session.recordMendagriApproval({ sidangId, nomor, tanggal: tanggal! }))}>
        {t('procedure.mendagriSave')}
      </Button>
    </Group>
  );
}
