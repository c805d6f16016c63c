// `npm run bench -- --only panel` (issue 11): every panel repository cloned at its pinned commit, scanned
// as a new user would (default configuration), then every command a maintainer runs, each under GNU
// time for its peak memory. Figures per repository: items, ledger and report sizes, peak RSS per
// command, the top 20 of BACKLOG.md, and how many of them the committed judgement (JUDGEMENT.md)
// found actionable. Without the mirrors (CI) it is skipped with a note, never faked.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecked, runWithPeakMemory, type RunResult } from '../measure.js';
import { formatMs, renderTable, type SectionReport } from '../table.js';
import { checkoutPanel, PANEL_MIRRORS_ENV, readHeldOutList, readPanelList, type PanelCheckout } from './checkout.js';
import { readJudgement, type Judged } from './judgement.js';

const LEDGER_BUDGET = 1024 * 1024;
const JSON_BUDGET = 10 * 1024 * 1024;
const RSS_BUDGET_MB = 300;
const ACTIONABLE_GOAL = 15;
const TOP = 20;
/** The goal's share (15 of 20) for a backlog that lists fewer than 20 items over its minimum score. */
const goalFor = (shown: number): number => Math.ceil((ACTIONABLE_GOAL / TOP) * shown);
const NOT_SHIPPED = new Set(['test', 'docs', 'example']);
const panelDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'bench', 'panel');

export const PANEL_WORK_ENV = 'GIT_VALUE_PANEL_WORKDIR';
export const PANEL_HELD_OUT_ENV = 'GIT_VALUE_PANEL_HELD_OUT';

interface JsonItem {
  id: string;
  ruleId: string;
  category: string;
  path: string;
  line: number;
  context: string;
  confidence: number;
  title: string;
  occurrences: unknown[];
  scores: { composite: number };
}

interface RepoFigures {
  name: string;
  heldOut: boolean;
  files: string;
  items: number;
  findings: number;
  ledgerBytes: number;
  jsonBytes: number;
  sarifBytes: number;
  peakMb: Record<string, number>;
  scanMs: number;
  top: JsonItem[];
  judged: { actionable: number; judged: number };
  nonShippedTop10: number;
}

const COMMANDS = [
  'scan',
  'backlog',
  'json',
  'sarif',
  'next',
  'explain',
  'report --html',
  'refresh',
  'check --staged',
  'check --range',
  'merge-driver',
] as const;

function measure(cli: string, dir: string, args: string[], okCodes = [0]): RunResult {
  const run = runWithPeakMemory(process.execPath, [cli, ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1', GIT_VALUE_DEBUG: '1' },
  });
  if (!okCodes.includes(run.status))
    throw new Error(`bench: git-value ${args.join(' ')} in ${dir} exited ${run.status}:\n${run.stderr.slice(0, 2000)}`);
  return run;
}

/** A one-line edit of the largest shipped source file, staged: what a commit in that repository looks like. */
function stageOneChange(dir: string, top: readonly JsonItem[]): void {
  const target = top.find((item) => item.context === 'source')?.path ?? 'README.md';
  const file = join(dir, target);
  if (!existsSync(file)) return;
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
  runChecked('git', ['add', '--', target], { cwd: dir });
}

/**
 * The ledger merge driver as git calls it (base, ours, theirs, path) on two branches that each resolved
 * a different share of the scanned ledger's entries: the largest merge a full ledger sees.
 */
function measureMergeDriver(cli: string, dir: string, outDir: string, name: string): number {
  const text = readFileSync(join(dir, '.value', 'ledger.json'), 'utf8');
  const lines = text.split('\n');
  const entries = lines.filter((line) => line.startsWith('{"'));
  const write = (side: string, kept: string[]) => {
    const file = join(outDir, `${name}.ledger.${side}.json`);
    const body = kept.map((line) => line.replace(/,$/, '')).join(',\n');
    writeFileSync(file, `{\n  "version": 1,\n  "entries": [\n${body}\n  ]\n}\n`);
    return file;
  };
  const base = write('base', entries);
  const ours = write(
    'ours',
    entries.filter((_, index) => index % 5 !== 0),
  );
  const theirs = write(
    'theirs',
    entries.filter((_, index) => index % 7 !== 0),
  );
  const run = measure(cli, dir, ['merge-driver', base, ours, theirs, '.value/ledger.json']);
  for (const file of [base, ours, theirs]) rmSync(file, { force: true });
  return run.peakMb ?? 0;
}

