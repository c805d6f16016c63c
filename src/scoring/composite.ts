import type { ScoreWeights } from '../config/types.js';
import type { Category } from '../findings/types.js';
import { isSecurity } from './wsjf.js';
import { addTerm, clamp, type ScoreTerm } from './types.js';

/** WSJF at which its normalised value is one half (WSJF is unbounded above: it saturates instead). */
export const WSJF_HALF = 2;
/** Technical debt (hours) at which its normalised value is one half. */
export const DEBT_HALF_HOURS = 1;
/**
 * No item can have every term at its top at once (a tiny job has little principal, a big one little
 * ease), so the practical top of the weighted sum is about 0.8: composite 100 = 0.8 × the largest
 * category multiplier. With the default weights this keeps every debt marker under 65 and every
 * credential of medium severity or more over 70 (see test/scoring/properties.test.ts).
 */
export const PRACTICAL_TOP = 0.8;

export interface CompositeInput {
  category: Category;
  wsjf: number;
  ice: number;
  technicalDebt: number;
  weights: ScoreWeights;
  multipliers: Record<Category, number>;
}

export function normaliseWsjf(wsjf: number): number {
  return wsjf / (wsjf + WSJF_HALF);
}

/** Geometric mean of the three 1–10 factors, over 10. */
export function normaliseIce(ice: number): number {
  return Math.cbrt(ice) / 10;
}

export function normaliseTechnicalDebt(hours: number): number {
  return hours / (hours + DEBT_HALF_HOURS);
}

export function scoreComposite(input: CompositeInput, terms: ScoreTerm[]): number {
  const { weights } = input;
  const wsjf = addTerm(
    terms,
    'composite',
    'normalised WSJF',
    normaliseWsjf(input.wsjf),
    () => `WSJF / (WSJF + ${WSJF_HALF})`,
  );
  const ice = addTerm(terms, 'composite', 'normalised ICE', normaliseIce(input.ice), 'cube root of ICE / 10');
  const debt = addTerm(
    terms,
    'composite',
    'normalised technical debt',
    normaliseTechnicalDebt(input.technicalDebt),
    () => `debt hours / (debt hours + ${DEBT_HALF_HOURS})`,
  );
  const boost = addTerm(terms, 'composite', 'security boost', isSecurity(input.category) ? weights.security : 0, () =>
    isSecurity(input.category)
      ? 'security weight of the maturity level (security category)'
      : 'not a security category: 0',
  );
  const weighted = addTerm(
    terms,
    'composite',
    'weighted sum',
    weights.wsjf * wsjf + weights.ice * ice + weights.technicalDebt * debt + boost,
    () => `${weights.wsjf} × WSJF + ${weights.ice} × ICE + ${weights.technicalDebt} × debt + boost (maturity weights)`,
  );
  const multiplier = addTerm(
    terms,
    'composite',
    'category multiplier',
    input.multipliers[input.category],
    () => `scoring.categoryMultipliers.${input.category}`,
  );
  const scale = addTerm(
    terms,
    'composite',
    'scale',
    PRACTICAL_TOP * Math.max(...Object.values(input.multipliers)),
    () => `${PRACTICAL_TOP} × largest category multiplier`,
  );
  return addTerm(
    terms,
    'composite',
    'composite',
    clamp((100 * weighted * multiplier) / scale, 0, 100),
    '100 × weighted sum × multiplier / scale, within 0–100',
  );
}
