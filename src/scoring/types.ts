import type { ProjectLintPolicy } from '../config/project-linters/policy.js';
import type { Config, MaturityLevel } from '../config/types.js';
import type { Context, ContextDecision } from '../findings/context.js';
import type { Category } from '../findings/types.js';
import type { LedgerEntry } from '../ledger/types.js';

/** Everything a score depends on besides the entry itself; built by the caller from git and config. */
export interface ScoringContext {
  /** ISO date (YYYY-MM-DD) standing for "today". */
  today: string;
  maturity: { level: MaturityLevel; percent: number };
  config: Config['scoring'];
  /** Commits touching each path within config.hotspotWindowDays before the last commit. */
  churn: ReadonlyMap<string, number>;
  maxChurn: number;
  /** Highest function complexity per path, when an analyzer measured it. */
  complexity?: ReadonlyMap<string, number>;
  calibration?: Calibration;
  /** The repository's path classifier (config, attributes, declared layout); conventions alone when absent. */
  contextOf?: (path: string) => ContextDecision;
  /** Scoring for the pre-commit gate: every path counts as shipped (a live key blocks wherever it lands). */
  gate?: boolean;
  /** Bug-fix commits touching each path within config.fixWindowDays before the last commit. */
  fixes?: ReadonlyMap<string, number>;
  /** What the project's own linters decided about our checks (unread when config.projectLinters is false). */
  projectLinters?: ProjectLintPolicy;
  /** The thresholds the complexity findings were measured against (analyzers.complexity). */
  complexityThresholds?: { cyclomatic: number; cognitive: number };
  /** The oldest runtime version the project declares it supports (requires-python, engines.node), per runtime. */
  runtimeMinimum?: Readonly<Partial<Record<'python' | 'node', readonly number[]>>>;
}

export type ScoreName = 'wsjf' | 'ice' | 'technicalDebt' | 'composite' | 'effort' | 'risk' | 'hotspot' | 'worth';

/** One term of one score, with where its value came from (what `git-value explain` prints). */
export interface ScoreTerm {
  readonly score: ScoreName;
  readonly name: string;
  readonly value: number;
  readonly source: string;
}

export interface Scores {
  wsjf: number;
  ice: number;
  technicalDebt: number;
  /** 0–100, comparable with block.minScore, backlog.minScore and highValueScore. */
  composite: number;
}

/** One finding of an item: where it is and what identifies it (the ledger entry it comes from). */
export interface Occurrence {
  /** The ledger entry's own id: `allow` and `done` accept it for this occurrence alone. */
  id: string;
  line: number;
  endLine?: number;
  title: string;
  fingerprint: string;
  facts?: Record<string, number | string>;
}

/**
 * A backlog item: the ledger's findings of one rule in one file (a credential is always its own item),
 * shaped as its worst finding, with every occurrence listed and the effort of them all.
 */
export type BacklogEntry = LedgerEntry & {
  occurrences?: readonly Occurrence[];
  /** Hours for the smallest single occurrence of the rule: the unit its magnitude is counted in. */
  unitHours?: number;
};

export type ScoredItem = BacklogEntry & {
  scores: Scores;
  /** Estimated hours: rule base × evidence scaling × calibration (LedgerEntry.effortHours is the base). */
  effortHours: number;
  /** Chance in [0,1] that the change goes wrong or takes much longer than estimated. */
  risk: number;
  confidence: number;
  /** Where the item's file lives: shipped source, test, docs, example, generated, vendored or build. */
  context: Context;
  /** Why the classifier put it there (a folder, a naming convention, an attribute, a config glob). */
  contextReason: string;
  /**
   * Why it is held as a metric rather than proposed (the project's linter switched the check off, an
   * inline suppression, complex but stable code): its composite is × HELD_AS_METRIC. Absent: proposed.
   */
  held?: string;
  breakdown: ScoreTerm[];
};

export interface CategoryCalibration {
  category: Category;
  samples: number;
  /** Median of actual / predicted hours; 1 until there are enough samples. */
  factor: number;
  /** Mean absolute percentage error of the uncalibrated estimates (0.25 = 25 %). */
  mapeBefore: number;
  /** The same after calibration, each sample predicted by a factor computed without it. */
  mapeAfter: number;
}

export interface Calibration {
  method: 'leave-one-out';
  minSamples: number;
  samples: number;
  factors: Partial<Record<Category, number>>;
  categories: CategoryCalibration[];
  mapeBefore: number | null;
  mapeAfter: number | null;
}

/**
 * A term's source text is written only when something reads it (explain, JSON, SARIF): a full
 * backlog scores every item, and formatting ~30 explanations for each of 15,000 items was most of
 * the scoring time and much of the scan's peak memory.
 */
class LazyTerm implements ScoreTerm {
  #source: string | (() => string);

  constructor(
    readonly score: ScoreName,
    readonly name: string,
    readonly value: number,
    source: string | (() => string),
  ) {
    this.#source = source;
  }

  get source(): string {
    if (typeof this.#source !== 'string') this.#source = this.#source();
    return this.#source;
  }

  toJSON(): ScoreTerm {
    return { score: this.score, name: this.name, value: this.value, source: this.source };
  }
}

/** Pass as `terms` to compute scores without recording how (see scoreEntry). */
export const NO_TERMS: ScoreTerm[] = Object.freeze([]) as unknown as ScoreTerm[];

export function addTerm(
  terms: ScoreTerm[],
  score: ScoreName,
  name: string,
  value: number,
  source: string | (() => string),
): number {
  if (terms !== NO_TERMS) terms.push(new LazyTerm(score, name, roundTo(value, 3), source));
  return value;
}

export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
