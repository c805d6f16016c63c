import { listTrackedFiles } from '../git/tracked-files.js';
import { writeFileAtomic } from '../ledger/io.js';
import type { BacklogModel } from '../report/backlog-model.js';
import { findPackageRoots, renderByPackage } from '../report/by-package.js';
import { renderFormat } from '../report/render-format.js';
import { readPackageVersion } from '../runtime/package-files.js';
import { readCurrentBacklog } from '../workflow/backlog.js';
import { resolveReportTarget } from '../workflow/report-target.js';
import { reportOptions } from '../workflow/write-reports.js';
import type { ParsedArgs } from './arguments.js';
import type { backlogCommand } from './command-table.js';
import { wroteFile } from './messages.js';
import { errorOutcome, type CommandEnv, type Outcome } from './output.js';

export async function run({ values }: ParsedArgs<typeof backlogCommand>, env: CommandEnv): Promise<Outcome> {
  const options = reportOptions(values);
  const current = await readCurrentBacklog(env);
  if (!current.ok) return errorOutcome(current, env);
  const { model, workspace } = current.value;
  const text = values['by-package']
    ? renderPackages(workspace.repo.root, model)
    : renderFormat(model, options.format ?? 'md', {
        includeSecrets: workspace.config.sarif.includeSecrets,
        toolVersion: readPackageVersion(),
      });
  if (!options.output || options.output === '-') return { exitCode: 0, stdout: text, stderr: '' };
  const format = values['by-package'] ? 'md' : (options.format ?? 'md');
  const target = resolveReportTarget(workspace, options.output, env.cwd, 'git-value backlog', format);
  if (!target.ok) return errorOutcome(target, env);
  const written = writeFileAtomic(target.value, text, options.output);
  return written.ok ? { exitCode: 0, stdout: '', stderr: wroteFile(options.output) } : errorOutcome(written, env);
}

function renderPackages(root: string, model: BacklogModel): string {
  const tracked = listTrackedFiles(root);
  const roots = tracked.ok ? findPackageRoots(tracked.value.files.map((file) => file.path)) : [];
  return renderByPackage(model.open, roots, model.config.scoring.highValueScore);
}