function measureRepository(
  cli: string,
  checkout: PanelCheckout,
  heldOut: boolean,
  judged: readonly Judged[],
  outDir: string,
  log: (line: string) => void,
): RepoFigures {
  const { dir, name } = checkout;
  const peakMb: Record<string, number> = {};
  log(`panel: ${name}: scan`);
  // a first scan, as a new user runs it: no analysis cache from an earlier bench run
  rmSync(join(dir, '.git', 'git-value'), { recursive: true, force: true });
  const scan = measure(cli, dir, ['scan']);
  peakMb.scan = scan.peakMb ?? 0;
  const files = /scanned (\d+ files \([\d.]+ MB\))/.exec(scan.stderr)?.[1] ?? '?';
  const ledgerBytes = statSync(join(dir, '.value', 'ledger.json')).size;
  peakMb.backlog = measure(cli, dir, ['backlog', '--output', join(outDir, `${name}.BACKLOG.md`)]).peakMb ?? 0;
  const jsonFile = join(outDir, `${name}.json`);
  peakMb.json = measure(cli, dir, ['backlog', '--format', 'json', '--output', jsonFile]).peakMb ?? 0;
  const sarifFile = join(outDir, `${name}.sarif`);
  peakMb.sarif = measure(cli, dir, ['backlog', '--format', 'sarif', '--output', sarifFile]).peakMb ?? 0;
  const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as { items: JsonItem[]; thresholds: { minScore: number } };
  const top = report.items.filter((item) => item.scores.composite >= report.thresholds.minScore).slice(0, TOP);
  peakMb.next = measure(cli, dir, ['next']).peakMb ?? 0;
  const first = report.items[0];
  if (first) peakMb.explain = measure(cli, dir, ['explain', first.id]).peakMb ?? 0;
  log(`panel: ${name}: report --html, refresh, check, merge-driver`);
  peakMb['report --html'] =
    measure(cli, dir, ['report', '--html', '--output', join(outDir, `${name}.html`)]).peakMb ?? 0;
  peakMb.refresh = measure(cli, dir, ['refresh', '--since', 'HEAD~10']).peakMb ?? 0;
  peakMb['check --range'] = measure(cli, dir, ['check', '--range', 'HEAD~10..HEAD'], [0, 1]).peakMb ?? 0;
  stageOneChange(dir, top);
  peakMb['check --staged'] = measure(cli, dir, ['check', '--staged'], [0, 1]).peakMb ?? 0;
  runChecked('git', ['reset', '-q', '--hard'], { cwd: dir });
  peakMb['merge-driver'] = measureMergeDriver(cli, dir, outDir, name);
  const verdicts = new Map(judged.map((entry) => [`${entry.location} ${entry.ruleId}`, entry.actionable]));
  const known = top.filter((item) => verdicts.has(`${item.path}:${item.line} ${item.ruleId}`));
  return {
    name,
    heldOut,
    files,
    items: report.items.length,
    findings: report.items.reduce((sum, item) => sum + Math.max(1, item.occurrences.length), 0),
    ledgerBytes,
    jsonBytes: statSync(jsonFile).size,
    sarifBytes: statSync(sarifFile).size,
    peakMb,
    scanMs: scan.ms,
    top,
    judged: {
      judged: known.length,
      actionable: known.filter((item) => verdicts.get(`${item.path}:${item.line} ${item.ruleId}`)).length,
    },
    // a credential in a test or a doc counts against the goal unless the judgement found it real
    nonShippedTop10: top
      .slice(0, 10)
      .filter(
        (item) =>
          NOT_SHIPPED.has(item.context) &&
          !(item.category === 'secret' && verdicts.get(`${item.path}:${item.line} ${item.ruleId}`) === true),
      ).length,
  };
}

