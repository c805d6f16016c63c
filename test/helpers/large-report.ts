import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Category, Severity } from '../../src/findings/types.js';
import type { LedgerEntry } from '../../src/ledger/types.js';
import { buildBacklogModel } from '../../src/report/backlog-model.js';
import { buildReportData, pickHotspotFiles } from '../../src/report/html/build-report-data.js';
import type { TrendPeriod } from '../../src/report/html/report-data-types.js';
import { renderReportHtml } from '../../src/report/html/render-html.js';
import { calibrateFromOutcomes } from '../../src/scoring/calibration.js';
import { scoreEntry } from '../../src/scoring/score-entry.js';
import type { ScoringContext } from '../../src/scoring/types.js';
import { entry } from './ledger-entry.js';

// A report as large as a big repository gives: `count` items over thousands of files, 120 periods of
// history, a full hotspot map, coverage for hundreds of modules. Built in-process from the same
// functions the command uses, so the page is measured, not the scan.
const RULES: Array<[string, Category, Severity, (n: number) => string]> = [
  ['quality/docstring', 'quality', 'low', (n) => `\`handler_${n}\` (public function) has no docstring`],
  ['debt/todo', 'debt', 'low', (n) => `TODO: handle the case where the cache holds entry ${n}`],
  [
    'quality/complexity',
    'quality',
    'medium',
    (n) => `\`process_${n}\` has cyclomatic complexity ${11 + (n % 30)} (threshold 10)`,
  ],
  [
    'perf/quadratic-lookup',
    'perf',
    'low',
    (n) => `items.indexOf() inside a loop is O(n×m): build a Set from items_${n} once`,
  ],
  ['vuln/sql-injection', 'vuln', 'high', (n) => `query built by string formatting reaches execute() (${n})`],
  ['secret/generic-api-key', 'secret', 'high', () => 'API key assigned in code (redacted)'],
  ['modern/dependency-major-behind', 'modern', 'info', (n) => `dependency ${n} is two majors behind`],
];

const FILES = 4100;

export function buildLargeReport(count: number): string {
  const today = '2026-11-20';
  const entries: LedgerEntry[] = [];
  // `count` open items, then a few allowed and resolved ones (with recorded hours) beside them
  for (let n = 0; n < count + 40; n++) {
    const [ruleId, category, severity, title] = RULES[n % 7 === 6 ? 6 : n % 5] as (typeof RULES)[number];
    // 4,100 files in 230 folders: a file keeps its folder, as in a real tree
    const file = n % FILES;
    const folder = `${file % 3 === 0 ? 'tests' : 'lib'}/package_${file % 40}/module_${file % 230}`;
    entries.push(
      entry({
        id: `${category}-${n.toString(16).padStart(10, '0')}`,
        ruleId,
        category,
        severity,
        path: `${folder}/file_${file}.py`,
        line: 1 + (n % 900),
        title: title(n),
        fingerprint: `f${n}`,
        firstSeen: `2026-${String(1 + (n % 10)).padStart(2, '0')}-15`,
        ...(n >= count && n % 2 === 0 ? { status: 'resolved', done: { hours: 1 + (n % 5), at: today, by: 'a' } } : {}),
        ...(n >= count && n % 2 === 1 ? { status: 'allowed', allow: { reason: 'fixture', by: 'a', at: today } } : {}),
        ...(ruleId === 'quality/complexity' ? { facts: { cyclomatic: 11 + (n % 30) } } : {}),
      }),
    );
  }
  const churn = new Map<string, number>();
  for (const path of new Set(entries.map((item) => item.path))) churn.set(path, 1 + (path.length % 37));
  const context: ScoringContext = {
    today,
    maturity: { level: 'maturing', percent: 60 },
    config: defaultConfig.scoring,
    churn,
    maxChurn: 37,
    complexity: new Map(),
    calibration: calibrateFromOutcomes(entries),
  };
  const model = buildBacklogModel({
    repoName: 'large',
    generatedAt: `${today}T12:00:00Z`,
    items: entries.map((item) => scoreEntry(item, context)),
    maturity: { level: 'maturing', percent: 60, features: [] },
    config: defaultConfig,
    activeAnalyzers: [],
    trend: [],
    calibration: context.calibration,
    triggers: [],
    notes: [],
    docCoverage: [...new Set(entries.map((item) => item.path))].map((path, n) => ({
      path,
      documented: n % 7,
      public: 7,
    })),
  });
  const periods: TrendPeriod[] = Array.from({ length: 120 }, (_, n) => ({
    period: `2024-W${n}`,
    start: new Date(Date.UTC(2024, 0, 1 + 7 * n)).toISOString().slice(0, 10),
    commit: n.toString(16).padStart(40, '0'),
    date: new Date(Date.UTC(2024, 0, 1 + 7 * n)).toISOString().slice(0, 10),
    open: { quality: 8000 + 40 * n, debt: 4000 - 10 * n, perf: 2000, vuln: 1000, secret: 20 },
    debtHours: { quality: 3000 + n, debt: 1500, perf: 800, vuln: 600, secret: 20 },
    ...(n ? { added: { quality: 60, debt: 5 }, resolved: { quality: 20, debt: 15 }, allowed: { secret: 1 } } : {}),
  }));
  const tracked = new Set(entries.map((item) => item.path));
  const picked = pickHotspotFiles(model.open, context, tracked);
  const data = buildReportData({
    model,
    context,
    trend: { granularity: 'week', periods, commits: 900, omittedPeriods: 30 },
    hotspots: {
      windowDays: 90,
      maxChurn: 37,
      files: picked.files.map((file, n) => ({ ...file, lines: 40 + ((n * 97) % 1900) })),
      omittedFiles: picked.omitted,
    },
    fileLink: '../{path}',
  });
  const client = readFileSync(fileURLToPath(new URL('../../bundle/cli/report-client.js', import.meta.url)), 'utf8');
  return renderReportHtml(data, client);
}
