import { fail, ok, type Result } from '../findings/result.js';
import { runGit, runGitText } from '../git/exec.js';
import { withLedgerLock } from '../ledger/io.js';
import type { LedgerText } from '../ledger/splice.js';
import { LEDGER_PATH, type LedgerEntry } from '../ledger/types.js';
import {
  closeLedgerSource,
  entriesContaining,
  entriesOf,
  readLedgerSource,
  stageLedger,
  writeEntries,
  writeLedger,
} from './update-ledger.js';

export type EntryLookup = { entry: LedgerEntry } | { missing: true } | { ambiguous: string[] };

/** An id, or a unique prefix of one (as git takes short commit ids). */
export function findEntry(ledger: LedgerText, id: string): EntryLookup {
  const quotedPrefix = `"id":${JSON.stringify(id).slice(0, -1)}`;
  const matches = entriesContaining(ledger, quotedPrefix);
  const exact = matches.find((entry) => entry.id === id);
  if (exact) return { entry: exact };
  if (matches.length === 1) return { entry: matches[0] as LedgerEntry };
  return matches.length === 0 ? { missing: true } : { ambiguous: matches.map((entry) => entry.id) };
}

export function notFound(id: string) {
  return fail({
    code: 'NOT_FOUND',
    file: LEDGER_PATH,
    message: `no finding with id '${id}' in ${LEDGER_PATH}, the staged change or the commits not pushed yet`,
    fix: "copy the id from 'git-value backlog' or from the refused commit's or push's message",
  });
}

/** Change one entry under the ledger lock; write and stage the ledger so the decision lands with the next commit. */
export async function editEntry(
  root: string,
  id: string,
  change: (entry: LedgerEntry) => LedgerEntry,
  insertIfMissing?: () => Promise<LedgerEntry | undefined>,
): Promise<Result<LedgerEntry>> {
  return withLedgerLock(root, async () => {
    const source = readLedgerSource(root);
    if (!source.ok) return source;
    try {
      const { ledger } = source.value;
      const found = findEntry(ledger, id);
      if ('ambiguous' in found)
        return fail({
          code: 'USAGE',
          message: `'${id}' matches ${found.ambiguous.length} findings`,
          fix: `give more of the id: ${found.ambiguous.slice(0, 3).join(', ')}`,
        });
      const target = 'entry' in found ? found.entry : insertIfMissing ? await insertIfMissing() : undefined;
      if (!target) return notFound(id);
      const updated = change(target);
      const others = entriesOf(ledger, [updated.path]).filter((entry) => entry.id !== updated.id);
      const written = writeLedger(root, ledger, writeEntries(ledger, [updated.path], [...others, updated]).pieces);
      if (!written.ok) return written;
      const staged = stageLedger(root);
      return staged.ok ? ok(updated) : staged;
    } finally {
      closeLedgerSource(source.value);
    }
  });
}

/**
 * One decision for many entries (a baseline): every open entry `select` picks is changed, under the
 * lock, and the ledger is written and staged once. Only open lines are parsed.
 */
export async function editOpenEntries(
  root: string,
  select: (entry: LedgerEntry) => boolean,
  change: (entry: LedgerEntry) => LedgerEntry,
): Promise<Result<LedgerEntry[]>> {
  return withLedgerLock(root, async () => {
    const source = readLedgerSource(root);
    if (!source.ok) return source;
    try {
      const { ledger } = source.value;
      const picked = entriesContaining(ledger, '"status":"open"').filter(
        (entry) => entry.status === 'open' && select(entry),
      );
      if (picked.length === 0) return ok([]);
      const ids = new Set(picked.map((entry) => entry.id));
      const paths = new Set(picked.map((entry) => entry.path));
      const entries = entriesOf(ledger, paths).map((entry) => (ids.has(entry.id) ? change(entry) : entry));
      const written = writeLedger(root, ledger, writeEntries(ledger, paths, entries).pieces);
      if (!written.ok) return written;
      const staged = stageLedger(root);
      return staged.ok ? ok(entries.filter((entry) => ids.has(entry.id))) : staged;
    } finally {
      closeLedgerSource(source.value);
    }
  });
}

/** `Name <email>` of the person running the command, for the audit trail of decisions. */
export function readIdentity(root: string): string {
  const name = runGitText(['config', 'user.name'], { cwd: root, okCodes: [1] });
  const email = runGitText(['config', 'user.email'], { cwd: root, okCodes: [1] });
  const who = [name.ok ? name.value.trim() : '', email.ok && email.value.trim() ? `<${email.value.trim()}>` : '']
    .filter(Boolean)
    .join(' ');
  return who || 'unknown';
}
