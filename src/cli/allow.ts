import { parseArgs } from 'node:util';
import { analyzeFiles, enabledAnalyzers } from '../analyzers/analyze-files.js';
import { fail, type Result } from '../findings/result.js';
import { EMPTY_TREE } from '../git/repo.js';
import { makeEntryId } from '../ledger/entry-id.js';
import { reconcileEntries } from '../ledger/reconcile.js';
import type { LedgerEntry } from '../ledger/types.js';
import { editEntry, readIdentity } from '../workflow/edit-entry.js';
import { readChanges } from '../workflow/read-changes.js';
import { formatError } from './messages.js';
import { EXIT_ERROR, painter, type CommandEnv, type Outcome } from './output.js';
import { openWorkspace, type Workspace } from './workspace.js';

export async function run(args: string[], env: CommandEnv): Promise<Outcome> {
  const result = await allow(args, env);
  if (!result.ok)
    return {
      exitCode: EXIT_ERROR,
      stdout: '',
      stderr: formatError(result.error, painter(env.color), Boolean(env.env.GIT_VALUE_DEBUG)),
    };
  const entry = result.value;
  return {
    exitCode: 0,
    stdout: `allowed ${entry.id} (${entry.ruleId} in ${entry.path}:${entry.line}): "${entry.allow?.reason}", by ${entry.allow?.by} on ${entry.allow?.at}\n`,
    stderr: '',
  };
}

async function allow(args: string[], env: CommandEnv): Promise<Result<LedgerEntry>> {
  let id: string | undefined;
  let reason: string | undefined;
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { reason: { type: 'string' } },
    });
    [id] = positionals;
    reason = values.reason?.trim();
  } catch (error) {
    return fail({
      code: 'USAGE',
      message: (error as Error).message,
      fix: 'git-value allow ID --reason "why this is not a live secret"',
    });
  }
  if (!id || !reason)
    return fail({
      code: 'USAGE',
      message: 'allow needs a finding id and a reason',
      fix: 'git-value allow ID --reason "why this is not a live secret" (the reason is kept for audits)',
    });
  const workspace = await openWorkspace(env);
  if (!workspace.ok) return workspace;
  const { root } = workspace.value.repo;
  const decision = { reason, by: readIdentity(root), at: env.now.toISOString().slice(0, 10) };
  const today = decision.at;
  return editEntry(
    root,
    id,
    (entry) => ({ ...entry, status: 'allowed', allow: decision }),
    () => findStagedFinding(workspace.value, id as string, today),
  );
}

/** A finding the staged change adds (a blocked commit's) is not in the ledger yet: find it in the index. */
async function findStagedFinding(workspace: Workspace, id: string, today: string): Promise<LedgerEntry | undefined> {
  const { repo } = workspace;
  const changes = await readChanges(repo.root, ['--cached', repo.head ?? EMPTY_TREE], workspace.resolveConfigs);
  if (!changes.ok) return undefined;
  const run = await analyzeFiles(changes.value.files, changes.value.configFor, (config) =>
    enabledAnalyzers(config, 'hook'),
  );
  const finding = run.findings.find((candidate) =>
    makeEntryId(candidate.ruleId, candidate.path, candidate.fingerprint).startsWith(id),
  );
  if (!finding) return undefined;
  return reconcileEntries([], [finding], { firstSeen: today, resolved: { at: today }, isReconciled: () => true })[0];
}
