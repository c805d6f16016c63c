import type { Finding } from '../findings/types.js';
import { compareText } from '../findings/create-finding.js';
import { ok, type Result } from '../findings/result.js';
import { compareEntries, formatEntry, formatLedger, parseLedger } from '../ledger/format.js';
import { readLedgerText, ledgerFile, writeFileAtomic } from '../ledger/io.js';
import { reconcileEntries, type ReconcileContext } from '../ledger/reconcile.js';
import { findPathRange, linesIn, openLedgerText, spliceLines, type LedgerText } from '../ledger/splice.js';
import { LEDGER_PATH, type LedgerEntry } from '../ledger/types.js';
import { runGit } from '../git/exec.js';

export interface LedgerSource {
  /** Text as read, to skip a write that would change nothing. */
  original: string | undefined;
  ledger: LedgerText;
}

/** Reads the ledger for text-level edits; only a non-canonical (hand-edited) file is parsed whole. */
export function readLedgerSource(root: string): Result<LedgerSource> {
  const text = readLedgerOrStaged(root);
  if (!text.ok) return text;
  if (text.value === undefined) return ok({ original: undefined, ledger: openLedgerText(formatLedger([])) as LedgerText });
  const canonical = openLedgerText(text.value);
  if (canonical) return ok({ original: text.value, ledger: canonical });
  const parsed = parseLedger(text.value, LEDGER_PATH);
  if (!parsed.ok) return parsed;
  return ok({ original: text.value, ledger: openLedgerText(formatLedger(parsed.value.entries)) as LedgerText });
}

export function entriesOf(ledger: LedgerText, paths: Iterable<string>): LedgerEntry[] {
  return [...paths].flatMap((path) => linesIn(ledger, findPathRange(ledger, path)).map((line) => JSON.parse(line) as LedgerEntry));
}

/** Entries whose line holds `needle` (a cheap text search before any parsing). */
export function entriesContaining(ledger: LedgerText, needle: string): LedgerEntry[] {
  const found: LedgerEntry[] = [];
  for (let at = ledger.text.indexOf(needle, ledger.bodyStart); at !== -1 && at < ledger.bodyEnd; at = ledger.text.indexOf(needle, at + needle.length)) {
    const start = ledger.text.lastIndexOf('\n', at) + 1;
    const end = ledger.text.indexOf('\n', at);
    const line = ledger.text.slice(start, end === -1 ? undefined : end);
    found.push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as LedgerEntry);
    at = end === -1 ? ledger.text.length : end;
  }
  return found;
}

/**
 * Replaces the entries of `paths` by their reconciliation with `findings`; every other line is kept
 * byte for byte, so a commit's ledger diff touches only the files it changed.
 */
export function replaceEntries(source: LedgerSource, paths: ReadonlySet<string>, findings: readonly Finding[], context: ReconcileContext): { text: string; entries: LedgerEntry[] } {
  const entries = reconcileEntries(entriesOf(source.ledger, paths), findings, context);
  return { text: writeEntries(source.ledger, paths, entries), entries };
}

/** Puts `entries` in place of everything the ledger held for `paths` (and for any path the entries carry). */
export function writeEntries(ledger: LedgerText, paths: Iterable<string>, entries: readonly LedgerEntry[]): string {
  const byPath = new Map<string, LedgerEntry[]>();
  for (const path of paths) byPath.set(path, []);
  for (const entry of entries) (byPath.get(entry.path) ?? byPath.set(entry.path, []).get(entry.path) as LedgerEntry[]).push(entry);
  const replacements = new Map([...byPath].map(([path, list]) => [path, [...list].sort(compareEntries).map(formatEntry)]));
  return spliceLines(ledger, new Map([...replacements].sort(([a], [b]) => compareText(a, b))));
}

export function writeLedger(root: string, text: string): Result<void> {
  return writeFileAtomic(ledgerFile(root), text, LEDGER_PATH);
}

/**
 * The work tree's ledger, or the staged one when the work tree has none: a sparse checkout whose cone
 * leaves out .value/ must not read as an empty ledger (and then overwrite the real one).
 */
export function readLedgerOrStaged(root: string): Result<string | undefined> {
  const text = readLedgerText(root);
  if (!text.ok || text.value !== undefined) return text;
  const staged = runGit(['cat-file', 'blob', `:${LEDGER_PATH}`], { cwd: root, okCodes: [128] });
  if (!staged.ok || staged.value.status !== 0) return ok(undefined);
  return ok(staged.value.stdout.toString('latin1'));
}

/** Stage the ledger; in a sparse checkout whose cone leaves out .value/, git needs --sparse. */
export function stageLedger(root: string): Result<void> {
  const added = runGit(['add', '--', LEDGER_PATH], { cwd: root, okCodes: [1] });
  if (!added.ok) return added;
  if (added.value.status === 0) return ok(undefined);
  const sparse = runGit(['add', '--sparse', '--', LEDGER_PATH], { cwd: root });
  return sparse.ok ? ok(undefined) : sparse;
}
