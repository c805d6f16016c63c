import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { hashParts } from '../findings/hash.js';
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

/** Where the trend is read from: the git folder (its cache) and HEAD (the history it lists). */
export interface TrendSource {
  gitDir?: string | undefined;
  head?: string | undefined;
}

/**
 * Open items and open debt hours at each commit that changed the ledger: its own git history. A
 * commit's ledger never changes, so each point is computed once and kept in the git folder
 * (`git-value/trend-cache.json`, never committed): parsing 60 multi-megabyte historical ledgers
 * on every scan would cost seconds. The list of those commits is a walk of every commit (~0.2 s of
 * git on 18k commits); it depends only on HEAD (and how much of a shallow clone is there), so it is
 * kept there too, and a rescan, `backlog` or `next` on the same HEAD does not walk again.
 */
export function readLedgerTrend(
  cwd: string,
  source: TrendSource = {},
  listed?: Result<FileCommit[]>,
): Result<TrendPoint[]> {
  const cacheFile = source.gitDir ? join(source.gitDir, 'git-value', 'trend-cache.json') : undefined;
  const { points: cache, listing } = readCache(cacheFile);
  const key = listingKey(source);
  const reused = key !== undefined && listing?.key === key ? listing.commits : undefined;
  const commits = reused ? ok(reused) : (listed ?? listFileCommits(cwd, LEDGER_PATH, TREND_POINTS));
  if (!commits.ok) return commits;
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
  if (missing.length > broken.size || (key !== undefined && !reused)) writeCache(cacheFile, commits.value, cache, key);
  // git log lists newest first: `order` counts from the oldest listed, for commits of the same second
  return ok(
    commits.value.flatMap(({ commit, date, time }, index) => {
      const point = cache.get(commit);
      return point ? [{ commit, date, time, order: commits.value.length - index, ...point }] : [];
    }),
  );
}

/**
 * The commits readLedgerTrend lists, listed while the caller goes on (a scan, while it analyses);
 * none are listed when the cache holds them for this HEAD.
 */
export function startLedgerCommits(
  cwd: string,
  source: TrendSource,
): { result: Promise<Result<FileCommit[]>>; stop: () => void } {
  const key = listingKey(source);
  const cacheFile = source.gitDir ? join(source.gitDir, 'git-value', 'trend-cache.json') : undefined;
  const { listing } = key === undefined ? {} : readCache(cacheFile);
  if (key !== undefined && listing?.key === key)
    return { result: Promise.resolve(ok(listing.commits)), stop: () => {} };
  return startFileCommits(cwd, LEDGER_PATH, TREND_POINTS);
}

/** HEAD, and the shallow clone's boundary when there is one (deepening it lists older commits). */
function listingKey({ gitDir, head }: TrendSource): string | undefined {
  if (!gitDir || !head) return undefined;
  const shallow = [gitDir, commonDir(gitDir)].map((dir) => readIfPresent(join(dir, 'shallow'))).join('\n');
  return `${head} ${hashParts([shallow], 16)}`;
}

/** A linked worktree's git folder names the repository's own in `commondir` (the shallow file is there). */
function commonDir(gitDir: string): string {
  const named = readIfPresent(join(gitDir, 'commondir')).trim();
  return named ? resolve(gitDir, named) : gitDir;
}

function readIfPresent(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // absent: not shallow, not a linked worktree
  }
}

interface TrendCache {
  points: Map<string, CachedPoint>;
  listing?: { key: string; commits: FileCommit[] };
}

function readCache(file: string | undefined): TrendCache {
  if (!file) return { points: new Map() };
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as {
      version?: number;
      points?: Record<string, CachedPoint>;
      listing?: { key?: unknown; commits?: unknown };
    };
    if (parsed.version !== CACHE_VERSION || !parsed.points) return { points: new Map() };
    const points = new Map(
      Object.entries(parsed.points).filter(
        ([, point]) => typeof point?.open === 'number' && typeof point?.debtHours === 'number',
      ),
    );
    const { key, commits } = parsed.listing ?? {};
    return typeof key === 'string' && Array.isArray(commits) && commits.every(isFileCommit)
      ? { points, listing: { key, commits } }
      : { points };
  } catch {
    return { points: new Map() }; // none yet, or unreadable: computed again
  }
}

function isFileCommit(value: unknown): value is FileCommit {
  const commit = value as FileCommit;
  return (
    typeof commit === 'object' &&
    commit !== null &&
    typeof commit.commit === 'string' &&
    typeof commit.date === 'string' &&
    typeof commit.time === 'string'
  );
}

/** Only the points of the commits still listed are kept, so the file stays small. */
function writeCache(
  file: string | undefined,
  listed: readonly FileCommit[],
  cache: ReadonlyMap<string, CachedPoint>,
  key: string | undefined,
): void {
  if (!file) return;
  const commits = listed.map(({ commit }) => commit);
  const points = Object.fromEntries(
    commits.filter((commit) => cache.has(commit)).map((commit) => [commit, cache.get(commit)]),
  );
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch {
    return; // a read-only git folder only costs the next scan the same work again
  }
  writeFileAtomic(
    file,
    `${JSON.stringify({ version: CACHE_VERSION, points, ...(key !== undefined ? { listing: { key, commits: listed } } : {}) })}\n`,
    file,
    { flush: false },
  );
}
