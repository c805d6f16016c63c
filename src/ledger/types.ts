// The committed ledger, .value/ledger.json. Holds facts only: values that drift with time or global
// state (age, churn, normalised scores) are computed when rendering, so a commit's ledger diff touches
// only the entries of the files it changed.
import type { Category, Severity } from '../findings/types.js';

export const LEDGER_VERSION = 1;
export const LEDGER_PATH = '.value/ledger.json';

export type EntryStatus = 'open' | 'allowed' | 'resolved';

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
  allow?: AllowDecision;
  resolved?: ResolvedRecord;
  done?: DoneRecord;
}

export interface Ledger {
  version: number;
  entries: LedgerEntry[];
}
