import { findMatchingGlob } from '../config/glob.js';

// Critical paths (config globs) raise what fixing a finding there is worth. Whether a path is shipped
// code, a test, docs or an example is the shared classifier's to say (findings/context.ts).

/** The first critical-path glob the path matches (the config's one glob dialect, config/glob.ts), or undefined. */
export function findCriticalPath(path: string, criticalPaths: readonly string[]): string | undefined {
  return findMatchingGlob(path, criticalPaths);
}
