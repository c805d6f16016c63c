import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findConfigFile } from '../config/load.js';
import { fail, ok, type Result } from '../findings/result.js';
import { runGit, runGitText } from '../git/exec.js';
import { openRepo } from '../git/repo.js';
import { LEDGER_PATH } from '../ledger/types.js';
import { COVERAGE_PATH } from '../ledger/coverage-format.js';
import { pullRequestWorkflow, weeklyScanWorkflow } from './ci-workflows.js';
import { errorOutcome } from './current-backlog.js';
import { readPackageText } from './package-files.js';
import type { CommandEnv, Outcome } from './output.js';

const HOOKS = ['pre-commit', 'pre-merge-commit', 'post-merge', 'pre-push', 'post-rewrite'] as const;
const DRIVER = 'git-value-ledger';
const ATTRIBUTE = `${LEDGER_PATH} merge=${DRIVER}`;
const COVERAGE_ATTRIBUTE = `${COVERAGE_PATH} merge=union`;

// Idempotent: each step checks before it writes, and says what it did ("created", "updated", "ok").
export async function run(args: string[], env: CommandEnv): Promise<Outcome> {
  let ci: string | undefined;
  try {
    ({
      values: { ci },
    } = parseArgs({ args, options: { 'no-scan': { type: 'boolean' }, ci: { type: 'string' } } }));
  } catch (error) {
    return errorOutcome(
      fail({ code: 'USAGE', message: (error as Error).message, fix: 'git-value init [--no-scan] [--ci github]' }),
      env,
    );
  }
  if (ci !== undefined && ci !== 'github')
    return errorOutcome(
      fail({
        code: 'USAGE',
        message: `unknown CI '${ci}'`,
        fix: 'git-value init --ci github (other CIs: see the README)',
      }),
      env,
    );
  const repo = openRepo(env.cwd);
  if (!repo.ok) return errorOutcome(repo, env);
  const root = repo.value.root;
  const report: string[] = [];
  const steps = [
    installHusky,
    installHooks,
    writeConfig,
    registerMergeDriver,
    addPrepareScript,
    ...(ci ? [writeGithubWorkflows] : []),
  ];
  for (const step of steps) {
    const done = await step(root, report);
    if (!done.ok) return errorOutcome(done, env);
  }
  // staged, so the first scan (and the maturity it reports) sees the hooks and config init just wrote
  const created = ['.husky', '.valuerc.json', '.gitattributes', ...(ci ? ['.github/workflows'] : [])].filter((file) =>
    existsSync(join(root, file)),
  );
  const staged = runGit(['add', '--', ...created], { cwd: root });
  if (!staged.ok) return errorOutcome(staged, env);
  report.push(`staged ${created.join(', ')}: commit them to share the setup`);
  let stderr = report.map((line) => `git-value init: ${line}\n`).join('');
  if (!args.includes('--no-scan')) {
    const scan = await import('./scan.js');
    const scanned = await scan.run([], { ...env, cwd: root });
    if (scanned.exitCode !== 0) return { ...scanned, stderr: stderr + scanned.stderr };
    stderr += scanned.stderr;
  }
  return { exitCode: 0, stdout: '', stderr };
}

async function installHusky(root: string, report: string[]): Promise<Result<void>> {
  const before = runGitText(['config', '--get', 'core.hooksPath'], { cwd: root, okCodes: [1] });
  const { default: husky } = await import('husky');
  const cwd = process.cwd();
  process.chdir(root); // husky installs relative to the working folder
  let message: string;
  try {
    message = husky('.husky');
  } finally {
    process.chdir(cwd);
  }
  if (message && !message.startsWith('HUSKY=0'))
    return fail({
      code: 'GIT_FAILED',
      message: `husky could not install the hooks: ${message.trim()}`,
      fix: 'run git-value init from inside the repository, with git on PATH',
    });
  report.push(
    message
      ? 'HUSKY=0 is set: hooks not activated'
      : before.ok && before.value.trim() === '.husky/_'
        ? 'husky hooks: ok'
        : 'husky hooks: installed (core.hooksPath = .husky/_)',
  );
  return ok(undefined);
}

