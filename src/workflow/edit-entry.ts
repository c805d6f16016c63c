import { fail, ok, type Result } from '../findings/result.js';
import { runGit, runGitText } from '../git/exec.js';
import { formatEntry, formatLines } from '../ledger/format.js';
import { withLedgerLock } from '../ledger/io.js';
import { LEDGER_PATH, type LedgerEntry } from '../ledger/types.js';
import { readLedgerLines, writeLedger, type LedgerLines } from './update-ledger.js';

export type EntryLookup = { entry: LedgerEntry; index: number } | { missing: true } | { ambiguous: string[] };

/** An id, or a unique prefix of one (as git takes short commit ids). */
export function findEntry(ledger: LedgerLines, id: string): EntryLookup {
  const exact = ledger.lines.findIndex((line) => line.text.includes(`"id":${JSON.stringify(id)}`));
  if (exact !== -1) return { entry: JSON.parse((ledger.lines[exact] as { text: string }).text) as LedgerEntry, index: exact };
  const matches = ledger.lines.map((line, index) => ({ index, entry: JSON.parse(line.text) as LedgerEntry })).filter(({ entry }) => entry.id.startsWith(id));
  if (matches.length === 1) return matches[0] as { entry: LedgerEntry; index: number };
  return matches.length === 0 ? { missing: true } : { ambiguous: matches.map(({ entry }) => entry.id) };
}

export function notFound(id: string): Result<never> {
  return fail({ code: 'NOT_FOUND', file: LEDGER_PATH, message: `no finding with id '${id}' in ${LEDGER_PATH}`, fix: "copy the id from 'git-value backlog' or from the blocked commit's message" });
}

/** Change one entry under the ledger lock; write and stage the ledger so the decision lands with the next commit. */
export async function editEntry(root: string, id: string, change: (entry: LedgerEntry) => LedgerEntry, insertIfMissing?: () => Promise<LedgerEntry | undefined>): Promise<Result<LedgerEntry>> {
  return withLedgerLock(root, async () => {
    const ledger = readLedgerLines(root);
    if (!ledger.ok) return ledger;
    const found = findEntry(ledger.value, id);
    if ('ambiguous' in found) return fail({ code: 'USAGE', message: `'${id}' matches ${found.ambiguous.length} findings`, fix: `give more of the id: ${found.ambiguous.slice(0, 3).join(', ')}` });
    let lines = ledger.value.lines;
    let updated: LedgerEntry;
    if ('missing' in found) {
      const fresh = insertIfMissing ? await insertIfMissing() : undefined;
      if (!fresh) return notFound(id);
      updated = change(fresh);
      lines = [...lines, { path: updated.path, text: formatEntry(updated) }].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    } else {
      updated = change(found.entry);
      lines = lines.map((line, index) => (index === found.index ? { path: line.path, text: formatEntry(updated) } : line));
    }
    const written = writeLedger(root, formatLines(lines.map((line) => line.text)));
    if (!written.ok) return written;
    const staged = runGit(['add', '--', LEDGER_PATH], { cwd: root });
    return staged.ok ? ok(updated) : staged;
  });
}

/** `Name <email>` of the person running the command, for the audit trail of decisions. */
export function readIdentity(root: string): string {
  const name = runGitText(['config', 'user.name'], { cwd: root, okCodes: [1] });
  const email = runGitText(['config', 'user.email'], { cwd: root, okCodes: [1] });
  const who = [name.ok ? name.value.trim() : '', email.ok && email.value.trim() ? `<${email.value.trim()}>` : ''].filter(Boolean).join(' ');
  return who || 'unknown';
}
