import { Text } from '@mantine/core';

/** Placeholder until the session capability lands. */
export function SessionScreen() {
  return <Text c="dimmed">—</Text>;
}
