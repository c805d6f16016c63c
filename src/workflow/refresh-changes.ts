import { analyzeFiles, enabledAnalyzers } from '../analyzers/analyze-files.js';
import { ranDocCoverage } from '../analyzers/registry.js';
import type { Note } from '../findings/note.js';
import { ok, type Result } from '../findings/result.js';
import { resolveCommit } from '../git/commit-list.js';
import { commitDate } from '../git/history.js';
import { listTrackedFiles } from '../git/tracked-files.js';
import { COVERAGE_PATH } from '../ledger/coverage-format.js';
import { LEDGER_PATH } from '../ledger/types.js';
import { updateCoverage } from './coverage-store.js';
import { deferWrites, discardPendingRefresh, snapshotFiles, startFromPendingRefresh } from './deferred-refresh.js';
import { editLedger } from './ledger-edit.js';
import { datedMarkers } from './marker-history.js';
import { readPathContexts } from './path-contexts.js';
import { gatherFileInputs } from './file-analyzer-inputs.js';
import { readChanges } from './read-changes.js';
import { replaceEntries } from './update-ledger.js';
import type { Workspace } from './workspace.js';
import { writeReports } from './write-reports.js';

// post-merge (ORIG_HEAD..HEAD) and post-rewrite (amend: HEAD@{1}, rebase: ORIG_HEAD): only the files
// the merge or rewrite changed are analysed again; the backlog is re-rendered from the whole ledger.
// Deferred (the hooks), tracked files stay as git left them and the next commit carries the result.

export interface RefreshRequest {
  since: string;
  defer: boolean;
  cwd: string;
  now: Date;
  debug: boolean;
  mark: (phase: string) => void;
}

export type Refresh =
  | { kind: 'no-head' }
  | { kind: 'no-base'; since: string }
  | { kind: 'deferred'; since: string; carried: string[] }
  | { kind: 'refreshed'; files: number; written: string[]; shownNotes: Note[]; hiddenNotes: Note[] };

export async function refreshAfter(workspace: Workspace, request: RefreshRequest): Promise<Result<Refresh>> {
  const { repo, config } = workspace;
  if (!repo.head) return ok({ kind: 'no-head' });
  const base = resolveCommit(repo.root, request.since);
  if (!base.ok) return base;
  if (!base.value) return ok({ kind: 'no-base', since: request.since });
  const tracked = [LEDGER_PATH, COVERAGE_PATH, config.backlog.path];
  const before = request.defer ? snapshotFiles(repo.root, tracked) : undefined;
  if (!before) {
    discardPendingRefresh(repo.gitDir);
    return refreshChanges(workspace, base.value, repo.head, request);
  }
  const started = startFromPendingRefresh(repo.root, repo.gitDir);
  if (!started.ok) return started;
  const refreshed = await refreshChanges(workspace, base.value, repo.head, request);
  const deferred = deferWrites(repo.root, repo.gitDir, repo.head, before);
  if (!refreshed.ok) return refreshed;
  if (!deferred.ok) return deferred;
  return ok({ kind: 'deferred', since: request.since, carried: deferred.value });
}

/** The files changed between `base` and `head` analysed again, the ledger and coverage updated, the backlog re-rendered. */
async function refreshChanges(
  workspace: Workspace,
  base: string,
  head: string,
  request: RefreshRequest,
): Promise<Result<Refresh>> {
  const { repo, config } = workspace;
  const { mark } = request;
  const changes = await readChanges(repo.root, [base, head], workspace.resolveConfigs);
  if (!changes.ok) return changes;
  // one listing serves the classifier of paths here and the backlog after
  const tracked = listTrackedFiles(repo.root);
  if (!tracked.ok) return tracked;
  const contexts = readPathContexts(repo.root, repo.gitDir, config, tracked.value.files);
  if (!contexts.ok) return contexts;
  const inputs = await gatherFileInputs(
    repo.root,
    tracked.value.files,
    config,
    contexts.value,
    changes.value.files.map((file) => file.path),
  );
  const analysed = await analyzeFiles(
    changes.value.files,
    (path) => inputs.withInputs(changes.value.configFor(path)),
    (scope) => enabledAnalyzers(scope, 'scan'),
    contexts.value,
  );
  const dated = await datedMarkers(repo, analysed.findings, changes.value.files);
  const notes = [...changes.value.notes, ...analysed.notes, ...(dated.note ? [dated.note] : [])];
  mark(`analyse ${changes.value.files.length} changed files`);
  const headDate = commitDate(repo.root, head);
  if (!headDate.ok) return headDate;
  const updated = await editLedger(repo, { check: 'whole', stage: false }, (source) => {
    const next = replaceEntries(source, changes.value.touchedPaths, dated.findings, {
      firstSeen: headDate.value,
      resolved: { commit: head, at: headDate.value },
      isReconciled: (ruleId) => analysed.ranPrefixes.some((prefix) => ruleId.startsWith(prefix)),
    });
    // handed over even when unchanged: the whole check hands back every entry for the backlog (an
    // unchanged ledger is not rewritten)
    return ok({ value: undefined, write: { pieces: next.pieces } });
  });
  if (!updated.ok) return updated;
  if (ranDocCoverage(analysed.ranPrefixes)) {
    const coverage = updateCoverage(repo.root, changes.value.touchedPaths, analysed.docCoverage);
    if (!coverage.ok) return coverage;
  }
  const reports = await writeReports(
    workspace,
    updated.value.entries ?? [],
    { cwd: request.cwd, now: request.now, debug: request.debug, options: {}, notes },
    { tracked: tracked.value, contexts: contexts.value },
  );
  if (!reports.ok) return reports;
  mark('backlog');
  return ok({ kind: 'refreshed', files: changes.value.files.length, ...reports.value });
}
