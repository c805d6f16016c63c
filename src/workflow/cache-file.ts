import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Caches in the git folder (`.git/git-value/<name>.json`), never committed: what a rescan can reuse
// (analysis results by blob, marker ages). A cache is only ever a shortcut: one that is missing,
// unreadable, corrupt, from another version of the tool or too large is ignored and rebuilt, and
// one that cannot be written is skipped. Nothing in it may hold a raw secret (findings are redacted
// before they exist; line texts are kept as hashes).

const MAX_CACHE_BYTES = 64 * 1024 * 1024;

export function cachePath(gitDir: string, name: string): string {
  return join(gitDir, 'git-value', `${name}.json`);
}

/**
 * The cache's entries when it was written by a tool with the same `digest`; otherwise none. Entries
 * that `isEntry` rejects (a file edited or damaged) are left out.
 */
export function readCache<T>(
  gitDir: string | undefined,
  name: string,
  digest: string,
  isEntry: (value: unknown) => value is T,
): Map<string, T> {
  if (!gitDir) return new Map();
  const file = cachePath(gitDir, name);
  try {
    if (statSync(file).size > MAX_CACHE_BYTES) return new Map();
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { digest?: unknown; entries?: unknown };
    if (parsed.digest !== digest || !parsed.entries || typeof parsed.entries !== 'object') return new Map();
    return new Map(
      Object.entries(parsed.entries as Record<string, unknown>).filter((entry): entry is [string, T] =>
        isEntry(entry[1]),
      ),
    );
  } catch {
    return new Map(); // absent or broken: rebuilt by this run
  }
}

/**
 * Replaces the cache with `entries` (only what this run used, so it stays the size of one tree).
 * Written to a temporary file and renamed; a failure (read-only git folder, full disk) is not an error.
 */
export function writeCache<T>(gitDir: string | undefined, name: string, digest: string, entries: Map<string, T>): void {
  if (!gitDir) return;
  const file = cachePath(gitDir, name);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const text = JSON.stringify({ digest, entries: Object.fromEntries(entries) });
    if (text.length > MAX_CACHE_BYTES) return rmSync(file, { force: true });
    mkdirSync(join(gitDir, 'git-value'), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // the folder itself is unusable: there is nothing to clean up
    }
  }
}
