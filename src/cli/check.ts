import { analyzeFiles, enabledAnalyzers } from '../analyzers/analyze-files.js';
import type { Finding } from '../findings/types.js';
import { fail, ok, type Result } from '../findings/result.js';
import { firstParentOf, hasCommit, listCommitsOldestFirst } from '../git/commit-list.js';
import { EMPTY_TREE } from '../git/repo.js';
import { touches } from '../findings/line-ranges.js';
import { makeEntryId } from '../ledger/entry-id.js';
import { withLedgerLock } from '../ledger/lock.js';
import { LEDGER_PATH, type LedgerEntry } from '../ledger/types.js';
import { allowedByDecision, selectBlocking, type GateCandidate } from '../workflow/gate.js';
import { readGateFacts } from '../workflow/gate-facts.js';
import { readChanges, type ChangeSet } from '../workflow/read-changes.js';
import { carryPendingRefresh, hasPendingRefresh } from '../workflow/deferred-refresh.js';
import { noteCredentialShapes } from '../workflow/binary-strings.js';
import { checkStagedLedger, editLedger } from '../workflow/ledger-edit.js';
import { replaceEntries } from '../workflow/update-ledger.js';
import { usageError, type ParsedArgs } from './arguments.js';
import { checkCommand } from './command-table.js';
import {
  blockedWaysOut,
  blockedWhy,
  formatNotes,
  historyWaysOut,
  passedAsDemo,
  preCommitReadOnly,
} from './messages.js';
import { errorOutcome, EXIT_FINDINGS, painter, type CommandEnv, type Outcome } from './output.js';
import { commandForPeople } from './self-command.js';
import { createTimer } from './timings.js';
import { openWorkspace, type Workspace } from '../workflow/workspace.js';
import { isAlwaysShown, type Note } from '../findings/note.js';

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
  return usageError(checkCommand, 'check needs --staged, --range A..B or --pre-push');
}

async function check(options: CheckOptions, env: CommandEnv): Promise<Result<Outcome>> {
  const mark = createTimer(env);
  const workspace = await openWorkspace(env);
  if (!workspace.ok) return workspace;
  mark('repo + config');
  if (options.mode === 'range')
    return checkRange(workspace.value, [options.range as string], options.range as string, env);
  if (options.mode === 'pre-push') return checkPush(workspace.value, env);
  const { repo } = workspace.value;
  const base = repo.head ?? EMPTY_TREE;
  const gate = await gateDiff(workspace.value, ['--cached', base], env, mark);
  if (!gate.ok) return gate;
  const stagedLedger = gate.value.changeSet.changes.find((change) => change.path === LEDGER_PATH && change.newBlob);
  if (stagedLedger) {
    const checked = checkStagedLedger(repo, stagedLedger.newBlob as string);
    if (!checked.ok) return checked;
  }
  const { changeSet, findings, ranPrefixes, blocking, allowed, passed } = gate.value;
  const paint = painter(env.color);
  const demoNote = passedAsDemo(passed, listedPassed(env));
  const shapes = await noteCredentialShapes(changeSet.binaryStrings, changeSet.configFor);
  const notes = formatGateNotes([...changeSet.notes, ...shapes], env);
  if (blocking.length > 0)
    return ok({
      exitCode: EXIT_FINDINGS,
      stdout: '',
      stderr:
        formatBlocked(
          blocking,
          paint,
          blockedWaysOut(firstBlockingId(blocking), commandForPeople(repo.root, env.env)),
        ) +
        demoNote +
        notes,
    });
  let stderr = demoNote + notes;
  if (options.updateLedger && env.env.PRE_COMMIT !== '1' && hasPendingRefresh(repo.gitDir)) {
    const carried = await withLedgerLock(repo.root, () => carryPendingRefresh(repo.root, repo.gitDir, repo.head));
    if (!carried.ok) return carried;
    stderr += carried.value.map((note) => `git-value: ${note}\n`).join('');
    mark('carry the deferred refresh');
  }
  if (options.updateLedger && changeSet.touchedPaths.size > 0) {
    if (env.env.PRE_COMMIT === '1')
      return ok({
        exitCode: 0,
        stdout: '',
        stderr: `${stderr}${preCommitReadOnly(commandForPeople(repo.root, env.env))}\n`,
      });
    const today = env.now.toISOString().slice(0, 10);
    const updated = await editLedger(repo, { check: 'known', stage: true, flush: false }, (source) => {
      mark('read ledger');
      const resolved = repo.head ? { parent: repo.head, at: today } : { at: today };
      const next = replaceEntries(source, changeSet.touchedPaths, findings, {
        firstSeen: today,
        resolved,
        isReconciled: (ruleId) => ranPrefixes.some((prefix) => ruleId.startsWith(prefix)),
        copySources: allowedByDecision(allowed),
      });
      return ok(next.changed ? { value: undefined, write: { pieces: next.pieces } } : { value: undefined });
    });
    mark('write and stage ledger');
    if (!updated.ok) return updated;
  }
  if (env.env.GIT_VALUE_DEBUG)
    stderr += `git-value: ${changeSet.files.length} files analysed, ${findings.length} findings\n`;
  return ok({ exitCode: 0, stdout: '', stderr });
}

interface GateRun {
  changeSet: ChangeSet;
  findings: Finding[];
  ranPrefixes: string[];
  blocking: GateCandidate[];
  /** Ledger entries whose allow let a finding through (read only when a security finding was found). */
  allowed: LedgerEntry[];
  /** Demo values on the lines the diff adds: passed, and said so. */
  passed: Finding[];
}

