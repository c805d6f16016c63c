import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fail, ok, type Result } from '../findings/result.js';

// What `init` and `install` found before they wrote, so `uninstall` can give every file back byte for
// byte: kept per clone in <git common dir>/git-value/install.json. A file changed since (by the
// user, or by a later commit) is not restored blindly; uninstall then removes git-value's part only.

export interface FileState {
  /** base64 content, or null when the file did not exist. */
  content: string | null;
  mode: number | null;
}

export interface RecordedFile {
  before: FileState;
  /** sha256 of what git-value left there (null: it deleted the file). */
  after: string | null;
}

export interface InstallRecord {
  version: 1;
  files: Record<string, RecordedFile>;
}

export const recordFile = (commonDir: string) => join(commonDir, 'git-value', 'install.json');

export function readRecord(commonDir: string): InstallRecord {
  const file = recordFile(commonDir);
  if (!existsSync(file)) return { version: 1, files: {} };
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as InstallRecord;
  return parsed.version === 1 && parsed.files ? parsed : { version: 1, files: {} };
}

export function writeRecord(commonDir: string, record: InstallRecord): Result<void> {
  try {
    mkdirSync(dirname(recordFile(commonDir)), { recursive: true });
    writeFileSync(recordFile(commonDir), `${JSON.stringify(record, null, 1)}\n`);
    return ok(undefined);
  } catch (error) {
    return writeFailed(recordFile(commonDir), error);
  }
}

export function readState(file: string): FileState {
  if (!existsSync(file) || !statSync(file).isFile()) return { content: null, mode: null };
  return { content: readFileSync(file).toString('base64'), mode: statSync(file).mode & 0o777 };
}

export const digest = (state: FileState) =>
  state.content === null ? null : createHash('sha256').update(state.content, 'base64').digest('hex');

/** Remembers `before` for a file about to change (the first time only: a second init keeps the original). */
export function noteBefore(record: InstallRecord, file: string, before: FileState): void {
  if (!(file in record.files)) record.files[file] = { before, after: digest(before) };
}

export function noteAfter(record: InstallRecord, file: string): void {
  const entry = record.files[file];
  if (entry) entry.after = digest(readState(file));
}

/** Drops entries whose file is back where it started (nothing to restore). */
export function pruneRecord(record: InstallRecord): void {
  for (const [file, entry] of Object.entries(record.files))
    if (entry.after === digest(entry.before)) delete record.files[file];
}

/** Snapshot of the regular files of a folder (the hooks folder), by absolute path. */
export function snapshotFolder(folder: string): Map<string, FileState> {
  const states = new Map<string, FileState>();
  if (!existsSync(folder)) return states;
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    if (statSync(file).isFile()) states.set(file, readState(file));
  }
  return states;
}

export function writeState(file: string, state: FileState): Result<void> {
  try {
    if (state.content === null) {
      rmSync(file, { force: true });
      return ok(undefined);
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(state.content, 'base64'));
    if (state.mode !== null) chmodSync(file, state.mode);
    return ok(undefined);
  } catch (error) {
    return writeFailed(file, error);
  }
}

export function writeText(file: string, text: string | null, mode?: number): Result<void> {
  return writeState(file, {
    content: text === null ? null : Buffer.from(text, 'utf8').toString('base64'),
    mode: mode ?? (existsSync(file) ? statSync(file).mode & 0o777 : 0o644),
  });
}

function writeFailed(file: string, error: unknown): Result<never> {
  return fail({
    code: 'WRITE_FAILED',
    file,
    message: `cannot write ${file}: ${(error as Error).message}`,
    fix: 'check the permissions of that file and its folder, then run the command again',
  });
}
