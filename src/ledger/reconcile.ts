import type { Finding } from '../findings/types.js';
import { makeEntryId } from './entry-id.js';
import { INLINE_ALLOW_BY, type LedgerEntry, type ResolvedRecord } from './types.js';

export interface ReconcileContext {
  /** ISO date recorded as firstSeen for new findings (HEAD's date on a scan, today in the hook). */
  firstSeen: string;
  /** How disappearance is recorded: the resolving commit (scan) or HEAD before the commit (hook). */
  resolved: ResolvedRecord;
  /** Entries of rules outside this predicate are kept as they are (their analyzer did not run). */
  isReconciled(ruleId: string): boolean;
  /**
   * Allowed entries of other files (the hook reads only the changed files' entries): a new finding with
   * the same rule and fingerprint is a copy of an allowed value, recorded allowed as the gate let it pass.
   */
  copySources?: readonly LedgerEntry[];
}

const INLINE = INLINE_ALLOW_BY;
const INLINE_REASON = 'inline git-value:allow comment';

/**
 * Ledgers written before issue 11 hold one quality/docstring entry per undocumented symbol (18,723 on a
 * 25 MB library). Docstring gaps are now one item per file, so when the docstring analyzer runs again
 * those per-symbol entries are dropped, open or resolved alike, instead of piling up as resolved.
 */
export function isSymbolDocstringEntry(entry: LedgerEntry): boolean {
  return entry.ruleId === 'quality/docstring' && entry.facts?.functionName !== undefined;
}
const identity = (ruleId: string, fingerprint: string) => `${ruleId}\0${fingerprint}`;

/**
 * Pure: the previous entries of some files + the findings now in those files → their new entries.
 * A finding that was there before keeps its id, first-seen date and triage (allow, done); one that
 * is gone becomes resolved; a resolved one that comes back reopens. `previous` may hold entries of
 * a rename's old path: matched by rule + fingerprint, they move to the new path with their id.
 */
export function reconcileEntries(
  previous: readonly LedgerEntry[],
  findings: readonly Finding[],
  context: ReconcileContext,
): LedgerEntry[] {
  const byIdentity = new Map<string, LedgerEntry[]>();
  const next: LedgerEntry[] = [];
  for (const entry of previous) {
    // history entries (scan --history) belong to no file's current content: kept as they are
    if (entry.history) {
      next.push(entry);
      continue;
    }
    const key = identity(entry.ruleId, entry.fingerprint);
    const list = byIdentity.get(key) ?? [];
    // prefer an entry at the same path over one carried from a rename's old path
    list.push(entry);
    byIdentity.set(key, list);
  }
  const copySources = new Map<string, LedgerEntry>();
  for (const entry of context.copySources ?? []) copySources.set(identity(entry.ruleId, entry.fingerprint), entry);
  const used = new Set<LedgerEntry>();
  for (const finding of findings) {
    const candidates = byIdentity.get(identity(finding.ruleId, finding.fingerprint)) ?? [];
    const match =
      candidates.find((entry) => !used.has(entry) && entry.path === finding.path) ??
      candidates.find((entry) => !used.has(entry));
    if (match) used.add(match);
    const entry = entryFromFinding(finding, match, context);
    // a copy (same finding, its original still in place) is a new entry that keeps the original's age and allow
    const original = candidates[0] ?? copySources.get(identity(finding.ruleId, finding.fingerprint));
    next.push(match ? entry : inheritFromCopy(entry, original));
  }
  for (const entry of previous) {
    if (used.has(entry) || entry.history) continue;
    if (isSymbolDocstringEntry(entry) && context.isReconciled(entry.ruleId)) continue;
    if (!context.isReconciled(entry.ruleId) || entry.status === 'resolved') next.push(entry);
    else next.push({ ...entry, status: 'resolved', resolved: context.resolved });
  }
  return next;
}

function entryFromFinding(finding: Finding, previous: LedgerEntry | undefined, context: ReconcileContext): LedgerEntry {
  const entry: LedgerEntry = {
    path: finding.path,
    line: finding.line,
    id: previous?.id ?? makeEntryId(finding.ruleId, finding.path, finding.fingerprint),
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    title: finding.title,
    fingerprint: finding.fingerprint,
    status: 'open',
    firstSeen: previous?.firstSeen ?? earlier(context.firstSeen, finding.facts?.written),
    confidence: finding.confidence,
    effortHours: finding.effortHours,
  };
  if (finding.endLine !== undefined) entry.endLine = finding.endLine;
  if (finding.evidence !== undefined) entry.evidence = finding.evidence;
  const facts = withCarriedHistory(finding.facts, previous?.facts);
  if (facts) entry.facts = facts;
  if (previous?.done) entry.done = previous.done;
  if (previous?.allow && previous.allow.by !== INLINE) {
    entry.status = 'allowed';
    entry.allow = previous.allow;
  } else if (finding.inlineAllowed) {
    // the comment is the decision: its current words are the reason, dated when they were first seen
    const reason = finding.inlineAllowReason ?? INLINE_REASON;
    const at =
      previous?.allow?.by === INLINE && previous.allow.reason === reason ? previous.allow.at : context.firstSeen;
    entry.status = 'allowed';
    entry.allow = { reason, by: INLINE, at };
  }
  return entry;
}

/** A marker blamed to an older commit has been debt since then, not since the ledger first saw it. */
function earlier(date: string, written: number | string | undefined): string {
  return typeof written === 'string' && /^\d{4}-\d\d-\d\d$/.test(written) && written < date ? written : date;
}

/** Blame facts come from scan and refresh only; the hook keeps them rather than dropping them. */
function withCarriedHistory(facts: Finding['facts'], previous: Finding['facts']): Finding['facts'] {
  if (!previous || (previous.author === undefined && previous.written === undefined) || facts?.written !== undefined)
    return facts;
  const carried: Record<string, number | string> = { ...facts };
  if (previous.author !== undefined) carried.author = previous.author;
  if (previous.written !== undefined) carried.written = previous.written;
  return carried;
}

function inheritFromCopy(entry: LedgerEntry, original: LedgerEntry | undefined): LedgerEntry {
  if (!original) return entry;
  const inherited: LedgerEntry = {
    ...entry,
    firstSeen: original.firstSeen < entry.firstSeen ? original.firstSeen : entry.firstSeen,
  };
  if (original.allow && original.allow.by !== INLINE && !entry.allow) {
    inherited.status = 'allowed';
    inherited.allow = original.allow;
  }
  return inherited;
}
