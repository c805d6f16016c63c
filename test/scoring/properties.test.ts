import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { defaultConfig } from '../../src/config/defaults.js';
import type { MaturityLevel } from '../../src/config/types.js';
import type { Finding, Severity } from '../../src/findings/types.js';
import { scoreFindingAtGate } from '../../src/scoring/gate.js';
import { rankItems, scoreEntry } from '../../src/scoring/score-entry.js';
import type { ScoringContext } from '../../src/scoring/types.js';
import { calibrateFromOutcomes } from '../../src/scoring/calibration.js';
import { createRandom, daysAgo, makeContext, makeEntry } from './fixtures.js';

const properties = suite('scoring properties');
const LEVELS: MaturityLevel[] = ['nascent', 'developing', 'maturing', 'advanced'];
const ALL_SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const PATHS = [
  'src/app.ts',
  'test/fixtures/a.ts',
  'docs/setup.md',
  'config/prod.env',
  'examples/demo.py',
  'a/b/c/d.go',
];
const CASES = 400;
const random = createRandom(20260630);
const { minScore } = defaultConfig.block;

function credential(severity: Severity, confidence: number, effortHours: number, path: string): Finding {
  return {
    ruleId: 'secret/generic-api-key',
    category: 'secret',
    severity,
    path,
    line: 3,
    title: 'API key assigned in code',
    fingerprint: 'c0ffee',
    confidence,
    effortHours,
    evidence: 'abcd…(40 chars)',
  };
}

/** A random context: any maturity, churn, complexity, critical paths and calibration factor. */
function randomContext(): ScoringContext {
  const maxChurn = Math.floor(random.between(0, 200));
  const factor = random.between(0.2, 5);
  return makeContext({
    maturity: { level: random.pick(LEVELS), percent: Math.floor(random.between(0, 100)) },
    config: { ...defaultConfig.scoring, criticalPaths: random.next() < 0.5 ? [] : ['src/**', 'a/**'] },
    churn: new Map(PATHS.map((path) => [path, Math.floor(random.between(0, maxChurn + 1))])),
    maxChurn,
    complexity: new Map(PATHS.map((path) => [path, Math.floor(random.between(0, 80))])),
    calibration: { ...calibrateFromOutcomes([]), factors: { debt: factor, secret: factor } },
  });
}

properties(
  'every credential (severity ≥ medium, confidence ≥ 0.5, up to 8 h) reaches block.minScore at the gate',
  () => {
    for (let index = 0; index < CASES; index++) {
      const finding = credential(
        random.pick(['critical', 'high', 'medium']),
        random.between(0.5, 1),
        random.between(0.1, 8),
        random.pick(PATHS),
      );
      for (const level of LEVELS) {
        const score = scoreFindingAtGate(finding, defaultConfig, level).scores.composite;
        assert.ok(score >= minScore, `${JSON.stringify(finding)} at ${level}: ${score}`);
      }
    }
  },
);

properties('no debt marker reaches block.minScore, whatever its age, churn, severity or calibration', () => {
  for (let index = 0; index < CASES; index++) {
    const entry = makeEntry({
      ruleId: random.pick(['debt/todo', 'debt/fixme', 'debt/hack', 'debt/xxx']),
      severity: random.pick(ALL_SEVERITIES),
      confidence: random.next(),
      effortHours: random.between(0.05, 200),
      firstSeen: daysAgo(random.between(0, 10000)),
      path: random.pick(PATHS),
      facts: { complexity: Math.floor(random.between(0, 100)) },
    });
    const ctx = randomContext();
    const score = scoreEntry(entry, ctx).scores.composite;
    assert.ok(score < minScore, `${JSON.stringify(entry)}: ${score}`);
  }
});

