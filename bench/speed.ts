// `npm run bench -- --only speed` (issue 13): the budgets on real histories, measured on the panel's
// largest repositories (eslint and pytest, full history) side by side with their yardsticks in one run:
// each git-value command and its floor alternate, medians of the runs, ratios of the medians.
// Without the mirrors (CI) the section is skipped with a note, never faked.
import { rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasTimeBinary, median, runTimed, runWithPeakMemory, type RunResult } from './measure.js';
import { checkoutPanel, PANEL_MIRRORS_ENV, type PanelCheckout } from './panel/checkout.js';
import { PANEL_WORK_ENV } from './panel/panel-bench.js';
import { KEYWORDS } from './perf-scan.js';
import { formatMs, formatRatio, renderTable, verdict, type SectionReport } from './table.js';

const SECRETLINT = fileURLToPath(new URL('../../node_modules/secretlint/bin/secretlint.js', import.meta.url));
/** One secretlint run longer than this is not repeated (on eslint's tree it takes minutes). */
const SLOW_YARDSTICK_MS = 60_000;
const HISTORY_RSS_MB = 300;
const EVERY_ANALYZER = { analyzers: { modern: { registry: false } } };
const SECRETS_ONLY = {
  analyzers: Object.fromEntries(
    ['markers', 'vuln', 'perf', 'complexity', 'docstring', 'modern'].map((name) => [name, { enabled: false }]),
  ),
};

interface Row {
  what: string;
  ms: number;
  yardstick: string;
  yardstickMs?: number;
  /** Budget on the ratio to the yardstick, or on wall time in ms. */
  ratioBudget?: number;
  msBudget?: number;
  note?: string;
}

type Log = (line: string) => void;

function cli(path: string, dir: string, args: string[], measureMemory = false): RunResult {
  const env = { ...process.env, NO_COLOR: '1', GIT_VALUE_PROGRESS: '0' };
  const run = measureMemory
    ? runWithPeakMemory(process.execPath, [path, ...args], { cwd: dir, env })
    : runTimed(process.execPath, [path, ...args], { cwd: dir, env });
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`bench: git-value ${args.join(' ')} in ${dir} exited ${run.status}:\n${run.stderr.slice(0, 1500)}`);
  return run;
}

function sh(dir: string, script: string): RunResult {
  return runTimed('sh', ['-c', script], { cwd: dir });
}

function git(dir: string, args: string[]): void {
  const run = runTimed('git', args, { cwd: dir });
  if (run.status !== 0) throw new Error(`bench: git ${args.join(' ')} failed: ${run.stderr.slice(0, 500)}`);
}

function useConfig(dir: string, config: object): void {
  writeFileSync(join(dir, '.valuerc.json'), `${JSON.stringify(config)}\n`);
}

/** What the scans leave: ledger, backlog, the analysis cache (a cold scan starts without it). */
function forget(dir: string): void {
  for (const path of ['.value', 'BACKLOG.md', '.git/git-value'])
    rmSync(join(dir, path), { recursive: true, force: true });
}

/** Back to the pinned commit with nothing staged, hooks and config as cloned (after init). */
function reset(checkout: PanelCheckout): void {
  git(checkout.dir, ['reset', '-q', '--hard', checkout.commit]);
  git(checkout.dir, ['clean', '-qfdx']);
  rmSync(join(checkout.dir, '.git', 'git-value'), { recursive: true, force: true });
  for (const hook of ['pre-commit', 'pre-merge-commit', 'post-merge', 'post-rewrite', 'pre-push'])
    rmSync(join(checkout.dir, '.git', 'hooks', hook), { force: true });
  runTimed('git', ['config', '--remove-section', 'merge.git-value'], { cwd: checkout.dir });
  runTimed('git', ['config', '--unset', 'git-value.program'], { cwd: checkout.dir });
}

