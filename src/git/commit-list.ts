import { ok, type Result } from '../findings/result.js';
import { runGitText } from './exec.js';
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

/** A commit's first parent, or the empty tree for a root commit: the side its diff is taken against. */
export function firstParentOf(cwd: string, commit: string): Result<string> {
  const parent = runGitText(['rev-parse', '-q', '--verify', `${commit}^1`], { cwd, okCodes: [1] });
  if (!parent.ok) return parent;
  return ok(parent.value.trim() || EMPTY_TREE);
}
