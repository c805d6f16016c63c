import { ok, type Result } from '../findings/result.js';
import { hasCommit } from '../git/commit-list.js';
import { makeEntryId } from '../ledger/entry-id.js';
import { isAlwaysShown, type Note } from '../findings/note.js';
import { checkCommits } from '../workflow/check-commits.js';
import { checkStaged } from '../workflow/check-staged.js';
import type { GateCandidate } from '../workflow/gate.js';
import { openWorkspace, type Workspace } from '../workflow/workspace.js';
import { usageError, type ParsedArgs } from './arguments.js';
import { checkCommand } from './command-table.js';
import {
  blockedMessage,
  blockedWaysOut,
  commitsChecked,
  formatNotes,
  historyWaysOut,
  passedAsDemo,
  prefixedLines,
  preCommitReadOnly,
  pushScope,
  rangeScope,
  stagedCounts,
  usageTexts,
} from './messages.js';
import { errorOutcome, EXIT_FINDINGS, painter, type CommandEnv, type Outcome } from './output.js';
import { commandForPeople } from './self-command.js';
import { createTimer } from './timings.js';

export async function run(args: ParsedArgs<typeof checkCommand>, env: CommandEnv): Promise<Outcome> {
  const parsed = checkOptions(args);
  if (!parsed.ok) return errorOutcome(parsed, env);
  const result = await check(parsed.value, env);
  return result.ok ? result.value : errorOutcome(result, env);
}

interface CheckOptions {
  mode: 'staged' | 'range' | 'pre-push';
  range?: string;
  updateLedger: boolean;
}

function checkOptions({ values, positionals }: ParsedArgs<typeof checkCommand>): Result<CheckOptions> {
  if (values['pre-push']) return ok({ mode: 'pre-push', updateLedger: false });
  if (values.range) return ok({ mode: 'range', range: values.range, updateLedger: false });
  // lint-staged passes the staged file names: the gate reads the whole index anyway, so they are ignored
  if (values.staged || positionals.length > 0) return ok({ mode: 'staged', updateLedger: !values['no-ledger'] });
  return usageError(checkCommand, usageTexts.checkMode);
}

async function check(options: CheckOptions, env: CommandEnv): Promise<Result<Outcome>> {
  const mark = createTimer(env);
  const workspace = await openWorkspace(env);
  if (!workspace.ok) return workspace;
  mark('repo + config');
  if (options.mode === 'range')
    return checkRange(workspace.value, [options.range as string], options.range as string, env);
  if (options.mode === 'pre-push') return checkPush(workspace.value, env);
  const checked = await checkStaged(workspace.value, {
    updateLedger: options.updateLedger,
    readOnly: env.env.PRE_COMMIT === '1',
    now: env.now,
    env: env.env,
    mark,
  });
  if (!checked.ok) return checked;
  const { blocking, passed, notes, carried, ledger } = checked.value;
  const cli = commandForPeople(workspace.value.repo.root, env.env);
  const said = passedAsDemo(passed, listedPassed(env)) + formatGateNotes(notes, env);
  if (blocking.length > 0)
    return ok({
      exitCode: EXIT_FINDINGS,
      stdout: '',
      stderr: blockedMessage(blocking, painter(env.color), blockedWaysOut(firstBlockingId(blocking), cli)) + said,
    });
  const stderr = [
    said,
    prefixedLines(carried),
    ledger === 'read-only' ? `${preCommitReadOnly(cli)}\n` : '',
    env.env.GIT_VALUE_DEBUG ? stagedCounts(checked.value.filesAnalysed, checked.value.findings) : '',
  ];
  return ok({ exitCode: 0, stdout: '', stderr: stderr.join('') });
}

/** How many passed demo values a gate message lists (all of them with GIT_VALUE_DEBUG). */
function listedPassed(env: CommandEnv): number {
  return env.env.GIT_VALUE_DEBUG ? Number.POSITIVE_INFINITY : 10;
}

/**
 * pre-push gets "<local ref> <local sha> <remote ref> <remote sha>" lines on stdin; a new branch
 * (remote sha all zeros) is checked for the commits no remote has yet.
 */
async function checkPush(workspace: Workspace, env: CommandEnv): Promise<Result<Outcome>> {
  const input = await env.readStdin(); // empty when run by hand: nothing is being pushed
  const revisions: string[] = [];
  for (const line of input.split('\n')) {
    const [, localSha, , remoteSha] = line.trim().split(' ');
    if (!localSha || /^0+$/.test(localSha)) continue;
    const known = remoteSha !== undefined && !/^0+$/.test(remoteSha) && hasCommit(workspace.repo.root, remoteSha);
    revisions.push(
      ...(known ? [`^${remoteSha}`, localSha as string] : [localSha as string, '--not', '--remotes', '--not']),
    );
  }
  if (revisions.length === 0) revisions.push(...preCommitFrameworkPush(env.env));
  if (revisions.length === 0) return ok({ exitCode: 0, stdout: '', stderr: '' });
  return checkRange(workspace, revisions, pushScope, env);
}

/**
 * The pre-commit framework reads git's pre-push lines itself and passes the first ref's range in its
 * environment instead: FROM..TO, or only the local branch when the push carries a new root commit.
 */
function preCommitFrameworkPush(env: NodeJS.ProcessEnv): string[] {
  if (env.PRE_COMMIT !== '1') return [];
  const { PRE_COMMIT_FROM_REF: from, PRE_COMMIT_TO_REF: to, PRE_COMMIT_LOCAL_BRANCH: local } = env;
  if (from && to) return [`^${from}`, to];
  return local ? [local, '--not', '--remotes'] : [];
}

async function checkRange(
  workspace: Workspace,
  revisions: string[],
  range: string,
  env: CommandEnv,
): Promise<Result<Outcome>> {
  const checked = await checkCommits(workspace, revisions, range, env.env);
  if (!checked.ok) return checked;
  const { commits, blocking, passed } = checked.value;
  const demoNote = passedAsDemo(passed, listedPassed(env));
  const first = blocking[0];
  if (!first)
    return ok({
      exitCode: 0,
      stdout: '',
      stderr: demoNote + (env.env.GIT_VALUE_DEBUG ? commitsChecked(commits.length) : ''),
    });
  const waysOut = historyWaysOut(
    { id: firstBlockingId(blocking), commit: first.commit, isLast: first.commit === commits[commits.length - 1] },
    commandForPeople(workspace.repo.root, env.env),
  );
  return ok({
    exitCode: EXIT_FINDINGS,
    stdout: '',
    stderr: blockedMessage(blocking, painter(env.color), waysOut, rangeScope(commits.length, range)) + demoNote,
  });
}

function firstBlockingId(blocking: readonly GateCandidate[]): string {
  const first = blocking[0]?.finding;
  return first ? makeEntryId(first.ruleId, first.path, first.fingerprint) : 'ID';
}

/** The hook says only what leaves content unchecked; GIT_VALUE_DEBUG=1 lists every note. */
function formatGateNotes(notes: readonly Note[], env: CommandEnv): string {
  return formatNotes(env.env.GIT_VALUE_DEBUG ? notes : notes.filter(isAlwaysShown));
}
