import { fail, ok, type Result } from '../findings/result.js';
import { parseRawDiff, type FileChange } from './changes.js';
import { parsePatch, type FilePatch } from './parse-patch.js';
import { runGit } from './exec.js';

export interface DiffRead {
  changes: FileChange[];
  /** One per change, same order: both halves come from one run of git's diff queue. */
  patches: FilePatch[];
}

// Unlimited context (far above any file's line count, and far below where git's int arithmetic on
// hunk bounds could overflow): each changed text file's patch then lists its whole new side.
const FULL_CONTEXT = '-U100000000';

/**
 * The changes, their added lines and the new text of changed text files in ONE git call (a spawn is
 * the hook's largest fixed cost, ~15 ms here): `--raw -z -p` prints the NUL-separated raw records,
 * an empty record, then the patch.
 */
export function readDiff(cwd: string, diffArgs: readonly string[]): Result<DiffRead> {
  const diff = runGit(
    [
      'diff',
      '--raw',
      '-z',
      '-p',
      FULL_CONTEXT,
      '--no-abbrev',
      '-M',
      '-C',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      ...diffArgs,
    ],
    { cwd },
  );
  if (!diff.ok) return diff;
  const out = diff.value.stdout;
  if (out.length === 0) return ok({ changes: [], patches: [] });
  const split = out.indexOf('\0\0');
  const rawEnd = split === -1 ? out.length : split + 1;
  const changes = parseRawDiff(out.toString('utf8', 0, rawEnd));
  if (!changes.ok) return changes;
  const patches = parsePatch(out.toString('latin1', Math.min(out.length, rawEnd + 1)));
  if (patches.length !== changes.value.length) {
    return fail({
      code: 'GIT_FAILED',
      message: `git diff gave ${changes.value.length} changes but ${patches.length} patches`,
      fix: 'report this with your git version (git --version)',
    });
  }
  return ok({ changes: changes.value, patches });
}
