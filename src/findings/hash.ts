import { createHash } from 'node:crypto';

/** Hex sha256 of the parts joined by NUL, cut to `length` hex characters. */
export function hashParts(parts: readonly string[], length = 16): string {
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, length);
}
