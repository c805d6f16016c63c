import type { Category } from '../findings/types.js';
import type { LedgerEntry } from '../ledger/types.js';
import { estimateRawEffort } from './effort.js';
import type { Calibration, CategoryCalibration } from './types.js';

/** A category's factor is trusted once this many outcomes are recorded. */
export const MIN_CALIBRATION_SAMPLES = 3;

interface Sample {
  predicted: number;
  actual: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function percentError(predicted: number, actual: number): number {
  return Math.abs(actual - predicted) / actual;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function factorOf(samples: readonly Sample[]): number {
  return samples.length >= MIN_CALIBRATION_SAMPLES ? median(samples.map((s) => s.actual / s.predicted)) : 1;
}

/**
 * Learns effort per category from `git-value done ID --hours N` outcomes: factor = median(actual /
 * predicted) once a category has MIN_CALIBRATION_SAMPLES. The "after" error is leave-one-out: each
 * sample is predicted with the factor computed from the others, so the figure is not flattered by
 * fitting a sample to itself. `complexity` (file → highest function complexity) is the one scoring used.
 */
export function calibrateFromOutcomes(
  entries: readonly LedgerEntry[],
  complexity?: ReadonlyMap<string, number>,
): Calibration {
  const byCategory = new Map<Category, Sample[]>();
  for (const entry of entries) {
    if (!entry.done || !(entry.done.hours > 0)) continue;
    const samples = byCategory.get(entry.category) ?? [];
    samples.push({ predicted: estimateRawEffort(entry, complexity?.get(entry.path)), actual: entry.done.hours });
    byCategory.set(entry.category, samples);
  }
  const categories: CategoryCalibration[] = [];
  const factors: Partial<Record<Category, number>> = {};
  const before: number[] = [];
  const after: number[] = [];
  for (const category of [...byCategory.keys()].sort()) {
    const samples = byCategory.get(category) as Sample[];
    const factor = factorOf(samples);
    if (samples.length >= MIN_CALIBRATION_SAMPLES) factors[category] = factor;
    const errorsBefore = samples.map((s) => percentError(s.predicted, s.actual));
    const errorsAfter = samples.map((s, index) => {
      const others = samples.filter((_, other) => other !== index);
      return percentError(s.predicted * factorOf(others), s.actual);
    });
    before.push(...errorsBefore);
    after.push(...errorsAfter);
    categories.push({
      category,
      samples: samples.length,
      factor,
      mapeBefore: mean(errorsBefore),
      mapeAfter: mean(errorsAfter),
    });
  }
  return {
    method: 'leave-one-out',
    minSamples: MIN_CALIBRATION_SAMPLES,
    samples: before.length,
    factors,
    categories,
    mapeBefore: before.length ? mean(before) : null,
    mapeAfter: after.length ? mean(after) : null,
  };
}
