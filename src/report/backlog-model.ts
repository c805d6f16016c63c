import type { Config, MaturityLevel } from '../config/types.js';
import type { FileDocCoverage } from '../ledger/coverage-format.js';
import { rankItems } from '../scoring/score-entry.js';
import type { Calibration, ScoredItem } from '../scoring/types.js';
import { compareText, familyOf } from './text.js';

export interface MaturityReport {
  level: MaturityLevel;
  percent: number;
  features: { name: string; evidence: string[] }[];
}

export interface AnalyzerStatus {
  id: string;
  description: string;
  findings: number;
}

export interface SourceCount {
  family: string;
  findings: number;
}

/** One snapshot of the ledger in its own git history. */
export interface TrendPoint {
  commit: string;
  /** ISO date of the commit. */
  date: string;
  /** The commit's time in UTC, when known: commits of one day are ordered by it, not by sha. */
  time?: string;
  /** Position in the history read (1 = oldest), for commits made within the same second. */
  order?: number;
  open: number;
  debtHours: number;
}

/** A trigger that refreshes the ledger or backlog, and whether it is installed in this repository. */
export interface Trigger {
  name: string;
  installed: boolean;
  description: string;
}

export interface BacklogInput {
  repoName: string;
  /** ISO timestamp, passed in (renderers read no clock). */
  generatedAt: string;
  toolVersion?: string;
  /** Open, allowed and resolved items, scored. */
  items: ScoredItem[];
  maturity: MaturityReport;
  config: Config;
  activeAnalyzers: AnalyzerStatus[];
  /** Findings per analyzer family; computed from the items when not given. */
  sources?: SourceCount[];
  trend: TrendPoint[];
  calibration?: Calibration;
  triggers: Trigger[];
  /** Caveats about the evidence, e.g. 'shallow clone: age unknown'. */
  notes: string[];
  /** Per-file docstring coverage (.value/coverage.json); undefined when the docstring analyzer is off. */
  docCoverage?: FileDocCoverage[];
}

export interface BacklogModel extends BacklogInput {
  sources: SourceCount[];
  /** Open items, ranked (composite desc, severity, id). */
  open: ScoredItem[];
  allowed: ScoredItem[];
  resolved: ScoredItem[];
}

function byId(a: ScoredItem, b: ScoredItem): number {
  return compareText(a.id, b.id);
}

export function countSources(items: readonly ScoredItem[]): SourceCount[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(familyOf(item.ruleId), (counts.get(familyOf(item.ruleId)) ?? 0) + 1);
  return [...counts]
    .map(([family, findings]) => ({ family, findings }))
    .sort((a, b) => b.findings - a.findings || compareText(a.family, b.family));
}

/** Partition and order everything once, so every renderer sees the same ranking. */
export function buildBacklogModel(input: BacklogInput): BacklogModel {
  const open = rankItems(input.items.filter((item) => item.status === 'open'));
  const allowed = input.items.filter((item) => item.status === 'allowed').sort(byId);
  // Most recent first; ties by id keep the order stable.
  const resolved = input.items
    .filter((item) => item.status === 'resolved')
    .sort((a, b) => compareText(b.resolved?.at ?? '', a.resolved?.at ?? '') || byId(a, b));
  return {
    ...input,
    sources: input.sources ? [...input.sources] : countSources(open),
    trend: [...input.trend].sort(
      (a, b) =>
        compareText(a.date, b.date) ||
        compareText(a.time ?? '', b.time ?? '') ||
        (a.order ?? 0) - (b.order ?? 0) ||
        compareText(a.commit, b.commit),
    ),
    open,
    allowed,
    resolved,
  };
}

/** The next best item: the top open item that clears backlog.minScore and stays within backlog.maxRisk. */
export function pickNextItem(model: Pick<BacklogModel, 'open' | 'config'>): ScoredItem | undefined {
  const { minScore, maxRisk } = model.config.backlog;
  return model.open.find((item) => item.scores.composite >= minScore && item.risk <= maxRisk);
}
