import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { calibrateFromOutcomes, median } from '../../src/scoring/calibration.js';
import type { LedgerEntry } from '../../src/ledger/types.js';
import { makeEntry } from './fixtures.js';

const calibration = suite('calibration from outcomes');
const close = (actual: number | null | undefined, expected: number): void =>
  assert.ok(
    actual !== null && actual !== undefined && Math.abs(actual - expected) < 1e-9,
    `expected ${expected}, got ${actual}`,
  );

function outcome(
  id: number,
  predicted: number,
  actual: number | undefined,
  category: LedgerEntry['category'] = 'debt',
): LedgerEntry {
  return makeEntry({
    id: `x-${id}`,
    category,
    effortHours: predicted,
    status: 'resolved',
    ...(actual === undefined ? {} : { done: { hours: actual, at: '2026-06-01', by: 'Ana <ana@example.com>' } }),
  });
}

const medians: Array<[number[], number]> = [
  [[3, 1, 2], 2],
  [[4, 1, 3, 2], 2.5],
  [[7], 7],
];
for (const [values, expected] of medians)
  calibration(`median of ${values.join(',')}`, () => assert.is(median(values), expected));

calibration('estimates half the truth: factor 2, error drops (hand-computed, leave-one-out)', () => {
  const result = calibrateFromOutcomes([outcome(1, 1, 2), outcome(2, 2, 4), outcome(3, 1, 2.2), outcome(4, 2, 3.8)]);
  close(result.factors.debt, 2); // median(2, 2, 2.2, 1.9)
  // before: |2-1|/2, |4-2|/4, |2.2-1|/2.2, |3.8-2|/3.8
  close(result.mapeBefore, (0.5 + 0.5 + 1.2 / 2.2 + 1.8 / 3.8) / 4);
  // after, each left out: factors 2, 2, 2, 2 → errors 0, 0, 0.2/2.2, 0.2/3.8
  close(result.mapeAfter, (0 + 0 + 0.2 / 2.2 + 0.2 / 3.8) / 4);
  assert.is(result.samples, 4);
  assert.is(result.method, 'leave-one-out');
});

calibration('fewer than 3 outcomes: no factor, errors still reported', () => {
  const result = calibrateFromOutcomes([outcome(1, 1, 2), outcome(2, 1, 3), outcome(3, 1, 1, 'secret')]);
  assert.equal(result.factors, {});
  assert.is(result.categories.length, 2);
  close(result.mapeBefore, (0.5 + 2 / 3 + 0) / 3);
  close(result.mapeAfter, (0.5 + 2 / 3 + 0) / 3);
});

calibration('entries without outcomes or with zero hours are not samples', () => {
  const result = calibrateFromOutcomes([outcome(1, 1, undefined), outcome(2, 1, 0), makeEntry()]);
  assert.is(result.samples, 0);
  assert.is(result.mapeBefore, null);
  assert.is(result.mapeAfter, null);
});

calibration('evidence scaling is part of the prediction', () => {
  const result = calibrateFromOutcomes(
    [outcome(1, 1, 2), outcome(2, 1, 2), outcome(3, 1, 2)],
    new Map([['src/app.ts', 30]]),
  );
  close(result.factors.debt, 1); // predicted 1 h × 2 (file complexity 30) = actual
  close(result.mapeBefore, 0);
});

calibration.run();
