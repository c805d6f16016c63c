import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Finding } from '../../src/findings/types.js';
import { scoreFindingAtGate } from '../../src/scoring/gate.js';
import { rankItems, scoreEntry } from '../../src/scoring/score-entry.js';
import type { ScoredItem } from '../../src/scoring/types.js';
import { makeContext, makeEntry } from './fixtures.js';

const rank = suite('ranking and the gate');

function scored(id: string, composite: number, severity: ScoredItem['severity']): ScoredItem {
  return {
    ...scoreEntry(makeEntry({ id, severity }), makeContext()),
    scores: { wsjf: 0, ice: 0, technicalDebt: 0, composite },
  };
}

const orders: Array<[name: string, items: ScoredItem[], expected: string[]]> = [
  ['composite first', [scored('a', 10, 'high'), scored('b', 20, 'low')], ['b', 'a']],
  ['then severity', [scored('a', 20, 'low'), scored('b', 20, 'critical')], ['b', 'a']],
  ['then id', [scored('b', 20, 'low'), scored('a', 20, 'low')], ['a', 'b']],
];
for (const [name, items, expected] of orders)
  rank(`rank: ${name}`, () => {
    assert.equal(
      rankItems(items).map((item) => item.id),
      expected,
    );
    assert.equal(
      rankItems([...items].reverse()).map((item) => item.id),
      expected,
    );
  });

rank('scoreEntry keeps the entry and explains every score', () => {
  const item = scoreEntry(makeEntry(), makeContext());
  assert.is(item.id, 'debt-0000000001');
  for (const score of ['wsjf', 'ice', 'technicalDebt', 'composite', 'effort', 'risk', 'hotspot']) {
    assert.ok(
      item.breakdown.some((term) => term.score === score && term.source.length > 0),
      score,
    );
  }
});

const base: Finding = {
  ruleId: 'secret/x',
  category: 'secret',
  severity: 'high',
  path: 'src/a.ts',
  line: 1,
  title: 'key',
  fingerprint: 'f',
  confidence: 0.9,
  effortHours: 1,
};
rank('the gate ignores history: age 0 and no churn', () => {
  const item = scoreFindingAtGate(base, defaultConfig);
  assert.is(item.breakdown.find((term) => term.name === 'age (days)')?.value, 0);
  assert.is(item.breakdown.find((term) => term.name === 'hotspot')?.value, 0);
});

rank.run();
