import { Badge, Button, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RingkasRencana } from '../../../../shared/talent/schemas';

/** Key posts: status, how many successors (ready now), whether the plan is set, and the flag. */
export function KeyPostList({ posts, onOpen }: { posts: RingkasRencana[]; onOpen(id: string): void }) {
  const { t } = useTranslation('talent');
  return (
    <Table striped withTableBorder fz="xs" data-testid="talent-key-posts">
      <Table.Thead>
        <Table.Tr>
          {(['jabatan', 'level', 'status', 'suksesor', 'siap'] as const).map((c) => <Table.Th key={c}>{t(`plans.${c}`)}</Table.Th>)}
          <Table.Th><VisuallyHidden>{t('plans.open')}</VisuallyHidden></Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {posts.map((p) => (
          <Table.Tr key={p.id} data-testid={`talent-post-${p.id}`}>
            <Table.Td>{p.nama}<br />{p.unitNama}{p.ditandai && <> · {t('plans.ditandai')}</>}</Table.Td>
            <Table.Td>{p.level}</Table.Td>
            <Table.Td>
              {p.lowong ? t('plans.lowong') : t('plans.terisi')} · {p.tersimpan ? t('plans.ditetapkan') : t('plans.usulan')}
              {p.lowongTanpaSiap && <> <Badge color="red" size="sm" data-testid="talent-flag">{t('plans.flag')}</Badge></>}
            </Table.Td>
            <Table.Td ta="center">{p.jumlahSuksesor}</Table.Td>
            <Table.Td ta="center">{p.siapSekarang}</Table.Td>
            <Table.Td><Button size="compact-xs" variant="subtle" onClick={() => onOpen(p.id)} aria-label={`${t('plans.open')}: ${p.nama}`}>{t('plans.open')}</Button></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
