// Where a file sits changes what fixing a finding in it is worth: critical paths (config) matter more,
// tests, docs and examples less (they do not ship).

const SUPPORT_DIR = /(^|\/)(tests?|__tests__|__mocks__|spec|specs|docs?|examples?|samples?|fixtures?|testdata|e2e)\//i;
const SUPPORT_FILE = /(\.(test|spec|stories)\.[a-z0-9]{1,6}$)|(_test\.(go|py)$)|((^|\/)test_[^/]{1,200}\.py$)|(\.md$)/i;

export function isSupportPath(path: string): boolean {
  return SUPPORT_DIR.test(path) || SUPPORT_FILE.test(path);
}

/** Glob match with `*` (within a segment), `**` (any segments) and `?`, as used in config files. */
export function matchesGlob(path: string, glob: string): boolean {
  return matchSegments(path.split('/'), 0, glob.split('/'), 0);
}

function matchSegments(parts: string[], at: number, globs: string[], globAt: number): boolean {
  if (globAt === globs.length) return at === parts.length;
  const glob = globs[globAt] as string;
  if (glob === '**') {
    for (let skip = at; skip <= parts.length; skip++) if (matchSegments(parts, skip, globs, globAt + 1)) return true;
    return false;
  }
  if (at === parts.length) return false;
  return matchSegment(parts[at] as string, glob) && matchSegments(parts, at + 1, globs, globAt + 1);
}

function matchSegment(text: string, glob: string): boolean {
  // Iterative wildcard match (linear backtracking on the last star), no regex built from user input.
  let t = 0;
  let g = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (g < glob.length && (glob[g] === '?' || glob[g] === text[t])) {
      t++;
      g++;
    } else if (g < glob.length && glob[g] === '*') {
      star = g++;
      mark = t;
    } else if (star >= 0) {
      g = star + 1;
      t = ++mark;
    } else return false;
  }
  while (g < glob.length && glob[g] === '*') g++;
  return g === glob.length;
}

/** The first critical-path glob the path matches, or undefined. A bare folder name matches what it holds. */
export function findCriticalPath(path: string, criticalPaths: readonly string[]): string | undefined {
  return criticalPaths.find((glob) => matchesGlob(path, glob) || matchesGlob(path, `${glob.replace(/\/+$/, '')}/**`));
}
