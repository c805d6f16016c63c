import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { defaultConfig } from '../../src/config/defaults.js';
import type { LedgerEntry } from '../../src/ledger/types.js';
import { buildBacklogModel } from '../../src/report/backlog-model.js';
import { buildReportData, coverageByModule, pickHotspotFiles } from '../../src/report/html/build-report-data.js';
import { linkTemplates, webBase } from '../../src/report/html/links.js';
import { packData, renderReportHtml } from '../../src/report/html/render-html.js';
import {
  compareStates,
  isoWeek,
  MAX_PERIODS,
  periodStart,
  pickPeriodEnds,
  summariseLedgerState,
} from '../../src/report/html/trend-periods.js';
import { scoreEntry } from '../../src/scoring/score-entry.js';
import type { ScoringContext } from '../../src/scoring/types.js';
import { entry } from '../helpers/ledger-entry.js';

const html = suite('HTML report (pure parts)');

const weeks: Array<[date: string, week: string]> = [
  ['2026-01-01', '2026-W01'],
  ['2024-12-30', '2025-W01'], // a Monday in December can start the next year's first week
  ['2021-01-03', '2020-W53'], // a Sunday in January can end the previous year's last week
  ['2026-03-16', '2026-W12'],
  ['2026-03-22', '2026-W12'],
];
for (const [date, week] of weeks) html(`ISO week of ${date}`, () => assert.is(isoWeek(date), week));

const starts: Array<[date: string, granularity: 'day' | 'week' | 'month', start: string]> = [
  ['2026-03-18', 'day', '2026-03-18'],
  ['2026-03-18', 'week', '2026-03-16'], // a Wednesday: its week began on Monday
  ['2026-03-16', 'week', '2026-03-16'],
  ['2026-03-22', 'week', '2026-03-16'], // a Sunday ends the ISO week
  ['2026-03-18', 'month', '2026-03-01'],
];
for (const [date, granularity, start] of starts)
  html(`period start of ${date} by ${granularity}`, () => assert.is(periodStart(date, granularity), start));

const day = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
const commits = (offsets: number[]) =>
  offsets
    .map((offset, index) => ({ commit: `c${index}`, date: day(offset) }))
    .sort((a, b) => (a.date < b.date ? 1 : -1));

const periods: Array<[name: string, offsets: number[], granularity: string, ends: string[]]> = [
  ['one commit: one day', [0], 'day', ['2026-01-01']],
  ['two commits in a day: the later is the period end', [0, 0, 3], 'day', ['2026-01-01', '2026-01-04']],
  ['over 90 days: weeks', [0, 1, 8, 120], 'week', ['2026-W01', '2026-W02', '2026-W18']],
  ['over two years: months', [0, 40, 800], 'month', ['2026-01', '2026-02', '2028-03']],
];
for (const [name, offsets, granularity, ends] of periods)
  html(`periods: ${name}`, () => {
    const picked = pickPeriodEnds(commits(offsets));
    assert.is(picked.granularity, granularity);
    assert.equal(
      picked.ends.map((end) => end.period),
      ends,
    );
    assert.is(picked.omitted, 0);
  });

html('periods: the newest commit of a period ends it; only the newest MAX_PERIODS are kept', () => {
  const listed = [
    { commit: 'late', date: '2026-01-01' },
    { commit: 'early', date: '2026-01-01' },
  ];
  assert.is(pickPeriodEnds(listed).ends[0]?.commit, 'late', 'git log lists the newest first');
  const many = commits(Array.from({ length: MAX_PERIODS + 5 }, (_, index) => index * 31)); // months, over ten years
  const picked = pickPeriodEnds(many);
  assert.is(picked.ends.length, MAX_PERIODS);
  assert.is(picked.omitted, 5);
  assert.is(picked.ends.at(-1)?.commit, 'c' + String(MAX_PERIODS + 4));
});

const state = (rows: Array<[id: string, category: string, status: string]>) =>
  new Map(rows.map(([id, category, status]) => [id, { category, status }]));
const moves: Array<
  [name: string, before: ReturnType<typeof state>, after: ReturnType<typeof state>, expected: object]
> = [
  [
    'nothing moved',
    state([['a', 'debt', 'open']]),
    state([['a', 'debt', 'open']]),
    { added: {}, resolved: {}, allowed: {} },
  ],
  ['a new item', state([]), state([['a', 'debt', 'open']]), { added: { debt: 1 }, resolved: {}, allowed: {} }],
  [
    'resolved',
    state([['a', 'vuln', 'open']]),
    state([['a', 'vuln', 'resolved']]),
    { added: {}, resolved: { vuln: 1 }, allowed: {} },
  ],
  [
    'gone from the ledger counts as resolved',
    state([['a', 'debt', 'open']]),
    state([]),
    { added: {}, resolved: { debt: 1 }, allowed: {} },
  ],
  [
    'allowed',
    state([['a', 'secret', 'open']]),
    state([['a', 'secret', 'allowed']]),
    { added: {}, resolved: {}, allowed: { secret: 1 } },
  ],
  [
    'reopened counts as new',
    state([['a', 'debt', 'resolved']]),
    state([['a', 'debt', 'open']]),
    { added: { debt: 1 }, resolved: {}, allowed: {} },
  ],
  [
    'allowed staying allowed: no move',
    state([['a', 'debt', 'allowed']]),
    state([['a', 'debt', 'allowed']]),
    { added: {}, resolved: {}, allowed: {} },
  ],
];
for (const [name, before, after, expected] of moves)
  html(`transition: ${name}`, () => assert.equal(compareStates(before, after), expected));

