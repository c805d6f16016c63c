import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/types.js';
import { buildBacklogModel } from '../../src/report/backlog-model.js';
import { renderBacklog } from '../../src/report/backlog-md.js';
import { buildInput, buildModel, RAW_SECRET } from './fixtures.js';

const backlog = suite('BACKLOG.md');
const text = renderBacklog(buildModel());

function section(heading: string): string {
  const start = text.indexOf(`${heading}\n`);
  assert.ok(start >= 0, `missing section ${heading}`);
  const level = heading.split(' ')[0] as string;
  const rest = text.slice(start + heading.length);
  const next = rest.search(new RegExp(`\\n#{1,${level.length}} `));
  return next < 0 ? rest : rest.slice(0, next);
}

// Every section of the seed report, in the seed's order, plus ours (trend, audit, resolved).
const HEADINGS = [
  '# Value backlog: acme/router',
  '## Next best value item',
  '## Top value opportunities',
  '## Value metrics',
  '### Overall repository health',
  '### Value distribution by category',
  '### Effort vs impact',
  '### Sources',
  '### Focus areas',
  '## Continuous discovery status',
  '### Active analyzers',
  '### Repository features detected',
  '### Execution readiness',
  '## Scoring configuration',
  '## Triggers and learning',
  '### Triggers',
  '### Prediction accuracy',
  '## Trend',
  '## Allowed findings (audit)',
  '## Recently resolved',
  '## Next steps',
];
backlog('every section is present, in order', () => {
  const positions = HEADINGS.map((heading) => text.indexOf(`${heading}\n`));
  positions.forEach((position, index) => assert.ok(position >= 0, `missing ${HEADINGS[index]}`));
  assert.equal(
    [...positions].sort((a, b) => a - b),
    positions,
  );
});

const FIELDS: Array<[heading: string, labels: string[]]> = [
  [
    '# Value backlog: acme/router',
    [
      '**Repository**: acme/router',
      '**Maturity level**: maturing (62%)',
      '**Last updated**: 2026-06-30T12:00:00Z',
      '**Refreshed by**: pre-commit hook (installed), post-merge hook (installed), weekly CI scan (not installed)',
    ],
  ],
  [
    '## Next best value item',
    [
      '**[secret-00a1b2c3d4]',
      '**Composite score**',
      '**WSJF**',
      '**ICE**',
      '**Tech debt**',
      '**Category**: Hardcoded credentials',
      '**Estimated effort**',
      '**Risk level**',
      '**Confidence**: 90%',
      '**Expected impact**: Security: removes a hardcoded credential',
      '[src/config.ts:12](src/config.ts#L12)',
    ],
  ],
  [
    '### Overall repository health',
    [
      '**Open items**: 6',
      '**High-value items (score ≥ 50)**',
      '**Average composite score**',
      '**Categories represented**: 3',
      '**Risk profile**',
    ],
  ],
  [
    '### Value distribution by category',
    ['| Technical debt | 4 |', '| Hardcoded credentials | 1 |', '| Code quality | 1 |'],
  ],
  ['### Effort vs impact', ['**Quick wins** (≤ 2 h)', '**Medium effort** (2–5 h)', '**Large projects** (> 5 h)']],
  ['### Sources', ['**Debt markers** (`debt/…`): 4 findings', '**Secret detection** (`secret/…`): 1 finding']],
  ['### Active analyzers', ['| `debt/markers` | TODO/FIXME/HACK/XXX left in comments | 4 |']],
  [
    '### Repository features detected',
    ['**Tests**: `test/app.test.ts`, `test/plan.test.ts`', '**CI**: `.github/workflows/ci.yml`'],
  ],
  [
    '### Execution readiness',
    ['scoring ≥ 70 is refused', '**Minimum score**: 15 composite points', '**Risk tolerance**: 70% maximum risk level'],
  ],
  [
    '## Scoring configuration',
    [
      'maturity level maturing',
      '**WSJF** (cost of delay / job size): 60%',
      '**ICE** (impact × confidence × ease): 10%',
      '**Technical debt** (principal × interest): 20%',
      '**Security boost**',
      '**Hardcoded credentials** (`secret`): 2.0×',
      '**Technical debt** (`debt`): 1.3×',
      '365 days up to the last commit',
      '**Security vulnerability window**',
    ],
  ],
  [
    '### Prediction accuracy',
    ['**Recorded outcomes**: 3', 'before calibration', 'leave-one-out', '| Technical debt | 3 | 2.00× |'],
  ],
  ['## Trend', ['| 2026-05-01 | `1111111111` | 3 | 4.0 | – |', '| 2026-06-01 | `2222222222` | 7 | 11.5 | +4 |']],
  [
    '## Allowed findings (audit)',
    ['`debt-4444444444`', 'Ana \\<ana@example.com\\>', '2026-05-02', 'tracked in #42 \\| later'],
  ],
  ['## Recently resolved', ['`cdef123456`', '`debt-5555555557`', '2.0 h']],
  ['## Next steps', ['git-value done secret-00a1b2c3d4 --hours N', 'weekly CI scan']],
];
for (const [heading, labels] of FIELDS)
  backlog(`section ${heading} carries its fields`, () => {
    const body = section(heading);
    for (const label of labels) assert.ok(body.includes(label), `${heading} lacks ${label}:\n${body}`);
  });

