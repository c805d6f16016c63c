import { readFileHistory } from '../git/history.js';
import { ok, type Result } from '../findings/result.js';
import { LEDGER_PATH, type LedgerEntry } from '../ledger/types.js';
import type { TrendPoint } from '../report/backlog-model.js';

const TREND_POINTS = 60;

/** Open items and open debt hours at each commit that changed the ledger: its own git history. */
export function readLedgerTrend(cwd: string): Result<TrendPoint[]> {
  const history = readFileHistory(cwd, LEDGER_PATH, TREND_POINTS);
  if (!history.ok) return history;
  const points: TrendPoint[] = [];
  for (const snapshot of history.value) {
    let entries: LedgerEntry[];
    try {
      entries = (JSON.parse(snapshot.text) as { entries: LedgerEntry[] }).entries ?? [];
    } catch {
      continue; // a broken historical ledger (say, committed with conflict markers) is not a trend point
    }
    const open = entries.filter((entry) => entry.status === 'open');
    points.push({ commit: snapshot.commit, date: snapshot.date, open: open.length, debtHours: Math.round(open.reduce((sum, entry) => sum + entry.effortHours, 0) * 10) / 10 });
  }
  return ok(points);
}
