import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ok, type Result } from '../findings/result.js';
import { modifiedPaths, readAtHead, stageFiles } from '../git/worktree-state.js';
import { formatLedger, parseLedger } from '../ledger/format.js';
import { writeFileAtomic } from '../ledger/io.js';
import { mergeLedgers } from '../ledger/merge.js';
import { LEDGER_PATH } from '../ledger/types.js';
import { checkedLedgerText, writeCheckedLedger } from './ledger-edit.js';

// Hooks never leave tracked files modified (issue 17): a merge, pull, amend or rebase that ends with
// files git-value changed makes the next checkout, merge or rebase refuse to run. post-merge and
// post-rewrite therefore refresh into .git/git-value/pending/ (with the HEAD it was computed for),
// and the next commit's pre-commit hook carries it: it writes and stages those files when they are
// still as HEAD has them (the ledger is merged three ways when you changed it meanwhile). HEAD moving
// any other way (checkout, reset) makes the pending state stale, and it is dropped.

const pendingDir = (gitDir: string) => join(gitDir, 'git-value', 'pending');
const headFile = (gitDir: string) => join(pendingDir(gitDir), 'HEAD');

export type Snapshot = Map<string, Buffer | undefined>;

export function snapshotFiles(root: string, paths: readonly string[]): Snapshot {
  return new Map(
    paths.map((path) => [path, existsSync(join(root, path)) ? readFileSync(join(root, path)) : undefined]),
  );
}

/** Moves what a refresh just wrote into the pending folder and puts the work tree back as it was. */
export function deferWrites(root: string, gitDir: string, head: string, before: Snapshot): Result<string[]> {
  rmSync(pendingDir(gitDir), { recursive: true, force: true });
  const deferred: string[] = [];
  for (const [path, old] of before) {
    const file = join(root, path);
    const now = existsSync(file) ? readFileSync(file) : undefined;
    if (now === undefined || (old !== undefined && now.equals(old))) continue;
    const target = join(pendingDir(gitDir), 'files', path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, now);
    const restored =
      old === undefined ? (rmSync(file, { force: true }), ok(undefined)) : writeFileAtomic(file, old, path, { root });
    if (!restored.ok) return restored;
    deferred.push(path);
  }
  if (deferred.length > 0) writeFileSync(headFile(gitDir), `${head}\n`);
  return ok(deferred);
}

/**
 * A second merge or rebase before any commit starts from the first one's pending state (written into
 * the work tree for the refresh, which deferWrites then puts back as git left it).
 */
export function startFromPendingRefresh(root: string, gitDir: string): Result<void> {
  const folder = join(pendingDir(gitDir), 'files');
  for (const path of listFiles(folder)) {
    const written = writeFileAtomic(join(root, path), readFileSync(join(folder, path)), path, { root, flush: false });
    if (!written.ok) return written;
  }
  return ok(undefined);
}

export function hasPendingRefresh(gitDir: string): boolean {
  return existsSync(headFile(gitDir));
}

export function discardPendingRefresh(gitDir: string): void {
  rmSync(pendingDir(gitDir), { recursive: true, force: true });
}

/** The pre-commit side: write and stage the pending files; returns notes for the user. */
export function carryPendingRefresh(root: string, gitDir: string, head: string | undefined): Result<string[]> {
  const pendingHead = readFileSync(headFile(gitDir), 'utf8').trim();
  const folder = join(pendingDir(gitDir), 'files');
  if (pendingHead !== head) {
    discardPendingRefresh(gitDir);
    return ok([]);
  }
  const paths = listFiles(folder);
  const modified = modifiedPaths(root, paths);
  if (!modified.ok) return modified;
  const carried: string[] = [];
  const notes: string[] = [];
  for (const path of paths) {
    const pending = readFileSync(join(folder, path));
    let next: Buffer | string | undefined = pending;
    if (modified.value.has(path)) next = path === LEDGER_PATH ? mergeIntoChangedLedger(root, pending) : undefined;
    if (next === undefined) {
      notes.push(`${path} changed since the last merge or rebase: its refresh is left to 'git-value refresh'`);
      continue;
    }
    const written =
      path === LEDGER_PATH
        ? carryLedger(root, gitDir, next)
        : writeFileAtomic(join(root, path), next, path, { flush: false, root });
    if (!written.ok) return written;
    carried.push(path);
  }
  const staged = stageFiles(root, carried);
  if (!staged.ok) return staged;
  discardPendingRefresh(gitDir);
  return ok(notes);
}

/** The refreshed ledger, checked whole as every ledger git-value writes (it waited in the git folder). */
function carryLedger(root: string, gitDir: string, text: Buffer | string): Result<void> {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, 'latin1');
  const checked = checkedLedgerText(bytes);
  if (!checked.ok) return checked;
  return writeCheckedLedger({ root, gitDir }, bytes, checked.value.digest, false);
}

/** You changed the ledger after the merge (allow, done): both edits are kept, or the refresh waits. */
function mergeIntoChangedLedger(root: string, pending: Buffer): string | undefined {
  const base = parseLedger(readAtHead(root, LEDGER_PATH)?.toString('utf8') ?? formatLedger([]), LEDGER_PATH);
  const ours = parseLedger(readFileSync(join(root, LEDGER_PATH), 'utf8'), LEDGER_PATH);
  const theirs = parseLedger(pending.toString('utf8'), LEDGER_PATH);
  if (!base.ok || !ours.ok || !theirs.ok) return undefined;
  const merged = mergeLedgers(base.value.entries, ours.value.entries, theirs.value.entries);
  return merged.conflicts.length === 0 ? formatLedger(merged.entries) : undefined;
}

function listFiles(folder: string, prefix = ''): string[] {
  if (!existsSync(join(folder, prefix))) return [];
  return readdirSync(join(folder, prefix), { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? listFiles(folder, join(prefix, item.name)) : [join(prefix, item.name)],
  );
}
