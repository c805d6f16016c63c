import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findConfigFile } from '../config/load.js';
import { fail, ok } from '../findings/result.js';
import { isTracked, stagePaths } from '../git/hook-setup.js';
import { openRepo } from '../git/repo.js';
import { dependsOnGitValue, detectProject, type ProjectShape } from '../install/detect.js';
import {
  configureClone,
  managerInstallCommand,
  planClone,
  planCloneConfig,
  previewSetup,
  planShared,
  recordedSetup,
  runManagerInstall,
  type Change,
} from '../install/setup.js';
import { LEDGER_PATH } from '../ledger/types.js';
import { COVERAGE_PATH } from '../ledger/coverage-format.js';
import { pullRequestWorkflow, weeklyScanWorkflow, type CiPackageManager } from './ci-workflows.js';
import { addCommand, setupLines, setupTexts } from './messages.js';

const managers = setupTexts.managers;
import { dryRunOutcome } from './dry-run.js';
import { readPackageText } from '../runtime/package-files.js';
import { errorOutcome, type CommandEnv, type Outcome } from './output.js';
import type { ParsedArgs } from './arguments.js';
import type { initCommand } from './command-table.js';
import { notedProgram } from './self-command.js';

// Converges in one run: every step compares before it writes, so a second init (or init on a fresh
// clone of a repository whose setup is committed) changes no tracked file. The first scan runs only
// when there is no ledger yet.
export async function run({ values }: ParsedArgs<typeof initCommand>, env: CommandEnv): Promise<Outcome> {
  const ci = values.ci;
  const repo = openRepo(env.cwd);
  if (!repo.ok) return errorOutcome(repo, env);
  const root = repo.value.root;
  const shape = detectProject(root, env.cwd);
  if (!shape.ok) return errorOutcome(shape, env);
  const foreign = shape.value.hooksPath;
  if (foreign && foreign.scope !== 'local')
    return errorOutcome(fail(setupTexts.globalHooksPath(foreign.scope, foreign.origin, foreign.value)), env);
  const shared = planShared(shape.value, {
    ...(findConfigFile(root, root) ? {} : { exampleConfig: readExampleConfig() }),
    ...(shape.value.manager === 'pre-commit' ? { preCommitVersion: preCommitVersion() } : {}),
  });
  if (!shared.ok) return errorOutcome(shared, env);
  const changes: Change[] = [...shared.value, ...planClone(shape.value)];
  if (ci) changes.push(...planWorkflows(shape.value));
  if (values['dry-run']) return previewInit(shape.value, changes, !values['no-scan'] && !hasLedger(root), env);
  const setup = recordedSetup(shape.value, changes, () => {
    const configured = configureClone(shape.value, notedProgram());
    return configured.ok ? ok([...runManagerInstall(shape.value), ...configured.value]) : configured;
  });
  if (!setup.ok) return errorOutcome(setup, env);
  const staged = stagePaths(root, setup.value.written);
  if (!staged.ok) return errorOutcome(staged, env);
  const lines = [
    setupTexts.hookManager(describeManager(shape.value)),
    ...setup.value.lines,
    ...notes(shape.value),
    setup.value.written.length > 0 ? setupTexts.stagedSetup(setup.value.written) : setupTexts.nothingToChange,
  ];
  let stderr = setupLines('init', lines);
  if (!values['no-scan'] && !hasLedger(root)) {
    const scan = await import('./scan.js');
    const scanned = await scan.run({ values: {}, positionals: [] }, { ...env, cwd: root });
    if (scanned.exitCode !== 0) return { ...scanned, stderr: stderr + scanned.stderr };
    stderr += scanned.stderr;
    const outputs = [LEDGER_PATH, COVERAGE_PATH, 'BACKLOG.md'].filter((path) => existsSync(join(root, path)));
    const shared = stagePaths(root, outputs);
    if (!shared.ok) return errorOutcome(shared, env);
    stderr += setupLines('init', [setupTexts.stagedScan(outputs)]);
  }
  return { exitCode: 0, stdout: '', stderr };
}

/** init --dry-run: every file init would write, as a unified diff on stdout; the steps it would run on stderr. */
async function previewInit(
  shape: ProjectShape,
  changes: readonly Change[],
  wouldScan: boolean,
  env: CommandEnv,
): Promise<Outcome> {
  const settings = planCloneConfig(shape, notedProgram());
  if (!settings.ok) return errorOutcome(settings, env);
  const edits = previewSetup(shape, changes, settings.value);
  if (!edits.ok) return errorOutcome(edits, env);
  const manager = managerInstallCommand(shape);
  const steps = [
    setupTexts.hookManager(describeManager(shape)),
    ...(manager ? [setupTexts.wouldRunManager(manager)] : []),
    ...(wouldScan ? [setupTexts.wouldScan] : []),
  ];
  return dryRunOutcome('init', edits.value, steps);
}

function readExampleConfig(): string {
  return readPackageText('.valuerc.example.json');
}

/** The pre-commit framework's version decides its stage names (commit vs pre-commit before 3.2). */
function preCommitVersion(): string | undefined {
  const child = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  return /(\d+\.\d+(?:\.\d+)?)/.exec(child.stdout ?? '')?.[1];
}

function hasLedger(root: string): boolean {
  if (existsSync(join(root, LEDGER_PATH))) return true;
  return isTracked(root, LEDGER_PATH);
}

function describeManager(shape: ProjectShape): string {
  switch (shape.manager) {
    case 'husky':
      return managers.husky;
    case 'simple-git-hooks':
      return managers.simpleGitHooks(
        shape.managerConfig === 'package.json' ? 'package.json#simple-git-hooks' : `${shape.managerConfig}`,
      );
    case 'lefthook':
      return managers.lefthook(`${shape.managerConfig}`);
    case 'pre-commit':
      return managers.preCommit(`${shape.managerConfig}`);
    case 'hooks-folder':
      return managers.hooksFolder(`${shape.hooksPath?.value}`, Boolean(shape.hooksPathTracked));
    case 'git-hooks':
      return managers.gitHooks;
  }
}

function notes(shape: ProjectShape): string[] {
  const lines: string[] = [];
  if (shape.others.length > 0) lines.push(setupTexts.alsoSeen(shape.others));
  if (shape.manager === 'husky' && !shape.hooksPath) lines.push(setupTexts.huskyInactive);
  if (shape.hooksPath && shape.hooksPath.scope !== 'local')
    lines.push(setupTexts.hooksPathNotLocal(shape.hooksPath.scope, shape.hooksPath.origin));
  if (shape.manifest && !dependsOnGitValue(shape.manifest))
    lines.push(setupTexts.notADependency(addCommand(shape.packageManager ?? 'npm')));
  return lines;
}

function planWorkflows(shape: ProjectShape): Change[] {
  const manager: CiPackageManager = shape.manifest ? (shape.packageManager ?? 'npm') : 'none';
  return [
    ['git-value-weekly.yml', weeklyScanWorkflow(manager)],
    ['git-value-gate.yml', pullRequestWorkflow(manager)],
  ]
    .map(([name, text]) => ({ file: join(shape.root, '.github', 'workflows', name as string), text: text as string }))
    .filter(({ file }) => !existsSync(file)) // a workflow the team edited is theirs now
    .map((change) => ({ ...change, shared: true }));
}
