import type { Finding } from '../findings/types.js';
import { readLedgerOrStaged } from './update-ledger.js';
import { ok, type Result } from '../findings/result.js';
import { readAtHead } from '../git/worktree-state.js';
import { firstCommitAfter } from '../git/history.js';
import { compareEntries, formatLedger, parseLedger } from '../ledger/format.js';
import { reconcileEntries } from '../ledger/reconcile.js';
import { LEDGER_PATH, type LedgerEntry } from '../ledger/types.js';

/**
 * The previous ledger, whole. With `rebuild`, an unreadable work-tree ledger is set aside for the
 * committed one (or none), so `scan --rebuild` recovers while keeping the committed triage.
 */
export interface PreviousLedger {
  entries: LedgerEntry[];
  /** The ledger file's text as read (undefined when there was none). */
  text: string | undefined;
}

export function readPreviousEntries(root: string, rebuild: boolean, earlier?: PreviousLedger): Result<PreviousLedger> {
  const text = readLedgerOrStaged(root);
  if (!text.ok) return text;
  if (text.value === undefined) return ok({ entries: [], text: undefined });
  // unchanged since the read before the scan (the usual case): no second parse of a large ledger
  if (earlier && earlier.text === text.value) return ok(earlier);
  const parsed = parseLedger(text.value, LEDGER_PATH);
  if (parsed.ok) return ok({ entries: parsed.value.entries, text: text.value });
  if (!rebuild) return parsed;
  const committed = readAtHead(root, LEDGER_PATH);
  if (committed === undefined) return ok({ entries: [], text: text.value });
  const fromHead = parseLedger(committed.toString('utf8'), `HEAD:${LEDGER_PATH}`);
  return ok({ entries: fromHead.ok ? fromHead.value.entries : [], text: text.value });
}

export interface RebuildContext {
  head?: string;
  /** HEAD's commit date: a rebuild of the same tree gives the same ledger, byte for byte. */
  headDate: string;
  ranPrefixes: readonly string[];
}

/** The new ledger's text, and its entries in the ledger's order. */
export function rebuildLedger(
  root: string,
  previous: readonly LedgerEntry[],
  findings: readonly Finding[],
  context: RebuildContext,
): { text: string; entries: LedgerEntry[] } {
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
  const sorted = [...entries].sort(compareEntries);
  return { text: formatLedger(sorted), entries: sorted };
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
