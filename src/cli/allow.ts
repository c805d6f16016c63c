import { analyzeFiles, enabledAnalyzers } from '../analyzers/analyze-files.js';
import { compileGlobs } from '../config/glob.js';
import { fail, ok, type Result } from '../findings/result.js';
import type { Finding } from '../findings/types.js';
import { listRecentCommits, listUnpushedCommits } from '../git/commit-list.js';
import { EMPTY_TREE } from '../git/repo.js';
import { makeEntryId } from '../ledger/entry-id.js';
import { reconcileEntries } from '../ledger/reconcile.js';
import type { AllowDecision, LedgerEntry } from '../ledger/types.js';
import { editItemOrEntry, editOpenEntries, type EntryEdit } from '../workflow/edit-entry.js';
import { readIdentity } from '../git/identity.js';
import { findFindingAddedBy } from '../workflow/find-in-commits.js';
import { readChanges } from '../workflow/read-changes.js';
import { allowedMany, allowedOne, usageTexts } from './messages.js';
import { dryRunOutcome } from './dry-run.js';
import { errorOutcome, type CommandEnv, type Outcome } from './output.js';
import { openWorkspace, type Workspace } from '../workflow/workspace.js';
import { synopsis, usageError, type ParsedArgs } from './arguments.js';
import { allowCommand } from './command-table.js';

// Commits searched for an id that is neither in the ledger nor staged: those not pushed yet (what a
// refused push printed), else the latest ones (a range refused in CI, already on a remote branch).
const UNPUSHED_LIMIT = 200;
const RECENT_LIMIT = 50;

interface AllowOptions {
  id?: string;
  reason: string;
  all: boolean;
  family?: string;
  rule?: string;
  path?: string;
  /** Print the ledger change as a diff; write and stage nothing. */
  dryRun: boolean;
}

export async function run(args: ParsedArgs<typeof allowCommand>, env: CommandEnv): Promise<Outcome> {
  const options = allowOptions(args);
  if (!options.ok) return errorOutcome(options, env);
  const { all, dryRun } = options.value;
  const result = all ? await allowAll(options.value, env) : await allowOne(options.value, env);
  if (!result.ok) return errorOutcome(result, env);
  const said = all ? allowedMany(result.value.entries, options.value, dryRun) : allowedOne(result.value, dryRun);
  if (dryRun) return dryRunOutcome('allow', [result.value.preview], [said.trimEnd()]);
  return { exitCode: 0, stdout: said, stderr: '' };
}

function allowOptions({ values, positionals }: ParsedArgs<typeof allowCommand>): Result<AllowOptions> {
  const reason = values.reason?.trim();
  const all = Boolean(values.all);
  const filtered = values.family !== undefined || values.rule !== undefined || values.path !== undefined;
  if (!reason || (all ? positionals.length > 0 : positionals.length !== 1 || filtered))
    return usageError(
      allowCommand,
      all ? usageTexts.allowAllArguments : filtered ? usageTexts.allowFilters : usageTexts.allowArguments,
      usageTexts.allowFix(synopsis(allowCommand).join(' or ')),
    );
  const options: AllowOptions = { reason, all, dryRun: Boolean(values['dry-run']) };
  if (positionals[0] !== undefined) options.id = positionals[0];
  if (values.family !== undefined) options.family = values.family;
  if (values.rule !== undefined) options.rule = values.rule;
  if (values.path !== undefined) options.path = values.path;
  return ok(options);
}

function decisionOf(options: AllowOptions, root: string, env: CommandEnv): AllowDecision {
  return { reason: options.reason, by: readIdentity(root), at: env.now.toISOString().slice(0, 10) };
}

async function allowOne(options: AllowOptions, env: CommandEnv): Promise<Result<EntryEdit>> {
  const workspace = await openWorkspace(env);
  if (!workspace.ok) return workspace;
  const id = options.id as string;
  const { root } = workspace.value.repo;
  const decision = decisionOf(options, root, env);
  // an item id allows the findings it has now; one added later is a new finding, gated on its own
  return editItemOrEntry(workspace.value.repo, id, (entry) => ({ ...entry, status: 'allowed', allow: decision }), {
    insertIfMissing: () => findUnrecordedFinding(workspace.value, id, decision.at),
    pick: (entry) => entry.status === 'open',
    dryRun: options.dryRun,
  });
}

/** Every open entry the filters pick, one decision each: a baseline when adopting git-value. */
async function allowAll(options: AllowOptions, env: CommandEnv): Promise<Result<EntryEdit>> {
  const workspace = await openWorkspace(env);
  if (!workspace.ok) return workspace;
  const { root } = workspace.value.repo;
  const decision = decisionOf(options, root, env);
  const inPath = options.path ? compileGlobs([options.path]) : () => true;
  return editOpenEntries(
    workspace.value.repo,
    (entry) =>
      (!options.family || entry.ruleId.split('/')[0] === options.family) &&
      (!options.rule || entry.ruleId.startsWith(options.rule)) &&
      inPath(entry.path),
    (entry) => ({ ...entry, status: 'allowed', allow: decision }),
    options.dryRun,
  );
}

/**
 * A finding that is not in the ledger yet: one the staged change adds (a refused commit's), else one
 * that a commit adds (a refused push's or range's), searched as the gate found it.
 */
async function findUnrecordedFinding(
  workspace: Workspace,
  id: string,
  today: string,
): Promise<LedgerEntry | undefined> {
  const { repo } = workspace;
  const toEntry = (finding: Finding) =>
    reconcileEntries([], [finding], { firstSeen: today, resolved: { at: today }, isReconciled: () => true })[0];
  const changes = await readChanges(repo.root, ['--cached', repo.head ?? EMPTY_TREE], workspace.resolveConfigs);
  if (changes.ok) {
    const run = await analyzeFiles(changes.value.files, changes.value.configFor, (config) =>
      enabledAnalyzers(config, 'hook'),
    );
    const staged = run.findings.find((candidate) =>
      makeEntryId(candidate.ruleId, candidate.path, candidate.fingerprint).startsWith(id),
    );
    if (staged) return toEntry(staged);
  }
  if (!repo.head) return undefined;
  const searched = new Set<string>();
  for (const list of [listUnpushedCommits(repo.root, UNPUSHED_LIMIT), listRecentCommits(repo.root, RECENT_LIMIT)]) {
    const commits = list.ok ? list.value.filter((commit) => !searched.has(commit)) : [];
    for (const commit of commits) searched.add(commit);
    const found = await findFindingAddedBy(repo.root, commits, id, workspace.resolveConfigs);
    if (found.ok && found.value) return toEntry(found.value);
  }
  return undefined;
}
