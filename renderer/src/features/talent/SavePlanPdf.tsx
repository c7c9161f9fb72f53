import { useState } from 'react';
import { Button, Text } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { errorText } from '../../i18n';

/** Saves the chosen unit's "Rencana Suksesi" PDF through main's save dialog. */
export function SavePlanPdf({ unitId }: { unitId: string | null }) {
  const { t } = useTranslation('talent');
  const [note, setNote] = useState<string | null>(null);
  const save = async () => {
    if (!unitId) return;
    try {
      const r = await api.talent.savePdf({ unitId });
      setNote(r.path ? t('plans.pdfSaved', { path: r.path }) : null);
    } catch (e) {
      setNote(errorText(e));
    }
  };
  return (
    <>
      <Button size="sm" variant="light" leftSection={<IconFileTypePdf size={16} />} disabled={!unitId} onClick={() => void save()}
        title={unitId ? undefined : t('plans.pdfNeedsUnit')} data-testid="talent-save-pdf">
        {t('plans.pdf')}
      </Button>
      {note && <Text size="xs" data-testid="talent-pdf-note">{note}</Text>}
    </>
  );
}
