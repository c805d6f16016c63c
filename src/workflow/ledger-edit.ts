import { existsSync, readFileSync } from 'node:fs';
import { compareEntries, entryProblem, formatLedger, parseLedger } from '../ledger/format.js';
import { fail, ok, type Result } from '../findings/result.js';
import { decodeLedger, ledgerFile, ledgerUnreadable, writeFileAtomic } from '../ledger/io.js';
import { withLedgerLock } from '../ledger/lock.js';
import { newLedgerHash, type LedgerBytes } from '../ledger/ledger-bytes.js';
import {
  joinPieces,
  newLinesIn,
  openLedgerText,
  writePieces,
  type LedgerPiece,
  type LedgerText,
} from '../ledger/splice.js';
import { LEDGER_PATH, type LedgerEntry } from '../ledger/types.js';
import { explainDamage } from './ledger-recovery.js';
import { readBlobs } from '../git/blobs.js';
import type { FileEdit } from '../report/file-diff.js';
import { isKnownValid, recordValid } from './ledger-trust.js';
import { openLedgerOrStagedBytes, stageLedger } from './update-ledger.js';

// The one way the ledger is changed (issue 14, issue 15): lock, read, check, build, check what was
// built, write atomically, remember it as valid, stage. Every writer goes through editLedger: the
// pre-commit hook, refresh, allow, done and scan; the merge driver and the deferred refresh use
// checkedLedgerText, its check of a whole new ledger. A damaged ledger is never written or staged.
// A dry run (allow --dry-run, done --dry-run) reads and builds the same way and writes nothing.

export interface LedgerRepo {
  root: string;
  /** Where the digests of valid ledgers are kept (ledger-trust.ts); without it every read is 'whole'. */
  gitDir?: string | undefined;
}

/**
 * How the ledger read is checked before anything is built on it. 'whole': parsed, every entry
 * checked (every command but the hook can afford it). 'known': bytes whose digest this repository
 * recorded as valid are used as they are, anything else is checked whole (the hook).
 */
export type LedgerCheck = 'whole' | 'known';

export interface LedgerSource {
  /** False when there was no ledger, or one not in canonical form: the edit writes it whatever changed. */
  canonical: boolean;
  ledger: LedgerText;
  /** Every entry, sorted, when the check parsed the ledger whole. */
  entries?: LedgerEntry[];
  /** SHA-256 of the bytes read (undefined when there was no ledger). */
  digest?: string;
}

const emptySource = (): LedgerSource => ({
  canonical: false,
  ledger: openLedgerText(formatLedger([]), true) as LedgerText,
  entries: [],
});

/**
 * Opens and checks the ledger (the work tree's, or the staged one in a sparse checkout). `earlier`:
 * a source read before, reused when the bytes are still the same (a scan reads before and under the lock).
 * Close it with closeLedgerSource.
 */
export function openLedger(repo: LedgerRepo, check: LedgerCheck, earlier?: LedgerSource): Result<LedgerSource> {
  const bytes = openLedgerOrStagedBytes(repo.root);
  if (!bytes.ok) return bytes;
  if (bytes.value === undefined) return ok(emptySource());
  let kept = false;
  try {
    const digest = bytes.value.digest();
    if (earlier?.digest === digest && earlier.entries) {
      const ledger = earlier.canonical ? openLedgerText(bytes.value, true) : undefined;
      if (ledger) kept = true;
      return ok({ ...earlier, ledger: ledger ?? earlier.ledger });
    }
    if (check === 'known' && isKnownValid(repo.gitDir, digest)) {
      const ledger = openLedgerText(bytes.value, true);
      if (ledger) {
        kept = true;
        return ok({ canonical: true, ledger, digest });
      }
    }
    const whole = readWhole(repo, bytes.value, digest);
    if (!whole.ok) return whole;
    kept = whole.value.ledger.bytes === bytes.value;
    return whole;
  } catch (error) {
    return ledgerUnreadable(error);
  } finally {
    if (!kept) bytes.value.close();
  }
}

function readWhole(repo: LedgerRepo, bytes: LedgerBytes, digest: string): Result<LedgerSource> {
  const parsed = parseLedger(decodeLedger(bytes.whole()), LEDGER_PATH);
  if (!parsed.ok) return explainDamage(repo, parsed.error);
  const { entries } = parsed.value;
  const text = openLedgerText(bytes, true);
  if (text && isCanonical(text, entries)) {
    recordValid(repo.gitDir, digest);
    return ok({ canonical: true, ledger: text, entries, digest });
  }
  const sorted = [...entries].sort(compareEntries);
  return ok({
    canonical: false,
    ledger: openLedgerText(formatLedger(sorted), true) as LedgerText,
    entries: sorted,
    digest,
  });
}

