import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Category } from '../../src/findings/types.js';
import type { Context } from '../../src/findings/context.js';
import { buildBacklogModel } from '../../src/report/backlog-model.js';
import { renderBacklog } from '../../src/report/backlog-md.js';
import { pickFocusAreas } from '../../src/report/backlog-metrics.js';
import type { ScoredItem } from '../../src/scoring/types.js';
import { buildInput } from './fixtures.js';

// Focus areas are drawn from the ranked work: flask's docs SECRET_KEY examples and requests' test
// certificate keys (under the minimum score, in docs and tests) once led it (issue 11).
const template = buildInput().items.find((item) => item.status === 'open') as ScoredItem;

interface Shape {
  id: string;
  category: Category;
  composite: number;
  context?: Context;
  held?: string;
}
function itemOf({ id, category, composite, context = 'source', held }: Shape): ScoredItem {
  const { held: _held, ...rest } = template;
  return {
    ...rest,
    id,
    category,
    ruleId: `${category}/x`,
    context,
    scores: { ...template.scores, composite },
    ...(held ? { held } : {}),
  };
}

// [name, items, expected "category:lead" lines, in order]
type Row = readonly [string, Shape[], string[]];
const rows: Row[] = [
  [
    'ranked shipped items lead their category',
    [
      { id: 'modern-a', category: 'modern', composite: 37 },
      { id: 'debt-a', category: 'debt', composite: 20 },
      { id: 'debt-b', category: 'debt', composite: 18 },
    ],
    ['debt:debt-a', 'modern:modern-a'],
  ],
  [
    'docs credentials under the minimum score: not a focus (flask)',
    [
      { id: 'secret-a', category: 'secret', composite: 13.96, context: 'docs' },
      { id: 'secret-b', category: 'secret', composite: 13.9, context: 'docs' },
      { id: 'secret-c', category: 'secret', composite: 13.8, context: 'docs' },
      { id: 'modern-a', category: 'modern', composite: 37.3 },
    ],
    ['modern:modern-a'],
  ],
  [
    'shipped items under the minimum score: not a focus',
    [
      { id: 'quality-a', category: 'quality', composite: 14 },
      { id: 'quality-b', category: 'quality', composite: 14 },
      { id: 'perf-a', category: 'perf', composite: 16 },
    ],
    ['perf:perf-a'],
  ],
  [
    'test certificate keys over the cut-off do not lead (requests)',
    [
      { id: 'secret-a', category: 'secret', composite: 40, context: 'test' },
      { id: 'secret-b', category: 'secret', composite: 30, context: 'example' },
      { id: 'secret-c', category: 'secret', composite: 20 },
      { id: 'debt-a', category: 'debt', composite: 47 },
    ],
    ['debt:debt-a', 'secret:secret-c'],
  ],
  [
    'held items: counted as metrics, not a focus',
    [
      { id: 'quality-a', category: 'quality', composite: 60, held: "the project's linter does not check complexity" },
      { id: 'debt-a', category: 'debt', composite: 16 },
    ],
    ['debt:debt-a'],
  ],
  [
    'nothing ranked: no focus',
    [
      { id: 'secret-a', category: 'secret', composite: 14, context: 'docs' },
      { id: 'quality-a', category: 'quality', composite: 9 },
    ],
    [],
  ],
];

const focus = suite('BACKLOG.md focus areas follow the ranking');
assert.ok(
  rows.some((row) => row[2].length === 0) && rows.some((row) => row[2].length > 0),
  'the table has positive and negative rows',
);
for (const [name, shapes, expected] of rows)
  focus(name, () => {
    const model = buildBacklogModel(buildInput({ items: shapes.map(itemOf) }));
    assert.equal(
      pickFocusAreas(model).map((area) => `${area.category}:${area.lead.id}`),
      expected,
    );
    const text = renderBacklog(model);
    const section = text.slice(text.indexOf('### Focus areas'), text.indexOf('## Continuous discovery'));
    if (expected.length === 0) assert.match(section, /Nothing to focus on: no open item in shipped code reaches/);
    for (const shape of shapes)
      if (!expected.some((line) => line.endsWith(`:${shape.id}`)))
        assert.not.ok(section.includes(`\`${shape.id}\``), `${shape.id} leads a focus area:\n${section}`);
  });

focus.run();
