import { Text } from '@mantine/core';

/** Placeholder until the documents capability lands. */
export function DocumentsScreen() {
  return <Text c="dimmed">—</Text>;
}
