import { fail, ok, type Result } from '../findings/result.js';

export type ChangeStatus = 'A' | 'M' | 'D' | 'R' | 'C' | 'T';

export interface FileChange {
  status: ChangeStatus;
  path: string;
  /** Source path of a rename or copy. */
  oldPath?: string;
  oldBlob?: string;
  newBlob?: string;
  oldMode: string;
  newMode: string;
}

const ZERO_SHA = /^0+$/;

/**
 * Raw diff records with blob ids, so content is read from the object store and never from the work
 * tree. `-z` keeps odd paths intact; a record is ":100644 100644 <old> <new> M\0path\0" or, for
 * renames, ":… R086\0old\0new\0".
 */
export function parseRawDiff(output: string): Result<FileChange[]> {
  const fields = output.split('\0');
  const changes: FileChange[] = [];
  let at = 0;
  while (at < fields.length && fields[at] !== '') {
    const header = fields[at++] as string;
    const match = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([AMDRCTUX])\d*$/.exec(header);
    if (!match)
      return fail({
        code: 'GIT_FAILED',
        message: `unexpected 'git diff --raw' record: ${header.slice(0, 80)}`,
        fix: 'report this with your git version (git --version)',
      });
    const [, oldMode, newMode, oldBlob, newBlob, status] = match as unknown as string[];
    const twoPaths = status === 'R' || status === 'C';
    const first = fields[at++] ?? '';
    const second = twoPaths ? (fields[at++] ?? '') : undefined;
    if (status === 'U' || status === 'X') {
      return fail({
        code: 'GIT_FAILED',
        file: first,
        message: `${first} has an unresolved merge conflict in the index`,
        fix: "resolve the conflict and 'git add' the file, then commit again",
      });
    }
    const change: FileChange = {
      status: status as ChangeStatus,
      path: second ?? first,
      oldMode: oldMode as string,
      newMode: newMode as string,
    };
    if (second !== undefined) change.oldPath = first;
    if (!ZERO_SHA.test(oldBlob as string)) change.oldBlob = oldBlob as string;
    if (!ZERO_SHA.test(newBlob as string)) change.newBlob = newBlob as string;
    changes.push(change);
  }
  return ok(changes);
}
