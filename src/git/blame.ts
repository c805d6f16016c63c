import { ok, type Result } from '../findings/result.js';
import { runGitText } from './exec.js';

export interface LineOrigin {
  author: string;
  /** ISO date the line was written (author time). */
  date: string;
}

/**
 * Who wrote each of `lines` of `path` at HEAD, and when, in one `git blame --porcelain` call with
 * one -L per line. Porcelain gives a commit's author headers only the first time it appears:
 *   <sha> <orig-line> <final-line> [<count>]
 *   author Ana
 *   author-time 1700000000
 *   …
 *   \t<line text>
 */
export function blameLines(cwd: string, path: string, lines: readonly number[]): Result<Map<number, LineOrigin>> {
  const ranges = [...new Set(lines)].flatMap((line) => ['-L', `${line},${line}`]);
  const blamed = runGitText(['blame', '--porcelain', ...ranges, 'HEAD', '--', path], { cwd, okCodes: [128] });
  const origins = new Map<number, LineOrigin>();
  if (!blamed.ok) return blamed;
  const commits = new Map<string, { author?: string; time?: number }>();
  let current: { author?: string; time?: number } | undefined;
  let finalLine = 0;
  for (const row of blamed.value.split('\n')) {
    const header = /^([0-9a-f]{40,64}) \d+ (\d+)/.exec(row);
    if (header) {
      current = commits.get(header[1] as string) ?? {};
      commits.set(header[1] as string, current);
      finalLine = Number(header[2]);
    } else if (current && row.startsWith('author ')) current.author = row.slice(7);
    else if (current && row.startsWith('author-time ')) current.time = Number(row.slice(12));
    else if (current && row.startsWith('\t') && current.time !== undefined) {
      origins.set(finalLine, {
        author: current.author ?? 'unknown',
        date: new Date(current.time * 1000).toISOString().slice(0, 10),
      });
    }
  }
  return ok(origins);
}
