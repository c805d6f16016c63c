import { findCli } from './cli-path.js';
import { benchCheck, pickEditFiles } from './perf-check.js';
import { renderPerfReport } from './perf-report.js';
import { benchRipgrep, benchScan, commitLedger } from './perf-scan.js';
import { FULL_REPO, QUICK_REPO, ensureSyntheticRepo, resetToBase } from './synthetic-repo.js';
import type { SectionReport } from './table.js';

// A slow scan would push the bench past ~10 minutes: it then gets fewer runs, and the table says so.
const SCAN_BUDGET_MS = 150_000;

export function runPerf(runs: number, quick: boolean, log: (line: string) => void): SectionReport {
  const cli = findCli();
  const repo = ensureSyntheticRepo(quick ? QUICK_REPO : FULL_REPO, log);
  try {
    log(`first scan of ${repo.files.length} files to build the ledger`);
    const ledger = commitLedger(cli, repo.dir);
    const checks = (
      [
        [1, false],
        [50, false],
        [1, true],
        [50, true],
      ] as const
    ).map(([count, everyAnalyzer]) => {
      log(`check --staged with ${count} changed file(s)${everyAnalyzer ? ', every analyzer' : ''}, ${runs} runs`);
      return benchCheck(cli, repo.dir, pickEditFiles(repo.files, count), runs, count === 1 ? 2.5 : 4, everyAnalyzer);
    });
    const scanRuns = Math.min(runs, Math.max(1, Math.floor(SCAN_BUDGET_MS / ledger.scanMs)));
    log(`full scan, ${scanRuns} runs; ripgrep, ${runs} runs`);
    const scan = benchScan(cli, repo.dir, repo.bytes, scanRuns);
    const rg = benchRipgrep(repo.dir, repo.bytes, runs);
    return renderPerfReport({ repo, ledger, checks, scan, rg, runs, scanRuns });
  } finally {
    resetToBase(repo.dir, repo.baseCommit);
  }
}
