import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fail, ok, type Result } from '../findings/result.js';
import { gitEnv, runGit, type GitOptions, type GitOutput } from './exec.js';

// A git command whose answer is needed later (the backlog's history reads, issue 13): started now, it
// runs on the other core while this thread analyses. Its output goes to a file, as in
// blob-read-ahead.ts, so git never waits on this busy thread to drain a pipe. The answer is the one
// runGit gives: on any trouble with the read-ahead itself, or a failing status, the command runs
// again in turn, so an error carries git's own message.

export interface GitAhead {
  result: Promise<Result<GitOutput>>;
  /** Not needed after all: the process is ended (a command must not wait for an answer nobody reads). */
  stop: () => void;
}

const STOPPED = fail({ code: 'GIT_FAILED', message: 'git read-ahead stopped', fix: 'none needed' });

export function startGit(args: readonly string[], options: Pick<GitOptions, 'cwd' | 'okCodes'>): GitAhead {
  let stopped = false;
  const inTurn = (): Result<GitOutput> => (stopped ? STOPPED : runGit(args, options));
  let dir: string;
  let output: number;
  try {
    dir = mkdtempSync(join(tmpdir(), 'git-value-ahead-'));
    output = openSync(join(dir, 'out'), 'w');
  } catch {
    return { result: Promise.resolve().then(inTurn), stop: () => (stopped = true) };
  }
  const child = spawn('git', args, { cwd: options.cwd, stdio: ['ignore', output, 'ignore'], env: gitEnv() });
  closeSync(output);
  const result = new Promise<Result<GitOutput>>((resolve) => {
    let settled = false;
    const settle = (read: () => Result<GitOutput>) => {
      if (settled) return;
      settled = true;
      try {
        resolve(read());
      } catch {
        resolve(inTurn());
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    child.on('error', () => settle(inTurn));
    child.on('close', (status) => {
      if (stopped) return settle(() => STOPPED);
      if (status === null || (status !== 0 && !(options.okCodes ?? []).includes(status))) return settle(inTurn);
      settle(() => ok({ stdout: readFileSync(join(dir, 'out')), status }));
    });
  });
  return {
    result,
    stop: () => {
      stopped = true;
      if (child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
}