html('a snapshot counts open items and their rule estimates per category', () => {
  const { summary, state: ids } = summariseLedgerState([
    entry({ id: 'a', effortHours: 2 }),
    entry({ id: 'b', ruleId: 'vuln/sql-injection', category: 'vuln', effortHours: 1.5 }),
    entry({ id: 'c', path: 'src/c.ts', status: 'resolved' }),
  ]);
  assert.equal(summary, { open: { debt: 1, vuln: 1 }, debtHours: { debt: 2, vuln: 1.5 } });
  assert.is(ids.size, 3);
});

const remotes: Array<[remote: string, base: string | undefined]> = [
  ['git@github.com:pallets/flask.git', 'https://github.com/pallets/flask'],
  ['https://github.com/pallets/flask', 'https://github.com/pallets/flask'],
  ['https://user:tok3n@github.com/pallets/flask.git', 'https://github.com/pallets/flask'],
  ['ssh://git@gitlab.com/group/sub/project.git', 'https://gitlab.com/group/sub/project'],
  ['/srv/git/flask.git', undefined],
  ['file:///srv/git/flask.git', undefined],
  ['not a url', undefined],
];
for (const [remote, base] of remotes)
  html(`web base of ${remote.replace(/:[^@/]+@/, ':…@')}`, () => assert.is(webBase(remote)?.base, base));

html('links: a known host links the file at the commit; anything else links the work tree', () => {
  assert.equal(linkTemplates('git@github.com:o/r.git', 'abc', '..'), {
    file: 'https://github.com/o/r/blob/abc/{path}#L{line}',
    commit: 'https://github.com/o/r/commit/{commit}',
  });
  assert.equal(linkTemplates('https://git.example.test/o/r.git', 'abc', '..'), { file: '../{path}' });
  assert.equal(linkTemplates(undefined, 'abc', ''), { file: '{path}' });
  assert.equal(linkTemplates('git@github.com:o/r.git', undefined, '..'), { file: '../{path}' }, 'no commit yet');
});

html('the data block is base64 of gzip JSON: nothing in a title can end the block, and it reads back', () => {
  const value = { title: '</script><script>alert(1)</script><!--', line: '\u2028' };
  const packed = packData(value);
  assert.match(packed, /^[A-Za-z0-9+/]+=*$/);
  assert.equal(JSON.parse(gunzipSync(Buffer.from(packed, 'base64')).toString('utf8')), value);
});

const context: ScoringContext = {
  today: '2026-06-30',
  maturity: { level: 'maturing', percent: 60 },
  config: defaultConfig.scoring,
  churn: new Map([
    ['src/hot.ts', 10],
    ['package-lock.json', 40],
    ['docs/guide.md', 5],
  ]),
  maxChurn: 40,
  complexity: new Map([['src/hot.ts', 20]]),
};

function model(entries: LedgerEntry[]) {
  return buildBacklogModel({
    repoName: 'acme <b>',
    generatedAt: '2026-06-30T12:00:00Z',
    items: entries.map((item) => scoreEntry(item, context)),
    maturity: { level: 'maturing', percent: 60, features: [] },
    config: defaultConfig,
    activeAnalyzers: [],
    trend: [],
    triggers: [],
    notes: [],
  });
}

const entries = [
  entry({ id: 'debt-1', path: 'src/hot.ts', title: 'TODO: split', fingerprint: 'a' }),
  entry({ id: 'debt-2', path: 'src/hot.ts', title: 'TODO: split', fingerprint: 'b', line: 9 }),
  entry({ id: 'debt-3', path: 'tests/hot.test.ts', title: 'TODO: cover', fingerprint: 'c' }),
  entry({
    id: 'secret-1',
    path: 'src/config.ts',
    ruleId: 'secret/generic-api-key',
    category: 'secret',
    severity: 'high',
    fingerprint: 'd',
  }),
  entry({
    id: 'debt-4',
    path: 'src/cold.ts',
    fingerprint: 'e',
    status: 'allowed',
    allow: { reason: 'r', by: 'b', at: '2026-01-01' },
  }),
];

