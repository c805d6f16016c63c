import { compareText } from '../findings/create-finding.js';
import { emptyLedger, LEDGER_FOOTER, LEDGER_HEADER } from './format.js';
import type { Hash } from 'node:crypto';
import { memoryBytes, writeAll, type LedgerBytes } from './ledger-bytes.js';

// Byte-level edits of a canonical ledger: entries are sorted by path, one per line, each line
// starting with {"path":"…", so the lines of a path are found by binary search and everything else
// is copied through untouched, never decoded. The hook's cost then grows with the files a commit
// changes, not with the size of the ledger.

export interface LedgerText {
  bytes: LedgerBytes;
  bodyStart: number;
  bodyEnd: number;
}

/** New bytes, or a range [start, end) copied from the ledger that was read. */
export type LedgerPiece = Buffer | { start: number; end: number };

const HEADER = Buffer.from(LEDGER_HEADER, 'latin1');
const FOOTER = Buffer.from(LEDGER_FOOTER, 'latin1');
const EMPTY = Buffer.from(emptyLedger, 'latin1');
const NEWLINE = 0x0a;
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SEPARATOR = Buffer.from(',\n', 'latin1');
// Entry lines start with '{': a line starting with a conflict marker means an unresolved merge. Every
// conflict block opens with '<<<<<<<', so one search (not three) over the file finds any.
const CONFLICT_LINES = [Buffer.from('\n<<<<<<<', 'latin1')];
const PATH_PREFIX = Buffer.from('{"path":"', 'latin1');

/**
 * The ledger as git-value writes it (canonical header and footer, no conflict), or undefined.
 * `validated`: the bytes are known to form a valid ledger (ledger-trust.ts), so no conflict search.
 */
export function openLedgerText(input: LedgerBytes | Buffer | string, validated = false): LedgerText | undefined {
  const bytes =
    typeof input === 'string'
      ? memoryBytes(Buffer.from(input, 'utf8'))
      : Buffer.isBuffer(input)
        ? memoryBytes(input)
        : input;
  const { size } = bytes;
  if (size === EMPTY.length && bytes.slice(0, size).equals(EMPTY)) return { bytes, bodyStart: 0, bodyEnd: 0 };
  if (
    size < HEADER.length + FOOTER.length ||
    !bytes.slice(0, HEADER.length).equals(HEADER) ||
    !bytes.slice(size - FOOTER.length, size).equals(FOOTER)
  )
    return undefined;
  if (!validated && bytes.includesAny(CONFLICT_LINES)) return undefined;
  return { bytes, bodyStart: HEADER.length, bodyEnd: size - FOOTER.length };
}

/** The path of the line starting at `offset` ({"path":"…"); JSON-decoded only when it has escapes. */
export function pathAt(bytes: LedgerBytes, offset: number): string {
  const newline = bytes.indexOf(NEWLINE, offset);
  const line = bytes.slice(offset, newline === -1 ? bytes.size : newline);
  if (!line.subarray(0, PATH_PREFIX.length).equals(PATH_PREFIX)) return '';
  let end = line.indexOf(QUOTE, PATH_PREFIX.length);
  while (end !== -1 && line[end - 1] === BACKSLASH && !isEscapedBackslash(line, end - 1))
    end = line.indexOf(QUOTE, end + 1);
  const raw = line.toString('utf8', PATH_PREFIX.length, end === -1 ? line.length : end);
  return raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
}

function isEscapedBackslash(bytes: Buffer, at: number): boolean {
  let count = 0;
  for (let i = at; bytes[i] === BACKSLASH; i--) count++;
  return count % 2 === 0;
}

function nextLineStart(ledger: LedgerText, offset: number): number {
  const newline = ledger.bytes.indexOf(NEWLINE, offset);
  return newline === -1 || newline >= ledger.bodyEnd ? ledger.bodyEnd : newline + 1;
}

function lineStartBefore(ledger: LedgerText, offset: number): number {
  return ledger.bytes.lastIndexOf(NEWLINE, offset) + 1;
}

