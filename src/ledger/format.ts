import { fail, ok, type Result } from '../findings/result.js';
import { compareText } from '../findings/create-finding.js';
import { LEDGER_VERSION, type Ledger, type LedgerEntry } from './types.js';

// One entry per line, sorted, keys in a fixed order starting with "path": the file diffs and merges
// line by line, and the hook can find the lines of the files it changed without parsing the rest.
//   {
//     "version": 1,
//     "entries": [
//   {"path":"src/a.ts","line":3,"id":"debt-0a1b2c3d4e",…},
//   …
//     ]
//   }

export const LEDGER_HEADER = `{\n  "version": ${LEDGER_VERSION},\n  "entries": [\n`;
export const LEDGER_FOOTER = '\n  ]\n}\n';
export const emptyLedger = `{\n  "version": ${LEDGER_VERSION},\n  "entries": []\n}\n`;
const keyOrder: (keyof LedgerEntry)[] = [
  'path',
  'line',
  'endLine',
  'id',
  'ruleId',
  'category',
  'severity',
  'title',
  'evidence',
  'fingerprint',
  'status',
  'firstSeen',
  'confidence',
  'effortHours',
  'facts',
  'history',
  'allow',
  'resolved',
  'done',
];
const CONFLICT_MARKER = /^(?:<{7}|>{7}|={7})(?: |$)/m;

export function compareEntries(a: LedgerEntry, b: LedgerEntry): number {
  return (
    compareText(a.path, b.path) ||
    a.line - b.line ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

/**
 * Non-ASCII characters are written as \u escapes: the file stays ASCII, so reading it is a one-byte
 * decode (UTF-8 decoding of a 5 MB ledger with a few '…' in it measured 3-4x slower here).
 */
export function formatEntry(entry: LedgerEntry): string {
  const ordered: Record<string, unknown> = {};
  for (const key of keyOrder) if (entry[key] !== undefined) ordered[key] = sortKeys(entry[key]);
  return asciiJson(ordered);
}

/** JSON with every non-ASCII character as a \u escape, so the committed files stay pure ASCII. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function formatLines(lines: readonly string[]): string {
  return lines.length === 0 ? emptyLedger : LEDGER_HEADER + lines.join(',\n') + LEDGER_FOOTER;
}

export function formatLedger(entries: readonly LedgerEntry[]): string {
  return formatLines([...entries].sort(compareEntries).map(formatEntry));
}

export function parseLedger(text: string, file: string): Result<Ledger> {
  // workflow/ledger-recovery.ts replaces this with the way out that works in the repository's state
  const recover = `run 'git-value scan --rebuild' (it keeps every decision it can read)`;
  if (CONFLICT_MARKER.test(text)) {
    return fail({ code: 'LEDGER_CONFLICTED', file, message: `${file} has merge conflict markers`, fix: recover });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return fail({
      code: 'LEDGER_CORRUPT',
      file,
      message: `${file} is not valid JSON (${(error as Error).message})`,
      fix: recover,
    });
  }
  const ledger = parsed as Partial<Ledger>;
  if (!ledger || typeof ledger !== 'object' || !Array.isArray(ledger.entries)) {
    return fail({ code: 'LEDGER_CORRUPT', file, message: `${file} has no "entries" list`, fix: recover });
  }
  if (ledger.version !== LEDGER_VERSION) {
    return fail({
      code: 'LEDGER_CORRUPT',
      file,
      message: `${file} has schema version ${String(ledger.version)}, this git-value reads version ${LEDGER_VERSION}`,
      fix: `upgrade git-value, or ${recover}`,
    });
  }
  for (const [index, entry] of ledger.entries.entries()) {
    const problem = entryProblem(entry);
    if (problem)
      return fail({ code: 'LEDGER_CORRUPT', file, message: `${file}: entry ${index + 1} ${problem}`, fix: recover });
  }
  return ok({ version: LEDGER_VERSION, entries: ledger.entries as LedgerEntry[] });
}

/** What makes `entry` no ledger entry, or undefined when it is one. */
export function entryProblem(entry: unknown): string | undefined {
  if (!entry || typeof entry !== 'object') return 'is not an object';
  const record = entry as Record<string, unknown>;
  for (const key of [
    'path',
    'id',
    'ruleId',
    'category',
    'severity',
    'title',
    'fingerprint',
    'status',
    'firstSeen',
  ] as const) {
    if (typeof record[key] !== 'string') return `has no string "${key}"`;
  }
  for (const key of ['line', 'confidence', 'effortHours'] as const) {
    if (typeof record[key] !== 'number') return `has no number "${key}"`;
  }
  if (!['open', 'allowed', 'resolved'].includes(record.status as string))
    return `has an unknown status "${String(record.status)}"`;
  if (record.history !== undefined) return checkHistory(record.history);
  return undefined;
}

function checkHistory(history: unknown): string | undefined {
  const record = (history ?? {}) as Record<string, unknown>;
  const isList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
  if (typeof history !== 'object' || !isList(record.commits) || !isList(record.paths))
    return 'has a "history" without "commits" and "paths" lists';
  if (typeof record.commitCount !== 'number' || typeof record.inHead !== 'boolean')
    return 'has a "history" without a number "commitCount" and a boolean "inHead"';
  return undefined;
}

function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => compareText(a, b)));
}
