import { existsSync, readFileSync } from 'node:fs';
import { getAsset } from 'node:sea';
import { isAbsolute, relative, sep } from 'node:path';
import { fail, ok, type Result } from '../findings/result.js';
import { isIgnored } from '../git/remote.js';
import { writeFileAtomic } from '../ledger/io.js';
import { resolveReportTarget } from '../workflow/report-target.js';
import { renderReportHtml } from '../report/html/render-html.js';
import { gatherReportData } from '../workflow/report-input.js';
import { readCurrentBacklog } from '../workflow/backlog.js';
import { reportClientMissing, reportNotIgnored, wroteFile } from './messages.js';
import { errorOutcome, type CommandEnv, type Outcome } from './output.js';
import type { ParsedArgs } from './arguments.js';
import type { reportCommand } from './command-table.js';
import { layout } from '../runtime/layout.js';

export const DEFAULT_REPORT_PATH = '.value/report.html';

// `git-value report --html [--output F]`: one self-contained page from the ledger and its history.
// The page is a build product: it is written, never staged, and a note says how to keep it out of commits.
export async function run({ values }: ParsedArgs<typeof reportCommand>, env: CommandEnv): Promise<Outcome> {
  const client = readClientScript();
  if (!client.ok) return errorOutcome(client, env);
  const current = await readCurrentBacklog(env);
  if (!current.ok) return errorOutcome(current, env);
  const { model, context, workspace } = current.value;
  const { root, gitDir, head } = workspace.repo;
  const output = values.output ?? DEFAULT_REPORT_PATH;
  const toStdout = output === '-';
  // the default lives in the repository's .value/ folder; a given path is taken from where the user is
  const from = values.output === undefined ? root : env.cwd;
  const resolved = toStdout
    ? ok(output)
    : resolveReportTarget(workspace, output, from, 'git-value report --html', 'html');
  if (!resolved.ok) return errorOutcome(resolved, env);
  const target = resolved.value;
  const data = gatherReportData({
    root,
    gitDir,
    model,
    context,
    ...(head ? { head } : {}),
    ...(toStdout ? {} : { target }),
  });
  if (!data.ok) return errorOutcome(data, env);
  const html = renderReportHtml(data.value, client.value);
  if (toStdout) return { exitCode: 0, stdout: html, stderr: '' };
  const written = writeFileAtomic(target, html, output);
  if (!written.ok) return errorOutcome(written, env);
  const inRepo = relative(root, target);
  const tracked = !inRepo.startsWith('..') && !isAbsolute(inRepo);
  const path = inRepo.split(sep).join('/');
  const note = tracked && !isIgnored(root, path) ? reportNotIgnored(path) : '';
  return { exitCode: 0, stdout: '', stderr: `${wroteFile(output)}${note}` };
}

/** The report's bundled browser code: beside this chunk in the package and prebuilt/, or in dist/bundle from dist/src. */
function readClientScript(): Result<string> {
  // the standalone executable carries it as an asset (scripts/build-standalone.ts)
  if (layout === 'standalone') return ok(getAsset('report-client.js', 'utf8'));
  for (const candidate of ['./report-client.js', '../../bundle/cli/report-client.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(url)) return ok(readFileSync(url, 'utf8'));
  }
  return fail(reportClientMissing);
}
