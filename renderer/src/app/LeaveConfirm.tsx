import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Asked before leaving a screen or closing the dataset with unsaved input. */
export function LeaveConfirm(props: { opened: boolean; onAnswer(choice: 'stay' | 'keep' | 'discard'): void }) {
  const { t } = useTranslation();
  return (
    <Modal size="lg" opened={props.opened} onClose={() => props.onAnswer('stay')} title={t('drafts.title')} data-testid="leave-confirm">
      <Text size="sm" mb="md">{t('drafts.body')}</Text>
      <Group justify="flex-end" gap="xs">
        <Button variant="default" color="red" onClick={() => props.onAnswer('discard')} data-testid="leave-discard">{t('drafts.discard')}</Button>
        <Button variant="light" onClick={() => props.onAnswer('keep')} data-testid="leave-keep">{t('drafts.keep')}</Button>
        <Button onClick={() => props.onAnswer('stay')} data-testid="leave-stay" data-autofocus>{t('drafts.stay')}</Button>
      </Group>
    </Modal>
  );
}
