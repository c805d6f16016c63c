import type { ScoreWeights } from '../config/types.js';
import type { Category, Severity } from '../findings/types.js';
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

/**
 * Above this the composite bends towards 100 instead of stopping there: once every term is near its top
 * (a live credential), the clamp made every such item 100.00 and their order a matter of ids.
 */
export const SOFT_KNEE = 80;

export interface CompositeInput {
  category: Category;
  wsjf: number;
  ice: number;
  technicalDebt: number;
  weights: ScoreWeights;
  multipliers: Record<Category, number>;
  /** × factor of where the code lives (exposure.ts); 1 when not given. */
  exposure?: number;
  /** × factor of how live a security finding looks (exposure.ts); 1 when not given. */
  plausibility?: number;
  /** The finding's severity: weighs the composite of non-security findings (SEVERITY_WEIGHT). */
  severity?: Severity;
  /** × factor of whether it is worth a change now or held as a metric (worth-now.ts); 1 when not given. */
  worth?: number;
}

/**
 * Cost of delay adds severity to time and risk terms that do not depend on it, and the normalised
 * terms saturate, so without this a pile of low-severity gaps outranked a high-severity hotspot.
 * Security findings carry severity in their value and boost already (and every credential must
 * still reach the gate's threshold). Info is a fact for the record (a gap of one docstring in a
 * documented file), not work: it stays under the backlog's usual minimum score.
 */
export const SEVERITY_WEIGHT: Record<Severity, number> = { critical: 1, high: 0.95, medium: 0.85, low: 0.7, info: 0.2 };

/** Identity up to the knee, then 100 − 20·e^(−excess/20): continuous, strictly increasing, below 100. */
export function bendTowardsTop(value: number): number {
  if (value <= SOFT_KNEE) return value;
  const room = 100 - SOFT_KNEE;
  return SOFT_KNEE + room * (1 - Math.exp(-(value - SOFT_KNEE) / room));
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
  const scaled = addTerm(
    terms,
    'composite',
    'scaled score',
    bendTowardsTop(Math.max(0, (100 * weighted * multiplier) / scale)),
    () => `100 × weighted sum × multiplier / scale; above ${SOFT_KNEE} it bends towards 100 rather than stopping there`,
  );
  const exposure = input.exposure ?? 1;
  const plausibility = input.plausibility ?? 1;
  const weighsSeverity = input.severity !== undefined && !isSecurity(input.category);
  const severity = addTerm(
    terms,
    'composite',
    'severity weight',
    weighsSeverity ? SEVERITY_WEIGHT[input.severity as Severity] : 1,
    () =>
      weighsSeverity
        ? `severity ${input.severity} (critical 1, high 0.95, medium 0.85, low 0.7, info 0.2)`
        : 'security finding: severity is in its value already: 1',
  );
  return addTerm(
    terms,
    'composite',
    'composite',
    clamp(scaled * severity * exposure * plausibility * (input.worth ?? 1), 0, 100),
    input.worth === undefined
      ? 'scaled score × severity weight × exposure × plausibility'
      : 'scaled score × severity weight × exposure × plausibility × worth a change now',
  );
}
