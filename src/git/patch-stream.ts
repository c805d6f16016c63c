import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { fail, ok, type Result } from '../findings/result.js';
import { gitEnv } from './exec.js';
import { unquotePath } from './added-lines.js';

/** What one commit added to one file: the added lines and their line numbers on the new side. */
export interface FilePatch {
  commit: string;
  /** Author date, YYYY-MM-DD. */
  date: string;
  path: string;
  /** Blob ids before and after (a merge lists every parent's before it, comma-separated). */
  before: string;
  after: string;
  lines: string[];
  lineNumbers: number[];
}

export interface PatchStreamStats {
  commits: number;
  bytes: number;
}

export interface PatchStreamOptions {
  /**
   * Also what merges add on their own (lines new against every parent: conflict resolutions, "evil
   * merges"), as combined diffs (--cc). Off by default: it cost 48 % more of git's time on pytest's
   * history (5,000 merges of 19,000 commits), and git's diffing is what a history scan waits for.
   */
  merges?: boolean;
}

/**
 * Every commit reachable from `revisions` with what it added, from one `git log -p -U0` whose output is
 * parsed as it streams (git diffs on one core while this process reads on the other; memory stays flat):
 *   \0<commit> <author date>
 *   diff --git a/x b/x                  (merges: "diff --cc x", combined diff of every parent)
 *   index <before>..<after> 100644      (--full-index: whole blob ids; merges "<p1>,<p2>..<after>")
 *   +++ b/x                             ("+++ /dev/null" for a deletion; C-quoted when odd)
 *   @@ -3,2 +4,4 @@                     ("@@@ -a,b -c,d +e,f @@@" for a merge)
 *   +<added line>                       (a merge: "++<line>", new against every parent)
 * Merges show nothing (their lines were added by the merged commits), or with `merges` only what no
 * parent had (--cc), never the branches' own commits again.
 */
export function streamPatches(
  cwd: string,
  revisions: readonly string[],
  onPatch: (patch: FilePatch) => void,
  onProgress: (stats: PatchStreamStats) => void = () => {},
  options: PatchStreamOptions = {},
): Promise<Result<PatchStreamStats>> {
  const child = spawn(
    'git',
    [
      '-c',
      'core.quotePath=false',
      'log',
      '-p',
      '-U0',
      ...(options.merges ? ['--cc'] : []),
      '--full-index',
      // a deleted file adds nothing: its patch (every line as removed) is 11 % of pytest's history
      '--diff-filter=d',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--format=%x00%H %as',
      ...revisions,
      '--',
    ],
    { cwd, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const parser = createPatchParser(onPatch);
  const decoder = new StringDecoder('utf8');
  const stats: PatchStreamStats = { commits: 0, bytes: 0 };
  let carry = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stats.bytes += chunk.length;
    const text = carry + decoder.write(chunk);
    const end = text.lastIndexOf('\n');
    if (end === -1) {
      carry = text;
      return;
    }
    carry = text.slice(end + 1);
    stats.commits += parser.feed(text.slice(0, end).split('\n'));
    onProgress(stats);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    if (stderr.length < 4096) stderr += chunk.toString('utf8');
  });
  return new Promise((resolve) => {
    child.on('error', (error) =>
      resolve(
        fail({
          code: 'GIT_FAILED',
          message: `could not run git: ${error.message}`,
          fix: 'install git and make sure it is on PATH',
        }),
      ),
    );
    child.on('close', (code) => {
      const rest = carry + decoder.end();
      if (rest) stats.commits += parser.feed(rest.split('\n'));
      parser.end();
      if (code !== 0)
        resolve(
          fail({
            code: 'GIT_FAILED',
            message: `git log failed: ${stderr.trim().split('\n')[0] ?? ''}`,
            fix: 'run `git log --all` yourself to see what git needs (a revision that does not exist?)',
            cause: stderr,
          }),
        );
      else resolve(ok(stats));
    });
  });
}

const NUL = 0;
const PLUS = 43;
const AT = 64;

/** The line parser, apart from the process so tests can feed it text. `feed` returns how many commits started. */
export function createPatchParser(onPatch: (patch: FilePatch) => void): {
  feed(lines: readonly string[]): number;
  end(): void;
} {
  let commit = '';
  let date = '';
  let current: FilePatch | undefined;
  let inHeader = false;
  let parents = 1; // prefix columns of a hunk line: 1, or the parents of a merge
  let nextLine = 0;
  const flush = () => {
    if (current && current.lines.length > 0) onPatch(current);
    current = undefined;
  };
  return {
    feed(lines) {
      let commits = 0;
      for (const line of lines) {
        const first = line.charCodeAt(0);
        if (first === NUL) {
          flush();
          const space = line.indexOf(' ');
          commit = line.slice(1, space);
          date = line.slice(space + 1);
          inHeader = false;
          commits++;
        } else if (inHeader) {
          if (line.startsWith('diff --')) startFile(line);
          else if (line.startsWith('index ')) readIndex(line);
          else if (line.startsWith('+++ ')) {
            // git ends the name with a tab when it holds a space (for patch tools)
            const target = line.endsWith('\t') ? line.slice(4, -1) : line.slice(4);
            if (target === '/dev/null') current = undefined;
            else if (current) current.path = stripSide(unquotePath(target));
          } else if (first === AT) startHunk(line);
        } else if (first === PLUS && current) {
          if (parents === 1) {
            current.lines.push(line.slice(1));
            current.lineNumbers.push(nextLine++);
          } else {
            // in a combined diff a line is new only when every parent's column says so ("++x")
            let fromAll = true;
            for (let column = 1; column < parents; column++) if (line.charCodeAt(column) !== PLUS) fromAll = false;
            if (fromAll) {
              current.lines.push(line.slice(parents));
              current.lineNumbers.push(nextLine);
            }
            nextLine++;
          }
        } else if (first === AT) startHunk(line);
        else if (line.startsWith('diff --')) startFile(line);
        else if (parents > 1 && current && line.length > 0 && !line.startsWith('\\')) {
          // a merge's result line from one parent (" +x"); removed lines ("-x", " -x") are not on the new side
          if (!line.slice(0, parents).includes('-')) nextLine++;
        }
      }
      return commits;
    },
    end: flush,
  };

  function startFile(line: string) {
    flush();
    inHeader = true;
    parents = line.startsWith('diff --cc ') || line.startsWith('diff --combined ') ? 2 : 1;
    // the path comes from "+++"; a pure rename or mode change has no hunk and stays without lines
    current = { commit, date, path: '', before: '', after: '', lines: [], lineNumbers: [] };
  }

  function readIndex(line: string) {
    if (!current) return;
    const space = line.indexOf(' ', 6);
    const range = line.slice(6, space === -1 ? line.length : space);
    const dots = range.indexOf('..');
    current.before = range.slice(0, dots);
    current.after = range.slice(dots + 2);
    parents = current.before.split(',').length;
  }

  // "@@ -3,2 +4,4 @@" or, for n parents, n+1 '@' then n "-a,b" ranges and "+c,d"
  function startHunk(line: string) {
    inHeader = false;
    const plus = line.indexOf(' +');
    nextLine = plus === -1 ? 0 : Number.parseInt(line.slice(plus + 2), 10);
  }
}

function stripSide(path: string): string {
  return path.startsWith('b/') ? path.slice(2) : path;
}
