import { useState } from 'react';
import { Affix, Alert, Button, Group, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api';
import { errorText } from '../../i18n';
import type { FileHandle } from '../../../../shared/ipc/file-handle';
import { announceReviewImported } from '../review/imported-event';

/**
 * A response the OS handed over, until it is imported or dismissed: "Impor tanggapan" merges it into the
 * session its packet was issued for. A refusal (no dataset open yet, another dataset, a forged file) is
 * shown from the error catalog and the file stays here, so it can be imported once the right dataset is open.
 */
export function ResponseAnnouncement(props: { file: FileHandle | null; onDismiss(): void }) {
  const { t } = useTranslation('openFile');
  const [state, setState] = useState<{ handle: string; color: string; text: string; done: boolean } | null>(null);
  const file = props.file;
  if (!file) return null;
  const shown = state?.handle === file.handle ? state : null;

  async function importIt(handle: string) {
    try {
      const { hasil } = await api.review.importResponse({ file: handle });
      if (!hasil) return;
      setState({ handle, color: 'teal', done: true, text: t('imported', { ...hasil, q: hasil.jumlahPertanyaan, s: hasil.jumlahSikap }) });
      announceReviewImported(hasil.sidangId);
    } catch (err) {
      // Not yet the right moment (no dataset open) is a note, not a refusal.
      const waiting = err instanceof ApiError && err.code === 'TANGGAPAN_PERLU_DATASET';
      setState({ handle, color: waiting ? 'orange' : 'red', done: false, text: errorText(err) });
    }
  }

  return (
    <Affix position={{ bottom: 20, left: 20 }} w={460}>
      <Alert color={shown?.color ?? 'blue'} title={t('responseTitle')} withCloseButton closeButtonLabel={t('dismiss')}
        onClose={props.onDismiss} icon={<IconFileImport />} data-testid="open-file-response">
        <Text size="sm">{t('response', { name: file.name })}</Text>
        {shown && <Text size="sm" mt="xs" fw={500} data-testid="open-file-response-message">{shown.text}</Text>}
        {!shown?.done && (
          <Group justify="flex-end" mt="sm">
            <Button size="xs" onClick={() => void importIt(file.handle)} data-testid="open-file-import">{t('import')}</Button>
          </Group>
        )}
      </Alert>
    </Affix>
  );
}
