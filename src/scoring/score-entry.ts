import { classifyPath, type ContextDecision } from '../findings/context.js';
import type { Severity } from '../findings/types.js';
import type { LedgerEntry } from '../ledger/types.js';
import { daysBetween } from './age.js';
import { scoreComposite } from './composite.js';
import { estimateEffort } from './effort.js';
import { measureHotspot } from './hotspot.js';
import { scoreIce } from './ice.js';
import { estimateRisk } from './risk.js';
import { scoreTechnicalDebt } from './tech-debt.js';
import { rateExposure, ratePlausibility } from './exposure.js';
import {
  addTerm,
  NO_TERMS,
  roundTo,
  type BacklogEntry,
  type ScoredItem,
  type ScoreTerm,
  type ScoringContext,
} from './types.js';
import { OVERDUE_WINDOW_DAYS, scoreWsjf } from './wsjf.js';
import { judgeWorthNow } from './worth-now.js';

/**
 * The item's scores; its breakdown (every term with its source) is computed again, deterministically,
 * the first time something reads it. A full backlog scores every finding but explains few: keeping
 * ~25 terms for each of 15,000 items was most of the scoring time (their garbage collection) and a
 * large share of a scan's peak memory.
 */
export function scoreEntry(entry: BacklogEntry, ctx: ScoringContext): ScoredItem {
  const item = computeItem(entry, ctx, NO_TERMS);
  let breakdown: ScoreTerm[] | undefined;
  return Object.defineProperty(item, 'breakdown', {
    enumerable: true,
    configurable: true,
    get: () => (breakdown ??= computeItem(entry, ctx, []).breakdown),
  });
}

function computeItem(entry: BacklogEntry, ctx: ScoringContext, terms: ScoreTerm[]): ScoredItem {
  const knownAge = daysBetween(entry.firstSeen, ctx.today);
  const ageDays = addTerm(terms, 'wsjf', 'age (days)', knownAge ?? 0, () =>
    knownAge === undefined
      ? `first-seen date '${entry.firstSeen}' unreadable: 0`
      : `${ctx.today} − first seen ${entry.firstSeen}`,
  );
  const context = contextOfEntry(entry, ctx);
  const hotspot = measureHotspot(entry, ctx, terms).value;
  const effort = estimateEffort(entry, ctx.complexity?.get(entry.path), ctx.calibration, terms);
  const effortHours = effort.hours;
  const overdueDays = measureOverdue(entry, ctx.today);
  const wsjf = scoreWsjf(
    {
      entry,
      ageDays,
      ...(overdueDays === undefined ? {} : { overdueDays }),
      hotspot,
      effortHours,
      magnitude: effort.magnitude,
      criticalPaths: ctx.config.criticalPaths,
    },
    terms,
  );
  const ice = scoreIce(
    {
      businessValue: wsjf.businessValue,
      riskReduction: wsjf.riskReduction,
      confidence: entry.confidence,
      effortHours: effort.unitHours,
    },
    terms,
  );
  const debt = scoreTechnicalDebt(effortHours, hotspot, terms);
  const worth = judgeWorthNow(entry, ctx, terms);
  const composite = scoreComposite(
    {
      category: entry.category,
      wsjf: wsjf.wsjf,
      ice: ice.ice,
      technicalDebt: debt.technicalDebt,
      weights: ctx.config.weights[ctx.maturity.level],
      multipliers: ctx.config.categoryMultipliers,
      severity: entry.severity,
      exposure: rateExposure(entry.category, context, ctx.gate === true, terms, entry.facts),
      plausibility: ratePlausibility(entry.category, entry.confidence, terms, entry.facts),
      worth: worth.factor,
    },
    terms,
  );
  const risk = estimateRisk(entry.category, hotspot, effortHours, terms);
  const confidence = addTerm(
    terms,
    'risk',
    'confidence',
    entry.confidence,
    () => `rule confidence that the finding is real (${entry.ruleId})`,
  );
  return {
    ...entry,
    scores: {
      wsjf: roundTo(wsjf.wsjf, 2),
      ice: roundTo(ice.ice, 1),
      technicalDebt: roundTo(debt.technicalDebt, 2),
      composite: roundTo(composite, 2),
    },
    effortHours: roundTo(effortHours, 2),
    risk: roundTo(risk, 2),
    confidence,
    context: context.context,
    contextReason: context.reason,
    ...(worth.held ? { held: worth.held } : {}),
    breakdown: terms,
  };
}

/**
 * Days since the end of life a runtime finding records (facts.endOfLife), when it has passed; a runtime
 * older than the release table has no date and is overdue for the whole window.
 */
function measureOverdue(entry: BacklogEntry, today: string): number | undefined {
  if (entry.ruleId !== 'modern/runtime-eol') return undefined;
  const endOfLife = entry.facts?.endOfLife;
  if (typeof endOfLife !== 'string') return OVERDUE_WINDOW_DAYS;
  return endOfLife <= today ? daysBetween(endOfLife, today) : undefined;
}

/** The classifier's word on the path, unless the file said in its own text that it is generated. */
function contextOfEntry(entry: BacklogEntry, ctx: ScoringContext): ContextDecision {
  if (entry.facts?.context === 'generated')
    return { context: 'generated', reason: 'its own text says it is generated (a banner or a source-map link)' };
  if (entry.facts?.context === 'vendored' && typeof entry.facts.copied === 'string')
    return { context: 'vendored', reason: entry.facts.copied };
  return ctx.contextOf?.(entry.path) ?? classifyPath(entry.path);
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

export function compareItems(a: ScoredItem, b: ScoredItem): number {
  return (
    b.scores.composite - a.scores.composite ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Composite descending, then severity, then id: a total order, so the same items always rank the same. */
export function rankItems(items: readonly ScoredItem[]): ScoredItem[] {
  return [...items].sort(compareItems);
}