/** One entry per line, "path" first, sorted: what the byte-level edits rely on. */
function isCanonical(text: LedgerText, entries: readonly LedgerEntry[]): boolean {
  let lines = text.bodyEnd > text.bodyStart ? 1 : 0;
  for (
    let at = text.bytes.indexOf(0x0a, text.bodyStart);
    at !== -1 && at < text.bodyEnd;
    at = text.bytes.indexOf(0x0a, at + 1)
  )
    lines++;
  if (lines !== entries.length) return false;
  for (const [index, entry] of entries.entries()) {
    if (Object.keys(entry)[0] !== 'path') return false;
    const previous = entries[index - 1];
    if (previous && compareEntries(previous, entry) > 0) return false;
  }
  return true;
}

export function closeLedgerSource(source: LedgerSource): void {
  source.ledger.bytes.close();
}

/** The new ledger an edit asks for: pieces spliced from the one read, or whole entries (a scan). */
export type LedgerWrite = { pieces: readonly LedgerPiece[] } | { allEntries: readonly LedgerEntry[] };

export interface LedgerEdit<T> {
  value: T;
  /** Absent when nothing changed. */
  write?: LedgerWrite;
}

export interface EditOptions {
  check: LedgerCheck;
  /** Stage the written ledger (the hook, allow, done: the decision lands with the next commit). */
  stage: boolean;
  /** fsync before the rename (see writeFileAtomic); the hook skips it. */
  flush?: boolean;
  /** A source read before the lock was taken (a scan), reused when the bytes did not change. */
  earlier?: LedgerSource;
  /**
   * What to build on when the ledger read is damaged (scan --rebuild); without it, damage stops
   * the edit with the error and the way out.
   */
  onDamage?: (error: Result<never>) => Result<LedgerSource>;
  /**
   * Build and check the new ledger, then return it as `preview` instead of writing it: no lock file,
   * no write, no stage, nothing remembered as valid (--dry-run).
   */
  dryRun?: boolean;
}

export interface EditOutcome<T> {
  value: T;
  written: boolean;
  /** The ledger's entries after the edit, when it was checked whole. */
  entries?: LedgerEntry[];
  /** SHA-256 of the ledger after the edit (undefined when there is none): a cache key for what is built on it. */
  digest?: string;
  /** A dry run's change to the ledger file (absent when nothing would change). */
  preview?: FileEdit;
}

export async function editLedger<T>(
  repo: LedgerRepo,
  options: EditOptions,
  edit: (source: LedgerSource) => Promise<Result<LedgerEdit<T>>> | Result<LedgerEdit<T>>,
): Promise<Result<EditOutcome<T>>> {
  if (options.dryRun) return previewLedgerEdit(repo, options, edit);
  return withLedgerLock(repo.root, async (): Promise<Result<EditOutcome<T>>> => {
    let source = openLedger(repo, options.check, options.earlier);
    if (!source.ok && options.onDamage && source.error.code !== 'UNSAFE_PATH') source = options.onDamage(source);
    if (!source.ok) return source;
    try {
      const change = await edit(source.value);
      if (!change.ok) return change;
      const { value, write } = change.value;
      const { entries, digest } = source.value;
      if (!write) return ok({ value, written: false, ...(entries ? { entries } : {}), ...(digest ? { digest } : {}) });
      const saved = saveLedger(repo, source.value, write, options);
      if (!saved.ok) return saved;
      if (saved.value.written && options.stage) {
        const staged = stageLedger(repo.root);
        if (!staged.ok) return staged;
      }
      return ok({ value, ...saved.value });
    } finally {
      closeLedgerSource(source.value);
    }
  });
}

// without the lock: the ledger is only read (every write renames a whole file into place), and a
// repository without gitDir remembers nothing
async function previewLedgerEdit<T>(
  repo: LedgerRepo,
  options: EditOptions,
  edit: (source: LedgerSource) => Promise<Result<LedgerEdit<T>>> | Result<LedgerEdit<T>>,
): Promise<Result<EditOutcome<T>>> {
  const source = openLedger({ root: repo.root }, 'whole', options.earlier);
  if (!source.ok) return source;
  try {
    const change = await edit(source.value);
    if (!change.ok) return change;
    const { value, write } = change.value;
    if (!write) return ok({ value, written: false });
    const bytes =
      'allEntries' in write
        ? Buffer.from(formatLedger(write.allEntries), 'latin1')
        : joinPieces(source.value.ledger, write.pieces);
    const checked = checkedLedgerText(bytes);
    if (!checked.ok) return checked;
    const before = readLedgerText(repo.root);
    const after = decodeLedger(bytes);
    return ok({
      value,
      written: false,
      entries: checked.value.entries,
      digest: checked.value.digest,
      ...(before === after ? {} : { preview: { path: LEDGER_PATH, before, after } }),
    });
  } finally {
    closeLedgerSource(source.value);
  }
}

