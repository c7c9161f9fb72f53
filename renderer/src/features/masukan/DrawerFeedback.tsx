import { Divider } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MasukanList } from './MasukanList';
import { useMasukan } from './use-masukan';

/** The request detail drawer's "Masukan masyarakat (n)", with the senders' contacts (hidden on a projector). */
export function DrawerFeedback({ nip }: { nip: string }) {
  const { t } = useTranslation('masukan');
  const items = useMasukan([nip]).get(nip) ?? [];
  return (
    <>
      <Divider label={t('section', { n: items.length })} />
      <div data-testid="drawer-masukan"><MasukanList items={items} withKontak /></div>
    </>
  );
}
