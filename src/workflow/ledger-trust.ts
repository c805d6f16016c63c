import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../ledger/io.js';

// The hook cannot afford to parse a 5 MB ledger (~100 ms), and a byte splice copies every line it
// does not touch: damage there went into the commit unseen (issue 14). So the hook trusts only
// bytes whose SHA-256 this repository recorded when git-value wrote them or checked them whole;
// anything else (a hand edit, a checkout, a pull) is parsed whole once, then recorded. Hashing is
// ~1 ms per MB here: a changed byte anywhere changes the digest, so no damage is missed.

const KEEP = 16; // a few branches' ledgers: switching back and forth stays cheap

const storeFile = (gitDir: string) => join(gitDir, 'git-value', 'ledger-valid');

function readKnown(gitDir: string): string[] {
  try {
    return readFileSync(storeFile(gitDir), 'latin1').split('\n').filter(Boolean);
  } catch {
    return []; // none recorded yet: every ledger is checked whole
  }
}

export function isKnownValid(gitDir: string | undefined, digest: string): boolean {
  if (gitDir === undefined) return false;
  const at = readKnown(gitDir).indexOf(digest);
  // the oldest half moves to the front when used: the ledger of a branch one keeps coming back to stays known
  if (at >= KEEP / 2) recordValid(gitDir, digest);
  return at !== -1;
}

/**
 * Remembers a valid ledger's digest, and `previous` (the one it was built from) right after it: the
 * committed ledger a hook starts from again and again (a bench, an amend) is never pushed out.
 * Failing to write (a read-only git folder) only costs a later whole check.
 */
export function recordValid(gitDir: string | undefined, digest: string, previous?: string): void {
  if (!gitDir) return;
  const known = readKnown(gitDir);
  const first = previous && previous !== digest ? [digest, previous] : [digest];
  if (first.every((item, index) => known[index] === item)) return;
  const next = [...first, ...known.filter((item) => !first.includes(item))].slice(0, KEEP);
  writeFileAtomic(storeFile(gitDir), `${next.join('\n')}\n`, 'the ledger digests', { flush: false });
}
