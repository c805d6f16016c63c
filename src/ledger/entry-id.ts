import { hashParts } from '../findings/hash.js';

/** `<family>-<10 hex>`: 40 bits keep 10,000+ findings free of collisions (p ≈ 5e-5). */
export function makeEntryId(ruleId: string, path: string, fingerprint: string): string {
  return `${ruleId.split('/')[0]}-${hashParts([path, fingerprint], 10)}`;
}
