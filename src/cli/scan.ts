import { ok, type Result } from '../findings/result.js';
import { workerCount } from '../workflow/analysis-pool.js';
import { scanTree } from '../workflow/scan-tree.js';
import { openWorkspace } from '../workflow/workspace.js';
import { reportOptions, type ReportOptions } from '../workflow/write-reports.js';
import { usageError, type ParsedArgs } from './arguments.js';
import { scanCommand } from './command-table.js';
import { formatNotes, historyScanned, passedAsDemo, passedAsDemoCount, treeScanned, usageTexts } from './messages.js';
import { errorOutcome, type CommandEnv, type Outcome } from './output.js';
import { createProgress } from './progress.js';
import { createTimer } from './timings.js';

// `scan` reads its arguments, runs one workflow (workflow/scan-tree.ts, or scan-history.ts for
// --history) and describes what it returns.
export async function run(args: ParsedArgs<typeof scanCommand>, env: CommandEnv): Promise<Outcome> {
  const result = await scan(args, env);
  return result.ok ? result.value : errorOutcome(result, env);
}

interface ScanOptions {
  report: ReportOptions;
  rebuild: boolean;
  /** With --rebuild: go on when decisions of unreadable lines would be lost. */
  discardUnreadable: boolean;
  history: boolean;
  since?: string;
  incremental: boolean;
  merges: boolean;
}

function scanOptions({ values }: ParsedArgs<typeof scanCommand>): Result<ScanOptions> {
  const history = Boolean(values.history);
  if (!history && (values.since !== undefined || values.incremental || values.merges))
    return usageError(scanCommand, usageTexts.historyOnly);
  if (values.since !== undefined && values.incremental) return usageError(scanCommand, usageTexts.sinceOrIncremental);
  const discardUnreadable = Boolean(values['discard-unreadable']);
  if (discardUnreadable && !values.rebuild) return usageError(scanCommand, usageTexts.discardWithRebuild);
  if (history && values.rebuild) return usageError(scanCommand, usageTexts.rebuildNotHistory);
  return ok({
    report: reportOptions(values),
    rebuild: Boolean(values.rebuild),
    discardUnreadable,
    history,
    incremental: Boolean(values.incremental),
    merges: Boolean(values.merges),
    ...(values.since !== undefined ? { since: values.since } : {}),
  });
}

async function scan(args: ParsedArgs<typeof scanCommand>, env: CommandEnv): Promise<Result<Outcome>> {
  const options = scanOptions(args);
  if (!options.ok) return options;
  const mark = createTimer(env);
  const workspace = await openWorkspace(env);
  if (!workspace.ok) return workspace;
  const { report, rebuild, discardUnreadable, history, since, incremental, merges } = options.value;
  const common = {
    report,
    cwd: env.cwd,
    now: env.now,
    debug: Boolean(env.env.GIT_VALUE_DEBUG),
    mark,
    progress: createProgress(env.env, env.live),
  };
  if (history) {
    const { scanHistory } = await import('../workflow/scan-history.js');
    const scanned = await scanHistory(workspace.value, {
      ...common,
      incremental,
      merges,
      ...(since !== undefined ? { since } : {}),
    });
    return scanned.ok
      ? ok({ exitCode: 0, stdout: scanned.value.stdout, stderr: historyScanned(scanned.value) })
      : scanned;
  }
  const scanned = await scanTree(workspace.value, {
    ...common,
    rebuild,
    discardUnreadable,
    workers: workerCount(env.env),
  });
  if (!scanned.ok) return scanned;
  const { passed } = scanned.value;
  const demoNote = common.debug
    ? passedAsDemo(passed, Number.POSITIVE_INFINITY)
    : passed.length > 0
      ? passedAsDemoCount(passed.length)
      : '';
  const notes = formatNotes(scanned.value.shownNotes, scanned.value.hiddenNotes);
  return ok({ exitCode: 0, stdout: scanned.value.stdout, stderr: treeScanned(scanned.value) + demoNote + notes });
}
