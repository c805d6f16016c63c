import type { Refresh } from '../workflow/refresh-changes.js';
import { refreshAfter } from '../workflow/refresh-changes.js';
import { openWorkspace } from '../workflow/workspace.js';
import type { ParsedArgs } from './arguments.js';
import type { refreshCommand } from './command-table.js';
import { formatNotes, refreshTexts } from './messages.js';
import { errorOutcome, type CommandEnv, type Outcome } from './output.js';
import { createTimer } from './timings.js';

export async function run({ values }: ParsedArgs<typeof refreshCommand>, env: CommandEnv): Promise<Outcome> {
  // the pre-commit framework gives post-rewrite's kind in the environment, not as an argument
  const rewrite = values.rewrite ?? env.env.PRE_COMMIT_REWRITE_COMMAND;
  const since = values.since ?? (rewrite === 'amend' ? 'HEAD@{1}' : 'ORIG_HEAD');
  const mark = createTimer(env);
  const workspace = await openWorkspace(env);
  if (!workspace.ok) return errorOutcome(workspace, env);
  const refreshed = await refreshAfter(workspace.value, {
    since,
    defer: values.defer === true,
    cwd: env.cwd,
    now: env.now,
    debug: Boolean(env.env.GIT_VALUE_DEBUG),
    mark,
  });
  return refreshed.ok
    ? { exitCode: 0, stdout: '', stderr: describeRefresh(refreshed.value) }
    : errorOutcome(refreshed, env);
}

function describeRefresh(refresh: Refresh): string {
  switch (refresh.kind) {
    case 'no-head':
      return refreshTexts.noHead;
    case 'no-base':
      return refreshTexts.noBase(refresh.since);
    case 'deferred':
      return refreshTexts.deferred(refresh.since, refresh.carried);
    case 'refreshed':
      return (
        refreshTexts.refreshed(refresh.files, refresh.written) + formatNotes(refresh.shownNotes, refresh.hiddenNotes)
      );
  }
}
