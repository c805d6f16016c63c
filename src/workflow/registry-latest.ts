import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isForeignPath } from '../analyzers/maturity/repo-facts.js';
import { note, type Note } from '../findings/note.js';

// Latest published versions of a repository's npm dependencies, for modern/dependency-major-behind:
// `npm outdated --json` run on a copy of each staged package.json (and its .npmrc) in a temporary
// folder, so what is compared is what the index holds and nothing is written near the repository.
// The registry may be unreachable (no network, a private registry without credentials): the scan
// then says so and compares against the lockfile only; it never fails for it.

export interface LatestLookup {
  latest: Record<string, string>;
  /** Why the registry gave nothing (shown in the scan's output and the backlog's notes). */
  note?: Note;
}

const REGISTRY_NOTE = 'npm registry:';
const MAX_MANIFESTS = 10;

export interface Manifest {
  path: string;
  text: string;
  npmrc?: string;
}

/** The staged package.json files that declare dependencies, each with the .npmrc npm would use. */
export function collectManifests(paths: readonly string[], read: (path: string) => string | undefined): Manifest[] {
  return paths
    .filter((path) => (path === 'package.json' || path.endsWith('/package.json')) && !isForeignPath(path))
    .flatMap((path) => {
      const folder = path.slice(0, path.length - 'package.json'.length);
      const text = read(path);
      const npmrc = read(`${folder}.npmrc`) ?? read('.npmrc');
      const probe = text === undefined ? undefined : probeManifest(text);
      return probe ? [{ path, text: probe, ...(npmrc === undefined ? {} : { npmrc }) }] : [];
    });
}

/**
 * What npm is asked about: every registry dependency as a plain dependency. npm outdated leaves out
 * devDependencies that are not installed (and the copy has nothing installed), and a `workspace:`,
 * `file:` or git range would make it fail for every package; those are not on the registry anyway.
 */
export function probeManifest(text: string): string | undefined {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const dependencies: Record<string, string> = {};
  for (const field of ['devDependencies', 'dependencies']) {
    const declared = json[field];
    if (!declared || typeof declared !== 'object' || Array.isArray(declared)) continue;
    for (const [name, range] of Object.entries(declared as Record<string, unknown>)) {
      if (typeof range === 'string' && !range.includes(':') && !range.includes('/')) dependencies[name] = range;
    }
  }
  if (Object.keys(dependencies).length === 0) return undefined;
  return `${JSON.stringify({ name: 'git-value-registry-probe', version: '0.0.0', private: true, dependencies }, null, 2)}\n`;
}

export function lookupLatestVersions(manifests: readonly Manifest[], timeoutMs: number): LatestLookup {
  if (manifests.length === 0) return { latest: {} };
  const latest: Record<string, string> = {};
  const problems: string[] = [];
  const deadline = Date.now() + timeoutMs;
  for (const manifest of manifests.slice(0, MAX_MANIFESTS)) {
    const left = deadline - Date.now();
    if (left <= 0) {
      problems.push(`no time left for ${manifest.path} (analyzers.modern.registryTimeoutSeconds)`);
      break;
    }
    const answer = runOutdated(manifest.text, manifest.npmrc, left);
    if ('error' in answer) problems.push(`${manifest.path}: ${answer.error}`);
    else Object.assign(latest, answer.latest);
  }
  const skipped =
    manifests.length > MAX_MANIFESTS
      ? `; ${manifests.length - MAX_MANIFESTS} more package.json files not looked up`
      : '';
  if (problems.length === 0)
    return skipped
      ? {
          latest,
          note: note('registry', `${REGISTRY_NOTE} looked up the first ${MAX_MANIFESTS} package.json files${skipped}`),
        }
      : { latest };
  return {
    latest,
    note: note(
      'registry',
      `${REGISTRY_NOTE} could not get latest versions (${problems.join('; ')}); dependency majors were compared with the lockfile only${skipped}`,
    ),
  };
}

function runOutdated(
  packageJson: string,
  npmrc: string | undefined,
  timeoutMs: number,
): { latest: Record<string, string> } | { error: string } {
  const folder = mkdtempSync(join(tmpdir(), 'git-value-npm-'));
  try {
    writeFileSync(join(folder, 'package.json'), packageJson);
    if (npmrc !== undefined) writeFileSync(join(folder, '.npmrc'), npmrc);
    const fetchTimeout = String(Math.max(1000, Math.min(timeoutMs, 15_000)));
    const child = spawnSync('npm', ['outdated', '--json', '--fetch-retries=0', `--fetch-timeout=${fetchTimeout}`], {
      cwd: folder,
      encoding: 'utf8',
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' },
    });
    if (child.error) {
      const code = (child.error as NodeJS.ErrnoException).code;
      return {
        error:
          code === 'ENOENT'
            ? 'npm is not installed'
            : code === 'ETIMEDOUT'
              ? `no answer within ${Math.round(timeoutMs / 1000)} s`
              : child.error.message,
      };
    }
    return parseOutdated(child.stdout);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** `npm outdated --json`: { name: { wanted, latest, … } }, or { error: { code, summary } } when it failed. */
export function parseOutdated(stdout: string): { latest: Record<string, string> } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(stdout.trim() || '{}');
  } catch {
    return { error: 'npm printed no JSON' };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { error: 'npm printed unexpected JSON' };
  const record = json as Record<string, unknown>;
  const failure = record.error as { code?: unknown; summary?: unknown } | undefined;
  if (failure && typeof failure === 'object' && !('latest' in failure)) {
    return {
      error:
        [failure.code, failure.summary]
          .filter((part) => typeof part === 'string')
          .join(' ')
          .split('\n')[0]
          ?.slice(0, 200) || 'npm failed',
    };
  }
  const latest: Record<string, string> = {};
  for (const [name, info] of Object.entries(record)) {
    const version = (info as { latest?: unknown } | null)?.latest;
    if (typeof version === 'string' && /^\d/.test(version)) latest[name] = version;
  }
  return { latest };
}
