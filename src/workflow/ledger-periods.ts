import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ok, type Result } from '../findings/result.js';
import { listFileCommits, readFileAt, type FileCommit } from '../git/history.js';
import { writeFileAtomic } from '../ledger/io.js';
import { LEDGER_PATH, type LedgerEntry } from '../ledger/types.js';
import type { TrendData, TrendPeriod } from '../report/html/report-data-types.js';
import {
  compareStates,
  pickPeriodEnds,
  summariseLedgerState,
  type SnapshotState,
  type SnapshotSummary,
  type SnapshotTransition,
} from '../report/html/trend-periods.js';

// Bump when the summaries or transitions are counted differently: the cache is then computed again.
const CACHE_VERSION = 2;
// Historical ledgers are read a few at a time: sixty multi-megabyte versions at once would hold
// hundreds of megabytes of text.
const READ_CHUNK = 6;
const ALL_COMMITS = 1_000_000;

interface PeriodCache {
  snapshots: Map<string, SnapshotSummary>;
  /** Keyed `<before>..<after>`: a pair of commits' ledgers never changes. */
  transitions: Map<string, SnapshotTransition>;
}

/**
 * The report's trend from the ledger's own git history: one point per period (the ledger at the
 * period's last commit) with open items and debt per category, and what was added, resolved or
 * allowed since the previous period. Summaries and transitions are cached by commit in the git folder
 * (`git-value/report-trend-cache.json`, never committed), so only new periods parse a ledger.
 */
export function readLedgerPeriods(cwd: string, gitDir?: string): Result<TrendData> {
  const listed = listFileCommits(cwd, LEDGER_PATH, ALL_COMMITS);
  if (!listed.ok) return listed;
  const { granularity, ends, omitted } = pickPeriodEnds(listed.value);
  const cacheFile = gitDir ? join(gitDir, 'git-value', 'report-trend-cache.json') : undefined;
  const cache = readCache(cacheFile);
  const pairKey = (index: number) => `${ends[index - 1]?.commit}..${ends[index]?.commit}`;
  const wanted = new Set<number>();
  ends.forEach((end, index) => {
    if (!cache.snapshots.has(end.commit)) wanted.add(index);
    if (index > 0 && !cache.transitions.has(pairKey(index))) wanted.add(index - 1).add(index);
  });
  const byCommit = new Map(listed.value.map((commit) => [commit.commit, commit]));
  const order = [...wanted].sort((a, b) => a - b);
  let previous: { index: number; state: SnapshotState } | undefined;
  const unreadable = new Set<string>();
  for (let start = 0; start < order.length; start += READ_CHUNK) {
    const indexes = order.slice(start, start + READ_CHUNK);
    const commits = indexes.map((index) => byCommit.get(ends[index]?.commit as string) as FileCommit);
    const snapshots = readFileAt(cwd, LEDGER_PATH, commits);
    if (!snapshots.ok) return snapshots;
    const texts = new Map(snapshots.value.map((snapshot) => [snapshot.commit, snapshot.text]));
    for (const index of indexes) {
      const commit = ends[index]?.commit as string;
      const entries = parseEntries(texts.get(commit));
      if (!entries) {
        unreadable.add(commit); // conflict markers or a deletion: not a point of the trend
        previous = undefined;
        continue;
      }
      const { summary, state } = summariseLedgerState(entries);
      cache.snapshots.set(commit, summary);
      if (previous && previous.index === index - 1)
        cache.transitions.set(pairKey(index), compareStates(previous.state, state));
      previous = { index, state };
    }
  }
  if (order.length > 0) writeCache(cacheFile, ends, pairKey, cache);
  const periods: TrendPeriod[] = [];
  ends.forEach((end, index) => {
    const summary = cache.snapshots.get(end.commit);
    if (!summary || unreadable.has(end.commit)) return;
    const point: TrendPeriod = { period: end.period, start: end.start, commit: end.commit, date: end.date, ...summary };
    const transition = index > 0 ? cache.transitions.get(pairKey(index)) : undefined;
    if (transition) Object.assign(point, transition);
    periods.push(point);
  });
  return ok({ granularity, periods, commits: listed.value.length, omittedPeriods: omitted });
}

function parseEntries(text: string | undefined): LedgerEntry[] | undefined {
  if (text === undefined) return undefined;
  try {
    const entries = (JSON.parse(text) as { entries?: unknown }).entries;
    return Array.isArray(entries) ? (entries as LedgerEntry[]) : undefined;
  } catch {
    return undefined;
  }
}

function readCache(file: string | undefined): PeriodCache {
  const empty: PeriodCache = { snapshots: new Map(), transitions: new Map() };
  if (!file) return empty;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
      version?: number;
      snapshots?: Record<string, SnapshotSummary>;
      transitions?: Record<string, SnapshotTransition>;
    };
    if (parsed.version !== CACHE_VERSION) return empty;
    return {
      snapshots: new Map(Object.entries(parsed.snapshots ?? {}).filter(([, value]) => isCounts(value?.open))),
      transitions: new Map(Object.entries(parsed.transitions ?? {}).filter(([, value]) => isCounts(value?.added))),
    };
  } catch {
    return empty; // none yet, or unreadable: computed again
  }
}

function isCounts(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

/** Only what the current periods use is kept, so the file stays small. */
function writeCache(
  file: string | undefined,
  ends: readonly { commit: string }[],
  pairKey: (index: number) => string,
  cache: PeriodCache,
): void {
  if (!file) return;
  const snapshots: Record<string, SnapshotSummary> = {};
  const transitions: Record<string, SnapshotTransition> = {};
  ends.forEach((end, index) => {
    const summary = cache.snapshots.get(end.commit);
    if (summary) snapshots[end.commit] = summary;
    const transition = cache.transitions.get(pairKey(index));
    if (index > 0 && transition) transitions[pairKey(index)] = transition;
  });
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch {
    return; // a read-only git folder only costs the next report the same work again
  }
  writeFileAtomic(file, `${JSON.stringify({ version: CACHE_VERSION, snapshots, transitions })}\n`, file, {
    flush: false,
  });
}
