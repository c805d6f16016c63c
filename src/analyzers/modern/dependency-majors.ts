import { createFinding } from '../../findings/create-finding.js';
import type { AnalyzerMeta, Finding } from '../../findings/types.js';
import { asRecord, type RepoFacts } from '../maturity/repo-facts.js';
import { highestSemverMajor, parseVersionPrefix } from './version-ranges.js';

// package.json ranges that exclude a newer major: the one package-lock.json resolves (the range was
// left behind by an install), or, when the lead passes registry results, the latest published major.

export const DEPENDENCY_MAJOR_RULE_ID = 'modern/dependency-major-behind';

const checkedFields = ['dependencies', 'devDependencies'] as const;

export function findDependencyMajorsBehind(
  meta: AnalyzerMeta,
  facts: RepoFacts,
  latestVersions: Record<string, string> = {},
): Finding[] {
  const findings: Finding[] = [];
  for (const { path, json } of facts.packageJsons) {
    const folder = path.slice(0, path.length - 'package.json'.length);
    const locked = readLockedVersions(facts.read(`${folder}package-lock.json`));
    const text = facts.read(path) ?? '';
    for (const field of checkedFields) {
      for (const [name, range] of Object.entries(asRecord(json[field]))) {
        if (typeof range !== 'string') continue;
        const admitted = highestSemverMajor(range);
        const candidates: Array<[source: string, version: string | undefined]> = [
          ['the lockfile', locked.get(name)],
          ['latest', latestVersions[name]],
        ];
        const behind = candidates
          .map(([source, version]) => ({ source, version, major: parseVersionPrefix(version ?? '')?.[0] }))
          .filter((candidate) => candidate.major !== undefined && candidate.major > admitted)
          .sort((a, b) => (b.major as number) - (a.major as number))[0];
        if (!behind) continue;
        const gap = (behind.major as number) - admitted;
        findings.push(
          createFinding(meta, {
            ruleId: DEPENDENCY_MAJOR_RULE_ID,
            path,
            line: findKeyLine(text, field, name),
            title: `${name} "${range}" is ${gap} major version${gap > 1 ? 's' : ''} behind ${behind.source} (${behind.version}): upgrade and widen the range`,
            content: `${field} ${name} ${range}`,
            severity: gap > 1 ? 'medium' : 'low',
            confidence: 0.9,
            effortHours: gap > 1 ? 4 : 2,
            facts: {
              dependency: name,
              declared: range,
              target: behind.version ?? '',
              source: behind.source === 'latest' ? 'registry' : 'lockfile',
            },
          }),
        );
      }
    }
  }
  return findings;
}

// lockfileVersion 2/3: packages["node_modules/x"].version; version 1: dependencies.x.version.
function readLockedVersions(text: string | undefined): Map<string, string> {
  const versions = new Map<string, string>();
  if (text === undefined) return versions;
  let lock: Record<string, unknown>;
  try {
    lock = asRecord(JSON.parse(text));
  } catch {
    return versions;
  }
  for (const [key, entry] of Object.entries(asRecord(lock.packages))) {
    const version = asRecord(entry).version;
    if (key.startsWith('node_modules/') && !key.includes('/node_modules/') && typeof version === 'string')
      versions.set(key.slice(13), version);
  }
  for (const [name, entry] of Object.entries(asRecord(lock.dependencies))) {
    const version = asRecord(entry).version;
    if (!versions.has(name) && typeof version === 'string') versions.set(name, version);
  }
  return versions;
}

function findKeyLine(text: string, field: string, name: string): number {
  const section = text.indexOf(`"${field}"`);
  const key = text.indexOf(`"${name}"`, Math.max(section, 0));
  return key < 0 ? 1 : text.slice(0, key).split('\n').length;
}
