import { Text } from '@mantine/core';

/** Placeholder until the audit verification screen lands (session capability). */
export function AuditScreen() {
  return <Text c="dimmed">—</Text>;
}
