import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { isAscii } from 'node:buffer';
import { dirname, join } from 'node:path';
import { fail, ok, type Result } from '../findings/result.js';
import { fileBytes, writeAll, type LedgerBytes } from './ledger-bytes.js';
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
  try {
    return ok(fileBytes(ledgerFile(root)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ok(undefined);
    return fail({
      code: 'LEDGER_CORRUPT',
      file: LEDGER_PATH,
      message: `cannot read ${LEDGER_PATH}: ${(error as Error).message}`,
      fix: 'check the file and folder permissions',
    });
  }
}

/**
 * Write to a temporary file in the same folder, flush it, then rename over the ledger: a crash or
 * kill at any point leaves either the old ledger or the new one, never half of one. `flush: false`
 * skips the fsync (the rename alone keeps the swap atomic for every process): the pre-commit hook
 * uses it, since git does not fsync the index or loose objects of the commit the ledger belongs to
 * (core.fsync defaults), and the fsync was ~7 ms of a ~350 ms hook here.
 */
export function writeFileAtomic(
  path: string,
  content: string | Buffer | ((fd: number) => void),
  displayName: string,
  options: { flush?: boolean } = {},
): Result<void> {
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const fd = openSync(temporary, 'w', 0o644);
    try {
      if (typeof content === 'function') content(fd);
      else if (typeof content === 'string') writeSync(fd, content);
      else writeAll(fd, content);
      if (options.flush !== false) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
    return ok(undefined);
  } catch (error) {
    rmSync(temporary, { force: true });
    return fail({
      code: 'WRITE_FAILED',
      file: displayName,
      message: `cannot write ${displayName}: ${(error as Error).message}`,
      fix: fixForWriteError(error, displayName),
    });
  }
}

function fixForWriteError(error: unknown, displayName: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return `free some disk space and run the command again; ${displayName} is unchanged`;
  if (code === 'EACCES' || code === 'EROFS' || code === 'EPERM')
    return `make ${displayName} and its folder writable; the file is unchanged`;
  return `run the command again; ${displayName} is unchanged`;
}

const LOCK_TIMEOUT_MS = Number(process.env.GIT_VALUE_LOCK_TIMEOUT_MS ?? 10_000);

/**
 * An exclusive lock file beside the ledger (git's own index.lock scheme): two hooks at once, or
 * lint-staged running chunks in parallel, take turns instead of overwriting each other. A lock whose
 * owner process is gone is stale and taken over.
 */
export async function withLedgerLock<T>(root: string, work: () => Promise<Result<T>> | Result<T>): Promise<Result<T>> {
  const lock = `${ledgerFile(root)}.lock`;
  mkdirSync(dirname(lock), { recursive: true });
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        return fail({
          code: 'WRITE_FAILED',
          file: `${LEDGER_PATH}.lock`,
          message: `cannot create ${LEDGER_PATH}.lock: ${(error as Error).message}`,
          fix: fixForWriteError(error, LEDGER_PATH),
        });
      }
      if (isStale(lock)) continue;
      if (Date.now() > deadline) {
        return fail({
          code: 'LEDGER_LOCKED',
          file: `${LEDGER_PATH}.lock`,
          message: `another git-value is updating ${LEDGER_PATH} (lock held for over ${LOCK_TIMEOUT_MS / 1000}s)`,
          fix: `wait for it to finish; if none is running, delete ${LEDGER_PATH}.lock`,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
  }
}

function isStale(lock: string): boolean {
  let owner: number;
  try {
    owner = Number(readFileSync(lock, 'utf8'));
    if (!owner) return Date.now() - statSync(lock).mtimeMs > 2_000; // being written, or empty: wait briefly
    process.kill(owner, 0);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ESRCH') {
      rmSync(lock, { force: true });
      return true;
    }
    return code === 'ENOENT'; // released between our attempts
  }
}