properties('a live credential ranks above any TODO in the same file', () => {
  for (let index = 0; index < CASES; index++) {
    const ctx = randomContext();
    const path = random.pick(PATHS);
    const secret = makeEntry({
      id: 'secret-zzzzzzzzzz',
      ruleId: 'secret/generic-api-key',
      category: 'secret',
      severity: random.pick(['critical', 'high', 'medium']),
      confidence: random.between(0.5, 1),
      effortHours: random.between(0.1, 1.6),
      firstSeen: daysAgo(random.between(0, 3000)),
      path,
    });
    const todo = makeEntry({
      id: 'debt-aaaaaaaaaa',
      severity: random.pick(ALL_SEVERITIES),
      confidence: random.next(),
      effortHours: random.between(0.05, 200),
      firstSeen: daysAgo(random.between(0, 10000)),
      path,
    });
    const ranked = rankItems([scoreEntry(todo, ctx), scoreEntry(secret, ctx)]);
    assert.is(ranked[0]?.id, secret.id, JSON.stringify({ secret, todo }));
  }
});

properties('an old FIXME in a hotspot ranks above a fresh TODO in a file untouched for a year', () => {
  for (let index = 0; index < CASES; index++) {
    const maxChurn = Math.floor(random.between(1, 100));
    const ctx = makeContext({
      maturity: { level: random.pick(LEVELS), percent: 50 },
      churn: new Map([
        ['src/hot.ts', maxChurn],
        ['src/cold.ts', 0],
      ]),
      maxChurn,
    });
    const shared = { confidence: random.between(0.3, 1), effortHours: random.between(0.25, 16) };
    const todoSeverity = random.pick<Severity>(['info', 'low']);
    const fixme = makeEntry({
      id: 'debt-zzzzzzzzzz',
      ruleId: 'debt/fixme',
      severity: random.pick<Severity>(todoSeverity === 'info' ? ['info', 'low', 'medium'] : ['low', 'medium']),
      path: 'src/hot.ts',
      firstSeen: daysAgo(random.between(180, 3000)),
      ...shared,
    });
    const todo = makeEntry({
      id: 'debt-aaaaaaaaaa',
      severity: todoSeverity,
      path: 'src/cold.ts',
      firstSeen: TODAY_ISO,
      ...shared,
    });
    const ranked = rankItems([scoreEntry(todo, ctx), scoreEntry(fixme, ctx)]);
    assert.is(ranked[0]?.id, fixme.id, JSON.stringify({ fixme, todo }));
  }
});
const TODAY_ISO = makeContext().today;

properties('same inputs give the same scores and the same ranking', () => {
  const ctx = randomContext();
  const entries = Array.from({ length: 60 }, (_, index) =>
    makeEntry({
      id: `debt-${String(index).padStart(10, '0')}`,
      severity: random.pick(ALL_SEVERITIES),
      category: random.pick(['debt', 'secret', 'quality', 'perf']),
      effortHours: random.pick([1, 2]),
      confidence: random.pick([0.5, 0.8]),
      path: random.pick(PATHS),
    }),
  );
  const first = entries.map((entry) => scoreEntry(entry, ctx));
  const second = entries.map((entry) => scoreEntry(structuredClone(entry), ctx));
  assert.equal(first, second);
  const shuffled = [...second].sort(() => random.next() - 0.5);
  assert.equal(
    rankItems(first).map((item) => item.id),
    rankItems(shuffled).map((item) => item.id),
  );
});

properties('every score and term stays in its range', () => {
  for (let index = 0; index < CASES; index++) {
    const item = scoreEntry(
      makeEntry({
        category: random.pick(['debt', 'secret', 'vuln', 'quality', 'perf', 'modern']),
        severity: random.pick(ALL_SEVERITIES),
        confidence: random.next(),
        effortHours: random.between(0, 100),
        firstSeen: daysAgo(random.between(0, 5000)),
        path: random.pick(PATHS),
      }),
      randomContext(),
    );
    assert.ok(item.scores.composite >= 0 && item.scores.composite <= 100, `composite ${item.scores.composite}`);
    assert.ok(item.risk >= 0 && item.risk <= 1, `risk ${item.risk}`);
    for (const name of [
      'user-business value',
      'time criticality',
      'risk reduction / opportunity enablement',
      'impact',
      'confidence',
      'ease',
    ]) {
      const term = item.breakdown.find((candidate) => candidate.name === name && candidate.score !== 'risk');
      assert.ok(term && term.value >= 1 && term.value <= 10, `${name}: ${term?.value}`);
    }
  }
});

properties.run();
