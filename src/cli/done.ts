import type { Result } from '../findings/result.js';
import type { LedgerEntry } from '../ledger/types.js';
import { editItemOrEntry, type EntryEdit } from '../workflow/edit-entry.js';
import { readIdentity } from '../git/identity.js';
import { doneButNotResolved, recordedHours, usageTexts } from './messages.js';
import { dryRunOutcome } from './dry-run.js';
import { errorOutcome, type CommandEnv, type Outcome } from './output.js';
import { openWorkspace } from '../workflow/workspace.js';
import { usageError, type ParsedArgs } from './arguments.js';
import { doneCommand } from './command-table.js';

// Actual hours feed the effort calibration shown under "Prediction accuracy" in the backlog.
export async function run(args: ParsedArgs<typeof doneCommand>, env: CommandEnv): Promise<Outcome> {
  const result = await done(args, env);
  if (!result.ok) return errorOutcome(result, env);
  const { entries } = result.value;
  const dryRun = Boolean(args.values['dry-run']);
  const said = recordedHours(result.value, dryRun);
  if (dryRun) return dryRunOutcome('done', [result.value.preview], [said.trimEnd()]);
  const entry = entries[0] as LedgerEntry;
  return {
    exitCode: 0,
    stdout: said,
    stderr: doneButNotResolved(entries.find((candidate) => candidate.status === 'open') ?? entry),
  };
}

async function done(
  { values, positionals }: ParsedArgs<typeof doneCommand>,
  env: CommandEnv,
): Promise<Result<EntryEdit>> {
  const id = positionals[0] as string;
  const hours = Number(values.hours);
  if (values.hours === undefined || !Number.isFinite(hours) || hours <= 0 || hours > 10_000)
    return usageError(doneCommand, usageTexts.doneHours, usageTexts.doneFix);
  const workspace = await openWorkspace(env);
  if (!workspace.ok) return workspace;
  const { root } = workspace.value.repo;
  const record = { hours, at: env.now.toISOString().slice(0, 10), by: readIdentity(root) };
  return editItemOrEntry(workspace.value.repo, id, (entry) => ({ ...entry, done: record }), {
    dryRun: Boolean(values['dry-run']),
  });
}
