import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
  const found = findPlainRepo(cwd);
  if (found) return ok(found);
  // one spawn in the common case; only before the first commit (no HEAD) does it take a second
  const withHead = runGitText(['rev-parse', '--show-toplevel', '--absolute-git-dir', '--verify', 'HEAD^{commit}'], {
    cwd,
    okCodes: [128],
  });
  if (withHead.ok) {
    const [root, gitDir, head] = withHead.value.trimEnd().split('\n');
    if (root && gitDir && head && /^[0-9a-f]{40,64}$/.test(head)) return ok({ root, gitDir, head });
  }
  const located = runGitText(['rev-parse', '--show-toplevel', '--absolute-git-dir'], { cwd });
  if (!located.ok) {
    return fail({
      code: 'NOT_A_REPO',
      file: cwd,
      message: `${cwd} is not inside a git work tree`,
      fix: "run git-value inside a repository (or 'git init' first)",
      cause: located.error.cause,
    });
  }
  const [root, gitDir] = located.value.trimEnd().split('\n');
  if (!root || !gitDir)
    return fail({
      code: 'NOT_A_REPO',
      file: cwd,
      message: `${cwd} has no work tree`,
      fix: 'run git-value in a checkout, not a bare repository',
    });
  const head = runGitText(['rev-parse', '-q', '--verify', 'HEAD^{commit}'], { cwd: root, okCodes: [1] });
  if (!head.ok) return head;
  const sha = head.value.trim();
  return ok(sha ? { root, gitDir, head: sha } : { root, gitDir });
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const OVERRIDES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_COMMON_DIR',
  'GIT_CEILING_DIRECTORIES',
  'GIT_DISCOVERY_ACROSS_FILESYSTEM',
];

/**
 * The plain case without a spawn (~15 ms each on the hook path here): a `.git` folder above cwd,
 * no environment or config that moves the work tree, HEAD a loose or packed ref (or detached).
 * Anything else (worktrees and submodules, whose .git is a file; core.worktree; reftable;
 * GIT_DIR set by the caller) returns undefined and git itself is asked.
 */
function findPlainRepo(cwd: string): Repo | undefined {
  if (OVERRIDES.some((name) => process.env[name] !== undefined)) return undefined;
  try {
    let root = cwd;
    while (!existsSync(join(root, '.git'))) {
      const parent = dirname(root);
      if (parent === root) return undefined;
      root = parent;
    }
    const gitDir = join(root, '.git');
    if (!statSync(gitDir).isDirectory()) return undefined;
    const config = readFileSync(join(gitDir, 'config'), 'utf8');
    if (/^\s*(?:worktree|bare\s*=\s*true|refstorage)\b/im.test(config)) return undefined;
    const head = readFileSync(join(gitDir, 'HEAD'), 'latin1').trim();
    if (SHA.test(head)) return { root, gitDir, head };
    const ref = /^ref: (refs\/[^\s]+)$/.exec(head)?.[1];
    if (!ref || ref.includes('..')) return undefined;
    const sha = readRef(gitDir, ref);
    if (sha === null) return undefined;
    return sha ? { root, gitDir, head: sha } : { root, gitDir };
  } catch {
    return undefined;
  }
}

/** The ref's sha; '' when it does not exist yet (an unborn branch); null when unsure. */
function readRef(gitDir: string, ref: string): string | null {
  const loose = join(gitDir, ref);
  if (existsSync(loose)) {
    const sha = readFileSync(loose, 'latin1').trim();
    return SHA.test(sha) ? sha : null;
  }
  const packedFile = join(gitDir, 'packed-refs');
  if (!existsSync(packedFile)) return '';
  for (const line of readFileSync(packedFile, 'latin1').split('\n')) {
    if (line.endsWith(` ${ref}`)) {
      const sha = line.slice(0, line.indexOf(' '));
      return SHA.test(sha) ? sha : null;
    }
  }
  return '';
}
