import type { LedgerEntry } from '../ledger/types.js';
import { addTerm, clamp, roundTo, type Calibration, type ScoreTerm } from './types.js';

/** File complexity up to which a fix takes the rule's estimate; above it, effort grows linearly. */
const COMPLEXITY_BASELINE = 10;
/** Complexity above the baseline that doubles the estimate (the most scaling allowed). */
const COMPLEXITY_DOUBLING = 20;

/**
 * Job size (WSJF's denominator) from hours: SAFe's Fibonacci sizes at 0.5, 1, 2, 4, 8, 16 and 32 h,
 * joined by straight lines instead of steps, with 1 as the smallest size. Steps made a job of 2.01 h
 * cost two thirds more than one of 2 h; with lines, hours ÷ size never falls as hours grow, so an item
 * whose value grows with its effort (a bigger problem) never loses WSJF to a smaller one of its kind.
 */
const JOB_SIZE_POINTS: ReadonlyArray<readonly [hours: number, size: number]> = [
  [0.5, 1],
  [1, 2],
  [2, 3],
  [4, 5],
  [8, 8],
  [16, 13],
  [32, 21],
];
/** Size added per hour past the last point (the slope of the last segment). */
const LARGE_JOB_SLOPE = 0.5;

export function sizeJob(hours: number): number {
  let [lastHours, lastSize] = JOB_SIZE_POINTS[0] as readonly [number, number];
  if (!(hours > lastHours)) return lastSize;
  for (const [pointHours, pointSize] of JOB_SIZE_POINTS.slice(1)) {
    if (hours <= pointHours)
      return lastSize + ((hours - lastHours) * (pointSize - lastSize)) / (pointHours - lastHours);
    [lastHours, lastSize] = [pointHours, pointSize];
  }
  return lastSize + (hours - lastHours) * LARGE_JOB_SLOPE;
}

/** Ease (ICE) on 1–10: the smaller the job, the easier: 11 − job size, at least 1. */
export function rateEase(hours: number): number {
  return clamp(11 - sizeJob(hours), 1, 10);
}

/**
 * Effort before calibration: rule base × evidence scaling. Fixing anything inside a complex file takes
 * longer: × (1 + (complexity − 10) / 20), at most 2×. Complexity findings are left alone: their rule
 * already sizes the work from the function's own complexity.
 */
export function estimateRawEffort(
  entry: Pick<LedgerEntry, 'effortHours' | 'category'>,
  fileComplexity: number | undefined,
  terms: ScoreTerm[] = [],
): number {
  const base = addTerm(terms, 'effort', 'rule base effort (h)', entry.effortHours > 0 ? entry.effortHours : 1, () =>
    entry.effortHours > 0 ? "the rule's estimate, stored in the ledger" : 'rule gave no estimate: 1 h',
  );
  const applies = fileComplexity !== undefined && entry.category !== 'quality';
  const scale = addTerm(
    terms,
    'effort',
    'evidence scaling',
    applies ? 1 + clamp((fileComplexity - COMPLEXITY_BASELINE) / COMPLEXITY_DOUBLING, 0, 1) : 1,
    () =>
      applies
        ? `file complexity ${fileComplexity}: 1 + (${fileComplexity} − ${COMPLEXITY_BASELINE}) / ${COMPLEXITY_DOUBLING}, between 1 and 2`
        : entry.category === 'quality'
          ? 'quality finding: its rule already sized the work'
          : 'no complexity measured for the file: 1',
  );
  return base * scale;
}

export interface Effort {
  /** Estimated hours for the whole item. */
  hours: number;
  /** Hours for one occurrence of the rule at its smallest (ICE's ease reads this). */
  unitHours: number;
  /** How bad the item is, in units of its rule: item effort ÷ unit effort, at least 1. */
  magnitude: number;
}

export function estimateEffort(
  entry: Pick<LedgerEntry, 'effortHours' | 'category'> & { unitHours?: number; occurrences?: readonly unknown[] },
  fileComplexity: number | undefined,
  calibration: Calibration | undefined,
  terms: ScoreTerm[],
): Effort {
  const raw = estimateRawEffort(entry, fileComplexity, terms);
  const base = entry.effortHours > 0 ? entry.effortHours : 1;
  const unit = entry.unitHours !== undefined && entry.unitHours > 0 ? Math.min(entry.unitHours, base) : base;
  const occurrences = entry.occurrences?.length ?? 1;
  const magnitude = addTerm(terms, 'effort', 'magnitude', base / unit, () =>
    base === unit
      ? 'one occurrence at the smallest size of its rule: 1'
      : `item base ${roundTo(base, 2)} h / ${roundTo(unit, 2)} h for the smallest occurrence of its rule${occurrences > 1 ? ` (${occurrences} occurrences)` : ''}`,
  );
  const calibrated = calibration?.factors[entry.category];
  const factor = addTerm(terms, 'effort', 'calibration factor', calibrated ?? 1, () =>
    calibrated === undefined
      ? `fewer than ${calibration?.minSamples ?? 3} recorded outcomes for '${entry.category}': 1`
      : `median actual/predicted hours of recorded '${entry.category}' outcomes`,
  );
  const hours = addTerm(
    terms,
    'effort',
    'estimated effort (h)',
    raw * factor,
    'base × evidence scaling × calibration factor',
  );
  return { hours, unitHours: (hours * unit) / base, magnitude };
}
