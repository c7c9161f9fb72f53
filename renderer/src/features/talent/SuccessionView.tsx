import { useCallback, useEffect, useState } from 'react';
import { Alert, Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import type { RingkasRencana } from '../../../../shared/talent/schemas';
import { KeyPostList } from './KeyPostList';
import { PlanEditor } from './PlanEditor';
import { SavePlanPdf } from './SavePlanPdf';
import { MarkKeyPost } from './MarkKeyPost';

type KeyPosts = ChannelOutput<'talent:keyPosts'>;

/** Key posts of a unit (or all) with the vacant-without-ready flag; one opens in the editor. */
export function SuccessionView() {
  const { t } = useTranslation('talent');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [data, setData] = useState<KeyPosts | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    setError(null);
    api.talent.keyPosts({ unitId }).then(setData, (e) => setError(errorText(e)));
  }, [unitId]);
  useEffect(load, [load]);
  const merge = (p: RingkasRencana) => setData((d) => d && { ...d, posts: d.posts.map((x) => (x.id === p.id ? p : x)) });
  return (
    <Stack gap="md">
      <Group align="end">
        <Select label={t('filter.unit')} placeholder={t('filter.semuaUnit')} clearable searchable value={unitId} onChange={setUnitId}
          data={(data?.units ?? []).map((u) => ({ value: u.id, label: u.nama }))} w={360} data-testid="talent-filter-unit" />
        <SavePlanPdf unitId={unitId} />
      </Group>
      {error && <Alert color="red">{error}</Alert>}
      {!data ? <Loader size="sm" aria-label={t('loading')} /> : (
        <>
          <Text size="sm" c="red.8" data-testid="talent-flag-count">{t('plans.flagCount', { n: data.posts.filter((p) => p.lowongTanpaSiap).length })}</Text>
          <KeyPostList posts={data.posts} onOpen={setOpen} />
          <MarkKeyPost posts={data.bisaDitandai} onMarked={load} />
        </>
      )}
      {open && <PlanEditor jabatanId={open} onClose={() => setOpen(null)} onSaved={merge} onMarked={() => { setOpen(null); load(); }} />}
    </Stack>
  );
}
