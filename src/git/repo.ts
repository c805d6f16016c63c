import { fail, ok, type Result } from '../findings/result.js';
import { runGitText } from './exec.js';

export interface Repo {
  /** Absolute path of the work tree's top folder. */
  root: string;
  gitDir: string;
  /** Commit HEAD points to, or undefined before the first commit. */
  head?: string;
}

export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

export function openRepo(cwd: string): Result<Repo> {
  // one spawn in the common case; only before the first commit (no HEAD) does it take a second
  const withHead = runGitText(['rev-parse', '--show-toplevel', '--absolute-git-dir', '--verify', 'HEAD^{commit}'], { cwd, okCodes: [128] });
  if (withHead.ok) {
    const [root, gitDir, head] = withHead.value.trimEnd().split('\n');
    if (root && gitDir && head && /^[0-9a-f]{40,64}$/.test(head)) return ok({ root, gitDir, head });
  }
  const located = runGitText(['rev-parse', '--show-toplevel', '--absolute-git-dir'], { cwd });
  if (!located.ok) {
    return fail({ code: 'NOT_A_REPO', file: cwd, message: `${cwd} is not inside a git work tree`, fix: "run git-value inside a repository (or 'git init' first)", cause: located.error.cause });
  }
  const [root, gitDir] = located.value.trimEnd().split('\n');
  if (!root || !gitDir) return fail({ code: 'NOT_A_REPO', file: cwd, message: `${cwd} has no work tree`, fix: 'run git-value in a checkout, not a bare repository' });
  const head = runGitText(['rev-parse', '-q', '--verify', 'HEAD^{commit}'], { cwd: root, okCodes: [1] });
  if (!head.ok) return head;
  const sha = head.value.trim();
  return ok(sha ? { root, gitDir, head: sha } : { root, gitDir });
}
