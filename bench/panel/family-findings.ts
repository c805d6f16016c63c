// The vuln/, perf/ and modern/ findings of one checked-out repository, straight from the analyzers
// (no ledger, no scoring): what the judged samples in bench/panel/judged/ are compared against.
// The registry lookup of modern/dependency-major-behind is left out (its answer changes every day);
// "today" is the checkout's commit date, so a runtime's end of life is judged as of the pinned commit.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBlob } from '../../src/analyzers/decode-text.js';
import { analyzeRepo } from '../../src/analyzers/modern/index.js';
import { analyze as analyzePerf } from '../../src/analyzers/perf/index.js';
import { analyze as analyzeVuln } from '../../src/analyzers/vuln/index.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { wholeFile } from '../../src/findings/line-ranges.js';

export type Family = 'vuln' | 'perf' | 'modern';
export const FAMILIES: readonly Family[] = ['vuln', 'perf', 'modern'];

export interface FamilyFinding {
  family: Family;
  path: string;
  line: number;
  ruleId: string;
  title: string;
}

function git(dir: string, args: string[]): string {
  const run = spawnSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')} in ${dir} failed: ${run.stderr.trim()}`);
  return run.stdout;
}

export function collectFamilyFindings(dir: string): FamilyFinding[] {
  const paths = git(dir, ['ls-files', '-z']).split('\0').filter(Boolean).sort();
  const texts = new Map<string, string | undefined>();
  const read = (path: string): string | undefined => {
    if (!texts.has(path)) {
      let decoded;
      try {
        decoded = decodeBlob(readFileSync(join(dir, path)), defaultConfig.maxFileBytes);
      } catch {
        decoded = { skipped: 'unreadable' };
      }
      texts.set(path, 'text' in decoded ? decoded.text : undefined);
    }
    return texts.get(path);
  };
  const found: FamilyFinding[] = [];
  for (const path of paths) {
    if (/^node_modules\/|\/node_modules\//.test(path) || !/\.(?:[cm]?[jt]sx?|pyi?)$/.test(path)) continue;
    const text = read(path);
    if (text === undefined) continue;
    const input = { path, text, changed: wholeFile(text) };
    for (const finding of [...analyzeVuln(input), ...analyzePerf(input)]) found.push(toFamilyFinding(finding));
  }
  const today = git(dir, ['log', '-1', '--format=%cs']).trim();
  for (const finding of analyzeRepo({ files: paths, read, today, options: { registry: false } }))
    found.push(toFamilyFinding(finding));
  return found.sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
}

function toFamilyFinding(finding: { ruleId: string; path: string; line: number; title: string }): FamilyFinding {
  return {
    family: finding.ruleId.split('/')[0] as Family,
    path: finding.path,
    line: finding.line,
    ruleId: finding.ruleId,
    title: finding.title,
  };
}
