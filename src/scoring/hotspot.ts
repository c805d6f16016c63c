import type { LedgerEntry } from '../ledger/types.js';
import { addTerm, clamp, type ScoreTerm, type ScoringContext } from './types.js';

/** Complexity at which the complexity factor reaches its cap of 2 (doubles the hotspot). */
export const COMPLEXITY_CAP = 20;

export interface Hotspot {
  churnShare: number;
  complexityFactor: number;
  /** churnShare × complexityFactor, in [0, 2]. */
  value: number;
}

/** Numeric complexity an analyzer recorded on the finding itself (quality/complexity findings). */
export function readComplexityFact(entry: Pick<LedgerEntry, 'facts'>): number | undefined {
  const facts = entry.facts ?? {};
  for (const key of ['complexity', 'cyclomatic', 'cognitive']) {
    const value = facts[key];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return undefined;
}

/**
 * Hotspot = normalised change frequency × complexity factor (Tornhill's hotspots): files that change
 * often and are hard to read are where debt costs the most interest.
 */
export function measureHotspot(entry: LedgerEntry, ctx: ScoringContext, terms: ScoreTerm[]): Hotspot {
  const commits = ctx.churn.get(entry.path) ?? 0;
  const window = ctx.config.hotspotWindowDays;
  // A runtime, tool or dependency declaration is no more urgent in a manifest edited every week:
  // pyproject.toml's churn ranked the same Python end of life differently in flask, requests and pytest.
  const declaration = entry.category === 'modern';
  const churnShare = addTerm(
    terms,
    'hotspot',
    'change frequency (share of busiest file)',
    !declaration && ctx.maxChurn > 0 ? clamp(commits / ctx.maxChurn, 0, 1) : 0,
    () =>
      declaration
        ? `a declaration (runtime, tooling, dependency): how often ${entry.path} changes says nothing of it: 0`
        : `${commits} commit(s) touched ${entry.path} in the ${window} days up to the last commit; the busiest file had ${ctx.maxChurn}`,
  );
  const fileComplexity = ctx.complexity?.get(entry.path);
  const complexity = Math.max(fileComplexity ?? 0, readComplexityFact(entry) ?? 0);
  const complexityFactor = addTerm(
    terms,
    'hotspot',
    'complexity factor',
    1 + clamp(complexity, 0, COMPLEXITY_CAP) / COMPLEXITY_CAP,
    () =>
      complexity > 0
        ? `1 + min(${complexity}, ${COMPLEXITY_CAP}) / ${COMPLEXITY_CAP}: highest function complexity measured in the file`
        : 'no complexity measured for the file: 1',
  );
  const value = addTerm(
    terms,
    'hotspot',
    'hotspot',
    churnShare * complexityFactor,
    'change frequency × complexity factor',
  );
  return { churnShare, complexityFactor, value };
}
