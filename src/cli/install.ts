import { openRepo } from '../git/repo.js';
import { detectProject } from '../install/detect.js';
import { configureClone, planClone, recordedSetup } from '../install/setup.js';
import { errorOutcome, type CommandEnv, type Outcome } from './output.js';
import type { ParsedArgs } from './arguments.js';
import { notedProgram } from './self-command.js';
import { setupLines, setupTexts } from './messages.js';

// This clone's part of the setup: the package.json prepare script runs it on every install (npm,
// pnpm, yarn 1), so a fresh clone gets the merge driver and its hooks. It never changes a tracked
// file, and outside a git work tree (a package built from a tarball) it does nothing.
export async function run(_args: ParsedArgs, env: CommandEnv): Promise<Outcome> {
  const repo = openRepo(env.cwd);
  if (!repo.ok) return { exitCode: 0, stdout: '', stderr: setupTexts.installOutsideRepo };
  const shape = detectProject(repo.value.root, env.cwd);
  if (!shape.ok) return errorOutcome(shape, env);
  if (shape.value.hooksPath && shape.value.hooksPath.scope !== 'local')
    return {
      exitCode: 0,
      stdout: '',
      stderr: setupLines('install', [setupTexts.installHooksPathNotLocal(shape.value.hooksPath.scope)]),
    };
  const setup = recordedSetup(shape.value, planClone(shape.value), () => configureClone(shape.value, notedProgram()));
  if (!setup.ok) return errorOutcome(setup, env);
  const done = setup.value.lines;
  return {
    exitCode: 0,
    stdout: '',
    stderr: done.length > 0 ? setupLines('install', done) : setupTexts.installDone,
  };
}
