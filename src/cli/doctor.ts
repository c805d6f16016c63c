import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/load.js';
import { readAttribute } from '../git/attributes.js';
import { resolveCommit } from '../git/commit-list.js';
import {
  hookFilePath,
  listWorktrees,
  readConfig,
  readGitVersion,
  runHookAsGit,
  runShellAsGit,
} from '../git/hook-setup.js';
import { openRepo } from '../git/repo.js';
import { detectProject, type ProjectShape } from '../install/detect.js';
import { HOOKS, LAUNCHER_PATH, MERGE_DRIVER, MERGE_DRIVER_COMMAND } from '../install/hook-specs.js';
import { preCommitHookId } from '../install/manager-edits.js';
import { formatLedger, parseLedger } from '../ledger/format.js';
import { LEDGER_PATH, type LedgerEntry } from '../ledger/types.js';
import { hasPendingRefresh } from '../workflow/deferred-refresh.js';
import { closeLedgerSource, openLedger } from '../workflow/ledger-edit.js';
import { parse as parseYaml } from 'yaml';
import { errorOutcome, type CommandEnv, type Outcome } from './output.js';
import type { ParsedArgs } from './arguments.js';
import { doctorTexts as texts } from './messages.js';

interface Check {
  name: string;
  ok: boolean;
  detail: string;
  fix?: string;
}

// Every check runs what it checks: each hook is run by git itself (`git hook run`, in each work tree,
// with the user's PATH and not the package manager's), git-value answering a probe instead of working;
// the merge driver merges two small ledgers through the command line git would run. Exit 1 on any failure.
export async function run(_args: ParsedArgs, env: CommandEnv): Promise<Outcome> {
  const repo = openRepo(env.cwd);
  if (!repo.ok) return errorOutcome(repo, env);
  const root = repo.value.root;
  const shape = detectProject(root, env.cwd);
  if (!shape.ok) return errorOutcome(shape, env);
  const checks: Check[] = [];
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  checks.push({
    name: 'node',
    ok: major > 20 || (major === 20 && minor >= 17),
    detail: texts.node(process.versions.node),
  });
  const gitVersion = readGitVersion(root);
  checks.push({ name: 'git', ok: gitVersion.ok, detail: gitVersion.ok ? gitVersion.value : texts.gitMissing });
  const userEnv = hookEnvironment(env.env);
  const launcher = existsSync(join(root, LAUNCHER_PATH));
  checks.push({
    name: 'launcher',
    ok: launcher,
    detail: launcher ? LAUNCHER_PATH : texts.launcherMissing(LAUNCHER_PATH),
    fix: texts.runInit,
  });
  const worktrees = listWorktrees(root);
  for (const worktree of worktrees.ok ? worktrees.value : [root])
    if (existsSync(worktree)) checks.push(...checkHooks(shape.value, worktree, worktree !== root, userEnv));
  checks.push(checkMergeDriver(root, userEnv));
  const config = await loadConfig({
    from: env.cwd,
    root,
    allowCodeConfig: env.env.GIT_VALUE_ALLOW_CODE_CONFIG === '1',
  });
  checks.push({
    name: 'config',
    ok: config.ok,
    detail: config.ok ? (config.value.file ?? texts.defaultConfig) : config.error.message,
    ...(config.ok ? {} : { fix: config.error.fix }),
  });
  const ledger = openLedger(repo.value, 'whole');
  if (ledger.ok) closeLedgerSource(ledger.value);
  checks.push({
    name: 'ledger',
    ok: ledger.ok,
    detail: !ledger.ok
      ? ledger.error.message
      : ledger.value.digest === undefined
        ? texts.noLedger
        : texts.ledgerEntries(ledger.value.entries?.length ?? 0, hasPendingRefresh(repo.value.gitDir)),
    ...(ledger.ok ? {} : { fix: ledger.error.fix }),
  });
  const failed = checks.filter((check) => !check.ok);
  const stdout = checks.map(texts.checkLine).join('\n');
  return {
    exitCode: failed.length > 0 ? 1 : 0,
    stdout: `${stdout}\n`,
    stderr: failed.length > 0 ? texts.problems(failed.length) : '',
  };
}

