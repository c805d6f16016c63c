import { fail, ok, type Result, type UserError } from '../findings/result.js';
import { listFileCommits, readFileAt } from '../git/history.js';
import { readAtHead, readStaged } from '../git/worktree-state.js';
import { compareEntries, formatLedger, parseLedger } from '../ledger/format.js';
import { salvageLines, type Contradiction, type UnreadableLine } from '../ledger/salvage.js';
import { openLedgerText, type LedgerText } from '../ledger/splice.js';
import { LEDGER_PATH, type LedgerEntry } from '../ledger/types.js';
import type { LedgerRepo, LedgerSource } from './ledger-edit.js';
import { readLedgerOrStaged } from './update-ledger.js';

// scan --rebuild over a damaged or conflicted ledger never drops a decision without a word
// (issue 14): it keeps every entry it can still read, takes the others from the newest readable
// ledger in the index or history, and stops, naming each one, when a decision would be lost.

const HISTORY_LIMIT = 50; // commits of the ledger searched for a readable one
const REBUILD = "'git-value scan --rebuild'";
const DISCARD = "'git-value scan --rebuild --discard-unreadable'";

interface Readable {
  /** 'the staged ledger', 'HEAD', or a short commit id. */
  where: string;
  entries: LedgerEntry[];
}

export interface RecoveryPlan {
  entries: LedgerEntry[];
  /** Decisions no readable ledger holds: lost if the rebuild goes on. */
  lost: UnreadableLine[];
  contradictions: Contradiction[];
  notes: string[];
}

/** The newest ledger that parses: the staged one, then each commit that changed it (HEAD first). */
function newestReadable(root: string): Readable | undefined {
  const staged = readStaged(root, LEDGER_PATH);
  if (staged) {
    const parsed = parseLedger(staged.toString('utf8'), LEDGER_PATH);
    if (parsed.ok) return { where: 'the staged ledger', entries: parsed.value.entries };
  }
  const commits = listFileCommits(root, LEDGER_PATH, HISTORY_LIMIT);
  if (!commits.ok) return undefined;
  const versions = readFileAt(root, LEDGER_PATH, commits.value);
  if (!versions.ok) return undefined;
  for (const { commit, text } of versions.value) {
    const parsed = parseLedger(text, LEDGER_PATH);
    if (parsed.ok) return { where: `commit ${commit.slice(0, 12)}`, entries: parsed.value.entries };
  }
  return undefined;
}

/** What a rebuild over the damaged ledger would keep, recover and lose. */
export function planRecovery(repo: LedgerRepo): Result<RecoveryPlan> {
  const text = readLedgerOrStaged(repo.root);
  if (!text.ok) return text;
  const salvage = salvageLines(text.value ?? '');
  const readable = newestReadable(repo.root);
  const kept = new Map(salvage.entries.map((entry) => [entry.id, entry]));
  const recovered = (readable?.entries ?? []).filter((entry) => !kept.has(entry.id));
  const entries = [...salvage.entries, ...recovered].sort(compareEntries);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const lost = salvage.unreadable.filter(
    (line) => line.decisions.length > 0 && !line.decisions.every((key) => line.id && byId.get(line.id)?.[key]),
  );
  const notes = [
    `${LEDGER_PATH} could not be read: ${salvage.entries.length} entries kept from its readable lines` +
      (readable ? `, ${recovered.length} taken from ${readable.where} (the newest readable ledger)` : '') +
      (salvage.unreadable.length > 0 ? `; ${salvage.unreadable.length} unreadable line(s) dropped` : ''),
  ];
  return ok({ entries, lost, contradictions: salvage.contradictions, notes });
}

/**
 * The source a rebuild starts from when the ledger is damaged, or the error that names every
 * decision it would lose. `discard`: go on anyway (--discard-unreadable); a contradiction keeps ours.
 */
