import { ok, type Result } from '../findings/result.js';
import { runGit, runGitText } from './exec.js';
import { EMPTY_TREE } from './repo.js';

/** Commits of HEAD that no remote-tracking branch has yet, newest first (what a push would carry). */
export function listUnpushedCommits(cwd: string, limit: number): Result<string[]> {
  return listCommits(cwd, ['HEAD', '--not', '--remotes'], limit);
}

/** The last `limit` commits of HEAD, newest first. */
export function listRecentCommits(cwd: string, limit: number): Result<string[]> {
  return listCommits(cwd, ['HEAD'], limit);
}

function listCommits(cwd: string, revisions: readonly string[], limit: number): Result<string[]> {
  // exit 128: no HEAD yet (a new repository), so there are no commits to list
  const listed = runGitText(['rev-list', `--max-count=${limit}`, ...revisions], { cwd, okCodes: [128] });
  if (!listed.ok) return listed;
  return ok(listed.value.split('\n').filter((line) => /^[0-9a-f]{40,64}$/.test(line)));
}

/** Commits of `revisions` (rev-list arguments), oldest first, parents before children. */
export function listCommitsOldestFirst(cwd: string, revisions: readonly string[]): Result<string[]> {
  const listed = runGitText(['rev-list', '--reverse', '--topo-order', ...revisions], { cwd });
  return listed.ok ? ok(listed.value.split('\n').filter(Boolean)) : listed;
}

/**
 * The commit `revision` names, or undefined when it names none (an ORIG_HEAD never set, an unborn HEAD,
 * a user's `--since` that is not a commit; never read as an option).
 */
export function resolveCommit(cwd: string, revision: string): Result<string | undefined> {
  if (revision.startsWith('-')) return ok(undefined);
  const resolved = runGitText(['rev-parse', '-q', '--verify', '--end-of-options', `${revision}^{commit}`], {
    cwd,
    okCodes: [1],
  });
  return resolved.ok ? ok(resolved.value.trim() || undefined) : resolved;
}

/** How many commits `revisions` (rev-list arguments) select, or undefined when git cannot say. */
export function countCommits(cwd: string, revisions: readonly string[]): number | undefined {
  const counted = runGitText(['rev-list', '--count', ...revisions], { cwd });
  return counted.ok ? Number(counted.value.trim()) : undefined;
}

/** Whether this repository has the commit (a pre-push remote sha it never fetched is unknown here). */
export function hasCommit(cwd: string, sha: string): boolean {
  const probe = runGit(['cat-file', '-e', `${sha}^{commit}`], { cwd, okCodes: [1, 128] });
  return probe.ok && probe.value.status === 0;
}

/** A commit's first parent, or the empty tree for a root commit: the side its diff is taken against. */
export function firstParentOf(cwd: string, commit: string): Result<string> {
  const parent = runGitText(['rev-parse', '-q', '--verify', `${commit}^1`], { cwd, okCodes: [1] });
  if (!parent.ok) return parent;
  return ok(parent.value.trim() || EMPTY_TREE);
}
