import { Button, Checkbox, Group } from '@mantine/core';
import { IconDeviceFloppy, IconFileTypeDocx, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind } from '../../../../shared/documents/model';
import type { DocumentAction } from './use-session-documents';

/** Sign checkbox, save as PDF / DOCX and print, for the chosen document. */
export function DocumentActions(props: {
  kind: DocumentKind; signable: boolean; sign: boolean; onSign: (v: boolean) => void;
  busy: boolean; disabled: boolean; onAction: (a: DocumentAction) => void;
}) {
  const { t } = useTranslation('documents');
  const common = { loading: props.busy, disabled: props.disabled };
  return (
    <Group>
      {props.signable && <Checkbox label={t('sesi.tandatangani')} checked={props.sign} onChange={(e) => props.onSign(e.currentTarget.checked)} data-testid="doc-sign" />}
      <Button leftSection={<IconDeviceFloppy size={16} />} onClick={() => props.onAction({ kind: 'save', format: 'pdf' })} {...common} data-testid="doc-save-pdf">{t('sesi.simpanPdf')}</Button>
      {props.kind !== 'rekomendasi' && (
        <Button variant="light" leftSection={<IconFileTypeDocx size={16} />} onClick={() => props.onAction({ kind: 'save', format: 'docx' })} {...common} data-testid="doc-save-docx">{t('sesi.simpanDocx')}</Button>
      )}
      <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => props.onAction({ kind: 'print' })} {...common} data-testid="doc-print">{t('sesi.cetak')}</Button>
    </Group>
  );
}
