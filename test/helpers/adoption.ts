import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as assert from 'uvu/assert';
import type { LedgerEntry } from '../../src/ledger/types.js';
import { cliBinDir, TempRepo, type Run } from './temp-repo.js';

// Real-world adoption: repositories shaped like the projects git-value joins, their own tools
// (pnpm, yarn, npm, the pre-commit framework, husky, lefthook, simple-git-hooks) really installed.

/** This package's folder: projects install it from here (link:/file:), as from the registry. */
export const packageRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** One cache for every package manager of the run (and across runs on a machine): installs stay fast. */
const cache = join(tmpdir(), 'git-value-adoption-cache');

/**
 * A tool the scenario needs, or undefined (the scenario then says it is skipped). In CI (CI=true)
 * a missing tool fails the run: .ci/run installs them all.
 */
export function requireTool(name: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  if (found) return found;
  if (process.env.CI) throw new Error(`${name} is not installed: .ci/run installs it`);
  process.stderr.write(`  skipped: ${name} is not installed here (CI installs it)\n`);
  return undefined;
}

/** The environment of a developer's shell: package managers sharing one cache, git-value not on PATH. */
export function projectEnv(options: { globalGitValue?: boolean } = {}): NodeJS.ProcessEnv {
  mkdirSync(cache, { recursive: true });
  const path = (process.env.PATH ?? '')
    .split(':')
    .filter((dir) => !dir.includes('/node_modules/.bin'))
    .join(':');
  return {
    PATH: options.globalGitValue ? `${cliBinDir()}:${path}` : path,
    npm_config_cache: join(cache, 'npm'),
    YARN_CACHE_FOLDER: join(cache, 'yarn'),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    PRE_COMMIT_HOME: join(cache, 'pre-commit'),
    CI: '',
  };
}

let tarball: string | undefined;

/** This package packed as the registry would serve it (once per run): yarn 1 links no bin of a link: dependency. */
export function packedTarball(): string {
  if (tarball) return tarball;
  const folder = mkdtempSync(join(tmpdir(), 'gv-pack-'));
  const packed = spawnSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', folder], {
    cwd: packageRoot,
    encoding: 'utf8',
    env: { ...process.env, ...projectEnv() },
  });
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  tarball = join(folder, packed.stdout.trim().split('\n').pop() as string);
  return tarball;
}

export const pnpmStore = () => `--store-dir=${join(cache, 'pnpm-store')}`;

export function runOk(repo: TempRepo, command: string, args: string[], env: NodeJS.ProcessEnv): Run {
  const run = repo.exec(command, args, { env });
  if (run.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  return run;
}

type State = Map<string, string>;

/** Every file init or install may touch: the work tree (not the ledger and its outputs), hooks and config. */
export function captureState(repo: TempRepo): State {
  const state: State = new Map();
  const skip = /^(?:\.git|node_modules|\.value\/(?:ledger|coverage)\.json|BACKLOG\.md)(?:\/|$)|\/node_modules(?:\/|$)/;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      const path = relative(repo.root, file);
      if (skip.test(path)) continue;
      const stats = statSync(file);
      if (stats.isDirectory()) walk(file);
      else state.set(path, `${(stats.mode & 0o777).toString(8)} ${readFileSync(file).toString('base64')}`);
    }
  };
  walk(repo.root);
  const hooks = repo.path('.git/hooks');
  for (const name of existsSync(hooks) ? readdirSync(hooks) : [])
    state.set(`.git/hooks/${name}`, readFileSync(join(hooks, name)).toString('base64'));
  state.set('.git/config', readFileSync(repo.path('.git/config'), 'utf8'));
  return state;
}

/** The paths whose state differs between two captures. */
export function changedPaths(before: State, after: State): string[] {
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((path) => before.get(path) !== after.get(path))
    .sort();
}

/** After uninstall: every path init changed is back byte for byte (the ledger and backlog aside). */
export function assertRestored(before: State, touchedByInit: readonly string[], after: State): void {
  assert.ok(touchedByInit.length > 0, 'init changed something');
  const differing = touchedByInit.filter((path) => before.get(path) !== after.get(path));
  assert.equal(differing, [], 'uninstall left these different from before init');
}

export const ledgerEntries = (repo: TempRepo, rev = 'HEAD'): LedgerEntry[] =>
  (JSON.parse(repo.gitOk('show', `${rev}:.value/ledger.json`)) as { entries: LedgerEntry[] }).entries;

/** The fixture files every scenario starts with: two findings to make decisions on. */
export const startingFiles: Record<string, string> = {
  'src/first.ts': '// TODO: first\nexport const first = 1;\n',
  'src/second.ts': '// TODO: second\nexport const second = 2;\n',
};

/**
 * Two branches that both change the ledger (an allow on one, a recorded effort and new findings on
 * the other) are merged and rebased: the driver unions them, every decision survives, and the work
 * tree is left clean. `recordsAtCommit: false` under the pre-commit framework, whose hook stays read-only.
 */
export function exerciseParallelBranches(
  repo: TempRepo,
  gitValue: (args: string[]) => Run,
  env: NodeJS.ProcessEnv,
  options: { recordsAtCommit?: boolean } = {},
): void {
  const todos = ledgerEntries(repo).filter((entry) => entry.ruleId === 'debt/todo' && entry.status === 'open');
  const [allowed, done] = todos;
  assert.ok(allowed && done, 'the first scan found both TODOs');
  const git = (...args: string[]) => {
    const run = repo.exec('git', args, { env });
    assert.is(run.status, 0, `git ${args.join(' ')}: ${run.stdout}${run.stderr}`);
    return run;
  };
  const start = repo.gitOk('rev-parse', 'HEAD').trim();
  git('checkout', '-q', '-b', 'left');
  const allow = gitValue(['allow', allowed.id, '--reason', 'tracked in the issue tracker']);
  assert.is(allow.status, 0, allow.stderr);
  repo.write('src/left.ts', '// FIXME: left side\nexport const left = 1;\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'fix: left side');
  git('checkout', '-q', '-b', 'right', start);
  const effort = gitValue(['done', done.id, '--hours', '2']);
  assert.is(effort.status, 0, effort.stderr);
  repo.write('src/right.ts', '// HACK: right side\nexport const right = 1;\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'fix: right side');
  git('branch', 'rebased');
  git('merge', '-q', '--no-edit', 'left');
  const decisionsKept = (where: string) => {
    assert.is(repo.gitOk('status', '--porcelain', '--untracked-files=no'), '', `the ${where} leaves the tree clean`);
    const entries = ledgerEntries(repo);
    assert.is(entries.find((entry) => entry.id === allowed.id)?.status, 'allowed', `the allow survived the ${where}`);
    assert.is(entries.find((entry) => entry.id === done.id)?.done?.hours, 2, `the effort survived the ${where}`);
    if (options.recordsAtCommit !== false)
      for (const rule of ['debt/fixme', 'debt/hack'])
        assert.ok(
          entries.some((entry) => entry.ruleId === rule),
          `${rule} kept by the ${where}`,
        );
  };
  decisionsKept('merge');
  git('checkout', '-q', 'rebased');
  git('rebase', '-q', 'left');
  decisionsKept('rebase');
  git('checkout', '-q', 'main');
}
