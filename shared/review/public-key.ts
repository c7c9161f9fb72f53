/**
 * How a member's Ed25519 public key travels to the secretariat: one short line that fits a QR code and can
 * be read aloud by its fingerprint. `bpj-ed25519:` + base64url of the raw 32-byte key.
 */
export const PUBLIC_KEY_PREFIX = 'bpj-ed25519:';
const PUBLIC_KEY_PATTERN = /^bpj-ed25519:[A-Za-z0-9_-]{43}$/;

export function isPublicKeyText(s: string): boolean {
  return PUBLIC_KEY_PATTERN.test(s.trim());
}

/** "A1B2 C3D4 E5F6 0718 293A": 20 hex digits of SHA-256(raw key) in groups of four, easy to compare by phone. */
export function groupFingerprint(hex: string): string {
  return (hex.slice(0, 20).toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
}
