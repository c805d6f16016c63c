import { isAbsolute, join } from 'node:path';
import { fail, type Result } from '../findings/result.js';
import { LAUNCHER_PATH } from '../install/hook-specs.js';
import { COVERAGE_PATH } from '../ledger/coverage-format.js';
import { resolveInside } from '../ledger/repo-paths.js';
import { HISTORY_RECORD_PATH, LEDGER_PATH } from '../ledger/types.js';
import type { Workspace } from './workspace.js';

// A report named with --output must never replace git-value's own state (issue 14): a JSON
// backlog written over .value/ledger.json turned the ledger into a report and lost every decision
// not yet committed. Paths are compared once links are followed.

/** Where `--output` writes, as a real path, or why it must not. `command`: for the advice. */
export function resolveReportTarget(
  workspace: Workspace,
  output: string,
  cwd: string,
  command: string,
  format: string,
): Result<string> {
  const { root, gitDir } = workspace.repo;
  const target = isAbsolute(output) ? output : join(cwd, output);
  const real = resolveInside(root, target, output, 'allowed');
  if (!real.ok) return real;
  const owned = [
    [LEDGER_PATH, 'the ledger'],
    [`${LEDGER_PATH}.lock`, "the ledger's lock"],
    [COVERAGE_PATH, 'the documentation coverage'],
    [HISTORY_RECORD_PATH, 'the history scan record'],
    [LAUNCHER_PATH, 'the hooks launcher'],
    ...(workspace.configFile ? [[workspace.configFile, 'the configuration']] : []),
    // BACKLOG.md is itself a report in Markdown: only another format would replace it
    ...(format === 'md' ? [] : [[workspace.config.backlog.path, 'the backlog']]),
  ];
  for (const [path, what] of owned) {
    const state = resolveInside(root, path as string, path as string, 'allowed');
    if (state.ok && state.value === real.value) return refuse(output, `${what} (${path})`, command, format);
  }
  const inGitDir = resolveInside(gitDir, real.value, output, 'refused');
  if (inGitDir.ok) return refuse(output, "a file of git's own folder", command, format);
  return real;
}

function refuse(output: string, what: string, command: string, format: string): Result<never> {
  const extension = format === 'sarif' ? 'sarif' : format === 'html' ? 'html' : format === 'json' ? 'json' : 'md';
  return fail({
    code: 'USAGE',
    file: output,
    message: `--output ${output} is ${what}, which git-value keeps itself: a report there would replace it`,
    fix: `write the report to a file of its own, e.g. '${command} --output value-report.${extension}'`,
  });
}