html('items: ranked open items, then allowed ones; paths, rules and titles stored once; context classified', () => {
  const built = model(entries);
  const data = buildReportData({
    model: built,
    context,
    trend: { granularity: 'day', periods: [], commits: 0, omittedPeriods: 0 },
    hotspots: { windowDays: 90, maxChurn: 40, files: [], omittedFiles: 0 },
    fileLink: '../{path}',
  });
  assert.equal(
    data.items.map((row) => row[0]),
    [...built.open.map((item) => item.id), 'debt-4'],
  );
  assert.is(data.items[0]?.[0], 'secret-1', 'the credential ranks first');
  assert.equal(data.strings.titles.filter((title) => title === 'TODO: split').length, 1);
  assert.equal(data.strings.paths, [
    [0, 'config.ts'],
    [0, 'hot.ts'],
    [1, 'hot.test.ts'],
    [0, 'cold.ts'],
  ]);
  assert.equal(data.strings.folders, ['src', 'tests']);
  const contextOf = (id: string) => data.enums.contexts[data.items.find((row) => row[0] === id)?.[7] ?? -1];
  assert.is(contextOf('debt-3'), 'test');
  assert.is(contextOf('debt-1'), 'source');
  assert.is(data.enums.statuses[data.items.at(-1)?.[8] ?? -1], 'allowed');
  for (const top of data.top) {
    const sum = top.parts.wsjf + top.parts.ice + top.parts.debt + top.parts.security;
    const capped = top.composite === 100 && sum >= 100; // the composite is clamped to 0–100
    assert.ok(
      capped || Math.abs(sum - top.composite) < 0.1,
      `${top.id}: parts ${sum} make the composite ${top.composite}`,
    );
    assert.ok(
      top.terms.some((term) => term.name === 'category multiplier'),
      'explain terms included',
    );
  }
  assert.ok(data.top[0]?.parts.security ?? 0 > 0, 'a credential gets the security boost');
});

html('hotspots: code files only, hottest first (lock files, prose and untracked paths are not drawn)', () => {
  const tracked = new Set(['src/hot.ts', 'src/config.ts', 'tests/hot.test.ts', 'package-lock.json', 'docs/guide.md']);
  const picked = pickHotspotFiles(model(entries).open, context, tracked);
  assert.equal(
    picked.files.map((file) => file.path),
    ['src/hot.ts', 'src/config.ts', 'tests/hot.test.ts'],
  );
  assert.equal(picked.files[0], { path: 'src/hot.ts', commits: 10, complexity: 20, hotspot: 0.5, items: 2 });
  assert.is(pickHotspotFiles(model(entries).open, context, new Set()).files.length, 0, 'untracked: none');
});

html('coverage per module: files grouped by their folder', () => {
  assert.equal(
    coverageByModule([
      { path: 'pkg/a.py', documented: 1, public: 4 },
      { path: 'pkg/b.py', documented: 2, public: 2 },
      { path: 'setup.py', documented: 0, public: 1 },
    ]),
    [
      { module: 'pkg', files: 2, documented: 3, public: 6 },
      { module: '.', files: 1, documented: 0, public: 1 },
    ],
  );
});

html('the page: escaped title, data inline, and a CSP that allows only its own script', () => {
  const data = buildReportData({
    model: model(entries),
    context,
    trend: { granularity: 'day', periods: [], commits: 0, omittedPeriods: 0 },
    hotspots: { windowDays: 90, maxChurn: 40, files: [], omittedFiles: 0 },
    fileLink: '{path}',
  });
  const script = 'document.title = "x"';
  const page = renderReportHtml(data, script);
  assert.match(page, '<title>git-value report: acme &#60;b&#62;</title>');
  const hash = createHash('sha256').update(script).digest('base64');
  assert.match(page, `script-src 'sha256-${hash}'`);
  assert.match(page, "default-src 'none'");
  assert.not.match(page, /<script[^>]+src=/, 'no external script');
  assert.not.match(page, /<link[^>]+href=/, 'no external stylesheet');
});

html('worst case for size: 20,000 items, each in its own deep file with a long title, embed in under 4.5 MB', () => {
  // scored items built directly: what is measured is the report's data, not the scoring
  const open = Array.from({ length: 20_000 }, (_, n) => ({
    ...entry({
      id: `quality-${n.toString(16).padStart(10, '0')}`,
      path: `packages/component_${n}/src/internal/implementation/detail_${n}/module_with_a_long_name_${n}.py`,
      title: `\`function_with_a_rather_long_descriptive_name_${n}\` (public function) has no docstring and is called from many places ${n}`,
      fingerprint: `f${n}`,
      line: n,
    }),
    scores: { wsjf: 1.23, ice: 123.4, technicalDebt: 1.23, composite: 45.67 },
    effortHours: 1.25,
    risk: 0.3,
    context: 'source' as const,
    contextReason: 'no test, docs, example, generated, vendored or build convention matches',
    breakdown: [],
  }));
  const data = buildReportData({
    model: { ...model([]), open },
    context,
    trend: { granularity: 'day', periods: [], commits: 0, omittedPeriods: 0 },
    hotspots: { windowDays: 90, maxChurn: 40, files: [], omittedFiles: 0 },
    fileLink: '{path}',
  });
  const bytes = Buffer.byteLength(JSON.stringify(data));
  // the page holds it compressed (several times smaller); this bounds what the browser parses
  assert.ok(bytes < 4.5 * 1024 * 1024, `${(bytes / 1024 / 1024).toFixed(2)} MB`);
  assert.match(
    data.notes.join('\n'),
    /titles in the items table are cut to \d+ characters/,
    'and says what it shortened',
  );
  assert.is(data.items.length, 20_000);
});

html.run();