function readLedgerText(root: string): string | null {
  const file = ledgerFile(root);
  return existsSync(file) ? decodeLedger(readFileSync(file)) : null;
}

function saveLedger(
  repo: LedgerRepo,
  source: LedgerSource,
  write: LedgerWrite,
  options: EditOptions,
): Result<{ written: boolean; entries?: LedgerEntry[]; digest: string }> {
  const file = ledgerFile(repo.root);
  const writeOptions = { flush: options.flush !== false, root: repo.root };
  if ('allEntries' in write || options.check === 'whole') {
    const bytes =
      'allEntries' in write
        ? Buffer.from(formatLedger(write.allEntries), 'latin1')
        : joinPieces(source.ledger, write.pieces);
    const checked = checkedLedgerText(bytes);
    if (!checked.ok) return checked;
    const { entries, digest } = checked.value;
    if (source.canonical && source.digest === digest) return ok({ written: false, entries, digest });
    const saved = writeFileAtomic(file, bytes, LEDGER_PATH, writeOptions);
    if (!saved.ok) return saved;
    recordValid(repo.gitDir, digest, source.canonical ? source.digest : undefined);
    return ok({ written: true, entries, digest });
  }
  // the hook: the copied lines come from bytes checked before; the new lines are checked here
  for (const line of newLinesIn(write.pieces)) {
    const problem = lineProblem(line);
    if (problem) return internalDamage(problem);
  }
  const hash = newLedgerHash();
  const saved = writeFileAtomic(
    file,
    (fd) => writePieces(fd, source.ledger, write.pieces, hash),
    LEDGER_PATH,
    writeOptions,
  );
  if (!saved.ok) return saved;
  const digest = hash.digest('hex');
  recordValid(repo.gitDir, digest, source.canonical ? source.digest : undefined);
  return ok({ written: true, digest });
}

function lineProblem(line: string): string | undefined {
  try {
    return entryProblem(JSON.parse(line));
  } catch (error) {
    return (error as Error).message;
  }
}

/** A new ledger, parsed back and checked whole before it is written anywhere (scan, merge driver, carried refresh). */
export function checkedLedgerText(bytes: Buffer): Result<{ entries: LedgerEntry[]; digest: string }> {
  const parsed = parseLedger(decodeLedger(bytes), LEDGER_PATH);
  if (!parsed.ok) return internalDamage(parsed.error.message);
  return ok({ entries: parsed.value.entries, digest: newLedgerHash().update(bytes).digest('hex') });
}

// the ledger read was valid and the new one is not: a bug, reported as one, and nothing is written
function internalDamage(problem: string): Result<never> {
  return fail({
    code: 'LEDGER_CORRUPT',
    file: LEDGER_PATH,
    message: `git-value built an invalid ${LEDGER_PATH} (${problem}); nothing was written`,
    fix: 'report this as a bug in git-value, with GIT_VALUE_DEBUG=1 output; the ledger is unchanged',
  });
}

/** Writes an already checked new ledger's bytes and remembers them as valid (the deferred refresh). */
export function writeCheckedLedger(repo: LedgerRepo, bytes: Buffer, digest: string, flush: boolean): Result<void> {
  const saved = writeFileAtomic(ledgerFile(repo.root), bytes, LEDGER_PATH, { flush, root: repo.root });
  if (saved.ok) recordValid(repo.gitDir, digest);
  return saved;
}

/**
 * The ledger a commit carries, when the commit changes it (allow and done stage it; so can a person):
 * checked as the hook checks the work tree's, so a damaged one staged by hand is refused too, also
 * under the pre-commit framework, where the hook writes nothing.
 */
export function checkStagedLedger(repo: LedgerRepo, blob: string): Result<void> {
  const read = readBlobs(repo.root, [blob]);
  if (!read.ok) return read;
  const bytes = read.value.get(blob) ?? Buffer.alloc(0);
  const digest = newLedgerHash().update(bytes).digest('hex');
  if (isKnownValid(repo.gitDir, digest)) return ok(undefined);
  const parsed = parseLedger(decodeLedger(bytes), `the staged ${LEDGER_PATH}`);
  if (parsed.ok) {
    const text = openLedgerText(bytes, true);
    if (text && isCanonical(text, parsed.value.entries)) recordValid(repo.gitDir, digest);
    return ok(undefined);
  }
  const workTree = openLedger(repo, 'whole');
  if (workTree.ok) closeLedgerSource(workTree.value);
  const add = `'git add ${LEDGER_PATH}'`;
  return fail({
    ...parsed.error,
    fix: workTree.ok
      ? `stage the work tree's ledger, which is readable: ${add}`
      : `rebuild the work tree's ledger with 'git-value scan --rebuild', then stage it with ${add}`,
  });
}
