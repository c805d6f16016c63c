import type { LineRange } from '../findings/types.js';

export interface FileHunks {
  added: LineRange[];
  /** git saw the file as binary ("Binary files a/x and b/x differ"): it gave no hunks. */
  binary: boolean;
}

/** A hunk header reads "@@ -12,3 +14,5 @@": lines 14..18 of the new side were added. */
export function parseAddedRanges(patch: string): FileHunks[] {
  const files: FileHunks[] = [];
  let current: FileHunks | undefined;
  let at = 0;
  while (at < patch.length) {
    const end = patch.indexOf('\n', at);
    const lineEnd = end === -1 ? patch.length : end;
    if (patch.startsWith('diff --git ', at) || patch.startsWith('diff --cc ', at)) {
      current = { added: [], binary: false };
      files.push(current);
    } else if (current && patch.startsWith('Binary files ', at)) {
      current.binary = true;
    } else if (current && patch.startsWith('@@ ', at)) {
      const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(patch.slice(at, Math.min(lineEnd, at + 80)));
      if (header) {
        const start = Number(header[1]);
        const count = header[2] === undefined ? 1 : Number(header[2]);
        if (count > 0) current.added.push({ start, end: start + count - 1 });
      }
    }
    at = lineEnd + 1;
  }
  return files;
}
