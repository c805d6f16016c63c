import { compareText } from '../findings/create-finding.js';
import { hashParts } from '../findings/hash.js';
import { HISTORY_LIST_LIMIT, type LedgerEntry } from '../ledger/types.js';
import { allowedByDecision, keyOf } from './gate.js';
import type { HistorySecret } from './history-secrets.js';

// History findings are credentials to rotate, not code to fix: one entry per value (rule + fingerprint),
// kept apart from the tree's entries (its own id, a `history` block) so the hook, refresh and scan leave
// them alone, and a commit that does not add the value again is never blocked by it.

/** `secret-<10 hex>` from the value alone: a history entry's id does not move with the paths that held it. */
export function makeHistoryEntryId(ruleId: string, fingerprint: string): string {
  return `${ruleId.split('/')[0]}-${hashParts(['history', ruleId, fingerprint], 10)}`;
}

export interface HistoryMerge {
  /** The scan covered every commit reachable from any ref (not only those after --since). */
  complete: boolean;
  /** Rule + fingerprint keys of the secrets HEAD's tree holds now. */
  inHead: ReadonlySet<string>;
  today: string;
}

/**
 * The ledger's entries with the history findings of a scan merged in. A value found again keeps its
 * entry's triage (allowed, done) and gains the new commits and paths; after a complete scan a value no
 * longer reachable from any ref (history rewritten, branch deleted) is resolved. A value someone allowed
 * in the tree (a known fake) is allowed in history too, with the same decision.
 */
export function mergeHistoryEntries(
  previous: readonly LedgerEntry[],
  found: readonly HistorySecret[],
  merge: HistoryMerge,
): LedgerEntry[] {
  const tree = previous.filter((entry) => !entry.history);
  const before = new Map(previous.filter((entry) => entry.history).map((entry) => [entry.id, entry]));
  const decisions = new Map(allowedByDecision(tree).map((entry) => [keyOf(entry), entry.allow]));
  const next: LedgerEntry[] = [...tree];
  const seen = new Set<string>();
  for (const secret of found) {
    const { finding } = secret;
    const id = makeHistoryEntryId(finding.ruleId, finding.fingerprint);
    seen.add(id);
    const old = before.get(id);
    const commits = mergeLists(
      merge.complete ? [] : (old?.history?.commits ?? []),
      secret.commits.map((commit) => commit.commit),
      false,
    );
    const newCommits = secret.commits.filter((commit) => !old?.history?.commits.includes(commit.commit)).length;
    const commitCount = merge.complete || !old?.history ? secret.commits.length : old.history.commitCount + newCommits;
    const paths = mergeLists(merge.complete ? [] : (old?.history?.paths ?? []), secret.paths, true);
    const oldest = secret.commits[0]?.date ?? merge.today;
    const firstSeen = old && old.firstSeen < oldest ? old.firstSeen : oldest;
    const inHead = merge.inHead.has(keyOf(finding));
    const decision = old?.allow ?? decisions.get(keyOf(finding));
    const entry: LedgerEntry = {
      path: old && !merge.complete ? old.path : finding.path,
      line: old && !merge.complete ? old.line : finding.line,
      id,
      ruleId: finding.ruleId,
      category: finding.category,
      severity: finding.severity,
      title: rotationTitle(finding.title),
      fingerprint: finding.fingerprint,
      status: decision ? 'allowed' : 'open',
      firstSeen,
      confidence: finding.confidence,
      effortHours: finding.effortHours,
      history: {
        commits: commits.slice(0, HISTORY_LIST_LIMIT),
        commitCount,
        paths: paths.slice(0, HISTORY_LIST_LIMIT),
        inHead,
      },
    };
    if (finding.endLine !== undefined && !(old && !merge.complete)) entry.endLine = finding.endLine;
    else if (old?.endLine !== undefined && !merge.complete) entry.endLine = old.endLine;
    if (finding.evidence) entry.evidence = finding.evidence;
    if (decision) entry.allow = decision;
    if (old?.done) entry.done = old.done;
    next.push(entry);
  }
  for (const [id, old] of before) {
    if (seen.has(id)) continue;
    const inHead = merge.inHead.has(keyOf(old));
    const history = { ...(old.history as NonNullable<LedgerEntry['history']>), inHead };
    if (!merge.complete || old.status !== 'open') next.push({ ...old, history });
    else next.push({ ...old, history, status: 'resolved', resolved: { at: merge.today } });
  }
  return next;
}

/** Oldest first as given (commits), or sorted (paths); the first HISTORY_LIST_LIMIT are what the ledger keeps. */
function mergeLists(old: readonly string[], added: readonly string[], sort: boolean): string[] {
  const merged = [...old];
  for (const item of added) if (!merged.includes(item)) merged.push(item);
  return sort ? merged.sort(compareText) : merged;
}

/** "GitHub personal access token in src/a.py" → "… in src/a.py, committed to history: rotate it". */
export function rotationTitle(title: string): string {
  return `${title}, committed to history: rotate it`;
}
