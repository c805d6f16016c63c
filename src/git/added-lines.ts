import { ok, type Result } from '../findings/result.js';
import type { LineRange } from '../findings/types.js';
import { runGitText } from './exec.js';

export interface AddedLines {
  /** Author date of the commit, YYYY-MM-DD. */
  date: string;
  path: string;
  /** The new side of each hunk, added lines with their context (hunks one blank line apart). */
  lines: string[];
  /** 1-based lines of `lines` that the commit added. */
  added: LineRange[];
}

// Three lines of context keep what a multi-line secret needs around the lines a commit changed (a
// regenerated private key changes its body; its BEGIN line stays as it was).
const CONTEXT = 3;

/**
 * What each commit of HEAD added to `paths`, oldest commit first, from one `git log -p -U3`:
 *   \0<author date>          (one record per commit)
 *   diff --git a/x b/x
 *   +++ b/x                  (or "b/quoted\tpath" in C quoting)
 *   @@ -3,2 +4,4 @@
 *    <context line>
 *   +<added line>
 * Merges show no diff (their lines were added by the merged commits).
 */
export function readAddedLines(cwd: string, paths: readonly string[]): Result<AddedLines[]> {
  const log = runGitText(
    [
      '-c',
      'core.quotePath=false',
      'log',
      '--reverse',
      '--format=%x00%as',
      '-p',
      `-U${CONTEXT}`,
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--no-renames',
      '--diff-filter=AMCT',
      'HEAD',
      '--',
      ...paths.map((path) => `:(literal)${path}`),
    ],
    { cwd },
  );
  if (!log.ok) return log;
  const added: AddedLines[] = [];
  let date = '';
  let current: AddedLines | undefined;
  let inHeader = false; // between "diff --git" and the first "@@": an added "++ x" line is not a header
  for (const line of log.value.split('\n')) {
    if (line.startsWith('\0')) [date, current, inHeader] = [line.slice(1), undefined, false];
    else if (line.startsWith('diff --git ')) [current, inHeader] = [undefined, true];
    else if (inHeader && line.startsWith('+++ ')) {
      current = { date, path: unquotePath(line.slice(4)).replace(/^b\//, ''), lines: [], added: [] };
      added.push(current);
    } else if (line.startsWith('@@')) {
      inHeader = false;
      if (current && current.lines.length > 0) current.lines.push('');
    } else if (!inHeader && current && (line.startsWith('+') || line.startsWith(' '))) {
      current.lines.push(line.slice(1));
      if (line.startsWith('+')) addLine(current.added, current.lines.length);
    }
  }
  return ok(added.filter((entry) => entry.added.length > 0));
}

function addLine(ranges: LineRange[], line: number): void {
  const last = ranges[ranges.length - 1];
  if (last && last.end === line - 1) last.end = line;
  else ranges.push({ start: line, end: line });
}

/** Git's C quoting of odd paths ("b/a\tb"): the escapes git writes, back to characters. */
export function unquotePath(text: string): string {
  if (!text.startsWith('"')) return text;
  const escapes: Record<string, string> = { t: '\t', n: '\n', '"': '"', '\\': '\\', r: '\r' };
  const bytes: number[] = [];
  const body = Buffer.from(text.slice(1, -1), 'utf8');
  for (let index = 0; index < body.length; index++) {
    const byte = body[index] as number;
    if (byte !== 0x5c) {
      bytes.push(byte);
      continue;
    }
    const next = String.fromCharCode(body[index + 1] ?? 0);
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.subarray(index + 1, index + 4).toString('latin1'), 8));
      index += 3;
    } else {
      bytes.push(...Buffer.from(escapes[next] ?? next, 'utf8'));
      index += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
