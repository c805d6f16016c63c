import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openRepo } from '../git/repo.js';
import { detectProject } from '../install/detect.js';
import { managerInstallCommand } from '../install/setup.js';
import { applyRemoval, planRemoval, previewRemoval, type Removal } from '../install/removal.js';
import { errorOutcome, type CommandEnv, type Outcome } from './output.js';
import type { ParsedArgs } from './arguments.js';
import type { uninstallCommand } from './command-table.js';
import { dryRunOutcome } from './dry-run.js';
import {
  keptHistory,
  nothingInstalled,
  removalLine,
  setupLines,
  setupTexts,
  stagedRemoval,
  wouldRemoveOwnState,
} from './messages.js';

// Gives the repository back as it was before init (install/removal.ts plans it). The ledger, coverage
// and BACKLOG.md are the repository's history of findings: kept, and said so.
export async function run({ values }: ParsedArgs<typeof uninstallCommand>, env: CommandEnv): Promise<Outcome> {
  const repo = openRepo(env.cwd);
  if (!repo.ok) return errorOutcome(repo, env);
  const shape = detectProject(repo.value.root, env.cwd);
  if (!shape.ok) return errorOutcome(shape, env);
  const removal = planRemoval(shape.value);
  const kept = keptFiles(shape.value.root);
  if (values['dry-run']) {
    const edits = previewRemoval(shape.value, removal);
    if (!edits.ok) return errorOutcome(edits, env);
    const manager = removal.rerunsManager ? managerInstallCommand(shape.value) : undefined;
    const steps = [
      ...stepLines(removal, true),
      ...(manager ? [setupTexts.wouldRunManager(manager)] : []),
      wouldRemoveOwnState,
      ...(kept.length > 0 ? [keptHistory(kept)] : []),
    ];
    return dryRunOutcome('uninstall', edits.value, steps);
  }
  const applied = applyRemoval(shape.value, removal);
  if (!applied.ok) return errorOutcome(applied, env);
  const lines = [
    ...stepLines(removal, false),
    ...applied.value.managerLines,
    ...(applied.value.staged.length > 0 ? [stagedRemoval(applied.value.staged)] : []),
    ...(kept.length > 0 ? [keptHistory(kept)] : []),
  ];
  return { exitCode: 0, stdout: '', stderr: setupLines('uninstall', lines.length > 0 ? lines : [nothingInstalled]) };
}

const stepLines = (removal: Removal, dryRun: boolean) =>
  removal.steps.map((step) => removalLine(step.label, step.action, dryRun));

const keptFiles = (root: string) =>
  ['.value/ledger.json', '.value/coverage.json', 'BACKLOG.md'].filter((path) => existsSync(join(root, path)));
