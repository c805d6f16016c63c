import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { daysBetween } from '../../src/scoring/age.js';
import { normaliseIce, normaliseTechnicalDebt, normaliseWsjf, scoreComposite } from '../../src/scoring/composite.js';
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
  [0.75, 2, 9],
  [1, 2, 9],
  [2, 3, 8],
  [3, 5, 6],
  [4, 5, 6],
  [6, 8, 3],
  [8, 8, 3],
  [12, 13, 1],
  [40, 21, 1],
];
for (const [hours, size, ease] of jobSizes)
  formulas(`job size and ease of ${hours} h`, () => {
    assert.is(sizeJob(hours), size);
    assert.is(rateEase(hours), ease);
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
  return {
    entry: { category, severity, confidence, path: extra.entry?.path ?? 'src/a.ts' },
    ageDays: 0,
    hotspot: 0,
    effortHours: 1,
    criticalPaths: [],
    ...extra,
  };
}

// Business value = severity (critical 10, high 8, medium 6, low 3, info 1) × (0.5 + 0.5 × confidence),
// + 2 on a critical path, × 0.5 for non-security findings in tests/docs/examples, within 1–10.
const values: Array<[name: string, input: WsjfInput, expected: number]> = [
  ['high, confidence 0.8', wsjfInput('debt', 'high', 0.8), 8 * 0.9],
  ['medium credential, confidence 0.5', wsjfInput('secret', 'medium', 0.5), 6 * 0.75],
  ['critical path adds 2', { ...wsjfInput('debt', 'high', 0.8), criticalPaths: ['src/**'] }, 8 * 0.9 + 2],
  [
    'debt in a test file is halved',
    wsjfInput('debt', 'low', 0.8, {
      entry: { category: 'debt', severity: 'low', confidence: 0.8, path: 'test/a.test.ts' },
    }),
    3 * 0.9 * 0.5,
  ],
  [
    'credential in a test file is not',
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

formulas('WSJF of a year-old FIXME in a hotspot, 3 h', () => {
  const wsjf = scoreWsjf(wsjfInput('debt', 'medium', 0.8, { ageDays: 365, hotspot: 1, effortHours: 3 }), []);
  close(wsjf.wsjf, (6 * 0.9 + 5 + 5.5) / 5, 'wsjf');
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
  // 0.5 × WSJF/(WSJF+2) + 0.2 × cbrt(ICE)/10 + 0.2 × debt/(debt+1) + 0.1 boost; × 2.0 / (0.8 × 2.0)
  close(
    composite,
    (100 * (0.5 * (9.75 / 11.75) + 0.2 * (Math.cbrt(326.25) / 10) + 0.2 * 0.5 + 0.1) * 2) / 1.6,
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

formulas('composite is clamped to 100', () => {
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
  assert.is(composite, 100);
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
