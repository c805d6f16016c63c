import { ranDocCoverage } from '../analyzers/registry.js';
import type { Note } from '../findings/note.js';
import { ok, type Result } from '../findings/result.js';
import type { Finding } from '../findings/types.js';
import { commitDate } from '../git/history.js';
import { LEDGER_PATH } from '../ledger/types.js';
import { updateCoverage } from './coverage-store.js';
import { discardPendingRefresh } from './deferred-refresh.js';
import { scanTrackedFiles } from './full-scan.js';
import { closeLedgerSource, editLedger, openLedger } from './ledger-edit.js';
import { recoverForRebuild } from './ledger-recovery.js';
import type { Progress } from './progress.js';
import { rebuildLedger } from './rebuild-ledger.js';
import { resolveReportTarget } from './report-target.js';
import { addSecretHistory } from './secret-history.js';
import type { Workspace } from './workspace.js';
import { hasRenderedBacklog, writeReports, type ReportOptions } from './write-reports.js';
import { startBacklogHistory, type BacklogHistory } from './backlog-input.js';

// `scan`, top to bottom: the ledger is read first (a damaged one stops the scan before any work and is
// never overwritten, unless --rebuild recovers it); every tracked file is analysed; secrets are dated
// from the commits that added them; the ledger is rebuilt keeping decisions and history; coverage and
// BACKLOG.md (and a --format report) are written. Returns what happened for cli/scan.ts to describe.

export interface TreeScanRequest {
  report: ReportOptions;
  /** Over a damaged ledger: keep every readable line's decisions, take the rest from history. */
  rebuild: boolean;
  /** With rebuild: go on when decisions of unreadable lines would be lost. */
  discardUnreadable: boolean;
  cwd: string;
  now: Date;
  debug: boolean;
  workers: number;
  mark: (phase: string) => void;
  progress: Progress;
}

export interface TreeScan {
  files: number;
  bytes: number;
  seconds: number;
  open: number;
  /** The ledger, then the reports written (BACKLOG.md first). */
  written: string[];
  /** The --format report when it goes to standard output. */
  stdout: string;
  shownNotes: Note[];
  hiddenNotes: Note[];
  /** Credential-shaped demo values passed, each with why. */
  passed: Finding[];
  /** What --rebuild recovered or gave up, one line each. */
  recovered: string[];
}

export async function scanTree(workspace: Workspace, request: TreeScanRequest): Promise<Result<TreeScan>> {
  const { repo, config } = workspace;
  const { report } = request;
  // a report that would replace the tool's own files is refused before any work
  if (report.output && report.format) {
    const target = resolveReportTarget(workspace, report.output, request.cwd, 'git-value scan', report.format);
    if (!target.ok) return target;
  }
  // the backlog's walks of history (~0.3 s of git on 18k commits) run on the other core while this one
  // analyses, when the backlog is likely to be rendered: a first scan, or one writing a --format report
  const history =
    repo.head && (report.format || !hasRenderedBacklog(repo.gitDir))
      ? startBacklogHistory(repo, config, request.now)
      : undefined;
  try {
    return await scanTreeWith(workspace, request, history);
  } finally {
    history?.stop();
  }
}

async function scanTreeWith(
  workspace: Workspace,
  request: TreeScanRequest,
  history: BacklogHistory | undefined,
): Promise<Result<TreeScan>> {
  const { repo, config } = workspace;
  const { mark, progress, report } = request;
  const today = request.now.toISOString().slice(0, 10);
  const headDate = repo.head ? commitDate(repo.root, repo.head) : ok(today);
  if (!headDate.ok) return headDate;
  const recovered: string[] = [];
  const onDamage = request.rebuild ? () => recoverForRebuild(repo, request.discardUnreadable, recovered) : undefined;
  const opened = openLedger(repo, 'whole');
  const early = !opened.ok && onDamage ? onDamage() : opened;
  if (!early.ok) return early;
  closeLedgerSource(early.value);
  discardPendingRefresh(repo.gitDir); // a full scan supersedes a refresh deferred by the merge hooks
  const started = performance.now();
  progress.phase('scan');
  const run = await scanTrackedFiles(
    { root: repo.root, gitDir: repo.gitDir, head: repo.head },
    config,
    workspace.resolveConfigs,
    today,
    mark,
    {
      workers: request.workers,
      onProgress: (done, total, bytes) => progress.update({ done, total, unit: 'files', bytes }),
    },
  );
  progress.end();
  if (!run.ok) return run;
  const scanned = run.value;
  if (repo.head) {
    const dated = await addSecretHistory(
      repo.root,
      scanned.findings,
      early.value.entries ?? [],
      workspace.resolveConfigs,
    );
    scanned.findings = dated.findings;
    if (dated.note) scanned.notes.push(dated.note);
    mark('secret history');
  }
  const written = await editLedger(
    repo,
    { check: 'whole', stage: false, earlier: early.value, ...(onDamage ? { onDamage } : {}) },
    (source) => {
      const rebuilt = rebuildLedger(repo.root, source.entries ?? [], scanned.findings, {
        ...(repo.head ? { head: repo.head } : {}),
        headDate: headDate.value,
        ranPrefixes: scanned.ranPrefixes,
      });
      return ok({ value: undefined, write: { allEntries: rebuilt } });
    },
  );
  if (!written.ok) return written;
  if (ranDocCoverage(scanned.ranPrefixes)) {
    const coverage = updateCoverage(repo.root, 'all', scanned.docCoverage);
    if (!coverage.ok) return coverage;
  }
  mark('ledger');
  const entries = written.value.entries ?? [];
  const seconds = (performance.now() - started) / 1000;
  const reports = await writeReports(
    workspace,
    entries,
    { cwd: request.cwd, now: request.now, debug: request.debug, options: report, notes: scanned.notes },
    {
      tracked: scanned.tracked,
      contexts: scanned.contexts,
      backlogInputs: { gitDir: repo.gitDir, parts: [written.value.digest ?? '', repo.head ?? '', today] },
      ...(history ? { history } : {}),
    },
  );
  if (!reports.ok) return reports;
  mark('backlog');
  return ok({
    files: scanned.files,
    bytes: scanned.bytes,
    seconds,
    open: entries.filter((entry) => entry.status === 'open').length,
    written: [LEDGER_PATH, ...reports.value.written],
    stdout: reports.value.stdout,
    shownNotes: reports.value.shownNotes,
    hiddenNotes: reports.value.hiddenNotes,
    passed: scanned.passed,
    recovered: [...new Set(recovered)],
  });
}
