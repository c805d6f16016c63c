import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { daysBetween } from '../../src/scoring/age.js';
import {
  bendTowardsTop,
  normaliseIce,
  normaliseTechnicalDebt,
  normaliseWsjf,
  scoreComposite,
  SOFT_KNEE,
} from '../../src/scoring/composite.js';
import { rateEase, sizeJob } from '../../src/scoring/effort.js';
import { scoreIce } from '../../src/scoring/ice.js';
import { estimateRisk } from '../../src/scoring/risk.js';
import { scoreTechnicalDebt } from '../../src/scoring/tech-debt.js';
import {
  rateBusinessValue,
  rateRiskReduction,
  rateTimeCriticality,
  scoreWsjf,
  type WsjfInput,
} from '../../src/scoring/wsjf.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Category, Severity } from '../../src/findings/types.js';
import type { ScoreTerm } from '../../src/scoring/types.js';

const close = (actual: number, expected: number, label: string): void =>
  assert.ok(Math.abs(actual - expected) < 1e-9, `${label}: expected ${expected}, got ${actual}`);

const formulas = suite('scoring formulas');

const jobSizes: Array<[hours: number, size: number, ease: number]> = [
  [0.25, 1, 10],
  [0.5, 1, 10],
  [0.75, 1.5, 9.5],
  [1, 2, 9],
  [2, 3, 8],
  [3, 4, 7],
  [4, 5, 6],
  [6, 6.5, 4.5],
  [8, 8, 3],
  [12, 10.5, 1],
  [24, 17, 1],
  [32, 21, 1],
  [40, 25, 1],
  [0.1, 1, 10],
];
for (const [hours, size, ease] of jobSizes)
  formulas(`job size and ease of ${hours} h (Fibonacci sizes joined by lines)`, () => {
    close(sizeJob(hours), size, 'size');
    close(rateEase(hours), ease, 'ease');
  });

const ages: Array<[since: string, today: string, days: number | undefined]> = [
  ['2026-01-01', '2026-01-31', 30],
  ['2026-01-01', '2026-01-01', 0],
  ['2026-02-01', '2026-01-01', 0],
  ['2025-06-30T10:00:00Z', '2026-06-30', 365],
  ['unknown', '2026-01-01', undefined],
];
for (const [since, today, days] of ages)
  formulas(`days from ${since} to ${today}`, () => assert.is(daysBetween(since, today), days));

function wsjfInput(
  category: Category,
  severity: Severity,
  confidence: number,
  extra: Partial<WsjfInput> = {},
): WsjfInput {
  const path = extra.entry?.path ?? 'src/a.ts';
  return {
    entry: { category, severity, confidence, path },
    ageDays: 0,
    hotspot: 0,
    effortHours: 1,
    criticalPaths: [],
    ...extra,
  };
}

// Business value = severity (critical 10, high 8, medium 6, low 3, info 1) × (0.5 + 0.5 × confidence),
// + 2 on a critical path, within 1–10 (where the file lives is the composite's exposure, not value's).
const values: Array<[name: string, input: WsjfInput, expected: number]> = [
  ['high, confidence 0.8', wsjfInput('debt', 'high', 0.8), 8 * 0.9],
  ['medium credential, confidence 0.5', wsjfInput('secret', 'medium', 0.5), 6 * 0.75],
  ['critical path adds 2', { ...wsjfInput('debt', 'high', 0.8), criticalPaths: ['src/**'] }, 8 * 0.9 + 2],
  [
    'credential in a test file: the same value (exposure scales the composite)',
    wsjfInput('secret', 'high', 1, {
      entry: { category: 'secret', severity: 'high', confidence: 1, path: 'test/fixtures/a.ts' },
    }),
    8,
  ],
  ['capped at 10', { ...wsjfInput('vuln', 'critical', 1), criticalPaths: ['src'] }, 10],
  ['at least 1', wsjfInput('debt', 'info', 0), 1],
];
for (const [name, input, expected] of values)
  formulas(`business value: ${name}`, () => close(rateBusinessValue(input, []), expected, name));