/** Offset of the first line whose path is >= `path` (> with `after`) at or after `from`, or bodyEnd. */
function lowerBound(ledger: LedgerText, path: string, after: boolean, from = ledger.bodyStart): number {
  let low = from;
  let high = ledger.bodyEnd;
  while (low < high) {
    const guess = (low + high) >> 1;
    const mid = Math.max(low, lineStartBefore(ledger, guess - 1));
    const order = compareText(pathAt(ledger.bytes, mid), path);
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

export function findPathRange(ledger: LedgerText, path: string, from?: number): PathRange {
  const start = lowerBound(ledger, path, false, from);
  return { path, start, end: lowerBound(ledger, path, true, start) };
}

/** The ranges of several paths, in path order; each search starts where the previous one ended. */
export function findPathRanges(ledger: LedgerText, paths: Iterable<string>): PathRange[] {
  const ranges: PathRange[] = [];
  let from = ledger.bodyStart;
  for (const path of [...new Set(paths)].sort(compareText)) {
    const range = findPathRange(ledger, path, from);
    ranges.push(range);
    from = range.end;
  }
  return ranges;
}

/** The entry lines (without their trailing comma) inside a range. */
export function linesIn(ledger: LedgerText, range: { start: number; end: number }): string[] {
  return ledger.bytes
    .slice(range.start, range.end)
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (line.endsWith(',') ? line.slice(0, -1) : line));
}

/** The entry line around `offset`, without its trailing comma, and the offset where it ends. */
export function lineAround(ledger: LedgerText, offset: number): { line: string; end: number } {
  const start = lineStartBefore(ledger, offset - 1);
  const newline = ledger.bytes.indexOf(NEWLINE, offset);
  const end = newline === -1 ? ledger.bytes.size : newline;
  const line = ledger.bytes.slice(start, end).toString('utf8');
  return { line: line.endsWith(',') ? line.slice(0, -1) : line, end };
}

/** Whole lines between two line starts, without the separators at either edge (undefined when none). */
function keptLines(ledger: LedgerText, from: number, to: number): { start: number; end: number } | undefined {
  let start = from;
  let end = to;
  const head = ledger.bytes.slice(start, Math.min(end, start + 2));
  for (const byte of head)
    if (byte === NEWLINE || byte === COMMA) start++;
    else break;
  const tail = ledger.bytes.slice(Math.max(start, end - 2), end);
  if (end > start && tail[tail.length - 1] === NEWLINE) end--;
  if (end > start && ledger.bytes.slice(end - 1, end)[0] === COMMA) end--;
  return end > start ? { start, end } : undefined;
}

/**
 * The new ledger, as pieces: the lines of each path in `replacements` (already formatted and sorted)
 * in place of its old lines, every other byte copied from the ledger as it was.
 */
export function spliceLines(ledger: LedgerText, replacements: ReadonlyMap<string, readonly string[]>): LedgerPiece[] {
  const chunks: LedgerPiece[] = [];
  let cursor = ledger.bodyStart;
  for (const range of findPathRanges(ledger, replacements.keys())) {
    const kept = keptLines(ledger, cursor, range.start);
    if (kept) chunks.push(kept);
    const lines = replacements.get(range.path) ?? [];
    if (lines.length > 0) chunks.push(Buffer.from(lines.join(',\n'), 'utf8'));
    cursor = Math.max(cursor, range.end);
  }
  const rest = keptLines(ledger, cursor, ledger.bodyEnd);
  if (rest) chunks.push(rest);
  if (chunks.length === 0) return [EMPTY];
  const pieces: LedgerPiece[] = [HEADER];
  chunks.forEach((chunk, index) => pieces.push(...(index === 0 ? [chunk] : [SEPARATOR, chunk])));
  pieces.push(FOOTER);
  return pieces;
}

/** The pieces joined in memory (for commands that go on to parse the new ledger). */
export function joinPieces(ledger: LedgerText, pieces: readonly LedgerPiece[]): Buffer {
  return Buffer.concat(
    pieces.map((piece) => (Buffer.isBuffer(piece) ? piece : ledger.bytes.slice(piece.start, piece.end))),
  );
}

/** Writes the pieces to `fd`, copying the kept ranges from the ledger that was read (hashed into `hash`). */
export function writePieces(fd: number, ledger: LedgerText, pieces: readonly LedgerPiece[], hash?: Hash): void {
  for (const piece of pieces) {
    if (Buffer.isBuffer(piece)) writeAll(fd, piece, hash);
    else ledger.bytes.writeRange(fd, piece.start, piece.end, hash);
  }
}

/** The pieces that are new bytes (the replaced lines), apart from the fixed header, separators and footer. */
export function newLinesIn(pieces: readonly LedgerPiece[]): string[] {
  return pieces.flatMap((piece) =>
    Buffer.isBuffer(piece) && piece !== HEADER && piece !== FOOTER && piece !== SEPARATOR && piece !== EMPTY
      ? piece.toString('utf8').split(',\n')
      : [],
  );
}
