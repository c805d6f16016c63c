import type { RepoAnalyzerInput } from '../../findings/types.js';
import { features } from './feature-table.js';
import { readRepoFacts } from './repo-facts.js';
import { takeTestInventory } from './test-kinds.js';

export type MaturityLevel = 'nascent' | 'developing' | 'maturing' | 'advanced';

export interface MaturityFeature {
  name: string;
  present: boolean;
  weight: number;
  evidence: string[];
}

export interface Maturity {
  level: MaturityLevel;
  /** Weighted share of features present, 0–100, rounded. */
  percent: number;
  features: MaturityFeature[];
}

// Quartiles of the weighted feature share. A repository with tests, CI, a linter and a README
// (10 of 30) is developing; adding type checking, a formatter, hooks and docs makes it maturing.
export const LEVEL_THRESHOLDS: ReadonlyArray<[upTo: number, level: MaturityLevel]> = [
  [25, 'nascent'],
  [50, 'developing'],
  [75, 'maturing'],
  [Infinity, 'advanced'],
];

export function detectMaturity(input: Pick<RepoAnalyzerInput, 'files' | 'read'>): Maturity {
  const facts = readRepoFacts(input);
  const tests = takeTestInventory(facts);
  const detected = features.map((feature) => {
    const evidence = [...new Set(feature.detect(facts, tests))];
    return { name: feature.name, present: evidence.length > 0, weight: feature.weight, evidence };
  });
  const total = detected.reduce((sum, feature) => sum + feature.weight, 0);
  const present = detected.reduce((sum, feature) => sum + (feature.present ? feature.weight : 0), 0);
  const percent = Math.round((100 * present) / total);
  return { level: levelOf(percent), percent, features: detected };
}

export function levelOf(percent: number): MaturityLevel {
  return (LEVEL_THRESHOLDS.find(([upTo]) => percent < upTo) as [number, MaturityLevel])[1];
}
