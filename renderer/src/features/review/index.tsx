import { Text } from '@mantine/core';

/** Placeholder until the review capability lands. */
export function ReviewScreen() {
  return <Text c="dimmed">—</Text>;
}
