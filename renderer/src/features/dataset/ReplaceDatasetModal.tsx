import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FileHandle } from '../../../../shared/ipc/file-handle';

/** Asks before a handed-over file replaces a dataset whose acts are not yet in its file. */
export function ReplaceDatasetModal(props: { file: FileHandle | null; onConfirm(): void; onCancel(): void }) {
  const { t } = useTranslation('openFile');
  const name = props.file?.name ?? '';
  return (
    <Modal opened={props.file !== null} onClose={props.onCancel} title={t('replaceTitle', { name })} data-testid="open-file-replace">
      <Text size="sm">{t('replace', { name })}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={props.onCancel} data-testid="open-file-cancel">{t('cancel')}</Button>
        <Button color="orange" onClick={props.onConfirm} data-testid="open-file-confirm">{t('replaceConfirm')}</Button>
      </Group>
    </Modal>
  );
}
