import { isAbsolute, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fail } from '../findings/result.js';
import { writeFileAtomic } from '../ledger/io.js';
import { errorOutcome, readCurrentBacklog } from './current-backlog.js';
import type { CommandEnv, Outcome } from './output.js';
import { parseReportOptions, renderFormat } from './reports.js';
import { listTrackedFiles } from '../git/tracked-files.js';
import type { BacklogModel } from '../report/backlog-model.js';
import { findPackageRoots, renderByPackage } from '../report/by-package.js';

export async function run(args: string[], env: CommandEnv): Promise<Outcome> {
  let values: { format?: string; output?: string; 'by-package'?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: { format: { type: 'string' }, output: { type: 'string' }, 'by-package': { type: 'boolean' } },
    }));
  } catch (error) {
    return errorOutcome(
      fail({
        code: 'USAGE',
        message: (error as Error).message,
        fix: 'git-value backlog [--format md|json|sarif] [--output FILE]',
      }),
      env,
    );
  }
  const options = parseReportOptions(values);
  if (!options.ok) return errorOutcome(options, env);
  const current = await readCurrentBacklog(env);
  if (!current.ok) return errorOutcome(current, env);
  const { model, workspace } = current.value;
  const text = values['by-package']
    ? await renderPackages(workspace.repo.root, model)
    : renderFormat(model, options.value.format ?? 'md', workspace);
  if (!options.value.output) return { exitCode: 0, stdout: text, stderr: '' };
  const target = isAbsolute(options.value.output) ? options.value.output : join(env.cwd, options.value.output);
  const written = writeFileAtomic(target, text, options.value.output);
  return written.ok
    ? { exitCode: 0, stdout: '', stderr: `git-value: wrote ${options.value.output}\n` }
    : errorOutcome(written, env);
}

async function renderPackages(root: string, model: BacklogModel): Promise<string> {
  const tracked = listTrackedFiles(root);
  const roots = tracked.ok ? findPackageRoots(tracked.value.files.map((file) => file.path)) : [];
  return renderByPackage(model.open, roots, model.config.scoring.highValueScore);
}
