import { ok, type Result } from '../findings/result.js';
import { runGit } from './exec.js';

// A few tracked files by name: which differ from HEAD (in the index or the work tree), their copy at
// HEAD or in the index, and staging them (the deferred refresh, the ledger).

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

/** A file's staged content (stage 0 of the index), or undefined when the index has none. */
export function readStaged(root: string, path: string): Buffer | undefined {
  const shown = runGit(['cat-file', 'blob', `:${path}`], { cwd: root, okCodes: [128] });
  return shown.ok && shown.value.status === 0 ? shown.value.stdout : undefined;
}

/** Stage these files' work-tree content (update-index: only these entries, and paths outside a sparse cone too). */
export function stageFiles(root: string, paths: readonly string[]): Result<void> {
  if (paths.length === 0) return ok(undefined);
  const staged = runGit(['update-index', '--add', '--', ...paths], { cwd: root });
  return staged.ok ? ok(undefined) : staged;
}