/**
 * The environment git gives hooks when you commit from a shell: the package manager's additions
 * (node_modules/.bin folders on PATH, npm_* variables) are not there, and a one-off SKIP is not set.
 * HUSKY=0 in your shell is kept: it switches husky's hooks off for real commits too.
 */
function hookEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env))
    if (!/^npm_|^INIT_CWD$|^SKIP$|^GIT_VALUE_PROBE$|^PRE_COMMIT$/.test(key)) clean[key] = value;
  clean.PATH = (env.PATH ?? '')
    .split(':')
    .filter((dir) => !/\/node_modules\/\.bin\/?$|node-gyp-bin|\/\.pnpm\//.test(dir))
    .join(':');
  return clean;
}

function checkHooks(shape: ProjectShape, worktree: string, linked: boolean, env: NodeJS.ProcessEnv): Check[] {
  const checks: Check[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'git-value-doctor-'));
  try {
    for (const spec of HOOKS) {
      const probe = join(folder, `${spec.name}.log`);
      writeFileSync(probe, '');
      const run = runHookAsGit(
        worktree,
        spec.name,
        spec.probeArgs,
        { ...env, ...onlyOurCommands(shape, spec.name, folder), GIT_VALUE_PROBE: probe },
        spec.readsStdin ? pushLine(worktree) : undefined,
      );
      const reached = readFileSync(probe, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { argv: string[] });
      const name = texts.hookName(spec.name, linked ? worktree : undefined);
      if (reached.length > 0) {
        checks.push({ name, ok: true, detail: texts.hookReached(reached[0]?.argv ?? []) });
        continue;
      }
      const hooksPath = hookFilePath(worktree, spec.name);
      const file = hooksPath.ok ? hooksPath.value : spec.name;
      checks.push({
        name,
        ok: false,
        detail: !existsSync(file)
          ? texts.noHook(file, linked)
          : texts.hookMissedUs(file, run.status, summary(run.output)),
        fix: fixFor(shape, linked, run.output),
      });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return checks;
}

/** A pre-push line for a new branch: managers that read git's lines themselves (pre-commit) then run the hook. */
function pushLine(worktree: string): string {
  const head = resolveCommit(worktree, 'HEAD');
  const sha = head.ok ? (head.value ?? '') : '';
  return sha ? `HEAD ${sha} refs/heads/git-value-doctor ${'0'.repeat(sha.length)}\n` : '';
}

/**
 * Keeps the probe from running the project's other commands where the manager can leave them out.
 * lefthook also skips every pre-commit command when nothing is staged: its hook script runs the
 * lefthook named by LEFTHOOK_BIN, here the project's own with --force.
 */
function onlyOurCommands(shape: ProjectShape, hook: string, folder: string): NodeJS.ProcessEnv {
  const config = shape.managerConfig ? join(shape.root, shape.managerConfig) : undefined;
  if (!config || !existsSync(config) || (shape.manager !== 'lefthook' && shape.manager !== 'pre-commit')) return {};
  try {
    const parsed = parseYaml(readFileSync(config, 'utf8')) as Record<string, unknown>;
    if (shape.manager === 'lefthook') {
      const commands = Object.keys(((parsed[hook] ?? {}) as { commands?: object }).commands ?? {});
      const others = commands.filter((name) => name !== 'git-value');
      const lefthook = [...shape.installDirs, '.']
        .map((dir) => join(shape.root, dir, 'node_modules', '.bin', 'lefthook'))
        .find((file) => existsSync(file));
      const forced = join(folder, 'lefthook');
      if (lefthook) writeFileSync(forced, `#!/bin/sh\nexec '${lefthook}' "$@" --force\n`, { mode: 0o755 });
      return {
        ...(others.length > 0 ? { LEFTHOOK_EXCLUDE: others.join(',') } : {}),
        ...(lefthook ? { LEFTHOOK_BIN: forced } : {}),
      };
    }
    const ours = new Set(HOOKS.map(preCommitHookId));
    const ids = ((parsed.repos ?? []) as { hooks?: { id?: string }[] }[]).flatMap((repo) =>
      (repo.hooks ?? []).map((item) => item.id ?? ''),
    );
    const others = ids.filter((id) => id && !ours.has(id));
    return others.length > 0 ? { SKIP: others.join(',') } : {};
  } catch {
    return {}; // an unreadable config shows up in the hook run itself
  }
}

function summary(output: string): string {
  const line = output
    .split('\n')
    .map((text) => text.trim())
    .filter(Boolean)
    .slice(-2)
    .join(' / ');
  return line ? `: ${line.slice(0, 300)}` : '';
}

function fixFor(shape: ProjectShape, linked: boolean, output: string): string {
  const fixes = texts.hookFixes;
  if (/not installed|not found/.test(output)) return fixes.notInstalled;
  if (linked) return fixes.linked;
  switch (shape.manager) {
    case 'husky':
      return shape.hooksPath ? fixes.huskyActive : fixes.huskyInactive;
    case 'simple-git-hooks':
      return fixes.simpleGitHooks;
    case 'lefthook':
      return fixes.lefthook;
    case 'pre-commit':
      return fixes.preCommit;
    default:
      return fixes.gitHooks;
  }
}

function entry(id: string, extra: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    id,
    ruleId: 'debt/todo',
    category: 'debt',
    severity: 'low',
    path: 'doctor.ts',
    line: 1,
    title: texts.probeTitle,
    fingerprint: id,
    status: 'open',
    firstSeen: '2020-01-01',
    confidence: 1,
    effortHours: 1,
    ...extra,
  };
}

