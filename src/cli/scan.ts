import { ok, type Result } from '../findings/result.js';
import { ranDocCoverage } from '../analyzers/registry.js';
import { commitDate } from '../git/history.js';
import { LEDGER_PATH } from '../ledger/types.js';
import { workerCount } from '../workflow/analysis-pool.js';
import { scanTrackedFiles } from '../workflow/full-scan.js';
import { closeLedgerSource, editLedger, openLedger } from '../workflow/ledger-edit.js';
import { recoverForRebuild } from '../workflow/ledger-recovery.js';
import { rebuildLedger } from '../workflow/rebuild-ledger.js';
import { resolveReportTarget } from '../workflow/report-target.js';
import { addSecretHistory } from '../workflow/secret-history.js';
import { updateCoverage } from '../workflow/coverage-store.js';
import { formatNotes, passedAsDemo, passedAsDemoCount } from './messages.js';
import { errorOutcome, type CommandEnv, type Outcome } from './output.js';
import { reportOptions, writeReports, type ReportOptions } from '../workflow/write-reports.js';
import { createProgress } from './progress.js';
import { usageError, type ParsedArgs } from './arguments.js';
import { scanCommand } from './command-table.js';
import { createTimer } from './timings.js';
import { openWorkspace } from '../workflow/workspace.js';
import { discardPendingRefresh } from '../workflow/deferred-refresh.js';

export async function run(args: ParsedArgs<typeof scanCommand>, env: CommandEnv): Promise<Outcome> {
  const result = await scan(args, env);
  return result.ok ? result.value : errorOutcome(result, env);
}

interface ScanOptions extends ReportOptions {
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
    return usageError(scanCommand, '--since, --incremental and --merges go with --history');
  if (values.since !== undefined && values.incremental)
    return usageError(scanCommand, 'give --since or --incremental, not both');
  const discardUnreadable = Boolean(values['discard-unreadable']);
  if (discardUnreadable && !values.rebuild) return usageError(scanCommand, '--discard-unreadable goes with --rebuild');
  if (history && values.rebuild)
    return usageError(scanCommand, "--rebuild rebuilds the tree's entries: run it without --history");
  return ok({
    ...reportOptions(values),
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
  if (options.value.history) {
    const { scanHistory } = await import('./scan-history.js');
    return scanHistory(workspace.value, env, options.value, mark);
  }
  const { repo, config } = workspace.value;
  // a report that would replace the tool's own files is refused before any work
  if (options.value.output && options.value.format) {
    const target = resolveReportTarget(
      workspace.value,
      options.value.output,
      env.cwd,
      'git-value scan',
      options.value.format,
    );
    if (!target.ok) return target;
  }
  const today = env.now.toISOString().slice(0, 10);
  const headDate = repo.head ? commitDate(repo.root, repo.head) : ok(today);
  if (!headDate.ok) return headDate;
  // read the ledger first: a corrupt one stops the scan before any work, and is never overwritten
  const recoveryNotes: string[] = [];
  const onDamage = options.value.rebuild
    ? () => recoverForRebuild(repo, options.value.discardUnreadable, recoveryNotes)
    : undefined;
  const opened = openLedger(repo, 'whole');
  const early = !opened.ok && onDamage ? onDamage() : opened;
  if (!early.ok) return early;
  closeLedgerSource(early.value);
  discardPendingRefresh(repo.gitDir); // a full scan supersedes a refresh deferred by the merge hooks
  const started = performance.now();
  const progress = createProgress(env.env, env.live);
  progress.phase('scan');
  const run = await scanTrackedFiles(
    { root: repo.root, gitDir: repo.gitDir, head: repo.head },
    config,
    workspace.value.resolveConfigs,
    today,
    mark,
    {
      workers: workerCount(env.env),
      onProgress: (done, total, bytes) => progress.update({ done, total, unit: 'files', bytes }),
    },
  );
  progress.end();
  if (!run.ok) return run;
  if (repo.head) {
    const dated = await addSecretHistory(
      repo.root,
      run.value.findings,
      early.value.entries ?? [],
      workspace.value.resolveConfigs,
    );
    run.value.findings = dated.findings;
    if (dated.note) run.value.notes.push(dated.note);
    mark('secret history');
  }
  const written = await editLedger(
    repo,
    { check: 'whole', stage: false, earlier: early.value, ...(onDamage ? { onDamage } : {}) },
    (source) => {
      const rebuilt = rebuildLedger(repo.root, source.entries ?? [], run.value.findings, {
        ...(repo.head ? { head: repo.head } : {}),
        headDate: headDate.value,
        ranPrefixes: run.value.ranPrefixes,
      });
      return ok({ value: undefined, write: { allEntries: rebuilt } });
    },
  );
  if (!written.ok) return written;
  if (ranDocCoverage(run.value.ranPrefixes)) {
    const coverage = updateCoverage(repo.root, 'all', run.value.docCoverage);
    if (!coverage.ok) return coverage;
  }
  mark('ledger');
  const entries = written.value.entries ?? [];
  const seconds = (performance.now() - started) / 1000;
  const reports = await writeReports(
    workspace.value,
    entries,
    {
      cwd: env.cwd,
      now: env.now,
      debug: Boolean(env.env.GIT_VALUE_DEBUG),
      options: options.value,
      notes: run.value.notes,
    },
    {
      tracked: run.value.tracked,
      contexts: run.value.contexts,
      backlogInputs: { gitDir: repo.gitDir, parts: [written.value.digest ?? '', repo.head ?? '', today] },
    },
  );
  if (!reports.ok) return reports;
  mark('backlog');
  const open = entries.filter((entry) => entry.status === 'open').length;
  const megabytes = run.value.bytes / 1024 / 1024;
  const summary = `git-value: scanned ${run.value.files} files (${megabytes.toFixed(1)} MB) in ${seconds.toFixed(1)}s: ${open} open findings; wrote ${LEDGER_PATH} and ${reports.value.written.join(', ')}\n`;
  const passed = run.value.passed;
  const demoNote = env.env.GIT_VALUE_DEBUG
    ? passedAsDemo(passed, Number.POSITIVE_INFINITY)
    : passed.length > 0
      ? passedAsDemoCount(passed.length)
      : '';
  const notes = formatNotes(reports.value.shownNotes, reports.value.hiddenNotes);
  const recovered = [...new Set(recoveryNotes)].map((note) => `git-value: ${note}\n`).join('');
  return ok({ exitCode: 0, stdout: reports.value.stdout, stderr: recovered + summary + demoNote + notes });
}