// Time criticality: security 5 → 10 over 90 days (vulnerability window); others 1 → 5 over a year.
const times: Array<[Category, number, number]> = [
  ['secret', 0, 5],
  ['secret', 45, 7.5],
  ['vuln', 90, 10],
  ['secret', 400, 10],
  ['debt', 0, 1],
  ['debt', 73, 1 + 4 * 0.2],
  ['quality', 365, 5],
  ['debt', 5000, 5],
];
for (const [category, ageDays, expected] of times)
  formulas(`time criticality: ${category} at ${ageDays} days`, () =>
    close(rateTimeCriticality(wsjfInput(category, 'low', 1, { ageDays }), []), expected, category),
  );

// Risk reduction = category base (secret 10, vuln 8, perf 5, quality 4, debt 3, modern 3) + 2.5 × hotspot, ≤ 10.
const risks: Array<[Category, number, number]> = [
  ['debt', 0, 3],
  ['debt', 1, 5.5],
  ['perf', 0.4, 6],
  ['secret', 2, 10],
  ['modern', 2, 8],
];
for (const [category, hotspot, expected] of risks)
  formulas(`risk reduction: ${category}, hotspot ${hotspot}`, () =>
    close(rateRiskReduction(wsjfInput(category, 'low', 1, { hotspot }), []), expected, category),
  );

formulas('WSJF of a fresh medium credential, 1 h', () => {
  const wsjf = scoreWsjf(wsjfInput('secret', 'medium', 0.5), []);
  close(wsjf.costOfDelay, 4.5 + 5 + 10, 'cost of delay');
  assert.is(wsjf.jobSize, 2);
  close(wsjf.wsjf, 19.5 / 2, 'wsjf');
});

formulas('WSJF of a year-old FIXME in a hotspot, 3 h (job size 4: halfway between 2 h → 3 and 4 h → 5)', () => {
  const wsjf = scoreWsjf(wsjfInput('debt', 'medium', 0.8, { ageDays: 365, hotspot: 1, effortHours: 3 }), []);
  close(wsjf.wsjf, (6 * 0.9 + 5 + 5.5) / 4, 'wsjf');
});

formulas('magnitude multiplies the cost of delay: three occurrences cost three times as much to leave', () => {
  const one = scoreWsjf(wsjfInput('perf', 'medium', 0.8, { effortHours: 1 }), []);
  const three = scoreWsjf(wsjfInput('perf', 'medium', 0.8, { effortHours: 2, magnitude: 2 }), []);
  close(three.costOfDelay, one.costOfDelay * 2, 'cost of delay');
  assert.ok(three.wsjf >= one.wsjf, `${three.wsjf} >= ${one.wsjf}`);
});

formulas('hours ÷ job size never falls as hours grow (no step makes a bigger job relatively dearer)', () => {
  let previous = 0;
  for (let hours = 0.05; hours < 80; hours += 0.05) {
    const ratio = hours / sizeJob(hours);
    assert.ok(ratio >= previous - 1e-9, `${hours} h: ${ratio} < ${previous}`);
    previous = ratio;
  }
});

formulas('ICE = mean(value, risk reduction) × confidence × 10 × ease', () => {
  const ice = scoreIce({ businessValue: 4.5, riskReduction: 10, confidence: 0.5, effortHours: 1 }, []);
  close(ice.ice, 7.25 * 5 * 9, 'ice');
  close(
    scoreIce({ businessValue: 2, riskReduction: 3, confidence: 0.05, effortHours: 20 }, []).ice,
    2.5 * 1 * 1,
    'floors',
  );
});

formulas('technical debt = effort × (1 + hotspot)', () => {
  close(scoreTechnicalDebt(2, 0.5, []).technicalDebt, 3, '2 h at 0.5');
  close(scoreTechnicalDebt(4, 0, []).technicalDebt, 4, 'no hotspot');
});

