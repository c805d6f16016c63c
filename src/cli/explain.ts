import { renderExplain } from '../report/explain.js';
import { readCurrentBacklog } from '../workflow/backlog.js';
import { noSuchId } from './messages.js';
import { errorOutcome, type CommandEnv, type Outcome } from './output.js';
import type { ParsedArgs } from './arguments.js';
import type { explainCommand } from './command-table.js';

export async function run({ positionals }: ParsedArgs<typeof explainCommand>, env: CommandEnv): Promise<Outcome> {
  const id = positionals[0] as string;
  const current = await readCurrentBacklog(env);
  if (!current.ok) return errorOutcome(current, env);
  const { model, context } = current.value;
  const items = [...model.open, ...model.allowed, ...model.resolved];
  // an item id, or the id of one of its findings (the gate and the ledger name findings)
  const byItem = items.filter((item) => item.id.startsWith(id));
  const matches = byItem.length
    ? byItem
    : items.filter((item) => (item.occurrences ?? []).some((occurrence) => occurrence.id.startsWith(id)));
  const item =
    matches.find((candidate) => candidate.id === id) ??
    (new Set(matches.map((candidate) => candidate.id)).size === 1 ? matches[0] : undefined);
  if (!item)
    return errorOutcome(
      {
        ok: false,
        error: noSuchId(
          id,
          matches.map((match) => match.id),
        ),
      },
      env,
    );
  return { exitCode: 0, stdout: renderExplain(item, context), stderr: '' };
}
