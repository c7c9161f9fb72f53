import { Text } from '@mantine/core';

/** Placeholder until the intake capability lands. */
export function IntakeScreen() {
  return <Text c="dimmed">—</Text>;
}
