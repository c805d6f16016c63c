import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layout } from '../runtime/layout.js';

// How to run this very git-value again: for a person reading a message (`npx git-value allow …`),
// and for hooks and the merge driver, which git runs with its own PATH. A bare `git-value` is only
// right when PATH holds it: a project install puts it in node_modules/.bin, the pre-commit framework
// in its cache, the standalone executable wherever it was saved.

/** Absolute program + arguments that start this git-value, whatever PATH holds (hooks, merge driver). */
export function selfInvocation(): string[] {
  if (layout === 'standalone') return [process.execPath];
  if (layout === 'prebuilt') return [fileURLToPath(new URL('../git-value', import.meta.url))];
  // the bundle's chunks and tsc's output both sit beside main.js
  return [process.execPath, fileURLToPath(new URL('main.js', import.meta.url))];
}

/**
 * What `git-value install` notes in .git/config for the hooks' launcher: a project or global npm
 * install is found there by node_modules or PATH, a standalone or prebuilt copy by this path.
 */
export function notedProgram(): string | undefined {
  return layout === 'package' ? undefined : selfInvocation().map(quoteForShell).join(' ');
}

/**
 * The command to print in advice, as a shell word list: `npx git-value` when the project installed it
 * (npm, pnpm and yarn all fill node_modules/.bin, which npx searches), `git-value` when PATH has one,
 * else the absolute invocation.
 */
export function commandForPeople(repoRoot: string, env: NodeJS.ProcessEnv): string {
  const invocation = selfInvocation();
  const program = invocation[invocation.length - 1] as string;
  if (layout === 'package' && isInside(program, repoRoot) && program.split(sep).includes('node_modules'))
    return 'npx git-value';
  const onPath = findOnPath('git-value', env.PATH ?? '');
  if (onPath && (layout === 'package' || sameFile(onPath, program))) return 'git-value';
  return invocation.map(quoteForShell).join(' ');
}

function findOnPath(name: string, path: string): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      continue; // not in this folder: PATH lookup goes on, as the shell's does
    }
  }
  return undefined;
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false; // a dangling link on PATH is not this git-value
  }
}

function isInside(file: string, folder: string): boolean {
  const path = relative(folder, file);
  return path !== '' && !path.startsWith('..') && !path.startsWith(sep);
}

/** POSIX shell quoting, only when needed, so the common case stays readable. */
export function quoteForShell(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
