import { ok, type Result } from '../findings/result.js';
import { FIX_SWEEP_FILES, isBugFixSubject } from './commit-subjects.js';
import { runGit, runGitText, type GitOutput } from './exec.js';
import { startGit } from './exec-ahead.js';

/** Committer date of a commit as an ISO day. */
export function commitDate(cwd: string, commit: string): Result<string> {
  const shown = runGitText(['show', '-s', '--format=%cI', commit], { cwd });
  return shown.ok ? ok(shown.value.trim().slice(0, 10)) : shown;
}

export interface ChangeHistory {
  /** Commits touching each path in the hotspot window: the change frequency of hotspot scoring. */
  churn: Map<string, number>;
  /** Bug-fix commits (by their subject, sweeps left out) touching each path in the fix window. */
  fixes: Map<string, number>;
}

/**
 * One `git log` over the longer of the two windows before HEAD's commit (or before `now`, if that is
 * earlier): commits touching each path in the `hotspotDays` (hotspot scoring's change frequency) and
 * bug-fix commits touching each path in the `fixDays` (what complexity has cost). Anchored on the last
 * commit, not the clock, so a project between releases still shows where its work goes, and the same
 * commit scores the same.
 */
export function readChangeHistory(cwd: string, hotspotDays: number, fixDays: number, now: Date): Result<ChangeHistory> {
  const head = runGitText(['show', '-s', '--format=%ct', 'HEAD'], { cwd, okCodes: [128] });
  const window = changeWindow(head.ok ? head.value : '', hotspotDays, fixDays, now);
  return ok(parseChangeLog(runGit(changeLogArgs(window), { cwd, okCodes: [128] }), window));
}

/** The same, its two git processes run while the caller goes on (a scan starts it before analysing). */
export function startChangeHistory(
  cwd: string,
  hotspotDays: number,
  fixDays: number,
  now: Date,
): { result: Promise<Result<ChangeHistory>>; stop: () => void } {
  let running = startGit(['show', '-s', '--format=%ct', 'HEAD'], { cwd, okCodes: [128] });
  let stopped = false;
  const result = running.result.then(async (head) => {
    const window = changeWindow(head.ok ? head.value.stdout.toString('utf8') : '', hotspotDays, fixDays, now);
    if (stopped) return ok(EMPTY_HISTORY());
    running = startGit(changeLogArgs(window), { cwd, okCodes: [128] });
    return ok(parseChangeLog(await running.result, window));
  });
  return {
    result,
    stop: () => {
      stopped = true;
      running.stop();
    },
  };
}

interface ChangeWindow {
  hotspotSince: number;
  fixSince: number;
}

const EMPTY_HISTORY = (): ChangeHistory => ({ churn: new Map(), fixes: new Map() });

function changeWindow(headSeconds: string, hotspotDays: number, fixDays: number, now: Date): ChangeWindow {
  const headMs = Number(headSeconds.trim()) * 1000;
  const end = Number.isFinite(headMs) && headMs > 0 ? Math.min(headMs, now.getTime()) : now.getTime();
  return { hotspotSince: end - hotspotDays * 86_400_000, fixSince: end - fixDays * 86_400_000 };
}

function changeLogArgs({ hotspotSince, fixSince }: ChangeWindow): string[] {
  const since = new Date(Math.min(hotspotSince, fixSince)).toISOString();
  // record = "\0\x01<unix time>\x02<subject>\0\n<path>\0<path>\0…"; -z keeps odd paths intact
  return [
    'log',
    `--since=${since}`,
    '--no-merges',
    '--format=%x00%x01%ct%x02%s',
    '--name-only',
    '-z',
    '--no-renames',
    'HEAD',
  ];
}

