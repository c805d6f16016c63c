import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BASE64, fakeToken } from '../src/analyzers/secrets/fake-token.js';
import { median, runTimed } from './measure.js';
import { findCli } from './cli-path.js';
import { git, initRepo } from './synthetic-repo.js';
import { formatMs, formatRatio, renderTable, verdict, type SectionReport } from './table.js';

// One file holding a single multi-MB line of content built to make regexes backtrack: if any rule is
// super-linear, time per MB grows with the size instead of staying flat.
export const HOSTILE_KINDS: Record<string, { path: string; build: (bytes: number) => string }> = {
  'nothing (start-up baseline)': { path: 'hostile/empty.txt', build: () => '' },
  '`a=` repeated': { path: 'hostile/assign.js', build: (bytes) => 'a='.repeat(bytes / 2) },
  '`"password": "` repeated': {
    path: 'hostile/config.json',
    build: (bytes) => '"password": "'.repeat(Math.ceil(bytes / 14)).slice(0, bytes),
  },
  'base64-like run': { path: 'hostile/blob.txt', build: (bytes) => `token = "${fakeToken(BASE64, bytes)}"` },
  '`ghp_` prefixes repeated': { path: 'hostile/prefix.ts', build: (bytes) => 'ghp_ ghp_A'.repeat(bytes / 10) },
};

export interface HostileResult {
  kind: string;
  megabytes: number;
  ms: number;
  timedOut: boolean;
}

const TIMEOUT_MS = 120_000;

function timeScan(cli: string, kind: string, megabytes: number, runs: number): HostileResult {
  const { path, build } = HOSTILE_KINDS[kind]!;
  const dir = mkdtempSync(join(tmpdir(), 'git-value-hostile-'));
  try {
    initRepo(dir);
    writeFileSync(join(dir, 'README.md'), 'hostile input\n');
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${build(Math.round(megabytes * 1e6))}\n`);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'hostile']);
    const times: number[] = [];
    for (let run = 0; run <= runs; run++) {
      const result = runTimed(process.execPath, [cli, 'scan'], {
        cwd: dir,
        timeout: TIMEOUT_MS,
        env: { ...process.env, NO_COLOR: '1' },
      });
      if (result.ms >= TIMEOUT_MS) return { kind, megabytes, ms: result.ms, timedOut: true };
      if (result.status !== 0 && result.status !== 1)
        throw new Error(`bench: scan of ${kind} exited ${result.status}:\n${result.stderr.slice(0, 1000)}`);
      if (run > 0) times.push(result.ms);
    }
    const ms = median(times);
    return { kind, megabytes, ms, timedOut: false };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface HostileRow {
  kind: string;
  small: HostileResult;
  large: HostileResult;
  /** t(large)/t(small) over the size ratio: about 1 or less when linear (start-up is a fixed cost). */
  growth: number;
  pass: boolean;
}

export function benchHostile(
  cli: string,
  sizes: readonly [number, number],
  runs: number,
): { baselineMs: number; rows: HostileRow[] } {
  const [baselineKind, ...kinds] = Object.keys(HOSTILE_KINDS);
  const baselineMs = timeScan(cli, baselineKind!, 0, runs).ms;
  const rows = kinds.map((kind) => {
    const small = timeScan(cli, kind, sizes[0], runs);
    const large = timeScan(cli, kind, sizes[1], runs);
    const growth = large.ms / small.ms / (sizes[1] / sizes[0]);
    // Linear work plus a fixed start-up gives growth ≤ 1; allow 25% noise before calling it super-linear.
    return { kind, small, large, growth, pass: !small.timedOut && !large.timedOut && growth <= 1.25 };
  });
  return { baselineMs, rows };
}

export function runHostile(runs: number, quick: boolean, log: (line: string) => void): SectionReport {
  const cli = findCli();
  const sizes: [number, number] = quick ? [0.125, 0.5] : [1, 4];
  log(
    `hostile input: ${Object.keys(HOSTILE_KINDS).length - 1} kinds at ${sizes.join(' and ')} MB, ${quick ? 1 : runs} runs each`,
  );
  // A smoke run only needs to see that nothing explodes: one timed run per size.
  const { baselineMs, rows } = benchHostile(cli, sizes, quick ? 1 : runs);
  const perMb = (result: HostileResult): number => Math.max(0, result.ms - baselineMs) / 1000 / result.megabytes;
  const show = (result: HostileResult): string =>
    result.timedOut ? `> ${TIMEOUT_MS / 1000} s` : `${formatMs(result.ms)} (${perMb(result).toFixed(3)} s/MB)`;
  const table = renderTable(
    ['one-line file of', `${sizes[0]} MB`, `${sizes[1]} MB`, 'growth vs linear', 'result'],
    rows.map((row) => [row.kind, show(row.small), show(row.large), formatRatio(row.growth), verdict(row.pass)]),
  );
  const worst = Math.max(...rows.map((row) => perMb(row.large)));
  const body = `\`git-value scan\` of a repository holding one file that is a single line of hostile content (median wall time; s/MB counts only the time above a scan of the same repository without the file, ${formatMs(baselineMs)}). Growth = (t${sizes[1]}/t${sizes[0]}) / ${sizes[1] / sizes[0]}: 1.00× is linear, PASS up to 1.25×.\n\n${table}`;
  return {
    title: 'Hostile input',
    body,
    budgets: [
      [
        'hostile input, worst case',
        `${worst.toFixed(3)} s/MB`,
        'linear (growth ≤ 1.25×)',
        verdict(rows.every((row) => row.pass)),
      ],
    ],
  };
}