const normalisers: Array<[name: string, actual: number, expected: number]> = [
  ['WSJF 2 is half', normaliseWsjf(2), 0.5],
  ['WSJF 6', normaliseWsjf(6), 0.75],
  ['ICE 1000 is 1', normaliseIce(1000), 1],
  ['ICE 125 is half', normaliseIce(125), 0.5],
  ['debt 1 h is half', normaliseTechnicalDebt(1), 0.5],
  ['debt 3 h', normaliseTechnicalDebt(3), 0.75],
];
for (const [name, actual, expected] of normalisers) formulas(`normalise: ${name}`, () => close(actual, expected, name));

formulas('composite of a fresh medium credential (developing weights)', () => {
  const terms: ScoreTerm[] = [];
  const composite = scoreComposite(
    {
      category: 'secret',
      wsjf: 9.75,
      ice: 326.25,
      technicalDebt: 1,
      weights: defaultConfig.scoring.weights.developing,
      multipliers: defaultConfig.scoring.categoryMultipliers,
    },
    terms,
  );
  // 0.5 × WSJF/(WSJF+2) + 0.2 × cbrt(ICE)/10 + 0.2 × debt/(debt+1) + 0.1 boost; × 2.0 / (0.8 × 2.0), bent above 80
  close(
    composite,
    bendTowardsTop((100 * (0.5 * (9.75 / 11.75) + 0.2 * (Math.cbrt(326.25) / 10) + 0.2 * 0.5 + 0.1) * 2) / 1.6),
    'composite',
  );
  assert.ok(terms.some((term) => term.name === 'security boost' && term.value === 0.1));
});

formulas('composite of a debt item has no boost and the debt multiplier', () => {
  const composite = scoreComposite(
    {
      category: 'debt',
      wsjf: 2,
      ice: 125,
      technicalDebt: 1,
      weights: defaultConfig.scoring.weights.advanced,
      multipliers: defaultConfig.scoring.categoryMultipliers,
    },
    [],
  );
  close(composite, (100 * (0.5 * 0.5 + 0.1 * 0.5 + 0.3 * 0.5) * 1.3) / 1.6, 'composite');
});

formulas('above the knee the composite bends towards 100: strictly increasing, never reaching it', () => {
  assert.is(bendTowardsTop(50), 50);
  assert.is(bendTowardsTop(SOFT_KNEE), SOFT_KNEE);
  let previous = SOFT_KNEE;
  for (let value = SOFT_KNEE + 1; value < 400; value += 1) {
    const bent = bendTowardsTop(value);
    assert.ok(bent > previous && bent < 100, `${value} → ${bent}`);
    previous = bent;
  }
});

formulas('exposure and plausibility scale the composite', () => {
  const base = {
    category: 'debt' as const,
    wsjf: 2,
    ice: 125,
    technicalDebt: 1,
    weights: defaultConfig.scoring.weights.advanced,
    multipliers: defaultConfig.scoring.categoryMultipliers,
  };
  const full = scoreComposite(base, []);
  close(scoreComposite({ ...base, exposure: 0.4 }, []), full * 0.4, 'exposure');
  close(scoreComposite({ ...base, exposure: 0.5, plausibility: 0.5 }, []), full * 0.25, 'both');
});

formulas('composite stays under 100 at the top', () => {
  const composite = scoreComposite(
    {
      category: 'secret',
      wsjf: 1000,
      ice: 1000,
      technicalDebt: 1000,
      weights: defaultConfig.scoring.weights.maturing,
      multipliers: defaultConfig.scoring.categoryMultipliers,
    },
    [],
  );
  assert.ok(composite > 95 && composite < 100, String(composite));
});

// Risk = category base (secret .2, vuln .35, perf .45, quality .4, debt .3, modern .5) + .1 × hotspot + .15 over 5 h.
const riskLevels: Array<[Category, number, number, number]> = [
  ['debt', 0, 1, 0.3],
  ['secret', 1, 2, 0.3],
  ['quality', 2, 8, 0.75],
  ['modern', 2, 40, 0.85],
];
for (const [category, hotspot, hours, expected] of riskLevels)
  formulas(`risk level: ${category}, hotspot ${hotspot}, ${hours} h`, () =>
    close(estimateRisk(category, hotspot, hours, []), expected, category),
  );

formulas.run();
