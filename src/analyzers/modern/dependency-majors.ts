import { createFinding } from '../../findings/create-finding.js';
import type { AnalyzerMeta, Finding, Severity } from '../../findings/types.js';
import { asRecord, type RepoFacts } from '../maturity/repo-facts.js';
import { familyOf } from './dependency-families.js';
import { countImportingFiles } from './import-counts.js';
import { readDeclinedUpgrades } from './update-bot-policy.js';
import { highestSemverMajor, parseVersionPrefix } from './version-ranges.js';

// package.json ranges that exclude a newer major: the one package-lock.json resolves (the range was
// left behind by an install), or, when the lead passes registry results, the latest published major.
// Each finding names its family (facts.group): the backlog makes one item of a family's upgrades in one
// manifest, one item per upgrade otherwise. Its effort grows with the jump (each major's breaking
// changes to read) and with the files that import the package (each may need a change); a tool
// upgraded for the maintainers (devDependencies) ranks below what its users install (rateUpgrade).

/** Hours to read one major's breaking changes and bump it; each file importing the package adds IMPORT_HOURS. */
const HOURS_PER_MAJOR = 1;
const JUMP_HOURS_CAP = 4;
const IMPORT_HOURS = 0.25;
const UPGRADE_HOURS_CAP = 16;

export const DEPENDENCY_MAJOR_RULE_ID = 'modern/dependency-major-behind';

const checkedFields = ['dependencies', 'devDependencies'] as const;

interface MajorBehind {
  path: string;
  field: (typeof checkedFields)[number];
  name: string;
  range: string;
  gap: number;
  source: string;
  version: string;
  line: number;
}

export function findDependencyMajorsBehind(
  meta: AnalyzerMeta,
  facts: RepoFacts,
  latestVersions: Record<string, string> = {},
): Finding[] {
  const behind = facts.packageJsons.flatMap(({ path, json }) => findMajorsBehind(facts, path, json, latestVersions));
  const declinedUpgrades = behind.length > 0 ? readDeclinedUpgrades(facts) : new Map<string, string>();
  const importers = countImportingFiles(facts, new Set(behind.map((upgrade) => upgrade.name.replace(/^@types\//, ''))));
  return behind.map((upgrade) => {
    const { path, field, name, range, gap, source, version } = upgrade;
    const declared = new Set(checkedFields.flatMap((field) => Object.keys(asRecord(manifestOf(facts, path)[field]))));
    const importedBy = importers.get(name.replace(/^@types\//, '')) ?? 0;
    const effortHours = Math.min(
      UPGRADE_HOURS_CAP,
      Math.min(JUMP_HOURS_CAP, HOURS_PER_MAJOR * gap) + IMPORT_HOURS * importedBy,
    );
    const runtime = field === 'dependencies';
    // the project told its update bot to leave this one alone: a note, not an item
    const declined = declinedUpgrades.get(name);
    const advice = `${name} "${range}" is ${gap} major version${gap > 1 ? 's' : ''} behind ${source} (${version}): upgrade and widen the range`;
    return createFinding(meta, {
      ruleId: DEPENDENCY_MAJOR_RULE_ID,
      path,
      line: upgrade.line,
      title: declined ? `${advice} (a note: ${declined})` : advice,
      content: `${field} ${name} ${range}`,
      severity: declined ? 'info' : rateUpgrade(runtime, gap),
      confidence: 0.9,
      effortHours,
      facts: {
        dependency: name,
        declared: range,
        target: version,
        source: source === 'latest' ? 'registry' : 'lockfile',
        field,
        group: familyOf(name, declared),
        importedBy,
        ...(declined ? { declined } : {}),
      },
    });
  });
}

/**
 * What users install (dependencies) one step above what the maintainers run (devDependencies) for the
 * same jump: a runtime major behind is low, two or more medium; a tool one major behind is a routine
 * bump, kept as a note (info, under the backlog's minimum: express' mocha, nyc, supertest and axios'
 * husky, gulp, multer filled half its top 20), two or more low.
 */
function rateUpgrade(runtime: boolean, gap: number): Severity {
  if (runtime) return gap > 1 ? 'medium' : 'low';
  return gap > 1 ? 'low' : 'info';
}

function manifestOf(facts: RepoFacts, path: string): Record<string, unknown> {
  return facts.packageJsons.find((manifest) => manifest.path === path)?.json ?? {};
}

function findMajorsBehind(
  facts: RepoFacts,
  path: string,
  json: Record<string, unknown>,
  latestVersions: Record<string, string>,
): MajorBehind[] {
  const folder = path.slice(0, path.length - 'package.json'.length);
  const locked = readLockedVersions(facts.read(`${folder}package-lock.json`));
  const text = facts.read(path) ?? '';
  const found: MajorBehind[] = [];
  for (const field of checkedFields) {
    for (const [name, range] of Object.entries(asRecord(json[field]))) {
      if (typeof range !== 'string') continue;
      const admitted = highestSemverMajor(range);
      const candidates: Array<[source: string, version: string | undefined]> = [
        ['the lockfile', locked.get(name)],
        ['latest', latestVersions[name]],
      ];
      const newest = candidates
        .map(([source, version]) => ({ source, version, major: parseVersionPrefix(version ?? '')?.[0] }))
        .filter((candidate) => candidate.major !== undefined && candidate.major > admitted)
        .sort((a, b) => (b.major as number) - (a.major as number))[0];
      if (!newest) continue;
      found.push({
        path,
        field,
        name,
        range,
        gap: (newest.major as number) - admitted,
        source: newest.source,
        version: newest.version ?? '',
        line: findKeyLine(text, field, name),
      });
    }
  }
  return found;
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
