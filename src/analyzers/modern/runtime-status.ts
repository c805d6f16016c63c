import { RUNTIME_RELEASES, type Runtime, type RuntimeRelease } from './runtime-releases.js';
import { compareVersions } from './version-ranges.js';

export const RUNTIME_NAMES: Record<Runtime, string> = { node: 'Node.js', python: 'Python', go: 'Go' };

export type RuntimeStatus =
  | { kind: 'end-of-life'; release?: RuntimeRelease; replacement?: RuntimeRelease }
  | { kind: 'behind-lts'; release: RuntimeRelease; currentLts: RuntimeRelease }
  | { kind: 'supported' | 'unknown' };

/** How a runtime version stands on `today`; versions older than the table are long past end of life. */
export function judgeRuntime(
  runtime: Runtime,
  version: readonly number[],
  today: string,
  pinned: boolean,
): RuntimeStatus {
  const releases = RUNTIME_RELEASES.filter((release) => release.runtime === runtime);
  const key = runtime === 'node' ? version.slice(0, 1) : version.slice(0, 2);
  const release = releases.find((candidate) => compareVersions(parseKey(candidate.version), key) === 0);
  if (!release) {
    const oldest = releases[0] as RuntimeRelease;
    return compareVersions(key, parseKey(oldest.version)) < 0
      ? { kind: 'end-of-life', replacement: pickReplacement(releases, today, pinned) }
      : { kind: 'unknown' };
  }
  if (release.endOfLife <= today)
    return { kind: 'end-of-life', release, replacement: pickReplacement(releases, today, pinned) };
  const currentLts = latestLts(releases, today);
  // Behind-LTS only for a pinned runtime: a library's minimum should stay low while it is supported.
  if (pinned && currentLts && compareVersions(key, parseKey(currentLts.version)) < 0) {
    return { kind: 'behind-lts', release, currentLts };
  }
  return { kind: 'supported' };
}

function parseKey(version: string): number[] {
  return version.split('.').map(Number);
}

function latestLts(releases: readonly RuntimeRelease[], today: string): RuntimeRelease | undefined {
  return releases
    .filter((release) => release.ltsFrom !== undefined && release.ltsFrom <= today && today < release.endOfLife)
    .at(-1);
}

// A pinned runtime should move to the newest LTS (or newest release); a declared minimum only to the
// oldest release still supported, which keeps the widest audience.
function pickReplacement(
  releases: readonly RuntimeRelease[],
  today: string,
  pinned: boolean,
): RuntimeRelease | undefined {
  const supported = releases.filter((release) => release.released <= today && today < release.endOfLife);
  const lts = supported.filter((release) => release.ltsFrom !== undefined && release.ltsFrom <= today);
  const pool = lts.length > 0 ? lts : supported;
  return pinned ? pool.at(-1) : pool[0];
}
