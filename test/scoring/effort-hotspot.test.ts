import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { estimateEffort, estimateRawEffort } from '../../src/scoring/effort.js';
import { measureHotspot } from '../../src/scoring/hotspot.js';
import { NON_SHIPPED, contextOf } from '../../src/findings/context.js';
import { findCriticalPath } from '../../src/scoring/path-kind.js';
import { calibrateFromOutcomes } from '../../src/scoring/calibration.js';
import type { Category } from '../../src/findings/types.js';
import { makeContext, makeEntry } from './fixtures.js';

const effort = suite('effort, hotspot and paths');

// Effort = base × (1 + clamp((file complexity − 10) / 20, 0, 1)) × calibration factor; quality findings unscaled.
const efforts: Array<
  [
    name: string,
    base: number,
    category: Category,
    fileComplexity: number | undefined,
    factor: number | undefined,
    expected: number,
  ]
> = [
  ['no complexity known', 2, 'debt', undefined, undefined, 2],
  ['file complexity 20 scales 1.5×', 2, 'debt', 20, undefined, 3],
  ['file complexity 30 doubles it', 2, 'perf', 30, undefined, 4],
  ['simple file does not shrink it', 2, 'debt', 5, undefined, 2],
  ['scaling caps at 2×', 2, 'secret', 100, undefined, 4],
  ['a complexity finding is sized by its rule', 2, 'quality', 30, undefined, 2],
  ['missing base counts 1 h', 0, 'debt', undefined, undefined, 1],
  ['calibration 1.5× on top', 2, 'debt', 20, 1.5, 4.5],
];
for (const [name, base, category, fileComplexity, factor, expected] of efforts)
  effort(`effort: ${name}`, () => {
    const entry = makeEntry({ effortHours: base, category });
    const calibration =
      factor === undefined ? undefined : { ...calibrateFromOutcomes([]), factors: { [category]: factor } };
    assert.is(estimateEffort(entry, fileComplexity, calibration, []).hours, expected);
    assert.is(estimateRawEffort(entry, fileComplexity), expected / (factor ?? 1));
  });

// Magnitude = item base / unit of its rule; the unit effort scales as the item does (ICE's ease reads it).
const magnitudes: Array<[name: string, base: number, unit: number | undefined, magnitude: number]> = [
  ['a single finding', 2, undefined, 1],
  ['three occurrences at 2 h (2 + 0.5 × 4)', 4, 2, 2],
  ['complexity 14 h against 1 h at the threshold', 14, 1, 14],
  ['a unit above the base is the base', 1, 3, 1],
];
for (const [name, base, unit, expected] of magnitudes)
  effort(`magnitude: ${name}`, () => {
    const entry = { ...makeEntry({ effortHours: base, category: 'perf' }), ...(unit ? { unitHours: unit } : {}) };
    const estimate = estimateEffort(entry, 20, undefined, []);
    assert.is(estimate.magnitude, expected);
    assert.is(estimate.unitHours, estimate.hours / expected);
  });

// Hotspot = churn / maxChurn × (1 + min(complexity, 20) / 20).
const hotspots: Array<
  [
    name: string,
    churn: number,
    maxChurn: number,
    fileComplexity: number | undefined,
    facts: Record<string, number> | undefined,
    expected: number,
  ]
> = [
  ['untouched file', 0, 10, undefined, undefined, 0],
  ['half the busiest, no complexity', 5, 10, undefined, undefined, 0.5],
  ['half the busiest, complexity 10', 5, 10, 10, undefined, 0.75],
  ['busiest, complexity from the finding capped at 20', 10, 10, undefined, { complexity: 30 }, 2],
  ['no history at all', 3, 0, 10, undefined, 0],
];
for (const [name, churn, maxChurn, fileComplexity, facts, expected] of hotspots)
  effort(`hotspot: ${name}`, () => {
    const ctx = makeContext({
      churn: new Map([['src/app.ts', churn]]),
      maxChurn,
      ...(fileComplexity === undefined ? {} : { complexity: new Map([['src/app.ts', fileComplexity]]) }),
    });
    assert.is(measureHotspot(makeEntry(facts ? { facts } : {}), ctx, []).value, expected);
  });

const supportPaths: Array<[path: string, support: boolean]> = [
  ['test/a.ts', true],
  ['src/__tests__/x.js', true],
  ['docs/guide.md', true],
  ['examples/demo.py', true],
  ['pkg/x_test.go', true],
  ['src/a.spec.tsx', true],
  ['tests/test_api.py', true],
  ['README.md', true],
  ['src/app.ts', false],
  ['src/contest/a.ts', false],
  ['lib/testing.ts', false],
  ['src/latest.py', false],
];
for (const [path, support] of supportPaths)
  effort(`support path ${path}: ${support}`, () => assert.is(NON_SHIPPED.has(contextOf(path)), support));

effort('criticalPaths: the first glob that matches, a bare folder covering what it holds', () => {
  assert.is(findCriticalPath('src/auth/login.ts', ['docs', 'src/auth']), 'src/auth');
  assert.is(findCriticalPath('src/auth/login.ts', ['src/**/*.ts', 'src/auth']), 'src/**/*.ts');
  assert.is(findCriticalPath('src/other.ts', ['src/auth/']), undefined);
});

effort.run();
