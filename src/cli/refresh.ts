import { analyzeFiles, enabledAnalyzers } from '../analyzers/analyze-files.js';
import { ranDocCoverage } from '../analyzers/registry.js';
import { ok, type Result } from '../findings/result.js';
import { resolveCommit } from '../git/commit-list.js';
import { commitDate } from '../git/history.js';
import { LEDGER_PATH } from '../ledger/types.js';
import { listTrackedFiles } from '../git/tracked-files.js';
import { datedMarkers } from '../workflow/marker-history.js';
import { readPathContexts } from '../workflow/path-contexts.js';
import { readChanges } from '../workflow/read-changes.js';
import { updateCoverage } from '../workflow/coverage-store.js';
import {
  deferWrites,
  discardPendingRefresh,
  snapshotFiles,
  startFromPendingRefresh,
} from '../workflow/deferred-refresh.js';
import { COVERAGE_PATH } from '../ledger/coverage-format.js';
import { editLedger } from '../workflow/ledger-edit.js';
import { replaceEntries } from '../workflow/update-ledger.js';
import { errorOutcome, type CommandEnv, type Outcome } from './output.js';
import { writeReports } from '../workflow/write-reports.js';
import { formatNotes } from './messages.js';
import type { ParsedArgs } from './arguments.js';
import type { refreshCommand } from './command-table.js';
import { createTimer } from './timings.js';
import { openWorkspace, type Workspace } from '../workflow/workspace.js';

// post-merge (ORIG_HEAD..HEAD) and post-rewrite (amend: HEAD@{1}, rebase: ORIG_HEAD): only the files
// the merge or rewrite changed are analysed again; the backlog is re-rendered from the whole ledger.
export async function run(args: ParsedArgs<typeof refreshCommand>, env: CommandEnv): Promise<Outcome> {
  const result = await refresh(args, env);
  return result.ok ? result.value : errorOutcome(result, env);
}

async function refresh({ values }: ParsedArgs<typeof refreshCommand>, env: CommandEnv): Promise<Result<Outcome>> {
  // the pre-commit framework gives post-rewrite's kind in the environment, not as an argument
  const rewrite = values.rewrite ?? env.env.PRE_COMMIT_REWRITE_COMMAND;
  const since = values.since ?? (rewrite === 'amend' ? 'HEAD@{1}' : 'ORIG_HEAD');
  const defer = values.defer === true;
  const mark = createTimer(env);
  const workspace = await openWorkspace(env);
  if (!workspace.ok) return workspace;
  const { repo, config } = workspace.value;
  if (!repo.head)
    return ok({ exitCode: 0, stdout: '', stderr: 'git-value: nothing to refresh before the first commit\n' });
  const base = resolveCommit(repo.root, since);
  if (!base.ok) return base;
  if (!base.value)
    return ok({
      exitCode: 0,
      stdout: '',
      stderr: `git-value: ${since} does not exist, nothing to refresh (run 'git-value scan' to rebuild everything)\n`,
    });
  // --defer (the post-merge and post-rewrite hooks): tracked files stay as git left them
  const tracked = [LEDGER_PATH, COVERAGE_PATH, config.backlog.path];
  const before = defer ? snapshotFiles(repo.root, tracked) : undefined;
  if (!before) {
    discardPendingRefresh(repo.gitDir);
    return refreshFiles(workspace.value, base.value, env, mark);
  }
  const started = startFromPendingRefresh(repo.root, repo.gitDir);
  if (!started.ok) return started;
  const refreshed = await refreshFiles(workspace.value, base.value, env, mark);
  const deferred = deferWrites(repo.root, repo.gitDir, repo.head, before);
  if (!refreshed.ok || !deferred.ok) return refreshed.ok ? (deferred as Result<never>) : refreshed;
  return ok({
    exitCode: 0,
    stdout: '',
    stderr:
      deferred.value.length > 0
        ? `git-value: refreshed after ${since}; your next commit carries ${deferred.value.join(', ')} (the work tree stays clean until then)\n`
        : `git-value: refreshed after ${since}; nothing changed\n`,
  });
}

async function refreshFiles(
  workspace: Workspace,
  base: string,
  env: CommandEnv,
  mark: (phase: string) => void,
): Promise<Result<Outcome>> {
  const { repo, config } = workspace;
  if (!repo.head) return ok({ exitCode: 0, stdout: '', stderr: '' });
  const changes = await readChanges(repo.root, [base, repo.head], workspace.resolveConfigs);
  if (!changes.ok) return changes;
  // one listing serves the classifier of paths here and the backlog after
  const tracked = listTrackedFiles(repo.root);
  if (!tracked.ok) return tracked;
  const contexts = readPathContexts(repo.root, repo.gitDir, config, tracked.value.files);
  if (!contexts.ok) return contexts;
  const analysed = await analyzeFiles(
    changes.value.files,
    changes.value.configFor,
    (config) => enabledAnalyzers(config, 'scan'),
    contexts.value,
  );
  const dated = await datedMarkers(repo, analysed.findings, changes.value.files);
  const run = {
    ...analysed,
    findings: dated.findings,
    notes: [...analysed.notes, ...(dated.note ? [dated.note] : [])],
  };
  mark(`analyse ${changes.value.files.length} changed files`);
  const headDate = commitDate(repo.root, repo.head);
  if (!headDate.ok) return headDate;
  const updated = await editLedger(repo, { check: 'whole', stage: false }, (source) => {
    const next = replaceEntries(source, changes.value.touchedPaths, run.findings, {
      firstSeen: headDate.value,
      resolved: { commit: repo.head as string, at: headDate.value },
      isReconciled: (ruleId) => run.ranPrefixes.some((prefix) => ruleId.startsWith(prefix)),
    });
    // handed over even when unchanged: the whole check hands back every entry for the backlog (an
    // unchanged ledger is not rewritten)
    return ok({ value: undefined, write: { pieces: next.pieces } });
  });
  if (!updated.ok) return updated;
  if (ranDocCoverage(run.ranPrefixes)) {
    const coverage = updateCoverage(repo.root, changes.value.touchedPaths, run.docCoverage);
    if (!coverage.ok) return coverage;
  }
  const entries = updated.value.entries ?? [];
  const reports = await writeReports(
    workspace,
    entries,
    {
      cwd: env.cwd,
      now: env.now,
      debug: Boolean(env.env.GIT_VALUE_DEBUG),
      options: {},
      notes: [...changes.value.notes, ...run.notes],
    },
    { tracked: tracked.value, contexts: contexts.value },
  );
  if (!reports.ok) return reports;
  mark('backlog');
  return ok({
    exitCode: 0,
    stdout: '',
    stderr: `git-value: refreshed ${changes.value.files.length} changed file(s); ${reports.value.written.join(', ')} updated\n${formatNotes(reports.value.shownNotes, reports.value.hiddenNotes)}`,
  });
}
