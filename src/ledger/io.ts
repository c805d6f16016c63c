import { closeSync, constants, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fail, ok, type Result } from '../findings/result.js';
import { fileBytes, writeAll, type LedgerBytes } from './ledger-bytes.js';
import { resolveInside } from './repo-paths.js';
import { LEDGER_PATH } from './types.js';

export function ledgerFile(root: string): string {
  return join(root, LEDGER_PATH);
}

/** An ASCII file (as git-value writes it) decodes byte for byte, several times faster than UTF-8. */
export function decodeLedger(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** The ledger's bytes, read lazily from the file (see ledger-bytes.ts), or undefined when there is none yet. */
export function openLedgerBytes(root: string): Result<LedgerBytes | undefined> {
  const inside = resolveInside(root, LEDGER_PATH, LEDGER_PATH);
  if (!inside.ok) return inside;
  try {
    return ok(fileBytes(inside.value));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ok(undefined);
    return ledgerUnreadable(error);
  }
}

/** The ledger's file could not be read (permissions, an I/O error): the failure every reader reports. */
export function ledgerUnreadable(error: unknown): Result<never> {
  return fail({
    code: 'LEDGER_CORRUPT',
    file: LEDGER_PATH,
    message: `cannot read ${LEDGER_PATH}: ${(error as Error).message}`,
    fix: 'check the file and folder permissions',
  });
}

/**
 * Write to a temporary file in the same folder, flush it, then rename over the target: a crash or
 * kill at any point leaves either the old file or the new one, never half of one. `flush: false`
 * skips the fsync (the rename alone keeps the swap atomic for every process): the pre-commit hook
 * uses it, since git does not fsync the index or loose objects of the commit the ledger belongs to
 * (core.fsync defaults), and the fsync was ~7 ms of a ~350 ms hook here. With `root`, the target is
 * resolved by resolveInside first (`output`: a path the user named, which may be outside); the
 * temporary file is created exclusively (O_EXCL never follows a link committed under that name).
 */
export function writeFileAtomic(
  path: string,
  content: string | Buffer | ((fd: number) => void),
  displayName: string,
  options: { flush?: boolean; root?: string; output?: boolean } = {},
): Result<void> {
  let target = path;
  if (options.root !== undefined) {
    const inside = resolveInside(options.root, path, displayName, options.output ? 'allowed' : 'refused');
    if (!inside.ok) return inside;
    target = inside.value;
  }
  const temporary = `${target}.tmp-${process.pid}`;
  let created = false;
  try {
    mkdirSync(dirname(target), { recursive: true });
    const fd = openExclusive(temporary);
    created = true;
    try {
      if (typeof content === 'function') content(fd);
      else if (typeof content === 'string') writeSync(fd, content);
      else writeAll(fd, content);
      if (options.flush !== false) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
    return ok(undefined);
  } catch (error) {
    if (created) rmSync(temporary, { force: true });
    return fail({
      code: 'WRITE_FAILED',
      file: displayName,
      message: `cannot write ${displayName}: ${(error as Error).message}`,
      fix: fixForWriteError(error, displayName),
    });
  }
}

/** A new file; one left by a killed run (or a link under its name) is removed first, never followed. */
function openExclusive(path: string): number {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL;
  try {
    return openSync(path, flags, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    rmSync(path, { force: true });
    return openSync(path, flags, 0o644);
  }
}

export function fixForWriteError(error: unknown, displayName: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return `free some disk space and run the command again; ${displayName} is unchanged`;
  if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM')
    return `make ${displayName} and its folder writable; the file is unchanged`;
  return `run the command again; ${displayName} is unchanged`;
}
