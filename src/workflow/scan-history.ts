import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, ok, type Result } from '../findings/result.js';
import { countCommits, resolveCommit } from '../git/commit-list.js';
import { listTrackedFiles } from '../git/tracked-files.js';
import { writeFileAtomic } from '../ledger/io.js';
import { closeLedgerSource, editLedger, openLedger } from './ledger-edit.js';
import { resolveReportTarget } from './report-target.js';
import { HISTORY_RECORD_PATH, LEDGER_PATH } from '../ledger/types.js';
import { mergeHistoryEntries } from './history-ledger.js';
import { scanHistorySecrets } from './history-secrets.js';
import { readPathContexts } from './path-contexts.js';
import { readCachedAnalysis } from './full-scan.js';
import { readTreeSecretKeys } from './tree-secrets.js';
import type { Progress } from './progress.js';
import { renderFormat } from '../report/render-format.js';
import { readPackageVersion } from '../runtime/package-files.js';
import { scoreBacklog } from './backlog.js';
import type { Workspace } from './workspace.js';
import { writeReports, type ReportOptions } from './write-reports.js';

export interface HistoryScanRequest {
  report: ReportOptions;
  since?: string;
  incremental: boolean;
  /** Also what merge commits add on their own (conflict resolutions). */
  merges: boolean;
  cwd: string;
  now: Date;
  debug: boolean;
  mark: (phase: string) => void;
  progress: Progress;
}

export interface HistoryScan {
  commits: number;
  /** The commit the scan started after (--since, --incremental), when it did not read every commit. */
  since?: string;
  seconds: number;
  /** Credentials in history still to rotate, and how many of them the tree no longer holds. */
  open: number;
  gone: number;
  /** The ledger, the history record, then the reports written. */
  written: string[];
  /** The --format report when it goes to standard output. */
  stdout: string;
  /** Why the scan read more commits than asked (a missing or unreadable record). */
  notes: string[];
  today: string;
}

interface HistoryRecordFile {
  version: 1;
  /** HEAD when the scan ran: the next incremental scan reads the commits no ref had then under it. */
  commit: string;
  at: string;
}

/**
 * `scan --history`: the secret rules over every commit reachable from any ref (branches, tags,
 * remote-tracking branches, the stash, notes, HEAD; not the reflog nor unreachable objects), each
 * credential once, written to the ledger as an entry to rotate.
 */
