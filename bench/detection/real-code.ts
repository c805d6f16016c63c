import { cpSync, existsSync, openSync, readFileSync, readSync, closeSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkoutPanel, PANEL_MIRRORS_ENV, readHeldOutList, readPanelList } from '../panel/checkout.js';
import { formatMs, renderTable } from '../table.js';
import type { Tool, ToolRun } from './tools.js';

// Clean real code (issue 12, "an honest bench"): the panel repositories and the held-out ones, each at
// its pinned commit, hold no live credential. Every line a tool flags there is listed for review; a
// line is false unless real-code-review.json judges it real-looking (a private key committed as a
// test fixture is key material: flagging it is right, and a team allows it with a reason).

export interface Reviewed {
  repo: string;
  path: string;
  line: number;
  verdict: 'real-looking';
  why: string;
}

export interface RealCodeRepo {
  name: string;
  heldOut: boolean;
  bytes: number;
  files: number;
  runs: ToolRun[];
}

export interface RealCode {
  repos: RealCodeRepo[];
  notes: string[];
  reviewed: Reviewed[];
}

const REVIEW = fileURLToPath(new URL('../../../bench/detection/real-code-review.json', import.meta.url));
// secretlint reads about 3 MB a minute here under load: generous, per repository
const REAL_TIMEOUT_MS = 1_800_000;
const QUICK = ['cobra', 'express', 'flask'];

function readReview(): Reviewed[] {
  return existsSync(REVIEW) ? (JSON.parse(readFileSync(REVIEW, 'utf8')) as { reviewed: Reviewed[] }).reviewed : [];
}

function isText(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(8000);
    const read = readSync(fd, head, 0, head.length, 0);
    return !head.subarray(0, read).includes(0);
  } finally {
    closeSync(fd);
  }
}

/** Text bytes and files of a tree (what the scanners read), `.git` left out. */
function measureText(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (path.includes('/.git/')) continue;
    if (!isText(path)) continue;
    bytes += statSync(path).size;
    files++;
  }
  return { bytes, files };
}

/**
 * Each panel (and held-out) repository copied at its pinned commit into `scratch`, every tool run on
 * each; skipped with a note when the mirrors are absent.
 */
export function scanRealCode(
  tools: readonly Tool[],
  scratch: string,
  quick: boolean,
  log: (line: string) => void,
  runTool: (tool: Tool, dir: string, timeoutMs: number) => ToolRun | undefined,
): RealCode {
  const mirrors = process.env[PANEL_MIRRORS_ENV];
  const workDir = process.env.GIT_VALUE_PANEL_WORKDIR ?? join(tmpdir(), 'git-value-bench', 'panel');
  const list = [...readPanelList(), ...readHeldOutList()];
  const { checkouts, notes } = checkoutPanel(mirrors, workDir, quick ? QUICK : undefined, list);
  const repos: RealCodeRepo[] = [];
  for (const checkout of checkouts) {
    const dir = join(scratch, checkout.name);
    cpSync(checkout.dir, dir, { recursive: true, filter: (source) => basename(source) !== '.git' });
    const { bytes, files } = measureText(dir);
    log(`detection: real code ${checkout.name} (${(bytes / 1e6).toFixed(1)} MB)`);
    const runs = tools.flatMap((tool) => runTool(tool, dir, REAL_TIMEOUT_MS) ?? []);
    repos.push({ name: checkout.name, heldOut: checkout.heldOut === true, bytes, files, runs });
  }
  return { repos, notes, reviewed: readReview() };
}

export interface RealCodeFigures {
  tool: string;
  megabytes: number;
  flagged: number;
  realLooking: number;
  falseLines: number;
  perMb: number;
  ms: number;
}

const lineKey = (repo: string, path: string, line: number) => `${repo}/${path.replace(/^\.\//, '')}:${line}`;

/** Per tool, over every repository it ran on: flagged distinct lines, those judged real-looking, the rest. */
export function figuresOf(real: RealCode): RealCodeFigures[] {
  const judged = new Set(real.reviewed.map((entry) => lineKey(entry.repo, entry.path, entry.line)));
  const tools = [...new Set(real.repos.flatMap((repo) => repo.runs.map((run) => run.tool)))];
  return tools.map((tool) => {
    let bytes = 0;
    let ms = 0;
    const flagged = new Set<string>();
    for (const repo of real.repos) {
      const run = repo.runs.find((candidate) => candidate.tool === tool);
      if (!run) continue;
      bytes += repo.bytes;
      ms += run.ms;
      for (const finding of run.findings) flagged.add(lineKey(repo.name, finding.path, finding.line));
    }
    const realLooking = [...flagged].filter((key) => judged.has(key)).length;
    const megabytes = bytes / 1e6;
    const falseLines = flagged.size - realLooking;
    return { tool, megabytes, flagged: flagged.size, realLooking, falseLines, perMb: falseLines / megabytes, ms };
  });
}

/** The tables and the review list of every flagged line (and of git-value's passed demo values). */
export function renderRealCode(real: RealCode): string {
  if (real.repos.length === 0) return real.notes.map((note) => `> ${note}`).join('\n');
  const figures = figuresOf(real);
  const judged = new Map(real.reviewed.map((entry) => [lineKey(entry.repo, entry.path, entry.line), entry.why]));
  const perRepo = renderTable(
    ['repository', 'MB (text)', 'files', ...figures.map((f) => `${f.tool.split(' ')[0]} lines`)],
    real.repos.map((repo) => [
      `${repo.name}${repo.heldOut ? ' (held out)' : ''}`,
      (repo.bytes / 1e6).toFixed(1),
      repo.files,
      ...figures.map(
        (f) =>
          new Set(
            (repo.runs.find((run) => run.tool === f.tool)?.findings ?? []).map(
              (finding) => `${finding.path}:${finding.line}`,
            ),
          ).size,
      ),
    ]),
  );
  const totals = renderTable(
    [
      'tool',
      'MB',
      'flagged lines',
      'judged real-looking',
      'false lines',
      'false lines per MB',
      'all flagged per MB',
      'time',
    ],
    figures.map((f) => [
      f.tool,
      f.megabytes.toFixed(1),
      f.flagged,
      f.realLooking,
      f.falseLines,
      f.perMb.toFixed(3),
      (f.flagged / f.megabytes).toFixed(3),
      formatMs(f.ms),
    ]),
  );
  const review: string[] = [];
  for (const f of figures) {
    const lines = real.repos.flatMap((repo) =>
      [
        ...new Map(
          (repo.runs.find((run) => run.tool === f.tool)?.findings ?? []).map((finding) => [
            lineKey(repo.name, finding.path, finding.line),
            finding.rule,
          ]),
        ),
      ].map(([key, rule]) => `  - ${key} ${rule} — ${judged.has(key) ? `real-looking: ${judged.get(key)}` : 'FALSE'}`),
    );
    review.push(`${f.tool}: ${lines.length} flagged line(s)${lines.length ? '\n' + lines.join('\n') : ''}`);
  }
  const passed = real.repos.flatMap((repo) =>
    repo.runs.flatMap((run) =>
      (run.passed ?? []).map((item) => `  - ${lineKey(repo.name, item.path, item.line)} ${item.rule}: ${item.why}`),
    ),
  );
  return [
    perRepo,
    totals,
    `Every flagged line, for review (real-code-review.json holds the verdicts):\n${review.join('\n')}`,
    passed.length ? `git-value passed ${passed.length} demo value(s), for review:\n${passed.join('\n')}` : '',
    real.notes.map((note) => `Note: ${note}`).join('\n'),
  ]
    .filter(Boolean)
    .join('\n\n');
}
