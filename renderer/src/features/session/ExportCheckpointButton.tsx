import { useState } from 'react';
import { Button, Text } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';

/** A closed session's audit checkpoint, already signed at close, saved where main's dialog says. */
export function ExportCheckpointButton(props: { sidangId: string; onError(message: string): void }) {
  const { t } = useTranslation('session');
  const [saved, setSaved] = useState<string | null>(null);
  const exportIt = () => api.session.exportCheckpoint({ sidangId: props.sidangId })
    .then((r) => setSaved(r.berkas ? r.berkas.name : null))
    .catch((e: unknown) => props.onError(errorText(e)));
  return (
    <>
      <Button variant="default" leftSection={<IconFileExport size={16} />} onClick={() => void exportIt()} data-testid="session-export-checkpoint">
        {t('detail.exportCheckpoint')}
      </Button>
      {saved && <Text size="xs" c="dimmed" data-testid="session-checkpoint-saved">{t('detail.checkpointSaved', { name: saved })}</Text>}
    </>
  );
}
