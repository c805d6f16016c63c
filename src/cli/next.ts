import { pickNextItem } from '../report/backlog-model.js';
import { renderNext } from '../report/next.js';
import { readCurrentBacklog } from '../workflow/backlog.js';
import { errorOutcome, type CommandEnv, type Outcome } from './output.js';
import type { ParsedArgs } from './arguments.js';

export async function run(_args: ParsedArgs, env: CommandEnv): Promise<Outcome> {
  const current = await readCurrentBacklog(env);
  if (!current.ok) return errorOutcome(current, env);
  return { exitCode: 0, stdout: renderNext(pickNextItem(current.value.model)), stderr: '' };
}
