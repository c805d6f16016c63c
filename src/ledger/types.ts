// The committed ledger, .value/ledger.json. Holds facts only: values that drift with time or global
// state (age, churn, normalised scores) are computed when rendering, so a commit's ledger diff touches
// only the entries of the files it changed.
import type { Category, Severity } from '../findings/types.js';

export const LEDGER_VERSION = 1;
export const LEDGER_PATH = '.value/ledger.json';
/**
 * Where `scan --history` records how far it got (HEAD when it ran), for `--incremental`. Committed beside
 * the ledger, so the weekly CI scan (a fresh clone) starts where the last one stopped.
 */
export const HISTORY_RECORD_PATH = '.value/history-scan.json';

export type EntryStatus = 'open' | 'allowed' | 'resolved';

/** `by` of a decision made by a `git-value:allow` comment rather than a person running `allow`. */
export const INLINE_ALLOW_BY = 'inline comment';

export interface AllowDecision {
  reason: string;
  /** `Name <email>` from git config, or 'inline comment' for a `git-value:allow` comment. */
  by: string;
  /** ISO date (YYYY-MM-DD). */
  at: string;
}

export interface ResolvedRecord {
  /** Commit that removed the finding, when known (a scan or refresh knows it). */
  commit?: string;
  /**
   * The pre-commit hook runs before its commit exists: it records HEAD at that moment, and the
   * resolving commit is the first commit after it (filled in by the next refresh or scan).
   */
  parent?: string;
  at: string;
}

export interface DoneRecord {
  hours: number;
  at: string;
  by: string;
}

/**
 * A credential found in the repository's history (`scan --history`): it was committed, so it must be
 * rotated whatever the tree holds now. Such an entry is written only by `scan --history`; the hook,
 * `refresh` and `scan` keep it as it is.
 */
export interface HistoryRecord {
  /** Commits that added it (full ids, oldest first), at most HISTORY_LIST_LIMIT. */
  commits: string[];
  /** How many commits added it in all (commits may list fewer). */
  commitCount: number;
  /** Paths it was added at, sorted, at most HISTORY_LIST_LIMIT. */
  paths: string[];
  /** Whether HEAD's tree still holds it (then the tree's own entry asks for the code fix too). */
  inHead: boolean;
}

export const HISTORY_LIST_LIMIT = 10;

export interface LedgerEntry {
  /** Unique, stable id shown to users: `<family>-<10 hex>` from path + fingerprint. */
  id: string;
  ruleId: string;
  category: Category;
  severity: Severity;
  path: string;
  line: number;
  endLine?: number;
  title: string;
  evidence?: string;
  fingerprint: string;
  status: EntryStatus;
  /** ISO date the finding first entered the ledger (HEAD's commit date on a scan). */
  firstSeen: string;
  confidence: number;
  effortHours: number;
  facts?: Record<string, number | string>;
  history?: HistoryRecord;
  allow?: AllowDecision;
  resolved?: ResolvedRecord;
  done?: DoneRecord;
}

export interface Ledger {
  version: number;
  entries: LedgerEntry[];
}
