import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFileCommits, readFileAt, startFileCommits, type FileCommit } from '../git/history.js';
import { ok, type Result } from '../findings/result.js';
import { writeFileAtomic } from '../ledger/io.js';
import { LEDGER_PATH, type LedgerEntry } from '../ledger/types.js';
import type { TrendPoint } from '../report/backlog-model.js';
import { summariseSnapshot } from '../report/trend.js';

const TREND_POINTS = 60;
// Bump when summariseSnapshot counts differently: every cached point is then computed again.
const CACHE_VERSION = 2;

type CachedPoint = Omit<TrendPoint, 'commit' | 'date' | 'time' | 'order'>;

/**
 * Open items and open debt hours at each commit that changed the ledger: its own git history. A
 * commit's ledger never changes, so each point is computed once and kept in the git folder
 * (`git-value/trend-cache.json`, never committed): parsing 60 multi-megabyte historical ledgers
 * on every scan would cost seconds.
 */
export function readLedgerTrend(
  cwd: string,
  gitDir?: string,
  listed: Result<FileCommit[]> = listFileCommits(cwd, LEDGER_PATH, TREND_POINTS),
): Result<TrendPoint[]> {
  const commits = listed;
  if (!commits.ok) return commits;
  const cacheFile = gitDir ? join(gitDir, 'git-value', 'trend-cache.json') : undefined;
  const cache = readCache(cacheFile);
  const missing = commits.value.filter(({ commit }) => !cache.has(commit));
  const snapshots = readFileAt(cwd, LEDGER_PATH, missing);
  if (!snapshots.ok) return snapshots;
  const broken = new Set(missing.map(({ commit }) => commit));
  for (const snapshot of snapshots.value) {
    let entries: LedgerEntry[];
    try {
      entries = (JSON.parse(snapshot.text) as { entries: LedgerEntry[] }).entries ?? [];
    } catch {
      continue; // a broken historical ledger (say, committed with conflict markers) is not a trend point
    }
    const {
      commit: _commit,
      date: _date,
      time: _time,
      order: _order,
      ...point
    } = summariseSnapshot(snapshot.commit, snapshot.date, entries);
    cache.set(snapshot.commit, point);
    broken.delete(snapshot.commit);
  }
  if (missing.length > broken.size)
    writeCache(
      cacheFile,
      commits.value.map(({ commit }) => commit),
      cache,
    );
  // git log lists newest first: `order` counts from the oldest listed, for commits of the same second
  return ok(
    commits.value.flatMap(({ commit, date, time }, index) => {
      const point = cache.get(commit);
      return point ? [{ commit, date, time, order: commits.value.length - index, ...point }] : [];
    }),
  );
}

/** The commits readLedgerTrend lists, listed while the caller goes on (a scan, while it analyses). */
export function startLedgerCommits(cwd: string): { result: Promise<Result<FileCommit[]>>; stop: () => void } {
  return startFileCommits(cwd, LEDGER_PATH, TREND_POINTS);
}

function readCache(file: string | undefined): Map<string, CachedPoint> {
  if (!file) return new Map();
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version?: number; points?: Record<string, CachedPoint> };
    if (parsed.version !== CACHE_VERSION || !parsed.points) return new Map();
    return new Map(
      Object.entries(parsed.points).filter(
        ([, point]) => typeof point?.open === 'number' && typeof point?.debtHours === 'number',
      ),
    );
  } catch {
    return new Map(); // none yet, or unreadable: computed again
  }
}

/** Only the points of the commits still listed are kept, so the file stays small. */
function writeCache(
  file: string | undefined,
  commits: readonly string[],
  cache: ReadonlyMap<string, CachedPoint>,
): void {
  if (!file) return;
  const points = Object.fromEntries(
    commits.filter((commit) => cache.has(commit)).map((commit) => [commit, cache.get(commit)]),
  );
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch {
    return; // a read-only git folder only costs the next scan the same work again
  }
  writeFileAtomic(file, `${JSON.stringify({ version: CACHE_VERSION, points })}\n`, file, { flush: false });
}
