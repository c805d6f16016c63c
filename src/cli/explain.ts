import { fail } from '../findings/result.js';
import { renderExplain } from '../report/explain.js';
import { readCurrentBacklog } from '../workflow/backlog.js';
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
  if (!item) {
    const fix =
      matches.length > 1
        ? `give more of the id: ${matches
            .slice(0, 3)
            .map((match) => match.id)
            .join(', ')}`
        : "copy an id from 'git-value backlog'";
    return errorOutcome(
      fail({
        code: 'NOT_FOUND',
        message: `no finding with id '${id}'${matches.length > 1 ? ' (ambiguous)' : ''}`,
        fix,
      }),
      env,
    );
  }
  return { exitCode: 0, stdout: renderExplain(item, context), stderr: '' };
}
