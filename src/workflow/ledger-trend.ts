import { readFileHistory } from '../git/history.js';
import { ok, type Result } from '../findings/result.js';
import { LEDGER_PATH, type LedgerEntry } from '../ledger/types.js';
import type { TrendPoint } from '../report/backlog-model.js';
import { summariseSnapshot } from '../report/trend.js';

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
    points.push(summariseSnapshot(snapshot.commit, snapshot.date, entries));
  }
  return ok(points);
}
