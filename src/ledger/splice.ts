import { compareText } from '../findings/create-finding.js';
import { emptyLedger, LEDGER_FOOTER, LEDGER_HEADER } from './format.js';

// Text-level edits of a canonical ledger: entries are sorted by path, one per line, each line
// starting with {"path":"…", so the lines of a path are found by binary search and everything else
// is copied through untouched. The hook's cost then grows with the files a commit changes, not with
// the size of the ledger (apart from the copy itself).

export interface LedgerText {
  text: string;
  bodyStart: number;
  bodyEnd: number;
}

export function openLedgerText(text: string): LedgerText | undefined {
  if (text === emptyLedger) return { text, bodyStart: 0, bodyEnd: 0 };
  if (!text.startsWith(LEDGER_HEADER) || !text.endsWith(LEDGER_FOOTER)) return undefined;
  return { text, bodyStart: LEDGER_HEADER.length, bodyEnd: text.length - LEDGER_FOOTER.length };
}

/** The path of the line starting at `offset` ({"path":"…"); JSON-decoded only when it has escapes. */
export function pathAt(text: string, offset: number): string {
  const start = offset + 9;
  let end = text.indexOf('"', start);
  while (end !== -1 && text[end - 1] === '\\' && !isEscapedBackslash(text, end - 1)) end = text.indexOf('"', end + 1);
  const raw = text.slice(start, end);
  return raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
}

function isEscapedBackslash(text: string, at: number): boolean {
  let count = 0;
  for (let i = at; text[i] === '\\'; i--) count++;
  return count % 2 === 0;
}

function nextLineStart(ledger: LedgerText, offset: number): number {
  const newline = ledger.text.indexOf('\n', offset);
  return newline === -1 || newline >= ledger.bodyEnd ? ledger.bodyEnd : newline + 1;
}

/** Offset of the first line whose path is >= `path` (> with `after`), or bodyEnd. */
function lowerBound(ledger: LedgerText, path: string, after: boolean): number {
  let low = ledger.bodyStart;
  let high = ledger.bodyEnd;
  while (low < high) {
    const guess = (low + high) >> 1;
    const mid = Math.max(low, ledger.text.lastIndexOf('\n', guess - 1) + 1);
    const order = compareText(pathAt(ledger.text, mid), path);
    if (order < 0 || (after && order === 0)) low = nextLineStart(ledger, mid);
    else high = mid;
  }
  return low;
}

export interface PathRange {
  path: string;
  start: number;
  end: number;
}

export function findPathRange(ledger: LedgerText, path: string): PathRange {
  return { path, start: lowerBound(ledger, path, false), end: lowerBound(ledger, path, true) };
}

/** The entry lines (without their trailing comma) inside a range. */
export function linesIn(ledger: LedgerText, range: { start: number; end: number }): string[] {
  return ledger.text.slice(range.start, range.end).split('\n').filter(Boolean).map((line) => (line.endsWith(',') ? line.slice(0, -1) : line));
}

/** Replace the lines of each path with `replacements` (already formatted and sorted), keeping the rest verbatim. */
export function spliceLines(ledger: LedgerText, replacements: ReadonlyMap<string, readonly string[]>): string {
  const ranges = [...replacements.keys()].sort(compareText).map((path) => findPathRange(ledger, path));
  const chunks: string[] = [];
  const keep = (piece: string) => {
    const trimmed = piece.replace(/^(?:,?\n)+/, '').replace(/,?\n?$/, '');
    if (trimmed) chunks.push(trimmed);
  };
  let cursor = ledger.bodyStart;
  for (const range of ranges) {
    keep(ledger.text.slice(cursor, range.start));
    const lines = replacements.get(range.path) ?? [];
    if (lines.length > 0) chunks.push(lines.join(',\n'));
    cursor = Math.max(cursor, range.end);
  }
  keep(ledger.text.slice(cursor, ledger.bodyEnd));
  return chunks.length === 0 ? emptyLedger : LEDGER_HEADER + chunks.join(',\n') + LEDGER_FOOTER;
}
