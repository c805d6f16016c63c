import { formatEntry } from './format.js';
import type { EntryStatus, LedgerEntry } from './types.js';

export interface MergeResult {
  entries: LedgerEntry[];
  /** Entries whose triage decisions genuinely contradict: both sides decided differently. */
  conflicts: { ours: LedgerEntry; theirs: LedgerEntry }[];
}

// Status precedence when both sides changed an entry: resolved > allowed > open. A finding removed on
// one side stays resolved (the post-merge refresh reopens it if the merged tree still has it).
const STATUS_RANK: Record<EntryStatus, number> = { open: 0, allowed: 1, resolved: 2 };

const same = (a: LedgerEntry | undefined, b: LedgerEntry | undefined) =>
  a && b ? formatEntry(a) === formatEntry(b) : a === b;

/**
 * Three-way union keyed by entry id: no entry is ever dropped, a side that left an entry as it was
 * in the base yields to the side that changed it, and allow/done decisions from either side are kept.
 */
export function mergeLedgers(
  base: readonly LedgerEntry[],
  ours: readonly LedgerEntry[],
  theirs: readonly LedgerEntry[],
): MergeResult {
  const baseById = new Map(base.map((entry) => [entry.id, entry]));
  const theirsById = new Map(theirs.map((entry) => [entry.id, entry]));
  const entries: LedgerEntry[] = [];
  const conflicts: MergeResult['conflicts'] = [];
  const seen = new Set<string>();
  for (const mine of ours) {
    seen.add(mine.id);
    const other = theirsById.get(mine.id);
    const original = baseById.get(mine.id);
    if (!other || same(mine, other) || same(other, original)) entries.push(mine);
    else if (same(mine, original)) entries.push(other);
    else {
      const merged = combine(mine, other, original);
      if (merged) entries.push(merged);
      else {
        conflicts.push({ ours: mine, theirs: other });
        entries.push(mine);
      }
    }
  }
  for (const other of theirs) if (!seen.has(other.id)) entries.push(other);
  return { entries, conflicts };
}

function combine(ours: LedgerEntry, theirs: LedgerEntry, base: LedgerEntry | undefined): LedgerEntry | undefined {
  const allow = pickDecision(ours.allow, theirs.allow, base?.allow);
  const done = pickDecision(ours.done, theirs.done, base?.done);
  if (allow === CONTRADICTION || done === CONTRADICTION) return undefined;
  // location and title from the side where the finding still lives
  const live = STATUS_RANK[theirs.status] < STATUS_RANK[ours.status] ? theirs : ours;
  const status = STATUS_RANK[ours.status] >= STATUS_RANK[theirs.status] ? ours.status : theirs.status;
  const merged: LedgerEntry = { ...live, status: status === 'open' && allow ? 'allowed' : status };
  delete merged.allow;
  delete merged.done;
  delete merged.resolved;
  if (allow) merged.allow = allow;
  if (done) merged.done = done;
  const resolved = ours.resolved ?? theirs.resolved;
  if (merged.status === 'resolved' && resolved) merged.resolved = resolved;
  if (merged.status === 'resolved' && !resolved) merged.status = allow ? 'allowed' : 'open';
  merged.firstSeen = ours.firstSeen < theirs.firstSeen ? ours.firstSeen : theirs.firstSeen;
  return merged;
}

const CONTRADICTION = Symbol('contradiction');

function pickDecision<T>(
  ours: T | undefined,
  theirs: T | undefined,
  base: T | undefined,
): T | undefined | typeof CONTRADICTION {
  const key = (value: T | undefined) => JSON.stringify(value ?? null);
  if (key(ours) === key(theirs)) return ours;
  if (key(ours) === key(base)) return theirs ?? ours;
  if (key(theirs) === key(base)) return ours ?? theirs;
  if (ours === undefined) return theirs;
  if (theirs === undefined) return ours;
  return CONTRADICTION;
}