function parseChangeLog(log: Result<GitOutput>, { hotspotSince, fixSince }: ChangeWindow): ChangeHistory {
  const history = EMPTY_HISTORY();
  if (!log.ok || log.value.status !== 0) return history;
  for (const record of log.value.stdout.toString('utf8').split('\0\x01').slice(1)) {
    const [header = '', ...names] = record.split('\0');
    const cut = header.indexOf('\x02');
    const time = Number(header.slice(0, cut)) * 1000;
    const paths = names.map((name) => name.replace(/^\n+/, '')).filter(Boolean);
    const fix = time >= fixSince && paths.length <= FIX_SWEEP_FILES && isBugFixSubject(header.slice(cut + 1));
    for (const path of paths) {
      if (time >= hotspotSince) history.churn.set(path, (history.churn.get(path) ?? 0) + 1);
      if (fix) history.fixes.set(path, (history.fixes.get(path) ?? 0) + 1);
    }
  }
  return history;
}

export interface FileSnapshot {
  commit: string;
  date: string;
  text: string;
}

export interface FileCommit {
  commit: string;
  /** Commit date, YYYY-MM-DD as committed. */
  date: string;
  /** Commit time in UTC (ISO 8601), to order commits of one day. */
  time: string;
}

/** The commits that changed a file, newest first (at most `limit`), with their commit dates. */
export function listFileCommits(cwd: string, path: string, limit: number): Result<FileCommit[]> {
  const log = runGit(fileCommitsArgs(path, limit), { cwd, okCodes: [128] });
  return log.ok ? ok(parseFileCommits(log.value)) : log;
}

/** The same, run while the caller goes on: a path-limited walk of all history (~0.2 s on 18k commits). */
export function startFileCommits(
  cwd: string,
  path: string,
  limit: number,
): { result: Promise<Result<FileCommit[]>>; stop: () => void } {
  const running = startGit(fileCommitsArgs(path, limit), { cwd, okCodes: [128] });
  return { result: running.result.then((log) => (log.ok ? ok(parseFileCommits(log.value)) : log)), stop: running.stop };
}

function fileCommitsArgs(path: string, limit: number): string[] {
  return ['log', `-${limit}`, '--format=%H %cI', '--', path];
}

function parseFileCommits(log: GitOutput): FileCommit[] {
  return log.stdout
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [commit, date] = line.split(' ');
      const time = new Date(date ?? '');
      return {
        commit: commit as string,
        date: (date ?? '').slice(0, 10),
        time: Number.isNaN(time.getTime()) ? (date ?? '') : time.toISOString(),
      };
    });
}

/** The file's content at each of `commits` (one `cat-file --batch`); commits that deleted it are left out. */
export function readFileAt(cwd: string, path: string, commits: readonly FileCommit[]): Result<FileSnapshot[]> {
  if (commits.length === 0) return ok([]);
  const batch = runGit(['cat-file', '--batch'], {
    cwd,
    input: commits.map(({ commit }) => `${commit}:${path}`).join('\n') + '\n',
  });
  if (!batch.ok) return batch;
  const out = batch.value.stdout;
  const snapshots: FileSnapshot[] = [];
  let at = 0;
  for (const { commit, date } of commits) {
    const headerEnd = out.indexOf(10, at);
    if (headerEnd === -1) break;
    const header = out.toString('latin1', at, headerEnd).split(' ');
    at = headerEnd + 1;
    if (header[1] !== 'blob') continue; // deleted in that commit: "<name> missing"
    const size = Number(header[2]);
    snapshots.push({ commit, date, text: out.toString('utf8', at, at + size) });
    at += size + 1;
  }
  return ok(snapshots);
}

/** The first commit after `parent` on the way to HEAD: the commit a pre-commit hook ran for. */
export function firstCommitAfter(cwd: string, parent: string): string | undefined {
  const listed = runGitText(['rev-list', '--reverse', '--ancestry-path', `${parent}..HEAD`], { cwd, okCodes: [128] });
  if (!listed.ok) return undefined;
  return listed.value.split('\n')[0] || undefined;
}

export function isShallow(cwd: string): boolean {
  const answer = runGitText(['rev-parse', '--is-shallow-repository'], { cwd });
  return answer.ok && answer.value.trim() === 'true';
}
