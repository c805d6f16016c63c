import { addTerm, type ScoreTerm } from './types.js';

export interface TechnicalDebt {
  principal: number;
  interest: number;
  technicalDebt: number;
}

/** Technical debt in hours = principal (remediation effort) × interest (1 + hotspot): churned, complex files cost more to leave. */
export function scoreTechnicalDebt(effortHours: number, hotspot: number, terms: ScoreTerm[]): TechnicalDebt {
  const principal = addTerm(terms, 'technicalDebt', 'principal (h)', effortHours, 'estimated remediation effort');
  const interest = addTerm(terms, 'technicalDebt', 'interest', 1 + hotspot, () => `1 + hotspot ${hotspot.toFixed(2)}`);
  const technicalDebt = addTerm(
    terms,
    'technicalDebt',
    'technical debt (h)',
    principal * interest,
    'principal × interest',
  );
  return { principal, interest, technicalDebt };
}
