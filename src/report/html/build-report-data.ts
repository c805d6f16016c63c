import { CONTEXTS, classifyPath, type ContextDecision } from '../../findings/context.js';
import { languageOf } from '../../findings/languages.js';
import type { Category, Severity } from '../../findings/types.js';
import type { FileDocCoverage } from '../../ledger/coverage-format.js';
import { COMPLEXITY_CAP } from '../../scoring/hotspot.js';
import { clamp, roundTo, type ScoredItem, type ScoringContext } from '../../scoring/types.js';
import type { BacklogModel } from '../backlog-model.js';
import { CATEGORY_LABELS, shortenTitle } from '../text.js';
import {
  REPORT_DATA_VERSION,
  type CalibrationData,
  type HotspotData,
  type HotspotFile,
  type ItemRow,
  type ModuleCoverage,
  type ReportData,
  type TopItem,
  type TrendData,
} from './report-data-types.js';

export const CATEGORIES: readonly Category[] = ['secret', 'vuln', 'debt', 'quality', 'perf', 'modern'];
const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const STATUSES = ['open', 'allowed'] as const;
/** Items explained term by term (the rest link to `git-value explain ID`). */
export const TOP_ITEMS = 20;
/** Files drawn in the hotspot map: more would be unreadable boxes. */
export const HOTSPOT_FILES = 150;
const TITLE_LENGTH = 200;
/**
 * Titles in the items table are cut to the longest of these that keeps the data (as JSON) within its
 * budget: the page holds it compressed, but the browser parses all of it when the page opens. The top
 * items, BACKLOG.md and `explain` keep whole titles.
 */
const ROW_TITLE_LENGTHS = [100, 60, 36];
export const DATA_BUDGET_BYTES = 4.4 * 1024 * 1024;

export type ContextOf = (path: string) => ContextDecision;

/** The item's context: the one scoring gave it (with its reason) where it has one, else the shared classifier's. */
function decideContext(item: ScoredItem, contextOf: ContextOf): ContextDecision {
  return item.context ? { context: item.context, reason: item.contextReason } : contextOf(item.path);
}

class StringTable {
  readonly values: string[] = [];
  readonly #index = new Map<string, number>();

  of(value: string): number {
    let index = this.#index.get(value);
    if (index === undefined) {
      index = this.values.length;
      this.values.push(value);
      this.#index.set(value, index);
    }
    return index;
  }
}

/** A hotspot candidate before its size in lines is read. */
export type HotspotCandidate = Omit<HotspotFile, 'lines'>;

// Files that hold data, prose or configuration rather than code: a lock file or a changelog changes
// often and is long, and would fill a map that is about code.
const NOT_CODE = new Set(['markdown', 'json', 'yaml', 'toml', 'ini', 'properties', 'xml', 'dotenv', 'other']);

export function isMappedAsCode(path: string, contextOf: ContextOf): boolean {
  const context = contextOf(path).context;
  return context !== 'generated' && context !== 'vendored' && !NOT_CODE.has(languageOf(path));
}

/**
 * The files worth drawing: tracked code files with open items or changes in the hotspot window,
 * hottest first (churn share × complexity factor, as scoring's hotspot term), then most items.
 */
export function pickHotspotFiles(
  open: readonly ScoredItem[],
  context: Pick<ScoringContext, 'churn' | 'maxChurn' | 'complexity'>,
  tracked: ReadonlySet<string>,
  contextOf: ContextOf = (path) => classifyPath(path),
): { files: HotspotCandidate[]; omitted: number } {
  const items = new Map<string, number>();
  for (const item of open) items.set(item.path, (items.get(item.path) ?? 0) + 1);
  const paths = new Set(
    [...items.keys(), ...context.churn.keys()].filter((path) => tracked.has(path) && isMappedAsCode(path, contextOf)),
  );
  const files = [...paths].map((path) => {
    const commits = context.churn.get(path) ?? 0;
    const complexity = context.complexity?.get(path) ?? 0;
    const share = context.maxChurn > 0 ? clamp(commits / context.maxChurn, 0, 1) : 0;
    const factor = 1 + clamp(complexity, 0, COMPLEXITY_CAP) / COMPLEXITY_CAP;
    return { path, commits, complexity, hotspot: roundTo(share * factor, 3), items: items.get(path) ?? 0 };
  });
  files.sort((a, b) => b.hotspot - a.hotspot || b.items - a.items || (a.path < b.path ? -1 : 1));
  return { files: files.slice(0, HOTSPOT_FILES), omitted: Math.max(0, files.length - HOTSPOT_FILES) };
}

