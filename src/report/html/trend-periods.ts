import type { LedgerEntry } from '../../ledger/types.js';
import { estimateRawEffort } from '../../scoring/effort.js';
import { groupEntries, itemIdOf } from '../../scoring/group-items.js';
import { roundTo } from '../../scoring/types.js';
import type { PerCategory, TrendData } from './report-data-types.js';

// The report's trend: the ledger's git history cut into periods (days, weeks or months, by how long the
// history is), each shown as the ledger at the period's last commit. A past period's last commit never
// changes once the period is over, so what is computed for it can be cached by commit.

/** Periods drawn at most; older ones are counted as omitted. */
export const MAX_PERIODS = 120;
const DAY_SPAN_LIMIT = 90;
const WEEK_SPAN_LIMIT = 730;

export interface LedgerCommit {
  commit: string;
  /** YYYY-MM-DD as committed. */
  date: string;
}

export interface PeriodEnd {
  period: string;
  start: string;
  commit: string;
  date: string;
}

export function isoWeek(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  // the Thursday of the date's week names the week's year (ISO 8601)
  day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7));
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The first day of the period holding `date`. */
export function periodStart(date: string, granularity: TrendData['granularity']): string {
  if (granularity === 'day') return date;
  if (granularity === 'month') return `${date.slice(0, 7)}-01`;
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7)); // back to Monday
  return day.toISOString().slice(0, 10);
}

function periodOf(date: string, granularity: TrendData['granularity']): string {
  if (granularity === 'day') return date;
  if (granularity === 'month') return date.slice(0, 7);
  return isoWeek(date);
}

/**
 * The last ledger commit of each period, oldest period first. `commits` are newest first (git log
 * order), so the first commit met in a period is its last.
 */
export function pickPeriodEnds(commits: readonly LedgerCommit[]): {
  granularity: TrendData['granularity'];
  ends: PeriodEnd[];
  omitted: number;
} {
  const dates = commits.map((commit) => commit.date).sort();
  const span =
    dates.length > 1
      ? (Date.parse(dates[dates.length - 1] as string) - Date.parse(dates[0] as string)) / 86_400_000
      : 0;
  const granularity = span <= DAY_SPAN_LIMIT ? 'day' : span <= WEEK_SPAN_LIMIT ? 'week' : 'month';
  const ends: PeriodEnd[] = [];
  const seen = new Set<string>();
  for (const { commit, date } of commits) {
    const period = periodOf(date, granularity);
    if (seen.has(period)) continue;
    seen.add(period);
    ends.push({ period, start: periodStart(date, granularity), commit, date });
  }
  ends.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const omitted = Math.max(0, ends.length - MAX_PERIODS);
  return { granularity, ends: ends.slice(omitted), omitted };
}

/** What a ledger version says: open items and debt per category. */
export interface SnapshotSummary {
  open: PerCategory;
  debtHours: PerCategory;
}

/** How items moved between two ledger versions, per category. */
export interface SnapshotTransition {
  added: PerCategory;
  resolved: PerCategory;
  allowed: PerCategory;
}

/** Each entry's category and status, by id: what a transition compares. */
export type SnapshotState = Map<string, { category: string; status: string }>;

function bump(counts: PerCategory, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

/**
 * Debt is each open item's rule estimate, without today's churn, complexity or calibration, as in
 * BACKLOG.md's trend: a past period must not change when today's history does.
 */
export function summariseLedgerState(entries: readonly LedgerEntry[]): {
  summary: SnapshotSummary;
  state: SnapshotState;
} {
  const summary: SnapshotSummary = { open: {}, debtHours: {} };
  const state: SnapshotState = new Map();
  // counted as backlog items (a rule's findings in a file, each credential alone): an item is open while
  // any of its findings is, else allowed while any is allowed
  const rank = (status: string) => (status === 'open' ? 0 : status === 'allowed' ? 1 : 2);
  const valid = entries.filter((entry) => typeof entry?.id === 'string' && typeof entry.ruleId === 'string');
  for (const entry of valid) {
    const id = itemIdOf(entry);
    const known = state.get(id);
    if (!known || rank(String(entry.status)) < rank(known.status))
      state.set(id, { category: String(entry.category), status: String(entry.status) });
  }
  for (const item of groupEntries(valid.filter((entry) => entry.status === 'open'))) {
    bump(summary.open, item.category);
    bump(summary.debtHours, item.category, estimateRawEffort(item, undefined));
  }
  for (const key of Object.keys(summary.debtHours))
    summary.debtHours[key] = roundTo(summary.debtHours[key] as number, 2);
  return { summary, state };
}

/** Items open in `after` that were not open in `before`, and the reverse split by what they became. */
export function compareStates(before: SnapshotState, after: SnapshotState): SnapshotTransition {
  const transition: SnapshotTransition = { added: {}, resolved: {}, allowed: {} };
  for (const [id, now] of after)
    if (now.status === 'open' && before.get(id)?.status !== 'open') bump(transition.added, now.category);
  for (const [id, then] of before) {
    if (then.status !== 'open') continue;
    const now = after.get(id);
    if (now?.status === 'open') continue;
    bump(now?.status === 'allowed' ? transition.allowed : transition.resolved, then.category);
  }
  return transition;
}