function measureRepository(path: string, checkout: PanelCheckout, runs: number, log: Log): Row[] {
  const { dir, name } = checkout;
  const samples = (count: number, take: () => number): number => {
    const values: number[] = [];
    for (let run = 0; run < count; run++) values.push(take());
    return median(values);
  };
  reset(checkout);
  const keywords = KEYWORDS.join('|');
  // yardsticks: secretlint over the tree (secrets only), the start of node, rg over the tree and over history
  log(`speed: ${name}: secretlint`);
  const rc = join(tmpdir(), 'git-value-bench-secretlintrc.json');
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
  const secretlintRuns: number[] = [];
  for (let run = 0; run < runs; run++) {
    const out = join(tmpdir(), 'git-value-bench-secretlint.json');
    const timed = runTimed(
      process.execPath,
      [SECRETLINT, '--secretlintrc', rc, '--format', 'json', '--output', out, '**/*'],
      {
        cwd: dir,
      },
    );
    secretlintRuns.push(timed.ms);
    if (timed.ms > SLOW_YARDSTICK_MS) break;
  }
  const secretlint = median(secretlintRuns);
  log(`speed: ${name}: scans (every analyzer, cold and unchanged; secrets only)`);
  useConfig(dir, EVERY_ANALYZER);
  const cold: number[] = [];
  const warm: number[] = [];
  const peaks: number[] = [];
  for (let run = 0; run < runs; run++) {
    forget(dir);
    const first = cli(path, dir, ['scan'], true);
    cold.push(first.ms);
    peaks.push(first.peakMb ?? 0);
    warm.push(cli(path, dir, ['scan']).ms);
  }
  useConfig(dir, SECRETS_ONLY);
  const secretsCold: number[] = [];
  const secretsWarm: number[] = [];
  const nodeStart: number[] = [];
  const rgTree: number[] = [];
  for (let run = 0; run < runs; run++) {
    forget(dir);
    secretsCold.push(cli(path, dir, ['scan']).ms);
    secretsWarm.push(cli(path, dir, ['scan']).ms);
    nodeStart.push(runTimed(process.execPath, ['-e', '0'], { cwd: dir }).ms);
    rgTree.push(runTimed('rg', ['-c', '-i', '--no-messages', '-e', keywords, '.'], { cwd: dir }).ms);
  }
  log(`speed: ${name}: check --staged with the scan's ledger`);
  useConfig(dir, EVERY_ANALYZER);
  forget(dir);
  cli(path, dir, ['scan']);
  const target = runTimed('git', ['ls-files', '*.js', '*.py'], { cwd: dir }).stdout.split('\n').filter(Boolean)[0];
  const check: number[] = [];
  const checkFloor: number[] = [];
  if (target) {
    for (let run = 0; run < runs; run++) {
      sh(dir, `printf '\\n' >> '${target}' && git add -- '${target}'`);
      check.push(cli(path, dir, ['check', '--staged']).ms);
      git(dir, ['reset', '-q', '--', target, '.value']);
      git(dir, ['checkout', '-q', '--', target]);
      sh(dir, `printf '\\n' >> '${target}' && git add -- '${target}'`);
      checkFloor.push(
        runTimed(process.execPath, ['-e', '0'], { cwd: dir }).ms +
          runTimed('git', ['diff', '--cached'], { cwd: dir }).ms,
      );
      git(dir, ['reset', '-q', '--', target]);
      git(dir, ['checkout', '-q', '--', target]);
    }
  }
  log(`speed: ${name}: scan --history beside git log -p | rg`);
  const history: number[] = [];
  const historyPeak: number[] = [];
  const historyCpu: number[] = [];
  const historyFloor: number[] = [];
  const historyFloorCpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const floor = runWithPeakMemory('sh', ['-c', `git log -p -U0 --all | rg -c -i '${keywords}' > /dev/null`], {
      cwd: dir,
    });
    historyFloor.push(floor.ms);
    historyFloorCpu.push(floor.cpuMs ?? Number.NaN);
    rmSync(join(dir, '.value', 'history-scan.json'), { force: true });
    const scanned = cli(path, dir, ['scan', '--history'], true);
    history.push(scanned.ms);
    historyPeak.push(scanned.peakMb ?? 0);
    historyCpu.push(scanned.cpuMs ?? Number.NaN);
  }
  log(`speed: ${name}: init`);
  const init: number[] = [];
  for (let run = 0; run < runs; run++) {
    reset(checkout);
    useConfig(dir, EVERY_ANALYZER);
    const timed = runTimed(process.execPath, [path, 'init'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', GIT_VALUE_PROGRESS: '0' },
    });
    init.push(timed.status === 0 ? timed.ms : Number.NaN);
    if (timed.status !== 0) {
      log(`speed: ${name}: init exited ${timed.status}: ${timed.stderr.split('\n')[0]}`);
      break;
    }
  }
  reset(checkout);
  const initMs = median(init);
  const rows: Row[] = [
    {
      what: 'scan, every analyzer (registry off), first',
      ms: median(cold),
      yardstick: `secretlint '**/*', secrets only (${secretlintRuns.length} run${secretlintRuns.length > 1 ? 's' : ''})`,
      yardstickMs: secretlint,
      ratioBudget: 2,
      note: `peak RSS ${median(peaks).toFixed(0)} MB`,
    },
    { what: 'scan, every analyzer, first: wall', ms: median(cold), yardstick: '—', msBudget: 10_000 },
    { what: 'scan again, nothing changed', ms: median(warm), yardstick: '—', msBudget: 1_500 },
    {
      what: 'scan, secrets only, first',
      ms: median(secretsCold),
      yardstick: 'node -e 0',
      yardstickMs: median(nodeStart),
      msBudget: 500,
      note: `rg of 30 keywords over the tree: ${formatMs(median(rgTree))}`,
    },
    {
      what: 'scan, secrets only, nothing changed',
      ms: median(secretsWarm),
      yardstick: 'node -e 0',
      yardstickMs: median(nodeStart),
      msBudget: 500,
    },
    {
      what: 'scan --history (every ref)',
      ms: median(history),
      yardstick: 'git log -p -U0 --all | rg -c -i KEYWORDS',
      yardstickMs: median(historyFloor),
      ratioBudget: 1.5,
      note: `peak RSS ${median(historyPeak).toFixed(0)} MB (budget ${HISTORY_RSS_MB} MB)`,
    },
    {
      what: 'scan --history: CPU time (user + system, git included)',
      ms: median(historyCpu),
      yardstick: "the same pipeline's CPU time",
      yardstickMs: median(historyFloorCpu),
      note: 'what a wall-time ratio tends to on a machine whose cores are all busy',
    },
    {
      what: 'init (hooks, config, first scan)',
      ms: initMs,
      yardstick: '—',
      msBudget: 15_000,
      ...(Number.isNaN(initMs) ? { note: 'init failed here: see the log' } : {}),
    },
  ];
  if (check.length)
    rows.push({
      what: 'check --staged, one changed file, with the scan ledger',
      ms: median(check),
      yardstick: 'node -e 0 + git diff --cached',
      yardstickMs: median(checkFloor),
      ratioBudget: 2,
    });
  if (median(historyPeak) > HISTORY_RSS_MB)
    rows.push({
      what: 'scan --history: peak RSS over budget',
      ms: Number.NaN,
      yardstick: '—',
      note: `${median(historyPeak).toFixed(0)} MB`,
    });
  return rows;
}