export async function scanHistory(workspace: Workspace, request: HistoryScanRequest): Promise<Result<HistoryScan>> {
  const { repo, config } = workspace;
  const { mark, progress, report: options } = request;
  if (!repo.head)
    return fail({ code: 'USAGE', message: 'the repository has no commit yet', fix: 'commit first, then scan history' });
  const today = request.now.toISOString().slice(0, 10);
  const notes: string[] = [];
  let since = request.since;
  if (request.incremental && !since) {
    const recorded = readHistoryRecord(repo.root);
    if (recorded.commit && isCommit(repo.root, recorded.commit)) since = recorded.commit;
    else
      notes.push(
        recorded.problem ?? `${HISTORY_RECORD_PATH} names a commit this clone lacks: every commit was scanned`,
      );
  }
  if (since && !isCommit(repo.root, since))
    return fail({
      code: 'USAGE',
      message: `--since ${since}: no such commit`,
      fix: 'give a commit, tag or branch this clone has (git fetch it first)',
    });
  const early = openLedger(repo, 'whole');
  if (!early.ok) return early;
  closeLedgerSource(early.value);
  const tracked = listTrackedFiles(repo.root);
  if (!tracked.ok) return tracked;
  const contexts = readPathContexts(repo.root, repo.gitDir, config, tracked.value.files);
  if (!contexts.ok) return contexts;
  const revisions = since ? ['--all', '--not', since] : ['--all'];
  // the total is for the progress line's time left: not asked for when there is no line to draw
  const total = progress.shown ? countCommits(repo.root, revisions) : undefined;
  progress.phase('history');
  const started = performance.now();
  const scanned = await scanHistorySecrets(
    repo.root,
    config,
    contexts.value,
    revisions,
    (stats) =>
      progress.update({ done: stats.commits, ...(total ? { total } : {}), unit: 'commits', bytes: stats.bytes }),
    { merges: request.merges },
  );
  progress.end();
  if (!scanned.ok) return scanned;
  mark(
    `history: ${scanned.value.commits} commits, ${(scanned.value.bytes / 1048576).toFixed(1)} MB of patches, ${scanned.value.analysed} file changes analysed (${scanned.value.repeated} repeated)`,
  );
  const inHead = await readTreeSecretKeys(
    repo.root,
    tracked.value.files,
    config,
    contexts.value,
    readCachedAnalysis(repo.gitDir, config, contexts.value),
  );
  if (!inHead.ok) return inHead;
  mark('secrets in the tree');
  const written = await editLedger(repo, { check: 'whole', stage: false, earlier: early.value }, (previous) => {
    const entries = mergeHistoryEntries(previous.entries ?? [], scanned.value.secrets, {
      complete: !since,
      inHead: inHead.value,
      today,
    });
    return ok({ value: undefined, write: { allEntries: entries } });
  });
  if (!written.ok) return written;
  // recorded once the ledger holds what was found: a failed write leaves the next --incremental scanning it again
  const record: HistoryRecordFile = { version: 1, commit: repo.head as string, at: today };
  const recorded = writeFileAtomic(
    join(repo.root, HISTORY_RECORD_PATH),
    `${JSON.stringify(record, null, 2)}\n`,
    HISTORY_RECORD_PATH,
    { root: repo.root },
  );
  if (!recorded.ok) return recorded;
  const entriesAfter = written.value.entries ?? [];
  mark('ledger');
  const seconds = (performance.now() - started) / 1000;
  const reports = await writeReports(
    workspace,
    entriesAfter,
    { cwd: request.cwd, now: request.now, debug: request.debug, options: {}, notes: [] },
    {
      tracked: tracked.value,
      contexts: contexts.value,
      backlogInputs: { gitDir: repo.gitDir, parts: [written.value.digest ?? '', repo.head, today] },
    },
  );
  if (!reports.ok) return reports;
  const history = entriesAfter.filter((entry) => entry.history);
  let stdout = '';
  const writtenFiles = [LEDGER_PATH, HISTORY_RECORD_PATH, ...reports.value.written];
  if (options.format) {
    const model = await scoreBacklog(workspace, history, request.now);
    if (!model.ok) return model;
    const text = renderFormat(model.value.model, options.format, {
      includeSecrets: workspace.config.sarif.includeSecrets,
      toolVersion: readPackageVersion(),
    });
    if (options.output && options.output !== '-') {
      const target = resolveReportTarget(
        workspace,
        options.output,
        request.cwd,
        'git-value scan --history',
        options.format,
      );
      if (!target.ok) return target;
      const saved = writeFileAtomic(target.value, text, options.output);
      if (!saved.ok) return saved;
      writtenFiles.push(options.output);
    } else stdout = text;
  }
  mark('reports');
  const open = history.filter((entry) => entry.status === 'open');
  return ok({
    commits: scanned.value.commits,
    ...(since ? { since } : {}),
    seconds,
    open: open.length,
    gone: open.filter((entry) => !entry.history?.inHead).length,
    written: writtenFiles,
    stdout,
    notes,
    today,
  });
}

/** The recorded commit, or why there is none (then the scan covers every commit and records anew). */
function readHistoryRecord(root: string): { commit?: string; problem?: string } {
  const file = join(root, HISTORY_RECORD_PATH);
  if (!existsSync(file)) return { problem: 'no earlier history scan recorded: every commit was scanned' };
  let record: Partial<HistoryRecordFile>;
  try {
    record = JSON.parse(readFileSync(file, 'utf8')) as Partial<HistoryRecordFile>;
  } catch (error) {
    return {
      problem: `${HISTORY_RECORD_PATH} is not valid JSON (${(error as Error).message}): every commit was scanned`,
    };
  }
  return typeof record.commit === 'string' && /^[0-9a-f]{40,64}$/.test(record.commit)
    ? { commit: record.commit }
    : { problem: `${HISTORY_RECORD_PATH} names no commit: every commit was scanned` };
}

function isCommit(root: string, revision: string): boolean {
  const resolved = resolveCommit(root, revision);
  return resolved.ok && resolved.value !== undefined;
}
