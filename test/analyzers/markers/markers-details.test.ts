import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { analyze, truncateTitle } from '../../../src/analyzers/markers/index.js';
import { wholeFile } from '../../../src/findings/line-ranges.js';
import type { Finding } from '../../../src/findings/types.js';

const details = suite('debt/markers details');

function scan(text: string, path = 'a.ts', options?: Record<string, unknown>): Finding[] {
  return analyze({ path, text, changed: wholeFile(text), ...(options ? { options } : {}) });
}

const titles: Array<[text: string, title: string]> = [
  ['// FIXME: overflow when n > 2^31', 'overflow when n > 2^31'],
  ['// TODO(#123): fix it', 'fix it'],
  ['/* HACK - copies twice */', 'copies twice'],
  ['// TODO', 'TODO in a.ts'],
  ['<!-- TODO: screenshots -->', 'screenshots'],
];
for (const [text, title] of titles) {
  details(`title of ${text}`, () => assert.equal(scan(text, text.startsWith('<') ? 'a.md' : 'a.ts')[0]?.title, title));
}

const facts: Array<[text: string, expected: Record<string, string>]> = [
  ['// TODO(#123): fix', { tag: 'TODO', issueRef: '#123' }],
  ['// TODO(alice): fix', { tag: 'TODO', owner: 'alice' }],
  ['// TODO(@alice, JIRA-7): fix', { tag: 'TODO', issueRef: 'JIRA-7', owner: 'alice' }],
  ['// FIXME JIRA-42 overflow', { tag: 'FIXME', issueRef: 'JIRA-42' }],
  ['// TODO: see https://github.com/o/r/issues/12', { tag: 'TODO', issueRef: '#12' }],
  ['// TODO: tracked in #77', { tag: 'TODO', issueRef: '#77' }],
  ['// TODO: no reference here', { tag: 'TODO' }],
];
for (const [text, expected] of facts) details(`facts of ${text}`, () => assert.equal(scan(text)[0]?.facts, expected));

details('severity follows what the marker says; effort follows the tag', () => {
  const [todo, fixme, hack, xxx, note] = scan(
    '// TODO: add a\n// FIXME: b\n// HACK: remove the copy\n// XXX: the offset is wrong\n// XXX we copy because of c',
  );
  assert.equal(
    [todo?.severity, fixme?.severity, hack?.severity, xxx?.severity, note?.severity],
    ['low', 'medium', 'low', 'medium', 'info'],
  );
  assert.equal([todo?.effortHours, fixme?.effortHours, hack?.effortHours], [1, 2, 3]);
});

details('fingerprint ignores the line number and the comment syntax', () => {
  const moved = scan('\n\n\n// TODO: drop v1')[0];
  assert.is(scan('// TODO: drop v1')[0]?.fingerprint, moved?.fingerprint);
  assert.is(scan('# TODO: drop v1', 'a.py')[0]?.fingerprint, moved?.fingerprint);
  assert.is.not(scan('// FIXME: drop v1')[0]?.fingerprint, moved?.fingerprint);
});

details('column points at the marker', () => assert.is(scan('let x; // TODO: y')[0]?.column, 11));

details('configured tags replace the defaults', () => {
  const found = scan('// REVIEW: naming\n// TODO: x', 'a.ts', { tags: ['REVIEW'] });
  assert.equal(
    found.map((f) => [f.ruleId, f.severity]),
    [['debt/review', 'low']],
  );
});

details('long titles are cut on a word boundary', () => {
  const title = truncateTitle('word '.repeat(40).trim());
  assert.ok(title.length <= 120 && title.endsWith('word…'), title);
});

details.run();
