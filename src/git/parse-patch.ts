import type { LineRange } from '../findings/types.js';

/** One file's part of a patch: the lines its new side adds and, when the patch holds it whole, that side's text. */
export interface FilePatch {
  added: LineRange[];
  /** git saw the file as binary ("Binary files a/x and b/x differ"): it gave no hunks. */
  binary: boolean;
  /**
   * The whole new side, byte for byte as latin1, when the patch holds it: read with unlimited context,
   * a text change is one hunk from line 1 that lists every line. Undefined for binary files, pure
   * renames and copies, mode changes and anything else without such a hunk (read from git instead).
   */
  newText?: string;
}

const HUNK_HEADER = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/**
 * Per file of a `git diff -p` (latin1 text), in order: the new side's added lines and, under
 * unlimited context (read-diff.ts), its whole text, so the hook reads no blob for a changed text file. Hunk bodies are consumed by the counts in their header, so no
 * content line is ever mistaken for a header (with diff.suppressBlankEmpty an empty context line
 * has no leading space).
 */
export function parsePatch(patch: string): FilePatch[] {
  const files: FilePatch[] = [];
  let current:
    { hunks: FilePatch; pieces: string[]; hunkCount: number; complete: boolean; noNewlineAtEnd: boolean } | undefined;
  const finish = () => {
    if (!current) return;
    const { hunks, pieces, hunkCount, complete, noNewlineAtEnd } = current;
    if (hunkCount === 1 && complete && !hunks.binary)
      hunks.newText = pieces.length === 0 ? '' : pieces.join('\n') + (noNewlineAtEnd ? '' : '\n');
  };
  let at = 0;
  const nextLine = (): string => {
    const end = patch.indexOf('\n', at);
    const line = patch.slice(at, end === -1 ? patch.length : end);
    at = end === -1 ? patch.length : end + 1;
    return line;
  };
  while (at < patch.length) {
    const line = nextLine();
    if (line.startsWith('diff --git ') || line.startsWith('diff --cc ')) {
      finish();
      current = {
        hunks: { added: [], binary: false },
        pieces: [],
        hunkCount: 0,
        complete: true,
        noNewlineAtEnd: false,
      };
      files.push(current.hunks);
    } else if (current && current.hunkCount === 0 && line.startsWith('Binary files ')) {
      current.hunks.binary = true;
    } else if (current && line.startsWith('@@ ')) {
      const header = HUNK_HEADER.exec(line);
      if (!header) continue;
      let oldLeft = header[1] === undefined ? 1 : Number(header[1]);
      let newLeft = header[3] === undefined ? 1 : Number(header[3]);
      let newLine = Number(header[2]);
      current.hunkCount++;
      if (newLine !== 1 && newLeft > 0) current.complete = false;
      let last = '';
      while ((oldLeft > 0 || newLeft > 0 || patch.startsWith('\\', at)) && at < patch.length) {
        const kind = patch[at] === '\n' ? ' ' : patch[at];
        if (kind !== '+' && kind !== '-' && kind !== ' ' && kind !== '\\') {
          current.complete = false; // the counts did not hold: leave the line to the outer loop
          break;
        }
        const body = nextLine();
        if (kind === '+') {
          addLine(current.hunks.added, newLine++);
          current.pieces.push(body.slice(1));
          newLeft--;
        } else if (kind === '-') {
          oldLeft--;
        } else if (kind === ' ') {
          current.pieces.push(body.slice(1));
          newLine++;
          oldLeft--;
          newLeft--;
        } else if (kind === '\\') {
          // "\ No newline at end of file" speaks of the line before it
          if (last === '+' || last === ' ') current.noNewlineAtEnd = true;
          continue;
        }
        last = kind;
      }
    }
  }
  finish();
  return files;
}

function addLine(ranges: LineRange[], line: number): void {
  const previous = ranges[ranges.length - 1];
  if (previous && previous.end === line - 1) previous.end = line;
  else ranges.push({ start: line, end: line });
}
