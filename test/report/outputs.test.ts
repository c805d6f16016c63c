import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { pickNextItem } from '../../src/report/backlog-model.js';
import { renderBacklog } from '../../src/report/backlog-md.js';
import { renderExplain } from '../../src/report/explain.js';
import { renderJson } from '../../src/report/json.js';
import { renderNext } from '../../src/report/next.js';
import { renderSarif } from '../../src/report/sarif.js';
import { bandEfforts, summariseMetrics } from '../../src/report/metrics.js';
import { summariseSnapshot } from '../../src/report/trend.js';
import { buildContext, buildEntries, buildModel, RAW_SECRET } from './fixtures.js';
import { scoreEntry } from '../../src/scoring/score-entry.js';
import { makeContext, makeEntry } from '../scoring/fixtures.js';

const outputs = suite('json, explain, next and metrics');
const model = buildModel();

outputs('json carries the same scores and order as the backlog', () => {
  const document = JSON.parse(renderJson(model)) as {
    items: Array<{ id: string; scores: Record<string, number> }>;
    nextItem: string;
    schemaVersion: number;
  };
  assert.is(document.schemaVersion, 1);
  assert.equal(
    document.items.map((item) => item.id),
    model.open.map((item) => item.id),
  );
  document.items.forEach((item, index) => assert.equal(item.scores, { ...model.open[index]?.scores }));
  assert.is(document.nextItem, pickNextItem(model)?.id);
  assert.is(renderJson(model), renderJson(buildModel()), 'stable');
});

outputs('explain lists every term with its value and source', () => {
  const item = model.open[0];
  assert.ok(item);
  const ctx = buildContext(buildEntries());
  const text = renderExplain(item, ctx);
  for (const term of item.breakdown) assert.ok(text.includes(term.name) && text.includes(term.source), term.name);
  for (const heading of [
    'WSJF',
    'ICE',
    'Technical debt',
    'Composite',
    'Effort estimate',
    'Hotspot',
    'Risk and confidence',
  ])
    assert.ok(text.includes(`\n${heading}\n`), heading);
  assert.ok(text.includes('maturity maturing (62%)'));
});

const nexts: Array<[name: string, pick: boolean, expected: RegExp]> = [
  ['an item', true, /^Next: secret-00a1b2c3d4 {2}.*\n {2}score (?:9\d|100)\.\d\d/],
  ['nothing', false, /^Nothing to do next/],
];
for (const [name, pick, expected] of nexts)
  outputs(`next: ${name}`, () => assert.match(renderNext(pick ? pickNextItem(model) : undefined), expected));

outputs('no output holds the raw secret', () => {
  const texts = [
    renderBacklog(model),
    renderJson(model),
    renderSarif(model, { includeSecrets: true, toolVersion: '0' }),
    renderNext(model.open[0]),
    ...model.open.map((item) => renderExplain(item)),
  ];
  for (const text of texts) assert.not.ok(text.includes(RAW_SECRET));
  assert.ok(
    texts.some((text) => text.includes('…(40 chars)')),
    'the redaction is what shows',
  );
});

// [name, facts of a complexity item in shipped code, what explain's context line must say]
const contextLines: Array<[name: string, facts: Record<string, number | string>, says: RegExp]> = [
  ['live code', { cyclomatic: 30 }, /shipped code: scored in full/],
  [
    'metadata says frozen',
    { cyclomatic: 30, frozen: 'its metadata says `frozen: true` (bug fixes only, no refactoring)' },
    /shipped code in maintenance only: scored × 0\.25/,
  ],
  [
    'copied from another project',
    { cyclomatic: 30, context: 'vendored', copied: "its header says it was copied from another project ('x')" },
    /context: vendored \(its header says it was copied from another project/,
  ],
];
for (const [name, facts, says] of contextLines)
  outputs(`explain's context line: ${name}`, () => {
    const entry = makeEntry({
      ruleId: 'quality/complexity',
      category: 'quality',
      severity: 'high',
      path: 'lib/rules/a.js',
      facts,
    });
    const text = renderExplain(scoreEntry({ ...entry, unitHours: 1 }, makeContext()));
    assert.match(text, says);
  });

outputs('effort bands: ≤ 2 h, 2–5 h, > 5 h', () => {
  const item = model.open[0];
  assert.ok(item);
  const hours = [0.5, 2, 2.01, 5, 5.01, 40];
  assert.equal(bandEfforts(hours.map((effortHours) => ({ ...item, effortHours }))), {
    quickWins: 2,
    medium: 2,
    large: 2,
  });
});

outputs('metrics count high-value and high-risk items against config', () => {
  const metrics = summariseMetrics(model);
  assert.is(metrics.total, model.open.length);
  assert.is(metrics.highValue, model.open.filter((item) => item.scores.composite >= 50).length);
  assert.is(metrics.highRisk, model.open.filter((item) => item.risk > 0.7).length);
  const strict = summariseMetrics({
    ...model,
    config: { ...model.config, backlog: { ...model.config.backlog, maxRisk: 0.25 } },
  });
  assert.is(strict.highRisk, model.open.filter((item) => item.risk > 0.25).length);
  assert.ok(strict.highRisk > 0);
});

outputs('a trend point counts open items and their uncalibrated hours', () => {
  const entries = buildEntries();
  // open items: secret 1 h, complexity finding 2 h, the two TODOs of src/app.ts as one item (1 + 0.5 h for
  // the repeat), FIXME and HACK 1 h each; allowed and resolved are not counted
  assert.equal(summariseSnapshot('abc', '2026-06-01', entries), {
    commit: 'abc',
    date: '2026-06-01',
    open: 5,
    debtHours: 1 + 2 + 1.5 + 1 + 1,
  });
  assert.equal(summariseSnapshot('abc', '2026-06-01', []), {
    commit: 'abc',
    date: '2026-06-01',
    open: 0,
    debtHours: 0,
  });
});

outputs.run();
