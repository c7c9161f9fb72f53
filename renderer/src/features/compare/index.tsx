import { Text } from '@mantine/core';

/** Placeholder until the compare capability lands. */
export function CompareScreen() {
  return <Text c="dimmed">—</Text>;
}
