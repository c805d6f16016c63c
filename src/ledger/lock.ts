import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fail, type Result } from '../findings/result.js';
import { fixForWriteError } from './io.js';
import { resolveInside } from './repo-paths.js';
import { LEDGER_PATH } from './types.js';

const LOCK_TIMEOUT_MS = Number(process.env.GIT_VALUE_LOCK_TIMEOUT_MS ?? 10_000);

/**
 * An exclusive lock file beside the ledger (git's own index.lock scheme): two hooks at once, or
 * lint-staged running chunks in parallel, take turns instead of overwriting each other. A lock whose
 * owner process is gone is stale and taken over.
 */
export async function withLedgerLock<T>(root: string, work: () => Promise<Result<T>> | Result<T>): Promise<Result<T>> {
  // the folder must stay inside the repository; a link under the lock's own name is taken as stale
  const folder = resolveInside(root, dirname(LEDGER_PATH), dirname(LEDGER_PATH));
  if (!folder.ok) return folder;
  const lock = join(folder.value, basename(LEDGER_PATH) + '.lock');
  try {
    mkdirSync(dirname(lock), { recursive: true });
  } catch (error) {
    return fail({
      code: 'WRITE_FAILED',
      file: `${LEDGER_PATH}.lock`,
      message: `cannot create ${LEDGER_PATH}.lock: ${(error as Error).message}`,
      fix: fixForWriteError(error, LEDGER_PATH),
    });
  }
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      try {
        writeSync(fd, String(process.pid));
      } catch (error) {
        // a full disk lets the file be created but not written: an empty lock left behind would hold
        // up the next run, and its open descriptor keep the file system busy
        rmSync(lock, { force: true });
        throw error;
      } finally {
        closeSync(fd);
      }
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
          fix: `wait for it to finish; if none is running, remove the lock with 'rm ${LEDGER_PATH}.lock'`,
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
    // a link under the lock's name (committed by a branch) is no lock: removed, never read through
    if (lstatSync(lock).isSymbolicLink()) return removeStale(lock);
    owner = Number(readFileSync(lock, 'utf8'));
    // being written, or empty: wait briefly, then take it over
    if (!owner) return Date.now() - statSync(lock).mtimeMs > 2_000 && removeStale(lock);
    process.kill(owner, 0);
    return false;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ESRCH') return removeStale(lock);
    return code === 'ENOENT'; // released between our attempts
  }
}

function removeStale(lock: string): true {
  rmSync(lock, { force: true });
  return true;
}
