import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, runTimed } from './measure.js';
import { LANGUAGES, generateEdit } from './synthetic-content.js';
import { git } from './synthetic-repo.js';

export interface CheckResult {
  changedFiles: number;
  /** Row name: '1 changed file', '1 changed file, every analyzer'… */
  label: string;
  checkMs: number;
  floorMs: number;
  ratio: number;
  budget: number;
  pass: boolean;
  exitCodes: number[];
  /** stderr of one run with GIT_VALUE_DEBUG=1: the CLI's per-phase timings. */
  phases: string;
}

const EDITABLE = new Set(LANGUAGES.filter((language) => language.comment).map((language) => language.ext));

/** Files spread over the whole tree, so a 50-file commit touches many folders as real ones do. */
export function pickEditFiles(files: readonly string[], count: number): string[] {
  const eligible = files.filter((path) => EDITABLE.has(path.slice(path.lastIndexOf('.') + 1)));
  const step = Math.max(1, Math.floor(eligible.length / count));
  return Array.from({ length: count }, (_, i) => eligible[(i * step + 7) % eligible.length]!);
}

// The bench repository's committed config turns off all but secrets and markers (the budgets of the
// foundation issue); this work-tree config turns every analyzer back on (the discovery issue's check).
const EVERY_ANALYZER = '{}\n';

function stageEdits(dir: string, paths: readonly string[], everyAnalyzer = false): void {
  if (everyAnalyzer) writeFileSync(join(dir, '.valuerc.json'), EVERY_ANALYZER);
  paths.forEach((path, n) => {
    const language = LANGUAGES.find((candidate) => path.endsWith(`.${candidate.ext}`))!;
    appendFileSync(join(dir, path), generateEdit(language, n));
  });
  git(dir, ['add', '--', ...paths]);
}

/** Undo what a run did: the staged edits, the ledger the check staged, any file it left. */
export function restoreWorktree(dir: string): void {
  git(dir, ['reset', '-q']);
  git(dir, ['checkout', '-q', '--', '.']);
  git(dir, ['clean', '-q', '-f', '-d', '-x']);
}

function timeFloor(dir: string): number {
  const node = runTimed(process.execPath, ['-e', '0'], { cwd: dir });
  const diff = runTimed('git', ['diff', '--cached'], { cwd: dir });
  return node.ms + diff.ms;
}

function runCheck(cli: string, dir: string, debug = false) {
  const env = { ...process.env, NO_COLOR: '1', ...(debug ? { GIT_VALUE_DEBUG: '1' } : {}) };
  const result = runTimed(process.execPath, [cli, 'check', '--staged'], { cwd: dir, env });
  if (result.status !== 0 && result.status !== 1) {
    restoreWorktree(dir);
    throw new Error(`bench: check --staged exited ${result.status}:\n${result.stderr.slice(0, 2000)}`);
  }
  return result;
}

export function benchCheck(
  cli: string,
  dir: string,
  paths: readonly string[],
  runs: number,
  budget: number,
  everyAnalyzer = false,
): CheckResult {
  const checkTimes: number[] = [];
  const floorTimes: number[] = [];
  const exitCodes: number[] = [];
  try {
    stageEdits(dir, paths, everyAnalyzer);
    const phases = runCheck(cli, dir, true).stderr;
    restoreWorktree(dir);
    for (let run = 0; run < runs; run++) {
      stageEdits(dir, paths, everyAnalyzer);
      floorTimes.push(timeFloor(dir));
      const result = runCheck(cli, dir);
      checkTimes.push(result.ms);
      exitCodes.push(result.status);
      restoreWorktree(dir);
    }
    const checkMs = median(checkTimes);
    const floorMs = median(floorTimes);
    const ratio = checkMs / floorMs;
    const label = `${paths.length} changed file${paths.length > 1 ? 's' : ''}${everyAnalyzer ? ', every analyzer' : ''}`;
    return {
      changedFiles: paths.length,
      label,
      checkMs,
      floorMs,
      ratio,
      budget,
      pass: ratio <= budget,
      exitCodes,
      phases,
    };
  } finally {
    restoreWorktree(dir);
  }
}
