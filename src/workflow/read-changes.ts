import { decodeBlob } from '../analyzers/decode-text.js';
import type { FileToAnalyze } from '../analyzers/analyze-files.js';
import { compileGlobs } from '../config/glob.js';
import type { ConfigFor } from '../config/package-configs.js';
import { ok, type Result } from '../findings/result.js';
import type { LineRange } from '../findings/types.js';
import { readBlobs } from '../git/blobs.js';
import type { FileChange } from '../git/changes.js';
import { readDiff } from '../git/read-diff.js';
import { note, type Note } from '../findings/note.js';
import { skippedNote } from '../analyzers/decode-text.js';
import { printableRuns } from './binary-strings.js';

export interface ChangedFile extends FileToAnalyze {
  change: FileChange;
  /** Lines the commit adds: the gate blocks only on these (the analyzers read the whole file, for the ledger). */
  added: LineRange[];
}

export interface ChangeSet {
  changes: FileChange[];
  /** Files with new content to analyse. */
  files: ChangedFile[];
  /** Paths whose ledger entries this change owns: every changed path and every rename's source. */
  touchedPaths: Set<string>;
  notes: Note[];
  /** The printable runs of each binary file (binary-strings.ts), for the hook's note. */
  binaryStrings: { path: string; text: string }[];
  /** The config governing each path (nearest up from its folder). */
  configFor: ConfigFor;
}

const SUBMODULE = '160000';
const SYMLINK = '120000';

/** The new side of a diff (index or a commit), read from git's object store, never the work tree. */
export async function readChanges(
  cwd: string,
  diffArgs: readonly string[],
  resolveConfigs: (paths: string[]) => Promise<Result<ConfigFor>>,
): Promise<Result<ChangeSet>> {
  const diff = readDiff(cwd, diffArgs);
  if (!diff.ok) return diff;
  const { changes, patches } = diff.value;
  const configs = await resolveConfigs(changes.map((change) => change.path));
  if (!configs.ok) return configs;
  const configFor = configs.value;
  const ignoreByConfig = new Map<unknown, (path: string) => boolean>();
  const isIgnored = (path: string) => {
    const config = configFor(path);
    const matcher = ignoreByConfig.get(config) ?? compileGlobs(config.ignore);
    ignoreByConfig.set(config, matcher);
    return matcher(path);
  };
  const notes: Note[] = [];
  const touchedPaths = new Set<string>();
  const wanted: { change: FileChange; added: LineRange[]; binary: boolean; newText?: string }[] = [];
  changes.forEach((change, index) => {
    if (isIgnored(change.path)) return;
    touchedPaths.add(change.path);
    if (change.oldPath && change.status === 'R') touchedPaths.add(change.oldPath);
    if (change.newMode === SUBMODULE)
      notes.push(note('skipped-file', `${change.path}: submodule, skipped (scan it in its own repository)`));
    else if (change.newMode === SYMLINK) notes.push(note('skipped-file', `${change.path}: symbolic link, skipped`));
    else if (change.newBlob) wanted.push({ change, ...(patches[index] ?? { added: [], binary: false }) });
  });
  // text changes come whole in the patch; only the rest (binary, pure renames, mode changes) is read
  const blobs = readBlobs(cwd, [
    ...new Set(wanted.filter(({ newText }) => newText === undefined).map(({ change }) => change.newBlob as string)),
  ]);
  if (!blobs.ok) return blobs;
  const files: ChangedFile[] = [];
  const binaryStrings: { path: string; text: string }[] = [];
  for (const { change, added, binary, newText } of wanted) {
    const bytes = newText === undefined ? blobs.value.get(change.newBlob as string) : Buffer.from(newText, 'latin1');
    if (!bytes) continue;
    const decoded = decodeBlob(bytes, configFor(change.path).maxFileBytes);
    if ('skipped' in decoded) {
      // a file too large to read keeps its ledger entries rather than seeing them all "resolved"
      if (decoded.skipped === 'too large') touchedPaths.delete(change.path);
      if (decoded.skipped === 'binary') binaryStrings.push({ path: change.path, text: printableRuns(bytes) });
      notes.push(skippedNote(decoded.skipped, `${change.path}: ${decoded.skipped} (${bytes.length} bytes), skipped`));
      continue;
    }
    // git calls UTF-16 text binary and gives no hunks: every line counts as added, and findings
    // that the parent side already had are still dropped by the gate
    const addedLines = binary ? [{ start: 1, end: Number.MAX_SAFE_INTEGER }] : added;
    files.push({
      path: change.path,
      text: decoded.text,
      change,
      added: addedLines,
    });
  }
  return ok({ changes, files, touchedPaths, notes, binaryStrings, configFor });
}
