import type { CheckResult } from './perf-check.js';
import type { LedgerSummary, ThroughputResult } from './perf-scan.js';
import type { SyntheticRepo } from './synthetic-repo.js';
import { formatMs, formatRatio, renderTable, verdict, type SectionReport } from './table.js';

export const PEAK_MB_BUDGET = 300;

export interface PerfMeasures {
  repo: SyntheticRepo;
  ledger: LedgerSummary;
  checks: CheckResult[];
  scan: ThroughputResult;
  rg: ThroughputResult;
  runs: number;
  scanRuns: number;
}

const fenced = (title: string, text: string): string =>
  `\n${title}, GIT_VALUE_DEBUG=1 phases:\n\`\`\`\n${text.trim() || '(no output)'}\n\`\`\``;

export function renderPerfReport({ repo, ledger, checks, scan, rg, runs, scanRuns }: PerfMeasures): SectionReport {
  const scanPass = scan.mbPerSecond >= rg.mbPerSecond / 8;
  const memoryPass = scan.peakMb < PEAK_MB_BUDGET;
  const categories = Object.entries(ledger.byCategory)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
  const intro = `Synthetic repository: ${repo.files.length} files, ${(repo.bytes / 1e6).toFixed(1)} MB, ledger of ${ledger.entries} findings (${categories}); planted ${repo.plantedMarkers} markers and ${repo.plantedSecrets} fake secrets. Medians of ${runs} runs after a warm-up; floor = \`node -e 0\` + \`git diff --cached\`, measured alternately with each check.`;
  const checkTable = renderTable(
    ['check --staged', 'median', 'floor', 'ratio', 'budget', 'result'],
    checks.map((c) => [
      c.label,
      formatMs(c.checkMs),
      formatMs(c.floorMs),
      formatRatio(c.ratio),
      `≤ ${c.budget}×`,
      verdict(c.pass),
    ]),
  );
  const scanTitle = scanRuns < runs ? `full scan (${scanRuns} run${scanRuns > 1 ? 's' : ''}: slow)` : 'full scan';
  const scanTable = renderTable(
    [scanTitle, 'median', 'MB/s', 'peak RSS', 'budget', 'result'],
    [
      [
        scan.tool,
        formatMs(scan.ms),
        scan.mbPerSecond.toFixed(1),
        `${scan.peakMb.toFixed(0)} MB`,
        `≥ ${(rg.mbPerSecond / 8).toFixed(1)} MB/s, < ${PEAK_MB_BUDGET} MB`,
        verdict(scanPass && memoryPass),
      ],
      [rg.tool, formatMs(rg.ms), rg.mbPerSecond.toFixed(1), `${rg.peakMb.toFixed(0)} MB`, 'floor', ''],
    ],
  );
  const exits = checks.map((c) => `${c.label}: exit codes ${[...new Set(c.exitCodes)].join(',')}`).join('; ');
  const phases =
    checks
      .filter((c) => !c.pass)
      .map((c) => fenced(`check --staged, ${c.label}`, c.phases))
      .join('') + (scanPass && memoryPass ? '' : fenced('first scan', ledger.phases));
  const budgets: SectionReport['budgets'] = [
    ...checks.map((c): [string, string, string, string] => [
      `check --staged, ${c.label}`,
      formatRatio(c.ratio),
      `≤ ${c.budget}× floor`,
      verdict(c.pass),
    ]),
    [
      'scan throughput',
      `${scan.mbPerSecond.toFixed(1)} MB/s (rg ${rg.mbPerSecond.toFixed(0)})`,
      '≥ 1/8 of ripgrep',
      verdict(scanPass),
    ],
    ['scan peak memory', `${scan.peakMb.toFixed(0)} MB`, `< ${PEAK_MB_BUDGET} MB`, verdict(memoryPass)],
  ];
  return {
    title: 'Performance',
    body: `${intro}\n\n${checkTable}\n\n${scanTable}\n\n(${exits}; first scan ${formatMs(ledger.scanMs)})${phases}`,
    budgets,
  };
}
