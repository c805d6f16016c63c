import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fail, ok, type Result } from '../findings/result.js';

/**
 * Where a write to `target` lands, or why it must not: a path inside the work tree at `root` must
 * stay inside it once symbolic links are followed (a committed `.value` or `BACKLOG.md` link must
 * not make a scan write into the link's target: issue 14). A state file is always inside (a
 * config's backlog.path of '../x' is refused); a path outside the work tree that the user named
 * (`outside: 'allowed'`, an --output) is theirs to choose. The real path is returned, so the
 * temporary file and the rename happen beside the real file.
 */
export function resolveInside(
  root: string,
  target: string,
  displayName: string,
  outside: 'allowed' | 'refused' = 'refused',
): Result<string> {
  const absolute = resolve(root, target);
  if (isOutside(root, absolute)) {
    if (outside === 'allowed') return ok(absolute);
    return fail({
      code: 'UNSAFE_PATH',
      file: displayName,
      message: `${displayName} is outside the repository; git-value keeps its files inside it`,
      fix: 'give a path inside the repository (backlog.path in .valuerc.json)',
    });
  }
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = root;
  }
  let existing = absolute;
  const missing: string[] = [];
  for (;;) {
    try {
      lstatSync(existing);
      break;
    } catch {
      missing.unshift(basename(existing));
      existing = dirname(existing);
    }
  }
  let real: string;
  try {
    real = join(realpathSync(existing), ...missing);
  } catch {
    real = ''; // a link to nothing: where it would lead is not known
  }
  if (real && !isOutside(realRoot, real)) return ok(real);
  const link = relative(root, existing) || '.';
  return fail({
    code: 'UNSAFE_PATH',
    file: displayName,
    message: `${displayName} leads out of the repository through the symbolic link ${link}${real ? ` (to ${real})` : ''}; git-value does not write there`,
    fix: `replace the link with a folder or file of the repository ('git rm ${link}'), or check out a trusted branch`,
  });
}

function isOutside(root: string, path: string): boolean {
  const rest = relative(root, path);
  return rest === '..' || rest.startsWith(`..${sep}`) || isAbsolute(rest);
}
