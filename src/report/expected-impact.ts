import type { Category } from '../findings/types.js';
import type { ScoredItem } from '../scoring/types.js';
import { isSecurity } from '../scoring/wsjf.js';
import type { AnalyzerStatus } from './backlog-model.js';
import { familyOf } from './text.js';

const CATEGORY_IMPACT: Record<Category, string> = {
  secret: 'Security: removes a hardcoded credential (rotate it, then read it from the environment or a secret store)',
  vuln: 'Security: removes a dangerous code pattern',
  debt: 'Maintainability: settles a debt marker left in the code',
  quality: 'Maintainability: makes the code easier to read and change',
  perf: 'Performance: removes an anti-pattern on a code path',
  modern: 'Future-proofing: brings runtime, tooling or dependencies up to date',
};

/** Value of a named term in the item's breakdown (as computed by scoreEntry). */
export function readTerm(item: ScoredItem, name: string): number | undefined {
  return item.breakdown.find((term) => term.name === name)?.value;
}

/** The analyzer whose id or family matches the item's rule, for its description. */
export function findAnalyzer(item: ScoredItem, analyzers: readonly AnalyzerStatus[]): AnalyzerStatus | undefined {
  return (
    analyzers.find((analyzer) => analyzer.id === item.ruleId) ??
    analyzers.find((analyzer) => familyOf(analyzer.id) === familyOf(item.ruleId))
  );
}

/** What fixing the item buys, from its category, its rule and its own score terms. */
export function describeImpact(item: ScoredItem, analyzers: readonly AnalyzerStatus[] = []): string {
  const parts = [CATEGORY_IMPACT[item.category]];
  const analyzer = findAnalyzer(item, analyzers);
  parts.push(analyzer ? `${analyzer.description} (${item.ruleId})` : `rule ${item.ruleId}`);
  const age = readTerm(item, 'age (days)') ?? 0;
  if (isSecurity(item.category)) parts.push(`closes an exposure window of ${age} day${age === 1 ? '' : 's'}`);
  const hotspot = readTerm(item, 'hotspot') ?? 0;
  parts.push(
    `pays off ${item.scores.technicalDebt.toFixed(1)} h of technical debt${hotspot > 0 ? ` in a hotspot (${hotspot.toFixed(2)})` : ''}`,
  );
  return parts.join('; ');
}
