import { ok, type Result } from '../findings/result.js';
import { runGit } from './exec.js';

// Reads for the deferred refresh: which of a few tracked files differ from HEAD (in the index or the
// work tree), HEAD's copy of one, and staging them.

/** Paths among `paths` with staged or unstaged changes against HEAD. */
export function modifiedPaths(root: string, paths: readonly string[]): Result<Set<string>> {
  const status = runGit(['status', '--porcelain', '-z', '--untracked-files=no', '--', ...paths], { cwd: root });
  if (!status.ok) return status;
  // -z record: "XY path\0"
  const records = status.value.stdout.toString('utf8').split('\0').filter(Boolean);
  return ok(new Set(records.map((record) => record.slice(3))));
}

/** A file's content at HEAD, or undefined when HEAD has none. */
export function readAtHead(root: string, path: string): Buffer | undefined {
  const shown = runGit(['cat-file', 'blob', `HEAD:${path}`], { cwd: root, okCodes: [128] });
  return shown.ok && shown.value.status === 0 ? shown.value.stdout : undefined;
}

export function stageFiles(root: string, paths: readonly string[]): Result<void> {
  if (paths.length === 0) return ok(undefined);
  const staged = runGit(['update-index', '--add', '--', ...paths], { cwd: root });
  return staged.ok ? ok(undefined) : staged;
}
