import type { Finding } from '../findings/types.js';
import { firstCommitAfter } from '../git/history.js';
import { compareEntries } from '../ledger/format.js';
import { reconcileEntries } from '../ledger/reconcile.js';
import type { LedgerEntry } from '../ledger/types.js';

export interface RebuildContext {
  head?: string;
  /** HEAD's commit date: a rebuild of the same tree gives the same ledger, byte for byte. */
  headDate: string;
  ranPrefixes: readonly string[];
}

/** The new ledger's entries, in the ledger's order. */
export function rebuildLedger(
  root: string,
  previous: readonly LedgerEntry[],
  findings: readonly Finding[],
  context: RebuildContext,
): LedgerEntry[] {
  const resolved = context.head ? { commit: context.head, at: context.headDate } : { at: context.headDate };
  const entries = reconcileEntries(
    previous.map((entry) => withResolvingCommit(root, entry)),
    findings,
    {
      firstSeen: context.headDate,
      resolved,
      isReconciled: (ruleId) => context.ranPrefixes.some((prefix) => ruleId.startsWith(prefix)),
    },
  );
  return [...entries].sort(compareEntries);
}

const resolvingCommits = new Map<string, string | undefined>();

/** The hook recorded HEAD before its commit; now that the commit exists, name it. */
function withResolvingCommit(root: string, entry: LedgerEntry): LedgerEntry {
  const parent = entry.resolved?.parent;
  if (!entry.resolved || entry.resolved.commit || !parent) return entry;
  if (!resolvingCommits.has(parent)) resolvingCommits.set(parent, firstCommitAfter(root, parent));
  const commit = resolvingCommits.get(parent);
  return commit ? { ...entry, resolved: { commit, at: entry.resolved.at } } : entry;
}