export function recoverForRebuild(repo: LedgerRepo, discard: boolean, notes: string[]): Result<LedgerSource> {
  const plan = planRecovery(repo);
  if (!plan.ok) return plan;
  const { entries, lost, contradictions } = plan.value;
  if (!discard && (lost.length > 0 || contradictions.length > 0)) return fail(wouldLose(lost, contradictions));
  notes.push(...plan.value.notes);
  if (discard && lost.length + contradictions.length > 0)
    notes.push(`dropped as asked: ${describeLoss(lost, contradictions).join('; ')}`);
  return ok({ canonical: false, ledger: openLedgerText(formatLedger(entries), true) as LedgerText, entries });
}

function wouldLose(lost: readonly UnreadableLine[], contradictions: readonly Contradiction[]): UserError {
  const lines = [...new Set([...lost.map((item) => item.line), ...contradictions.map((item) => item.line)])];
  return {
    code: 'LEDGER_CORRUPT',
    file: LEDGER_PATH,
    message: `a rebuild of ${LEDGER_PATH} would lose decisions that no readable ledger holds:\n${describeLoss(
      lost,
      contradictions,
    )
      .map((item) => `  ${item}`)
      .join('\n')}`,
    fix: `repair line ${lines.join(', ')} of ${LEDGER_PATH} by hand (one entry per line; of a conflict block keep one side) and rebuild again, or drop those decisions with ${DISCARD}`,
  };
}

function describeLoss(lost: readonly UnreadableLine[], contradictions: readonly Contradiction[]): string[] {
  return [
    ...lost.map(
      (item) =>
        `line ${item.line}: the ${item.decisions.join(' and ')} decision of ${item.id ?? 'an entry whose id cannot be read'}` +
        ` (${item.text.length > 120 ? `${item.text.slice(0, 120)}…` : item.text})`,
    ),
    ...contradictions.map(
      ({ line, ours, theirs }) =>
        `line ${line}: ${ours.id} is decided differently on the two sides of a conflict (${decision(ours)} / ${decision(theirs)})`,
    ),
  ];
}

function decision(entry: LedgerEntry): string {
  if (entry.allow) return `allowed by ${entry.allow.by} on ${entry.allow.at}: "${entry.allow.reason}"`;
  if (entry.done) return `done in ${entry.done.hours} h, by ${entry.done.by} on ${entry.done.at}`;
  return entry.status;
}

/**
 * The error of a damaged ledger with a way out that works in this state: a rebuild when it keeps
 * every decision (and going back to HEAD's ledger when that one is readable), else what a rebuild
 * would lose and how to keep it.
 */
export function explainDamage(repo: LedgerRepo, error: UserError): Result<never> {
  const plan = planRecovery(repo);
  if (!plan.ok) return fail(error);
  const { lost, contradictions } = plan.value;
  if (lost.length > 0 || contradictions.length > 0) {
    const loss = wouldLose(lost, contradictions);
    return fail({ ...error, message: `${error.message}\n${loss.message}`, fix: loss.fix });
  }
  const fix =
    `run ${REBUILD} (it keeps every decision it can read and takes the rest from the ledger's history)` +
    (headHoldsEveryDecision(repo.root, plan.value.entries)
      ? `, or go back to the committed ledger with 'git checkout HEAD -- ${LEDGER_PATH}'`
      : '');
  return fail({ ...error, fix });
}

/** Whether HEAD's ledger is readable and holds every decision the damaged one still shows (then going back loses none). */
function headHoldsEveryDecision(root: string, entries: readonly LedgerEntry[]): boolean {
  const head = readAtHead(root, LEDGER_PATH);
  if (!head) return false;
  const parsed = parseLedger(head.toString('utf8'), LEDGER_PATH);
  if (!parsed.ok) return false;
  const committed = new Map(parsed.value.entries.map((entry) => [entry.id, entry]));
  const key = (entry: LedgerEntry | undefined) => JSON.stringify([entry?.allow ?? null, entry?.done ?? null]);
  return entries.every((entry) => (!entry.allow && !entry.done) || key(entry) === key(committed.get(entry.id)));
}