export interface ReportInput {
  model: BacklogModel;
  context: ScoringContext;
  trend: TrendData;
  hotspots: HotspotData;
  fileLink: string;
  commitLink?: string;
  head?: string;
  contextOf?: ContextOf;
}

/** The repository's classifier (config globs, attributes) where scoring has one, else the conventions. */
export function contextResolver(context: ScoringContext): ContextOf {
  return (context as { contextOf?: ContextOf }).contextOf ?? ((path: string) => classifyPath(path));
}

export function buildReportData(input: ReportInput): ReportData {
  const { model, context } = input;
  const contextOf = input.contextOf ?? contextResolver(context);
  const folders = new StringTable();
  const paths = new StringTable();
  const rules = new StringTable();
  const listed = [...model.open, ...model.allowed];
  const items: ItemRow[] = [];
  for (const item of listed) {
    items.push([
      item.id,
      paths.of(item.path),
      item.line,
      rules.of(item.ruleId),
      0, // set by fitTitles
      CATEGORIES.indexOf(item.category),
      SEVERITIES.indexOf(item.severity),
      CONTEXTS.indexOf(decideContext(item, contextOf).context),
      STATUSES.indexOf(item.status as (typeof STATUSES)[number]),
      item.scores.composite,
      item.effortHours,
    ]);
  }
  const data: ReportData = {
    version: REPORT_DATA_VERSION,
    repo: model.repoName,
    generatedAt: model.generatedAt,
    ...(model.toolVersion ? { toolVersion: model.toolVersion } : {}),
    ...(input.head ? { head: input.head } : {}),
    maturity: { level: model.maturity.level, percent: model.maturity.percent },
    highValueScore: model.config.scoring.highValueScore,
    fileLink: input.fileLink,
    ...(input.commitLink ? { commitLink: input.commitLink } : {}),
    enums: {
      categories: [...CATEGORIES],
      categoryLabels: CATEGORIES.map((category) => CATEGORY_LABELS[category]),
      severities: [...SEVERITIES],
      contexts: [...CONTEXTS],
      statuses: [...STATUSES],
    },
    strings: {
      folders: folders.values,
      paths: paths.values.map((path) => {
        const slash = path.lastIndexOf('/');
        return [folders.of(slash < 0 ? '' : path.slice(0, slash)), path.slice(slash + 1)];
      }),
      rules: rules.values,
      titles: [],
    },
    items,
    debtHours: roundTo(
      model.open.reduce((total, item) => total + item.effortHours, 0),
      1,
    ),
    resolvedCount: model.resolved.length,
    trend: input.trend,
    hotspots: input.hotspots,
    top: model.open.slice(0, TOP_ITEMS).map((item, index) => explainItem(item, index + 1, model, contextOf)),
    coverage: model.docCoverage ? coverageByModule(model.docCoverage) : null,
    calibration: calibrationData(model),
    notes: [...model.notes],
  };
  fitTitles(data, listed);
  return data;
}

/** Item titles at the longest length that keeps the data within DATA_BUDGET_BYTES (see ROW_TITLE_LENGTHS). */
function fitTitles(data: ReportData, listed: readonly ScoredItem[]): void {
  for (const [attempt, length] of ROW_TITLE_LENGTHS.entries()) {
    const titles = new StringTable();
    listed.forEach((item, index) => ((data.items[index] as ItemRow)[4] = titles.of(shortenTitle(item.title, length))));
    data.strings.titles = titles.values;
    const last = attempt === ROW_TITLE_LENGTHS.length - 1;
    if (last || Buffer.byteLength(JSON.stringify(data)) <= DATA_BUDGET_BYTES) {
      if (attempt > 0)
        data.notes.push(
          `titles in the items table are cut to ${length} characters to keep this page under 5 MB (${listed.length} items)`,
        );
      return;
    }
  }
}

