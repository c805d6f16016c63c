import { findMatchingGlob } from '../config/glob.js';

// Where a file sits changes what fixing a finding in it is worth: critical paths (config) matter more,
// tests, docs and examples less (they do not ship).

const SUPPORT_DIR = /(^|\/)(tests?|__tests__|__mocks__|spec|specs|docs?|examples?|samples?|fixtures?|testdata|e2e)\//i;
const SUPPORT_FILE = /(\.(test|spec|stories)\.[a-z0-9]{1,6}$)|(_test\.(go|py)$)|((^|\/)test_[^/]{1,200}\.py$)|(\.md$)/i;

export function isSupportPath(path: string): boolean {
  return SUPPORT_DIR.test(path) || SUPPORT_FILE.test(path);
}

/** The first critical-path glob the path matches (the config's one glob dialect, config/glob.ts), or undefined. */
export function findCriticalPath(path: string, criticalPaths: readonly string[]): string | undefined {
  return findMatchingGlob(path, criticalPaths);
}