function renderTop(figures: RepoFigures): string {
  return renderTable(
    ['#', 'score', 'rule', 'context', 'location', 'title'],
    figures.top.map((item, index) => [
      index + 1,
      item.scores.composite.toFixed(2),
      item.ruleId,
      item.context,
      `${item.path}:${item.line}`,
      item.title.replace(/\|/g, '\\|').slice(0, 90),
    ]),
  );
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

export function runPanel(cli: string, quick: boolean, log: (line: string) => void): SectionReport {
  const mirrors = process.env[PANEL_MIRRORS_ENV];
  const workDir = process.env[PANEL_WORK_ENV] ?? join(tmpdir(), 'git-value-bench', 'panel');
  const heldOut = process.env[PANEL_HELD_OUT_ENV] === '1';
  const only = quick ? ['cobra', 'flask'] : undefined;
  const list = [...readPanelList(), ...(heldOut ? readHeldOutList() : [])];
  const { checkouts, notes } = checkoutPanel(mirrors, workDir, only, list);
  for (const note of notes) log(`panel: ${note}`);
  if (checkouts.length === 0)
    return {
      title: 'Real-repository panel (skipped)',
      body: notes.map((note) => `> ${note}`).join('\n'),
      budgets: [['real-repository panel', 'skipped', `needs ${PANEL_MIRRORS_ENV}`, 'SKIP']],
    };
  const outDir = join(workDir, 'results');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const judgement = readJudgement(join(panelDir, 'JUDGEMENT.md'));
  const figures = checkouts.map((checkout) =>
    measureRepository(cli, checkout, checkout.heldOut === true, judgement.get(checkout.name) ?? [], outDir, log),
  );
  const label = (f: RepoFigures) => `${f.name}${f.heldOut ? ' (held out)' : ''}`;
  const sizes = renderTable(
    ['repository', 'files', 'items', 'findings', 'ledger', 'JSON', 'SARIF', 'scan'],
    figures.map((f) => [
      label(f),
      f.files,
      f.items,
      f.findings,
      kb(f.ledgerBytes),
      kb(f.jsonBytes),
      kb(f.sarifBytes),
      formatMs(f.scanMs),
    ]),
  );
  const memory = renderTable(
    ['peak RSS (MB)', ...COMMANDS],
    figures.map((f) => [label(f), ...COMMANDS.map((command) => (f.peakMb[command] ?? 0).toFixed(0))]),
  );
  const quality = renderTable(
    ['repository', 'top 20 judged', 'actionable (goal: 15 of 20)', 'not shipped in top 10 (goal 0)'],
    figures
      .filter((f) => !f.heldOut)
      .map((f) => [f.name, `${f.judged.judged} of ${f.top.length}`, f.judged.actionable, f.nonShippedTop10]),
  );
  const tops = figures.map((f) => `### ${f.name}: top ${f.top.length} of BACKLOG.md\n\n${renderTop(f)}`).join('\n\n');
  const budgets: SectionReport['budgets'] = [];
  for (const f of figures) {
    const peak = Math.max(...Object.values(f.peakMb));
    budgets.push([
      `${f.name}: ledger`,
      kb(f.ledgerBytes),
      '≤ 1024 KB',
      f.ledgerBytes <= LEDGER_BUDGET ? 'PASS' : 'FAIL',
    ]);
    budgets.push([
      `${f.name}: JSON report`,
      kb(f.jsonBytes),
      '≤ 10240 KB',
      f.jsonBytes <= JSON_BUDGET ? 'PASS' : 'FAIL',
    ]);
    const worst = Object.entries(f.peakMb).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
    budgets.push([
      `${f.name}: peak RSS, every command`,
      `${peak.toFixed(0)} MB (${worst})`,
      `≤ ${RSS_BUDGET_MB} MB`,
      peak <= RSS_BUDGET_MB ? 'PASS' : 'FAIL',
    ]);
    if (f.heldOut) continue;
    const complete = f.judged.judged === f.top.length;
    budgets.push([
      `${f.name}: actionable in top 20`,
      `${f.judged.actionable} (${f.judged.judged} of ${f.top.length} judged)`,
      `≥ ${goalFor(f.top.length)}`,
      !complete ? 'UNJUDGED' : f.judged.actionable >= goalFor(f.top.length) ? 'PASS' : 'FAIL',
    ]);
    budgets.push([
      `${f.name}: not shipped in top 10`,
      String(f.nonShippedTop10),
      '0',
      f.nonShippedTop10 === 0 ? 'PASS' : 'FAIL',
    ]);
  }
  const body = [
    `Each repository cloned at its pinned commit (bench/panel/panel.json) into ${workDir}, scanned with the default configuration, then \`backlog\` (markdown, JSON, SARIF), \`refresh --since HEAD~10\` and \`check --staged\` over a one-line change; peak RSS from GNU time. Reports and each top 20 are in ${outDir}. "Actionable" counts the top-20 items that bench/panel/JUDGEMENT.md judged a maintainer would act on; an item it has not judged is counted as unjudged, not as actionable.`,
    ...notes.map((note) => `> ${note}`),
    '',
    sizes,
    '',
    memory,
    '',
    quality,
    '',
    tops,
  ].join('\n');
  return { title: 'Real-repository panel (issue 11)', body, budgets };
}
