import type { Finding } from '../findings/types.js';
import { readLedgerOrStaged } from './update-ledger.js';
import { ok, type Result } from '../findings/result.js';
import { runGit } from '../git/exec.js';
import { firstCommitAfter } from '../git/history.js';
import { formatLedger, parseLedger } from '../ledger/format.js';
import { reconcileEntries } from '../ledger/reconcile.js';
import { LEDGER_PATH, type LedgerEntry } from '../ledger/types.js';

/**
 * The previous ledger, whole. With `rebuild`, an unreadable work-tree ledger is set aside for the
 * committed one (or none), so `scan --rebuild` recovers while keeping the committed triage.
 */
export function readPreviousEntries(root: string, rebuild: boolean): Result<LedgerEntry[]> {
  const text = readLedgerOrStaged(root);
  if (!text.ok) return text;
  if (text.value === undefined) return ok([]);
  const parsed = parseLedger(text.value, LEDGER_PATH);
  if (parsed.ok) return ok(parsed.value.entries);
  if (!rebuild) return parsed;
  const committed = runGit(['show', `HEAD:${LEDGER_PATH}`], { cwd: root, okCodes: [128] });
  if (!committed.ok || committed.value.status !== 0) return ok([]);
  const fromHead = parseLedger(committed.value.stdout.toString('utf8'), `HEAD:${LEDGER_PATH}`);
  return ok(fromHead.ok ? fromHead.value.entries : []);
}

export interface RebuildContext {
  head?: string;
  /** HEAD's commit date: a rebuild of the same tree gives the same ledger, byte for byte. */
  headDate: string;
  ranPrefixes: readonly string[];
}

export function rebuildLedger(root: string, previous: readonly LedgerEntry[], findings: readonly Finding[], context: RebuildContext): string {
  const resolved = context.head ? { commit: context.head, at: context.headDate } : { at: context.headDate };
  const entries = reconcileEntries(previous.map((entry) => withResolvingCommit(root, entry)), findings, {
    firstSeen: context.headDate,
    resolved,
    isReconciled: (ruleId) => context.ranPrefixes.some((prefix) => ruleId.startsWith(prefix)),
  });
  return formatLedger(entries);
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
