// Lower bounds of declared version ranges: the oldest runtime a project still claims to run on.
// An alternative without a lower bound (`<19`, `*`) accepts every old release, so nothing is claimed.

/** Oldest major a semver range admits: '>=18.12 <23' → 18, '^16 || ^18' → 16, '>18' → 19. */
export function lowestSemverMajor(range: string): number | undefined {
  const lows = range.split('||').map((alternative) => lowerBound(alternative, 1));
  if (lows.length === 0 || lows.some((low) => low === undefined)) return undefined;
  return Math.min(...lows.map((low) => (low as number[])[0] as number));
}

/**
 * Newest major a semver range admits, Infinity when unbounded: '^4.2' → 4, '~1.2 || 2.x' → 2,
 * '>=4 <6' → 5, '>=4' → Infinity. A dependency is behind only when its range excludes a newer major.
 */
export function highestSemverMajor(range: string): number {
  const alternatives = range.split('||').map((alternative) => upperMajor(alternative.trim()));
  return Math.max(...alternatives);
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

function upperMajor(alternative: string): number {
  const hyphen = /^\S{1,40}\s{1,10}-\s{1,10}v?(\d{1,4})/.exec(alternative);
  if (hyphen) return Number(hyphen[1]);
  let upper = Infinity;
  for (const comparator of alternative.replace(/(<=|>=|[<>=^~])\s{1,10}/g, '$1').split(/\s{1,20}/)) {
    const match = /^(<=|>=|[<>=^~])?v?(\d{1,4})(?:\.(\d{1,4}|[x*]))?(?:\.(\d{1,4}|[x*]))?/.exec(comparator);
    if (!match) continue;
    const operator = match[1] ?? '';
    const major = Number(match[2]);
    if (operator === '>' || operator === '>=') continue;
    // '<5' and '<5.0.0' stop before 5; '<5.1' still admits 5.0.
    const stopsBefore = operator === '<' && [match[3], match[4]].every((part) => part === undefined || part === '0');
    upper = Math.min(upper, stopsBefore ? major - 1 : major);
  }
  return upper;
}
