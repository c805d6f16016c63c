import { ok, type Result } from '../findings/result.js';
import { readLedgerOrStaged } from '../workflow/update-ledger.js';
import { parseLedger } from '../ledger/format.js';
import { LEDGER_PATH } from '../ledger/types.js';
import type { BacklogModel } from '../report/backlog-model.js';
import type { ScoringContext } from '../scoring/types.js';
import { formatError } from './messages.js';
import { EXIT_ERROR, painter, type CommandEnv, type Outcome } from './output.js';
import { loadBacklog } from './reports.js';
import { openWorkspace, type Workspace } from './workspace.js';

export interface CurrentBacklog {
  workspace: Workspace;
  model: BacklogModel;
  context: ScoringContext;
}

/** The committed ledger, scored as of now: what backlog, next and explain show. */
export async function readCurrentBacklog(env: CommandEnv): Promise<Result<CurrentBacklog>> {
  const workspace = await openWorkspace(env);
  if (!workspace.ok) return workspace;
  const text = readLedgerOrStaged(workspace.value.repo.root);
  if (!text.ok) return text;
  const ledger = text.value === undefined ? ok({ version: 1, entries: [] }) : parseLedger(text.value, LEDGER_PATH);
  if (!ledger.ok) return ledger;
  const loaded = await loadBacklog(workspace.value, ledger.value.entries, env);
  return loaded.ok ? ok({ workspace: workspace.value, ...loaded.value }) : loaded;
}

export function errorOutcome(
  result: { ok: false; error: Parameters<typeof formatError>[0] },
  env: CommandEnv,
): Outcome {
  return {
    exitCode: EXIT_ERROR,
    stdout: '',
    stderr: formatError(result.error, painter(env.color), Boolean(env.env.GIT_VALUE_DEBUG)),
  };
}
