import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, runTimed, runWithPeakMemory } from './measure.js';
import { restoreWorktree } from './perf-check.js';
import { git } from './synthetic-repo.js';

// 30 credential keywords, the kind of alternation a grep-based pre-commit check runs.
export const KEYWORDS = [
  'password',
  'passwd',
  'pwd',
  'secret',
  'token',
  'api_key',
  'apikey',
  'access_key',
  'private_key',
  'client_secret',
  'auth',
  'credential',
  'bearer',
  'session',
  'aws',
  'ghp_',
  'xoxb',
  'sk_live',
  'AKIA',
  'BEGIN RSA',
  'BEGIN OPENSSH',
  'jwt',
  'oauth',
  'signing_key',
  'encryption_key',
  'connection_string',
  'db_pass',
  'smtp_pass',
  'webhook',
  'slack',
];

export interface ThroughputResult {
  tool: string;
  ms: number;
  mbPerSecond: number;
  peakMb: number;
}

export interface LedgerSummary {
  entries: number;
  byCategory: Record<string, number>;
  scanMs: number;
  phases: string;
}

const NO_COLOR = { ...process.env, NO_COLOR: '1' };

/** First scan of the tree: builds the ledger the check bench needs, committed like a user would. */
export function commitLedger(cli: string, dir: string): LedgerSummary {
  const scan = runTimed(process.execPath, [cli, 'scan'], { cwd: dir, env: { ...NO_COLOR, GIT_VALUE_DEBUG: '1' } });
  if (scan.status !== 0 && scan.status !== 1) {
    restoreWorktree(dir);
    throw new Error(`bench: scan exited ${scan.status}:\n${scan.stderr.slice(0, 2000)}`);
  }
  const ledger = JSON.parse(readFileSync(join(dir, '.value/ledger.json'), 'utf8')) as {
    entries: { category: string }[];
  };
  const byCategory: Record<string, number> = {};
  for (const entry of ledger.entries) byCategory[entry.category] = (byCategory[entry.category] ?? 0) + 1;
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--no-verify', '-m', 'git-value ledger']);
  return { entries: ledger.entries.length, byCategory, scanMs: scan.ms, phases: scan.stderr };
}

function throughput(tool: string, samples: { ms: number; peakMb?: number }[], bytes: number): ThroughputResult {
  const ms = median(samples.map((sample) => sample.ms));
  return {
    tool,
    ms,
    mbPerSecond: bytes / 1e6 / (ms / 1000),
    peakMb: median(samples.map((sample) => sample.peakMb ?? 0)),
  };
}

export function benchScan(cli: string, dir: string, bytes: number, runs: number): ThroughputResult {
  const samples = [];
  try {
    for (let run = 0; run < runs; run++) {
      const result = runWithPeakMemory(process.execPath, [cli, 'scan'], { cwd: dir, env: NO_COLOR });
      if (result.status !== 0 && result.status !== 1)
        throw new Error(`bench: scan exited ${result.status}:\n${result.stderr.slice(0, 2000)}`);
      samples.push(result);
    }
  } finally {
    restoreWorktree(dir);
  }
  return throughput('git-value scan', samples, bytes);
}

/** ripgrep over the same tracked files (the ledger and backlog excluded, as the scan excludes them). */
export function benchRipgrep(dir: string, bytes: number, runs: number): ThroughputResult {
  const args = ['-c', '-i', '--no-messages', '--glob', '!BACKLOG.md', '-e', KEYWORDS.join('|'), '.'];
  runTimed('rg', args, { cwd: dir });
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const result = runWithPeakMemory('rg', args, { cwd: dir });
    if (result.status > 1)
      throw new Error(
        `bench: rg exited ${result.status}: ${result.stderr.slice(0, 500)}\nfix: apt-get install -y ripgrep`,
      );
    samples.push(result);
  }
  return throughput('ripgrep (30 keywords)', samples, bytes);
}