/** Merges two small ledgers through the driver command git would run, and checks nothing was lost. */
function checkMergeDriver(root: string, env: NodeJS.ProcessEnv): Check {
  const name = texts.mergeDriver;
  const driver = readConfig(root, `merge.${MERGE_DRIVER}.driver`);
  if (!driver.ok || !driver.value) return { name, ok: false, detail: texts.driverNotRegistered, fix: texts.runInstall };
  const attribute = readAttribute(root, LEDGER_PATH, 'merge');
  if (!attribute.ok || attribute.value !== MERGE_DRIVER)
    return { name, ok: false, detail: texts.attributeMissing(LEDGER_PATH), fix: texts.runInit };
  const folder = mkdtempSync(join(tmpdir(), 'git-value-doctor-'));
  try {
    const base = [entry('debt-0000000001')];
    const ours = [
      entry('debt-0000000001', { status: 'allowed', allow: { reason: 'probe', by: 'doctor', at: '2020-01-02' } }),
    ];
    const theirs = [...base, entry('debt-0000000002')];
    const files = { O: join(folder, 'base'), A: join(folder, 'ours'), B: join(folder, 'theirs') };
    writeFileSync(files.O, formatLedger(base));
    writeFileSync(files.A, formatLedger(ours));
    writeFileSync(files.B, formatLedger(theirs));
    const quote = (path: string) => `'${path}'`;
    const command = driver.value.value
      .replace('%O', quote(files.O))
      .replace('%A', quote(files.A))
      .replace('%B', quote(files.B))
      .replace('%P', quote(LEDGER_PATH));
    const run = runShellAsGit(root, command, env);
    const merged = parseLedger(readFileSync(files.A, 'utf8'), texts.probeLedger);
    const kept =
      run.status === 0 &&
      merged.ok &&
      merged.value.entries.length === 2 &&
      merged.value.entries.some((item) => item.status === 'allowed');
    return kept
      ? { name, ok: true, detail: texts.mergedProbe(driver.value.value) }
      : {
          name,
          ok: false,
          detail: texts.probeNotMerged(driver.value.value, run.status, summary(run.output)),
          fix: driver.value.value === MERGE_DRIVER_COMMAND ? texts.driverNotFound : texts.driverNotLaunched,
        };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
