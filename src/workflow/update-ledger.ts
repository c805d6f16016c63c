import type { Finding } from '../findings/types.js';
import { compareText } from '../findings/create-finding.js';
import { ok, type Result } from '../findings/result.js';
import { formatEntry, formatLines, parseLedger, splitLedgerLines, type LedgerLine } from '../ledger/format.js';
import { readLedgerText, ledgerFile, writeFileAtomic } from '../ledger/io.js';
import { reconcileEntries, type ReconcileContext } from '../ledger/reconcile.js';
import { LEDGER_PATH, type LedgerEntry } from '../ledger/types.js';

export interface LedgerLines {
  /** Text as read, to skip a write that would change nothing. */
  original: string | undefined;
  lines: LedgerLine[];
}

/** Reads the ledger as lines; only a non-canonical (hand-edited) file is parsed whole. */
export function readLedgerLines(root: string): Result<LedgerLines> {
  const text = readLedgerText(root);
  if (!text.ok) return text;
  if (text.value === undefined) return ok({ original: undefined, lines: [] });
  const lines = splitLedgerLines(text.value);
  if (lines) return ok({ original: text.value, lines });
  const parsed = parseLedger(text.value, LEDGER_PATH);
  if (!parsed.ok) return parsed;
  return ok({ original: text.value, lines: parsed.value.entries.map((entry) => ({ path: entry.path, text: formatEntry(entry) })) });
}

export function entriesOf(lines: readonly LedgerLine[], paths: ReadonlySet<string>): Result<LedgerEntry[]> {
  const entries: LedgerEntry[] = [];
  for (const line of lines) if (paths.has(line.path)) entries.push(JSON.parse(line.text) as LedgerEntry);
  return ok(entries);
}

/**
 * Replaces the entries of `paths` by their reconciliation with `findings`; every other line is kept
 * byte for byte, so a commit's ledger diff touches only the files it changed.
 */
export function replaceEntries(ledger: LedgerLines, paths: ReadonlySet<string>, findings: readonly Finding[], context: ReconcileContext): { text: string; entries: LedgerEntry[] } {
  const previous = entriesOf(ledger.lines, paths);
  const entries = reconcileEntries(previous.ok ? previous.value : [], findings, context);
  const kept = ledger.lines.filter((line) => !paths.has(line.path));
  const fresh = entries.map((entry) => ({ path: entry.path, text: formatEntry(entry), entry }));
  fresh.sort((a, b) => compareText(a.path, b.path) || a.entry.line - b.entry.line || compareText(a.entry.ruleId, b.entry.ruleId) || compareText(a.entry.fingerprint, b.entry.fingerprint));
  const merged = [...kept, ...fresh].sort((a, b) => compareText(a.path, b.path));
  return { text: formatLines(merged.map((line) => line.text)), entries };
}

export function writeLedger(root: string, text: string): Result<void> {
  return writeFileAtomic(ledgerFile(root), text, LEDGER_PATH);
}
