import type { LedgerEntry } from '../ledger/types.js';
import { groupEntries } from '../scoring/group-items.js';
import { estimateRawEffort } from '../scoring/effort.js';
import { roundTo } from '../scoring/types.js';
import type { TrendPoint } from './backlog-model.js';

/**
 * One trend point from a past version of the ledger: its open items (a rule's findings in a file, each
 * credential alone) and their debt. Debt is the items' rule estimates, without file complexity,
 * calibration or hotspot interest: those depend on today's history, and a past point must not change
 * when today's does.
 */
export function summariseSnapshot(commit: string, date: string, entries: readonly LedgerEntry[]): TrendPoint {
  const open = groupEntries(entries.filter((entry) => entry.status === 'open'));
  const debtHours = open.reduce((total, item) => total + estimateRawEffort(item, undefined), 0);
  return { commit, date, open: open.length, debtHours: roundTo(debtHours, 2) };
}
