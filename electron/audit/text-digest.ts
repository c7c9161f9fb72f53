import { createHash } from 'node:crypto';

/**
 * Free text (reasons, notes) goes into audit payloads only as its SHA-256: the chain must let `audit`
 * re-derive the row, but the log is shown on screen and stays free of names and reasons.
 */
export function textDigest(text: string | null): string | null {
  return text === null ? null : createHash('sha256').update(text, 'utf8').digest('hex');
}
