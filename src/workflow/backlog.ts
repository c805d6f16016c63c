import { ok, type Result } from '../findings/result.js';
import type { TrackedList } from '../git/tracked-files.js';
import { parseLedger } from '../ledger/format.js';
import { LEDGER_PATH, type LedgerEntry } from '../ledger/types.js';
import { buildBacklogModel, type BacklogModel } from '../report/backlog-model.js';
import { readPackageVersion } from '../runtime/package-files.js';
import type { ScoringContext } from '../scoring/types.js';
import { gatherBacklogInput, type BacklogHistory } from './backlog-input.js';
import type { ContextResolver } from './path-contexts.js';
import { closeLedgerSource, openLedger } from './ledger-edit.js';
import { openWorkspace, type Workspace } from './workspace.js';

// The backlog pipeline: ledger entries + what git says now → a scored model. Commands render it
// (backlog, next, explain, report) or write it (scan and refresh, write-reports.ts).

/** What a scan or refresh already read, so scoring does not read it again. */
export interface ScanKnowledge {
  tracked?: TrackedList;
  contexts?: ContextResolver;
  /**
   * Everything the backlog is rendered from besides the files it reads itself (ledger text, HEAD,
   * today, config): when these, the tracked blobs, the coverage file, the hooks and BACKLOG.md itself
   * are as they were at the last render, the backlog would come out the same, and is not rendered again.
   */
  backlogInputs?: { gitDir: string | undefined; parts: readonly string[] };
  /** The backlog's history reads, started before the scan analysed (startBacklogHistory). */
  history?: BacklogHistory;
}

export interface ScoredBacklog {
  model: BacklogModel;
  context: ScoringContext;
}

export async function scoreBacklog(
  workspace: Workspace,
  entries: readonly LedgerEntry[],
  now: Date,
  notes: string[] = [],
  known: ScanKnowledge = {},
): Promise<Result<ScoredBacklog>> {
  const input = await gatherBacklogInput({
    root: workspace.repo.root,
    gitDir: workspace.repo.gitDir,
    ...(workspace.repo.head ? { head: workspace.repo.head } : {}),
    config: workspace.config,
    entries,
    now,
    notes,
    toolVersion: readPackageVersion(),
    ...(known.tracked ? { tracked: known.tracked } : {}),
    ...(known.contexts ? { contexts: known.contexts } : {}),
    ...(known.history ? { history: known.history } : {}),
  });
  if (!input.ok) return input;
  const { context, ...rest } = input.value;
  return ok({ model: buildBacklogModel(rest), context });
}

export interface CurrentBacklog extends ScoredBacklog {
  workspace: Workspace;
}

/** The committed ledger (or the staged one), scored as of now: what backlog, next, explain and report show. */
export async function readCurrentBacklog(env: {
  cwd: string;
  env: NodeJS.ProcessEnv;
  now: Date;
}): Promise<Result<CurrentBacklog>> {
  const workspace = await openWorkspace(env);
  if (!workspace.ok) return workspace;
  // checked whole; a damaged ledger's error carries the way out that works in this state
  const ledger = openLedger(workspace.value.repo, 'whole');
  if (!ledger.ok) return ledger;
  closeLedgerSource(ledger.value);
  const scored = await scoreBacklog(workspace.value, ledger.value.entries ?? [], env.now);
  return scored.ok ? ok({ workspace: workspace.value, ...scored.value }) : scored;
}