function explainItem(item: ScoredItem, rank: number, model: BacklogModel, contextOf: ContextOf): TopItem {
  const terms = item.breakdown.map(({ score, name, value, source }) => ({ score, name, value, source }));
  const term = (name: string) => terms.find((row) => row.score === 'composite' && row.name === name)?.value ?? 0;
  const weights = model.config.scoring.weights[model.maturity.level];
  const scale = term('scale') || 1;
  const linear = (value: number) => (100 * value * term('category multiplier')) / scale;
  const raw = {
    wsjf: linear(weights.wsjf * term('normalised WSJF')),
    ice: linear(weights.ice * term('normalised ICE')),
    debt: linear(weights.technicalDebt * term('normalised technical debt')),
    security: linear(term('security boost')),
  };
  // the composite bends above 80 and is weighed by severity, exposure and plausibility: each part
  // keeps its share of the weighted sum, so the parts still add up to the composite shown
  const sum = raw.wsjf + raw.ice + raw.debt + raw.security;
  const share = sum > 0 ? item.scores.composite / sum : 0;
  const points = (value: number) => roundTo(value * share, 2);
  const decision = decideContext(item, contextOf);
  return {
    id: item.id,
    rank,
    title: shortenTitle(item.title, TITLE_LENGTH),
    ruleId: item.ruleId,
    category: CATEGORIES.indexOf(item.category),
    severity: item.severity,
    context: decision.context,
    contextReason: decision.reason,
    path: item.path,
    line: item.line,
    firstSeen: item.firstSeen,
    ...(item.evidence ? { evidence: item.evidence } : {}),
    composite: item.scores.composite,
    wsjf: item.scores.wsjf,
    ice: item.scores.ice,
    technicalDebt: item.scores.technicalDebt,
    effortHours: item.effortHours,
    risk: item.risk,
    parts: { wsjf: points(raw.wsjf), ice: points(raw.ice), debt: points(raw.debt), security: points(raw.security) },
    terms,
  };
}

/** Coverage per module: the folder a file sits in (`.` for the top folder). */
export function coverageByModule(files: readonly FileDocCoverage[]): ModuleCoverage[] {
  const modules = new Map<string, ModuleCoverage>();
  for (const file of files) {
    const slash = file.path.lastIndexOf('/');
    const module = slash < 0 ? '.' : file.path.slice(0, slash);
    const row = modules.get(module) ?? { module, files: 0, documented: 0, public: 0 };
    row.files++;
    row.documented += file.documented;
    row.public += file.public;
    modules.set(module, row);
  }
  return [...modules.values()].sort((a, b) => b.public - a.public || (a.module < b.module ? -1 : 1));
}

/** The uncalibrated estimate `calibrateFromOutcomes` compared with the actual hours: base × evidence scaling. */
function rawEstimate(item: ScoredItem): number {
  const term = (name: string) => item.breakdown.find((row) => row.score === 'effort' && row.name === name)?.value;
  return (term('rule base effort (h)') ?? 1) * (term('evidence scaling') ?? 1);
}

function calibrationData(model: BacklogModel): CalibrationData {
  const calibration = model.calibration;
  const samples = [...model.open, ...model.allowed, ...model.resolved]
    .filter((item) => item.done && item.done.hours > 0)
    .map((item) => ({
      id: item.id,
      category: CATEGORIES.indexOf(item.category),
      path: item.path,
      line: item.line,
      predicted: roundTo(rawEstimate(item), 2),
      actual: item.done?.hours ?? 0,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    minSamples: calibration?.minSamples ?? 3,
    samples,
    categories: (calibration?.categories ?? []).map((row) => ({
      category: CATEGORIES.indexOf(row.category),
      samples: row.samples,
      factor: roundTo(row.factor, 3),
      mapeBefore: roundTo(row.mapeBefore, 3),
      mapeAfter: roundTo(row.mapeAfter, 3),
    })),
    mapeBefore: calibration?.mapeBefore ?? null,
    mapeAfter: calibration?.mapeAfter ?? null,
  };
}
