import { parseArgs } from 'node:util';
import { fail, type Result } from '../findings/result.js';
import type { LedgerEntry } from '../ledger/types.js';
import { editItemOrEntry, type EntryEdit } from '../workflow/edit-entry.js';
import { readIdentity } from '../git/identity.js';
import { doneButNotResolved, formatError } from './messages.js';
import { EXIT_ERROR, painter, type CommandEnv, type Outcome } from './output.js';
import { openWorkspace } from './workspace.js';

// Actual hours feed the effort calibration shown under "Prediction accuracy" in the backlog.
export async function run(args: string[], env: CommandEnv): Promise<Outcome> {
  const result = await done(args, env);
  if (!result.ok)
    return {
      exitCode: EXIT_ERROR,
      stdout: '',
      stderr: formatError(result.error, painter(env.color), Boolean(env.env.GIT_VALUE_DEBUG)),
    };
  const { entries, itemId } = result.value;
  const entry = entries[0] as LedgerEntry;
  const estimate = entries.length === 1 ? `estimated ${entry.effortHours} h` : `${entries.length} findings`;
  return {
    exitCode: 0,
    stdout: `recorded ${entry.done?.hours} h for ${itemId ?? entry.id} (${estimate})\n`,
    stderr: doneButNotResolved(entries.find((candidate) => candidate.status === 'open') ?? entry),
  };
}

async function done(args: string[], env: CommandEnv): Promise<Result<EntryEdit>> {
  let id: string | undefined;
  let hours = Number.NaN;
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { hours: { type: 'string' } } });
    [id] = positionals;
    hours = Number(values.hours);
  } catch (error) {
    return fail({ code: 'USAGE', message: (error as Error).message, fix: 'git-value done ID --hours N' });
  }
  if (!id || !Number.isFinite(hours) || hours <= 0 || hours > 10_000)
    return fail({
      code: 'USAGE',
      message: 'done needs a finding id and the hours it took (a positive number)',
      fix: 'git-value done ID --hours 1.5',
    });
  const workspace = await openWorkspace(env);
  if (!workspace.ok) return workspace;
  const { root } = workspace.value.repo;
  const record = { hours, at: env.now.toISOString().slice(0, 10), by: readIdentity(root) };
  return editItemOrEntry(root, id, (entry) => ({ ...entry, done: record }));
}
