import { spawnSync } from 'node:child_process';
import { fail, ok, type Result } from '../findings/result.js';

export interface GitOptions {
  cwd: string;
  input?: string | Buffer;
  /** Exit codes that are answers, not failures (e.g. 1 from `git diff --quiet`). */
  okCodes?: number[];
  /** Variables set over git's usual environment (doctor runs hooks with its probe variable). */
  env?: NodeJS.ProcessEnv;
  /** Keep git's standard error in the output (for commands whose stderr is the answer). */
  captureStderr?: boolean;
}

export interface GitOutput {
  stdout: Buffer;
  status: number;
  stderr?: string;
}

// spawnSync keeps the hook path simple and fast (~3-5 ms a call here); git's own environment
// (GIT_DIR, GIT_INDEX_FILE set by hooks) is inherited on purpose so partial commits see their index.
/** The environment every git call runs with: no optional index refresh, untranslated messages. */
export function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
}

export function runGit(args: readonly string[], options: GitOptions): Result<GitOutput> {
  const child = spawnSync('git', args, {
    cwd: options.cwd,
    input: options.input,
    maxBuffer: 1024 * 1024 * 1024,
    env: options.env ? { ...gitEnv(), ...options.env } : gitEnv(),
  });
  // EPIPE: git exited before reading all of its input (not a repository, say): its status and
  // stderr say why, which is the error to report, not the broken pipe
  const brokenPipe = (child.error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE' && child.status !== null;
  if (child.error && !brokenPipe) {
    return fail({
      code: 'GIT_FAILED',
      message: `could not run git: ${child.error.message}`,
      fix: 'install git and make sure it is on PATH',
    });
  }
  const status = child.status ?? 128;
  if (status !== 0 && !(options.okCodes ?? []).includes(status)) {
    const stderr = child.stderr.toString('utf8').trim();
    const locked = /index\.lock': File exists/.test(stderr);
    return fail({
      code: 'GIT_FAILED',
      message: `git ${args[0]} failed: ${stderr.split('\n')[0] ?? ''}`,
      fix: locked
        ? 'another git process is using the index: wait for it; if none is running, delete .git/index.lock'
        : 'run the same git command yourself to see what git needs',
      cause: stderr,
    });
  }
  return ok(
    options.captureStderr
      ? { stdout: child.stdout, status, stderr: child.stderr.toString('utf8') }
      : { stdout: child.stdout, status },
  );
}

export function runGitText(args: readonly string[], options: GitOptions): Result<string> {
  const result = runGit(args, options);
  return result.ok ? ok(result.value.stdout.toString('utf8')) : result;
}