/** How many passed demo values a gate message lists (all of them with GIT_VALUE_DEBUG). */
function listedPassed(env: CommandEnv): number {
  return env.env.GIT_VALUE_DEBUG ? Number.POSITIVE_INFINITY : 10;
}

/** Analyse the new side of one diff and pick what blocks; shared by --staged and each commit of --range. */
async function gateDiff(
  workspace: Workspace,
  diffArgs: string[],
  env: CommandEnv,
  mark: (phase: string) => void,
): Promise<Result<GateRun>> {
  const { repo, config } = workspace;
  const changeSet = await readChanges(repo.root, diffArgs, workspace.resolveConfigs);
  if (!changeSet.ok) return changeSet;
  mark(`read ${changeSet.value.files.length} changed files`);
  const { configFor } = changeSet.value;
  const run = await analyzeFiles(changeSet.value.files, configFor, (config) => enabledAnalyzers(config, 'hook'));
  mark(`analyse (${run.findings.length} findings)`);
  const facts = readGateFacts({ ...repo, ...changeSet.value, env: env.env });
  const blocking = await selectBlocking(run.findings, configFor, facts);
  if (!blocking.ok) return blocking;
  mark('gate');
  return ok({
    changeSet: changeSet.value,
    findings: run.findings,
    ranPrefixes: run.ranPrefixes,
    blocking: blocking.value,
    allowed: facts.allowedEntriesRead(),
    passed: run.passed.filter((finding) =>
      touches(facts.added.get(finding.path) ?? [], finding.line, finding.endLine ?? finding.line),
    ),
  });
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
  return checkRange(workspace, revisions, 'the commits being pushed', env);
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
  const { repo } = workspace;
  const listed = listCommitsOldestFirst(repo.root, revisions);
  if (!listed.ok)
    return fail({
      code: 'USAGE',
      message: `cannot list the commits in '${range}'`,
      fix: 'give a range git understands, such as origin/main..HEAD (fetch first if a ref is missing)',
      cause: listed.error.cause,
    });
  const commits = listed.value;
  const blocking: GateCandidate[] = [];
  const passed: Finding[] = [];
  const seen = new Set<string>();
  for (const commit of commits) {
    const parent = firstParentOf(repo.root, commit);
    if (!parent.ok) return parent;
    const gate = await gateDiff(workspace, [parent.value, commit], env, () => {});
    if (!gate.ok) return gate;
    for (const candidate of gate.value.blocking) {
      const key = `${candidate.finding.path}\0${candidate.finding.fingerprint}`;
      if (!seen.has(key)) blocking.push({ ...candidate, commit } as GateCandidate);
      seen.add(key);
    }
    for (const finding of gate.value.passed) {
      const key = `${finding.path}\0${finding.fingerprint}`;
      if (!seen.has(key)) passed.push(finding);
      seen.add(key);
    }
  }
  const demoNote = passedAsDemo(passed, listedPassed(env));
  if (blocking.length === 0)
    return ok({
      exitCode: 0,
      stdout: '',
      stderr: demoNote + (env.env.GIT_VALUE_DEBUG ? `git-value: ${commits.length} commits checked\n` : ''),
    });
  const paint = painter(env.color);
  const first = blocking[0] as GateCandidate & { commit: string };
  const waysOut = historyWaysOut(
    { id: firstBlockingId(blocking), commit: first.commit, isLast: first.commit === commits[commits.length - 1] },
    commandForPeople(repo.root, env.env),
  );
  return ok({
    exitCode: EXIT_FINDINGS,
    stdout: '',
    stderr: formatBlocked(blocking, paint, waysOut, `${commits.length} commit(s) in ${range}`) + demoNote,
  });
}

function firstBlockingId(blocking: readonly GateCandidate[]): string {
  const first = blocking[0]?.finding;
  return first ? makeEntryId(first.ruleId, first.path, first.fingerprint) : 'ID';
}

function formatBlocked(
  blocking: readonly (GateCandidate & { commit?: string })[],
  paint: ReturnType<typeof painter>,
  waysOut: readonly string[],
  scope = 'this commit',
): string {
  const lines = [
    `${paint(['red', 'bold'], 'git-value: blocked')} — ${scope} adds ${blocking.length} security finding${blocking.length === 1 ? '' : 's'}:`,
    '',
  ];
  for (const { finding, score, commit } of blocking) {
    const id = makeEntryId(finding.ruleId, finding.path, finding.fingerprint);
    lines.push(
      `  ${paint('bold', `${finding.path}:${finding.line}`)}  ${finding.ruleId}  ${finding.evidence ?? ''}`.trimEnd(),
    );
    lines.push(`    ${finding.title} — score ${Math.round(score)} reaches block.minScore`);
    lines.push(`    id: ${id}${commit ? `  commit: ${commit.slice(0, 12)}` : ''}`);
  }
  lines.push('', blockedWhy, ...waysOut, '');
  return lines.join('\n');
}

/** The hook says only what leaves content unchecked; GIT_VALUE_DEBUG=1 lists every note. */
function formatGateNotes(notes: readonly Note[], env: CommandEnv): string {
  return formatNotes(env.env.GIT_VALUE_DEBUG ? notes : notes.filter(isAlwaysShown));
}