backlog('no invented schedule', () => assert.not.ok(/next execution/i.test(text)));

backlog('top table: full unique ids, links, word-boundary titles', () => {
  const rows = section('## Top value opportunities')
    .split('\n')
    .filter((line) => /^\| \d+ \|/.test(line));
  const model = buildModel();
  assert.is(rows.length, model.open.filter((item) => item.scores.composite >= 15).length);
  const ids = rows.map((row) => row.split('|')[2]?.trim().replace(/`/g, ''));
  assert.equal(
    ids,
    model.open.slice(0, rows.length).map((item) => item.id),
  );
  assert.is(new Set(ids).size, ids.length);
  for (const row of rows) {
    const item = model.open.find((candidate) => row.includes(`\`${candidate.id}\``));
    assert.ok(item && row.includes(`[${item.path}:${item.line}](${item.path}#L${item.line})`), row);
    const title = row.split('|')[3]?.trim() ?? '';
    if (title.endsWith('…'))
      assert.ok(
        item.title.startsWith(title.slice(0, -1)) && !/[\p{L}\p{N}_]/u.test(item.title[title.length - 1] ?? ' '),
        title,
      );
  }
  assert.ok(
    rows.some((row) => row.includes('…')),
    'a long title is shortened',
  );
});

backlog('the same model renders the same bytes, whatever the input order', () => {
  const input = buildInput();
  assert.is(renderBacklog(buildBacklogModel(input)), text);
  assert.is(
    renderBacklog(
      buildBacklogModel({ ...input, items: [...input.items].reverse(), trend: [...input.trend].reverse() }),
    ),
    text,
  );
});

backlog('never prints the raw secret', () => assert.not.ok(text.includes(RAW_SECRET)));

backlog('thresholds come from config', () => {
  const config: Config = {
    ...defaultConfig,
    block: { ...defaultConfig.block, minScore: 80 },
    backlog: { ...defaultConfig.backlog, minScore: 20, maxRisk: 0.5 },
  };
  const body = renderBacklog(buildModel({}, config));
  for (const label of [
    'scoring ≥ 80 is refused',
    '**Minimum score**: 20 composite points',
    '**Risk tolerance**: 50% maximum risk level',
  ])
    assert.ok(body.includes(label), label);
});

backlog('links resolve from a backlog written in a folder', () => {
  const config: Config = { ...defaultConfig, backlog: { ...defaultConfig.backlog, path: 'docs/BACKLOG.md' } };
  assert.ok(renderBacklog(buildModel({}, config)).includes('[src/config.ts:12](../src/config.ts#L12)'));
});

const EMPTY: Array<[name: string, heading: string, expected: string]> = [
  ['no outcomes', '### Prediction accuracy', 'No recorded outcomes yet'],
  ['no features', '### Repository features detected', 'No features detected'],
  ['no items', '## Next best value item', 'No open items'],
  ['no trend', '## Trend', 'No ledger history yet'],
  ['no allows', '## Allowed findings (audit)', 'None: no finding has been allowed.'],
];
for (const [name, heading, expected] of EMPTY)
  backlog(`empty evidence: ${name}`, () => {
    const { calibration: _calibration, ...input } = buildInput({
      items: [],
      trend: [],
      maturity: { level: 'nascent', percent: 5, features: [] },
    });
    const body = renderBacklog(buildBacklogModel(input));
    const start = body.indexOf(`${heading}\n`);
    assert.ok(start >= 0 && body.slice(start).includes(expected), `${heading}: ${expected}`);
  });

backlog('notes about the evidence are shown', () => {
  assert.ok(
    renderBacklog(buildModel({ notes: ['shallow clone: age unknown'] })).includes('> Note: shallow clone: age unknown'),
  );
});

backlog.run();
