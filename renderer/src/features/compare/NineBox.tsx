import { Badge, Box, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CandidateSummary } from '../../../../shared/compare/schemas';
import { NINE_BOX_GRID, NINE_BOX_SARAN, type SumbuKinerja, type SumbuPotensial } from '../../../../shared/compare/nine-box';

const ROWS: SumbuPotensial[] = ['tinggi', 'menengah', 'rendah'];
const COLS: SumbuKinerja[] = ['bawah', 'sesuai', 'atas'];
const TONE: Record<number, string> = { 9: 'teal.1', 8: 'teal.0', 7: 'teal.0', 1: 'red.0', 2: 'orange.0', 4: 'yellow.0' };

/**
 * The 9-box of Manajemen Talenta ASN: potensial on the vertical axis (tinggi on top), kinerja on the
 * horizontal; numbering as the regulation has it. A name opens the comparison.
 */
export function NineBox(props: { candidates: CandidateSummary[]; onPick(nip: string): void }) {
  const { t, i18n } = useTranslation('compare');
  const en = i18n.language === 'en';
  const unplaced = props.candidates.filter((c) => !c.nineBox);
  return (
    <Stack gap="xs">
      <Title order={5}>{t('ninebox.title')}</Title>
      <Text size="xs" c="dimmed">{t('ninebox.hint')}</Text>
      <Box style={{ display: 'grid', gridTemplateColumns: '90px repeat(3, 1fr)', gap: 6 }} data-testid="ninebox">
        {ROWS.map((row) => [
          <Stack key={`${row}-label`} justify="center" gap={0}>
            <Text size="xs" c="dimmed">{t('ninebox.potensial')}</Text>
            <Text fw={600}>{t(`ninebox.${row}`)}</Text>
          </Stack>,
          ...COLS.map((col) => {
            const box = NINE_BOX_GRID[row][col];
            const here = props.candidates.filter((c) => c.nineBox?.box === box);
            return (
              <Paper key={box} withBorder p="xs" bg={TONE[box]} mih={110} data-testid={`ninebox-${box}`} className="ninebox-cell">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Text fw={800} size="xl">{box}</Text>
                  <Text size="xs" c="dimmed" ta="right" data-testid={`ninebox-saran-${box}`}>{(en ? NINE_BOX_SARAN[box]!.en : NINE_BOX_SARAN[box]!.id).join('; ')}</Text>
                </Group>
                <Group gap={4} mt={4}>
                  {here.map((c) => (
                    <UnstyledButton key={c.nip} onClick={() => props.onPick(c.nip)} data-testid={`ninebox-pick-${c.nip}`}>
                      <Badge variant="white" color="dark" style={{ textTransform: 'none', cursor: 'pointer' }}>{c.namaLengkap}</Badge>
                    </UnstyledButton>
                  ))}
                </Group>
              </Paper>
            );
          }),
        ])}
        <Box />
        {COLS.map((col) => (
          <Text key={col} ta="center" size="sm" fw={600}>{t(`ninebox.${col}`)}</Text>
        ))}
      </Box>
      <Text ta="center" size="xs" c="dimmed">{t('ninebox.kinerja')} →</Text>
      {unplaced.length > 0 && <Text size="sm" c="dimmed">{t('ninebox.unplaced', { names: unplaced.map((c) => c.namaLengkap).join(', ') })}</Text>}
    </Stack>
  );
}
