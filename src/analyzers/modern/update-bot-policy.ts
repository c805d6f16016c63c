import type { RepoFacts } from '../maturity/repo-facts.js';

// Upgrades the project's update bot was told to leave alone are advice it has declined: renovate's
// `ignoreDeps` ("markdownlint-cli2 v0.23.0 and later require Node.js 22 … blocked for now", ESLint) and
// `packageRules` with `enabled: false`, dependabot's `ignore` entries naming a package (for its majors,
// or for every update). A wildcard `*` ignore of majors (Express) only says majors are upgraded by
// hand, not that none is wanted: it declines nothing here.

const RENOVATE_FILES = [
  'renovate.json',
  'renovate.json5',
  '.renovaterc',
  '.renovaterc.json',
  '.github/renovate.json',
  '.github/renovate.json5',
  '.gitlab/renovate.json',
];
const DEPENDABOT_FILES = ['.github/dependabot.yml', '.github/dependabot.yaml'];

/** Package name → why its upgrade is declined (the file and setting). */
export function readDeclinedUpgrades(facts: Pick<RepoFacts, 'read'>): Map<string, string> {
  const declined = new Map<string, string>();
  for (const file of RENOVATE_FILES) {
    const text = facts.read(file);
    if (text === undefined) continue;
    const plain = text.replace(/(^|[^:"'])\/\/[^\n]*/g, '$1');
    for (const match of plain.matchAll(/["']?ignoreDeps["']?\s*:\s*\[([^\]]*)\]/g))
      for (const name of quoted(match[1] as string)) declined.set(name, `${file} lists it in ignoreDeps`);
    // { matchPackageNames: ["x"], enabled: false } (either order, no nested objects)
    for (const match of plain.matchAll(/\{[^{}]*\}/g)) {
      const rule = match[0];
      if (!/["']?enabled["']?\s*:\s*false/.test(rule)) continue;
      if (/matchUpdateTypes/.test(rule) && !/["']major["']/.test(rule)) continue;
      const names = /["']?matchPackageNames["']?\s*:\s*\[([^\]]*)\]/.exec(rule)?.[1];
      for (const name of quoted(names ?? '')) declined.set(name, `${file} disables its updates (packageRules)`);
    }
  }
  for (const file of DEPENDABOT_FILES) {
    const text = facts.read(file);
    if (text !== undefined)
      for (const name of readDependabotIgnores(text)) declined.set(name, `${file} ignores its major updates`);
  }
  return declined;
}

const quoted = (text: string): string[] =>
  [...text.matchAll(/"([^"\n]+)"|'([^'\n]+)'/g)].map((m) => (m[1] ?? m[2]) as string);

// ignore:\n  - dependency-name: "ajv"\n    update-types: ["version-update:semver-major"]
function readDependabotIgnores(text: string): string[] {
  const lines = text.split(/\r?\n/);
  const names: string[] = [];
  lines.forEach((line, index) => {
    const entry = /^(\s*)-\s+dependency-name\s*:\s*["']?([^"'#\s]+)["']?/.exec(line);
    if (!entry || entry[2] === '*' || /[*]/.test(entry[2] as string)) return;
    const indent = (entry[1] as string).length;
    const rest: string[] = [];
    for (const next of lines.slice(index + 1)) {
      const depth = /^(\s*)\S/.exec(next)?.[1]?.length;
      if (depth === undefined) continue;
      if (depth <= indent) break;
      rest.push(next);
    }
    const body = rest.join('\n');
    const types = /update-types\s*:/.test(body);
    if (!types || /semver-major/.test(body)) names.push(entry[2] as string);
  });
  return names;
}
