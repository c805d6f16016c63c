import type { Finding } from '../findings/types.js';
import { fail, ok, type Result } from '../findings/result.js';
import { compareEntries, formatEntry } from '../ledger/format.js';
import { decodeLedger, ledgerUnreadable, openLedgerBytes } from '../ledger/io.js';
import { memoryBytes, type LedgerBytes } from '../ledger/ledger-bytes.js';
import { reconcileEntries, type ReconcileContext } from '../ledger/reconcile.js';
import {
  findPathRanges,
  lineAround,
  linesIn,
  spliceLines,
  type LedgerPiece,
  type LedgerText,
} from '../ledger/splice.js';
import type { LedgerSource } from './ledger-edit.js';
import { LEDGER_PATH, type LedgerEntry } from '../ledger/types.js';
import { readStaged, stageFiles } from '../git/worktree-state.js';

export function entriesOf(ledger: LedgerText, paths: Iterable<string>): LedgerEntry[] {
  return findPathRanges(ledger, paths).flatMap((range) =>
    linesIn(ledger, range).map((line) => JSON.parse(line) as LedgerEntry),
  );
}

/** Entries whose line holds `needle` (a byte search before any parsing). */
export function entriesContaining(ledger: LedgerText, needle: string): LedgerEntry[] {
  const found: LedgerEntry[] = [];
  const pattern = Buffer.from(needle, 'utf8');
  const bytes = ledger.bytes.whole();
  for (
    let at = bytes.indexOf(pattern, ledger.bodyStart);
    at !== -1 && at < ledger.bodyEnd;
    at = bytes.indexOf(pattern, at + 1)
  ) {
    const { line, end } = lineAround(ledger, at);
    found.push(JSON.parse(line) as LedgerEntry);
    at = end;
  }
  return found;
}

export interface LedgerUpdate {
  pieces: LedgerPiece[];
  entries: LedgerEntry[];
  /** False when every replaced line came out the same (nothing to write). */
  changed: boolean;
}

/**
 * Replaces the entries of `paths` by their reconciliation with `findings`; every other line is kept
 * byte for byte, so a commit's ledger diff touches only the files it changed.
 */
export function replaceEntries(
  source: LedgerSource,
  paths: ReadonlySet<string>,
  findings: readonly Finding[],
  context: ReconcileContext,
): LedgerUpdate {
  const before = entriesOf(source.ledger, paths);
  const entries = reconcileEntries(before, findings, context);
  const update = writeEntries(source.ledger, paths, entries);
  const after = sortedLines(entries);
  const same = before.length === entries.length && sortedLines(before).every((line, index) => line === after[index]);
  return { ...update, changed: !source.canonical || !same };
}

function sortedLines(entries: readonly LedgerEntry[]): string[] {
  return [...entries].sort(compareEntries).map(formatEntry);
}

/** Puts `entries` in place of everything the ledger held for `paths` (and for any path the entries carry). */
export function writeEntries(
  ledger: LedgerText,
  paths: Iterable<string>,
  entries: readonly LedgerEntry[],
): { pieces: LedgerPiece[]; entries: LedgerEntry[] } {
  const byPath = new Map<string, LedgerEntry[]>();
  for (const path of paths) byPath.set(path, []);
  for (const entry of entries)
    (byPath.get(entry.path) ?? (byPath.set(entry.path, []).get(entry.path) as LedgerEntry[])).push(entry);
  const replacements = new Map([...byPath].map(([path, list]) => [path, sortedLines(list)]));
  return { pieces: spliceLines(ledger, replacements), entries: [...entries] };
}

/**
 * The work tree's ledger, or the staged one when the work tree has none: a sparse checkout whose cone
 * leaves out .value/ must not read as an empty ledger (and then overwrite the real one).
 */
export function openLedgerOrStagedBytes(root: string): Result<LedgerBytes | undefined> {
  const bytes = openLedgerBytes(root);
  if (!bytes.ok || bytes.value !== undefined) return bytes;
  const staged = readStaged(root, LEDGER_PATH);
  return staged === undefined ? ok(undefined) : ok(memoryBytes(staged));
}

/** The same, read whole and decoded, for the commands that parse the whole ledger. */
export function readLedgerOrStaged(root: string): Result<string | undefined> {
  const bytes = openLedgerOrStagedBytes(root);
  if (!bytes.ok || bytes.value === undefined) return bytes as Result<undefined>;
  try {
    return ok(decodeLedger(bytes.value.whole()));
  } catch (error) {
    return ledgerUnreadable(error);
  } finally {
    bytes.value.close();
  }
}

/**
 * Stage the ledger. update-index touches only this entry (git add also matches the pathspec against
 * every index entry: ~10 ms more on a 20,000-file index) and, unlike add, stages a path outside a
 * sparse checkout's cone without --sparse.
 */
export function stageLedger(root: string): Result<void> {
  return stageFiles(root, [LEDGER_PATH]);
}
