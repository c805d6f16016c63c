import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunResult {
  ms: number;
  status: number;
  stdout: string;
  stderr: string;
  /** Peak resident set of the child in MB, when measured through /usr/bin/time. */
  peakMb?: number;
  /** CPU time (user + system) of the child and the children it waited for, through /usr/bin/time. */
  cpuMs?: number;
}

const TIME_BIN = '/usr/bin/time';

/** Run a command and time it with the monotonic clock; output is captured, never inherited. */
export function runTimed(cmd: string, args: readonly string[], options: SpawnSyncOptions = {}): RunResult {
  const start = process.hrtime.bigint();
  const child = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.error) throw new Error(`bench: cannot run ${cmd}: ${child.error.message}`);
  return { ms, status: child.status ?? -1, stdout: String(child.stdout ?? ''), stderr: String(child.stderr ?? '') };
}

export function hasTimeBinary(): boolean {
  return existsSync(TIME_BIN);
}

/** Like runTimed, but through GNU time so the child's peak RSS (max of the process tree's own) is known. */
export function runWithPeakMemory(cmd: string, args: readonly string[], options: SpawnSyncOptions = {}): RunResult {
  if (!hasTimeBinary()) throw new Error('bench: /usr/bin/time is missing; install it with `apt-get install -y time`');
  const dir = mkdtempSync(join(tmpdir(), 'gv-time-'));
  const out = join(dir, 'rss');
  try {
    const result = runTimed(TIME_BIN, ['-f', '%M %U %S', '-o', out, cmd, ...args], options);
    const [kb, user, system] = (readFileSync(out, 'utf8').trim().split('\n').pop() ?? '').split(' ').map(Number);
    return { ...result, peakMb: (kb ?? 0) / 1024, cpuMs: ((user ?? 0) + (system ?? 0)) * 1000 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Run a command that must succeed (exit codes listed in okCodes); fail with its stderr otherwise. */
export function runChecked(
  cmd: string,
  args: readonly string[],
  options: SpawnSyncOptions = {},
  okCodes = [0],
): RunResult {
  const result = runTimed(cmd, args, options);
  if (!okCodes.includes(result.status)) {
    throw new Error(`bench: \`${cmd} ${args.join(' ')}\` exited ${result.status}\n${result.stderr.slice(0, 2000)}`);
  }
  return result;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
