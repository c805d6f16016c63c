import { createFinding } from '../../findings/create-finding.js';
import type { AnalyzerMeta, Finding, RepoAnalyzerInput } from '../../findings/types.js';
import { findRuntimeDeclarations, type RuntimeDeclaration } from './runtime-declarations.js';
import { GO_LIBRARY_FLOOR, RELEASES_REVIEWED_ON, type RuntimeRelease } from './runtime-releases.js';
import { compareVersions, parseVersionPrefix } from './version-ranges.js';
import { judgeRuntime, RUNTIME_NAMES } from './runtime-status.js';

export const RUNTIME_RULE_IDS = { endOfLife: 'modern/runtime-eol', behindLts: 'modern/runtime-behind-lts' } as const;

export function findRuntimeFindings(meta: AnalyzerMeta, input: RepoAnalyzerInput): Finding[] {
  return findRuntimeDeclarations(input.files, input.read).flatMap((declaration) =>
    judgeDeclaration(meta, declaration, input.today),
  );
}

function judgeDeclaration(meta: AnalyzerMeta, declaration: RuntimeDeclaration, today: string): Finding[] {
  const { path, line, runtime, version, pinned, text } = declaration;
  const status = judgeRuntime(runtime, version, today, pinned);
  const name = `${RUNTIME_NAMES[runtime]} ${runtime === 'node' ? version[0] : version.slice(0, 2).join('.')}`;
  const facts: Record<string, string> = {
    runtime,
    version: version.join('.'),
    releasesReviewedOn: RELEASES_REVIEWED_ON,
  };
  if (status.kind === 'end-of-life') {
    const since = status.release ? `since ${status.release.endOfLife}` : 'for years';
    if (status.release) facts.endOfLife = status.release.endOfLife;
    const target = describe(status.replacement, 'a supported release');
    // a raise that breaks the package's users waits for its next major: a note for it, not an item now
    if (declaration.breaking) facts.waitsFor = 'the next major release';
    // a library's go line is its importers' floor: a note to raise it when its code needs a newer Go
    if (declaration.floor) {
      facts.waitsFor = 'code that needs a newer Go';
      facts.floor = declaration.floor;
    }
    const title = pinned
      ? `${name} is past end of life (${since}): move to ${target}`
      : declaration.floor
        ? `Declared minimum ${name} is past end of life (${since}), kept low on purpose so older toolchains can still build this library: raise it only when its code needs a newer Go, ${describeGoFloor(version)} (a note: ${declaration.floor})`
        : declaration.breaking
          ? `Declared minimum ${name} is past end of life (${since}): raise it to ${target} in the next major release (a note: ${declaration.breaking})`
          : `Declared minimum ${name} is past end of life (${since}): raise it to ${target}`;
    return [
      createFinding(meta, {
        ruleId: RUNTIME_RULE_IDS.endOfLife,
        path,
        line,
        title,
        content: text,
        facts,
        ...(declaration.breaking || declaration.floor ? { severity: 'info' as const } : {}),
        confidence: 0.9,
        effortHours: pinned ? 2 : 1,
      }),
    ];
  }
  if (status.kind === 'behind-lts') {
    facts.endOfLife = status.release.endOfLife;
    const title = `${name} is behind the current LTS (${describe(status.currentLts, '')}); supported until ${status.release.endOfLife}`;
    return [
      createFinding(meta, {
        ruleId: RUNTIME_RULE_IDS.behindLts,
        path,
        line,
        title,
        content: text,
        facts,
        severity: 'low',
        confidence: 0.7,
        effortHours: 2,
      }),
    ];
  }
  return [];
}

function describeGoFloor(version: readonly number[]): string {
  return compareVersions(version, parseVersionPrefix(GO_LIBRARY_FLOOR) ?? []) < 0
    ? `to Go ${GO_LIBRARY_FLOOR} (the first release that fetches the toolchain a module asks for), not to the newest`
    : 'to the oldest release that has what it needs';
}

function describe(release: RuntimeRelease | undefined, fallback: string): string {
  if (!release) return fallback;
  const version = `${RUNTIME_NAMES[release.runtime]} ${release.version}`;
  return release.ltsFrom ? `${version} LTS` : version;
}