async function installHooks(root: string, report: string[]): Promise<Result<void>> {
  for (const hook of HOOKS) {
    const shim = readPackageText(`hooks/${hook}`);
    const target = join(root, '.husky', hook);
    if (existsSync(target)) {
      const current = readFileSync(target, 'utf8');
      if (current.includes('git-value')) {
        report.push(`.husky/${hook}: ok`);
        continue;
      }
      writeFileSync(target, `${current.replace(/\n?$/, '\n')}${shim}`);
      report.push(`.husky/${hook}: added git-value to the existing hook`);
    } else {
      writeFileSync(target, shim);
      report.push(`.husky/${hook}: created`);
    }
    chmodSync(target, 0o755);
  }
  return ok(undefined);
}

async function writeConfig(root: string, report: string[]): Promise<Result<void>> {
  const existing = findConfigFile(root, root);
  if (existing) {
    report.push(`config: ok (${existing.slice(root.length + 1)})`);
    return ok(undefined);
  }
  writeFileSync(join(root, '.valuerc.json'), readPackageText('.valuerc.example.json'));
  report.push('.valuerc.json: created from .valuerc.example.json');
  return ok(undefined);
}

async function registerMergeDriver(root: string, report: string[]): Promise<Result<void>> {
  const attributes = join(root, '.gitattributes');
  const text = existsSync(attributes) ? readFileSync(attributes, 'utf8') : '';
  // coverage lines are per file and re-measured by the next refresh: git's own union merge suffices
  const missing = [ATTRIBUTE, COVERAGE_ATTRIBUTE].filter((line) => !text.split('\n').includes(line));
  if (missing.length > 0) {
    writeFileSync(attributes, `${text.replace(/\n?$/, text ? '\n' : '')}${missing.join('\n')}\n`);
    report.push(`.gitattributes: ${missing.map((line) => line.split(' ')[1]).join(' and ')} added`);
  }
  const driver = runGitText(['config', '--get', `merge.${DRIVER}.driver`], { cwd: root, okCodes: [1] });
  if (driver.ok && driver.value.trim()) {
    report.push('merge driver: ok');
    return ok(undefined);
  }
  for (const [key, value] of [
    [`merge.${DRIVER}.name`, 'git-value ledger: union by fingerprint'],
    [`merge.${DRIVER}.driver`, 'git-value merge-driver %O %A %B %P'],
  ] as const) {
    const set = runGit(['config', key, value], { cwd: root });
    if (!set.ok) return set;
  }
  report.push('merge driver: registered in .git/config (each clone runs git-value init once)');
  return ok(undefined);
}

async function addPrepareScript(root: string, report: string[]): Promise<Result<void>> {
  const manifest = join(root, 'package.json');
  if (!existsSync(manifest)) return ok(undefined);
  const text = readFileSync(manifest, 'utf8');
  let pkg: { scripts?: Record<string, string> };
  try {
    pkg = JSON.parse(text) as typeof pkg;
  } catch (error) {
    return fail({
      code: 'CONFIG_INVALID',
      file: 'package.json',
      message: `package.json is not valid JSON: ${(error as Error).message}`,
      fix: 'fix package.json, then run git-value init again',
    });
  }
  const prepare = pkg.scripts?.prepare ?? '';
  if (prepare.includes('husky')) return ok(undefined);
  pkg.scripts = { ...pkg.scripts, prepare: prepare ? `${prepare} && husky` : 'husky' };
  const indent = /^[ \t]+/m.exec(text)?.[0] ?? '  ';
  writeFileSync(manifest, `${JSON.stringify(pkg, null, indent)}\n`);
  report.push('package.json: "prepare": "husky" added, so every clone gets the hooks on npm install');
  return ok(undefined);
}

async function writeGithubWorkflows(root: string, report: string[]): Promise<Result<void>> {
  const folder = join(root, '.github', 'workflows');
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of [
    ['git-value-weekly.yml', weeklyScanWorkflow],
    ['git-value-gate.yml', pullRequestWorkflow],
  ] as const) {
    const file = join(folder, name);
    if (existsSync(file)) report.push(`.github/workflows/${name}: ok (kept as it is)`);
    else {
      writeFileSync(file, text);
      report.push(`.github/workflows/${name}: created`);
    }
  }
  return ok(undefined);
}
