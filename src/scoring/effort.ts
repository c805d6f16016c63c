import type { LedgerEntry } from '../ledger/types.js';
import { addTerm, clamp, type Calibration, type ScoreTerm } from './types.js';

/** File complexity up to which a fix takes the rule's estimate; above it, effort grows linearly. */
const COMPLEXITY_BASELINE = 10;
/** Complexity above the baseline that doubles the estimate (the most scaling allowed). */
const COMPLEXITY_DOUBLING = 20;

/** Fibonacci-like job sizes, as in SAFe's WSJF: [upper bound in hours, size]. */
const JOB_SIZE_BANDS: ReadonlyArray<readonly [number, number]> = [
  [0.5, 1],
  [1, 2],
  [2, 3],
  [4, 5],
  [8, 8],
  [16, 13],
];
const LARGEST_JOB = 21;

export function sizeJob(hours: number): number {
  for (const [limit, size] of JOB_SIZE_BANDS) if (hours <= limit) return size;
  return LARGEST_JOB;
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

export function estimateEffort(
  entry: Pick<LedgerEntry, 'effortHours' | 'category'>,
  fileComplexity: number | undefined,
  calibration: Calibration | undefined,
  terms: ScoreTerm[],
): number {
  const raw = estimateRawEffort(entry, fileComplexity, terms);
  const calibrated = calibration?.factors[entry.category];
  const factor = addTerm(terms, 'effort', 'calibration factor', calibrated ?? 1, () =>
    calibrated === undefined
      ? `fewer than ${calibration?.minSamples ?? 3} recorded outcomes for '${entry.category}': 1`
      : `median actual/predicted hours of recorded '${entry.category}' outcomes`,
  );
  return addTerm(terms, 'effort', 'estimated effort (h)', raw * factor, 'base × evidence scaling × calibration factor');
}
