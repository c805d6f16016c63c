import type { Category } from '../findings/types.js';
import { addTerm, clamp, type ScoreTerm } from './types.js';

/** How likely the fix goes wrong by nature: rotating a key is routine, a refactor or an upgrade less so. */
const CATEGORY_RISK: Record<Category, number> = {
  secret: 0.2,
  vuln: 0.35,
  perf: 0.45,
  quality: 0.4,
  debt: 0.3,
  modern: 0.5,
};
const HOTSPOT_RISK = 0.1;
const LARGE_JOB_HOURS = 5;
const LARGE_JOB_RISK = 0.15;

/** Risk level in [0,1]: category base + 0.1 per hotspot unit (busy files break more) + 0.15 for large jobs. */
export function estimateRisk(category: Category, hotspot: number, effortHours: number, terms: ScoreTerm[]): number {
  const base = CATEGORY_RISK[category];
  const large = effortHours > LARGE_JOB_HOURS ? LARGE_JOB_RISK : 0;
  return addTerm(
    terms,
    'risk',
    'risk level',
    clamp(base + HOTSPOT_RISK * hotspot + large, 0, 1),
    () =>
      `category '${category}' ${base} + ${HOTSPOT_RISK} × hotspot ${hotspot.toFixed(2)}${large ? ` + ${LARGE_JOB_RISK} (job over ${LARGE_JOB_HOURS} h)` : ''}`,
  );
}
