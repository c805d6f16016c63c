import Range from 'semver/classes/range.js';
import minVersion from 'semver/ranges/min-version.js';

// Bounds of declared version ranges. npm ranges are read by semver itself (npm's own parser: caret,
// tilde, x-ranges, hyphens, prereleases); Python specifiers (PEP 440, Poetry) by the small reader below.
// An alternative without a lower bound (`<19`, `*`) accepts every old release, so nothing is claimed.

/** Oldest major an npm range admits: '>=18.12 <23' → 18, '^16 || ^18' → 16, '>18' → 19; undefined when unbounded or not a range. */
export function lowestSemverMajor(range: string): number | undefined {
  const parsed = parseRange(range);
  if (!parsed || !parsed.set.every(hasLowerBound)) return undefined;
  return minVersion(parsed)?.major;
}

/**
 * Newest major an npm range admits, Infinity when unbounded or not a semver range (a tag, `workspace:`,
 * a git URL): '^4.2' → 4, '~1.2 || 2.x' → 2, '>=4 <6' → 5, '>=4' → Infinity. A dependency is behind
 * only when its range excludes a newer major.
 */
export function highestSemverMajor(range: string): number {
  const parsed = parseRange(range);
  if (!parsed) return Infinity;
  return Math.max(...parsed.set.map(upperMajor));
}

function parseRange(range: string): Range | undefined {
  try {
    return new Range(range);
  } catch {
    return undefined; // not an npm range
  }
}

/** An alternative admits no arbitrarily old version: it has a `>`, `>=` or exact comparator (`*` is ANY, without a version). */
function hasLowerBound(comparators: Range['set'][number]): boolean {
  return comparators.some(
    ({ operator, semver }) => semver.version !== undefined && (operator.startsWith('>') || operator === ''),
  );
}

// One alternative's comparators must all hold: its newest major is the lowest upper bound among them.
// semver writes '<5' and '^4' as '<5.0.0-0', which stops before 5; '<5.1.0-0' still admits 5.0.
function upperMajor(comparators: Range['set'][number]): number {
  let upper = Infinity;
  for (const { operator, semver } of comparators) {
    if (semver.version === undefined || operator.startsWith('>')) continue; // the ANY comparator has no version
    const stopsBefore = operator === '<' && semver.minor === 0 && semver.patch === 0;
    upper = Math.min(upper, stopsBefore ? semver.major - 1 : semver.major);
  }
  return upper;
}

/** Oldest Python major.minor a PEP 440 or Poetry specifier admits: '>=3.8,<4' → [3, 8]. */
export function lowestPythonVersion(specifier: string): [number, number] | undefined {
  const lows = specifier.split('||').map((alternative) => lowerBound(alternative, 2));
  if (lows.length === 0 || lows.some((low) => low === undefined)) return undefined;
  const sorted = (lows as number[][]).sort((a, b) => compareVersions(a, b));
  const [major, minor] = sorted[0] as number[];
  return [major as number, minor ?? 0];
}

/** Leading numeric parts of a pinned version: 'v18.17.0' → [18, 17, 0], '3.11-slim' → [3, 11]. */
export function parseVersionPrefix(text: string): number[] | undefined {
  const match = /^v?(\d{1,4})(?:\.(\d{1,4}))?(?:\.(\d{1,4}))?/.exec(text.trim());
  if (!match) return undefined;
  return match
    .slice(1)
    .filter((part) => part !== undefined)
    .map(Number);
}

export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

// One alternative is a set of comparators that must all hold, so its lower bound is the highest one.
function lowerBound(alternative: string, significantParts: number): number[] | undefined {
  const text = alternative.trim();
  const hyphen = /^(\S{1,40})\s{1,10}-\s{1,10}\S{1,40}$/.exec(text);
  const comparators = (hyphen ? (hyphen[1] as string) : text)
    .replace(/(>=|<=|~=|==|!=|[<>=^~])\s{1,10}/g, '$1')
    .split(/[\s,]{1,20}/)
    .filter(Boolean);
  let best: number[] | undefined;
  for (const comparator of comparators) {
    const match = /^(>=|<=|~=|===?|!=|[<>=^~])?v?(\d{1,4})(?:\.(\d{1,4}|[x*]))?(?:\.(\d{1,4}|[x*]))?/.exec(comparator);
    if (!match) continue;
    const operator = match[1] ?? '';
    if (operator.startsWith('<') || operator === '!=') continue;
    const parts = [match[2], match[3], match[4]].filter((part) => part !== undefined && /^\d/.test(part)).map(Number);
    // '>18' admits nothing of 18 itself (semver desugars it to >=19), likewise '>3.7' for Python.
    if (operator === '>' && parts.length <= significantParts) {
      const bumped = parts.length - 1;
      parts[bumped] = (parts[bumped] as number) + 1;
    }
    if (!best || compareVersions(parts, best) > 0) best = parts;
  }
  return best;
}