function passes(row: Row): boolean {
  if (Number.isNaN(row.ms)) return false;
  if (row.ratioBudget !== undefined) return row.ms / (row.yardstickMs as number) <= row.ratioBudget;
  return row.msBudget === undefined || row.ms <= row.msBudget;
}

export function runSpeed(cli: string, runs: number, quick: boolean, log: Log): SectionReport {
  const mirrors = process.env[PANEL_MIRRORS_ENV];
  const workDir = process.env[PANEL_WORK_ENV] ?? join(tmpdir(), 'git-value-bench', 'panel');
  const { checkouts, notes } = checkoutPanel(mirrors, workDir, quick ? ['pytest'] : ['eslint', 'pytest']);
  for (const note of notes) log(`speed: ${note}`);
  if (checkouts.length === 0 || !hasTimeBinary())
    return {
      title: 'Speed on real histories (skipped)',
      body: [...notes, ...(hasTimeBinary() ? [] : ['/usr/bin/time is missing (apt-get install -y time)'])]
        .map((note) => `> ${note}`)
        .join('\n'),
      budgets: [['speed on real histories', 'skipped', `needs ${PANEL_MIRRORS_ENV}`, 'SKIP']],
    };
  const loadBefore = loadavg()[0] as number;
  const count = Math.max(1, Math.min(runs, 3));
  const tables: string[] = [];
  const budgets: SectionReport['budgets'] = [];
  for (const checkout of checkouts) {
    const rows = measureRepository(cli, checkout, count, log);
    tables.push(
      `### ${checkout.name} (${checkout.commit.slice(0, 12)}, full history)\n\n` +
        renderTable(
          ['command', 'median', 'yardstick', 'yardstick median', 'ratio', 'budget', 'result', 'note'],
          rows.map((row) => [
            row.what,
            Number.isNaN(row.ms) ? '—' : formatMs(row.ms),
            row.yardstick,
            row.yardstickMs === undefined ? '—' : formatMs(row.yardstickMs),
            row.yardstickMs === undefined || Number.isNaN(row.ms) ? '—' : formatRatio(row.ms / row.yardstickMs),
            row.ratioBudget !== undefined
              ? `≤ ${row.ratioBudget}×`
              : row.msBudget !== undefined
                ? `≤ ${formatMs(row.msBudget)}`
                : '—',
            row.ratioBudget === undefined && row.msBudget === undefined ? '—' : verdict(passes(row)),
            row.note ?? '',
          ]),
        ),
    );
    for (const row of rows.filter(
      (candidate) => candidate.ratioBudget !== undefined || candidate.msBudget !== undefined,
    ))
      budgets.push([
        `${checkout.name}: ${row.what}`,
        row.yardstickMs !== undefined && row.ratioBudget !== undefined
          ? formatRatio(row.ms / row.yardstickMs)
          : Number.isNaN(row.ms)
            ? '—'
            : formatMs(row.ms),
        row.ratioBudget !== undefined
          ? `≤ ${row.ratioBudget}×`
          : row.msBudget !== undefined
            ? `≤ ${formatMs(row.msBudget)}`
            : '—',
        verdict(passes(row)),
      ]);
  }
  const machine = `load average ${loadBefore.toFixed(1)} at the start of the section and ${(loadavg()[0] as number).toFixed(1)} at its end, on ${cpus().length} cores shared with other work`;
  return {
    title: `Speed on real histories (medians of ${count}; ${machine})`,
    body: tables.join('\n\n'),
    budgets,
  };
}
