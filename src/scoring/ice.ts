import { rateEase } from './effort.js';
import { addTerm, clamp, type ScoreTerm } from './types.js';

export interface Ice {
  impact: number;
  confidence: number;
  ease: number;
  ice: number;
}

/**
 * ICE = impact × confidence × ease, each 1–10; impact is what fixing it is worth (value and risk
 * removed), ease how easy one change of this kind is (the unit effort of its rule): a larger item of
 * the same kind is more work, which WSJF's job size and the debt already count, not a harder change.
 */
export function scoreIce(
  input: { businessValue: number; riskReduction: number; confidence: number; effortHours: number },
  terms: ScoreTerm[],
): Ice {
  const impact = addTerm(
    terms,
    'ice',
    'impact',
    (input.businessValue + input.riskReduction) / 2,
    'mean of user-business value and risk reduction',
  );
  const confidence = addTerm(
    terms,
    'ice',
    'confidence',
    clamp(input.confidence * 10, 1, 10),
    () => `rule confidence ${input.confidence} × 10, within 1–10`,
  );
  const ease = addTerm(
    terms,
    'ice',
    'ease',
    rateEase(input.effortHours),
    () => `11 − job size of ${input.effortHours.toFixed(2)} h (one change of this kind), within 1–10`,
  );
  const ice = addTerm(terms, 'ice', 'ICE', impact * confidence * ease, 'impact × confidence × ease');
  return { impact, confidence, ease, ice };
}
