import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { escapeMarkdown, familyOf, linkPrefixFor, linkToLine, shortenTitle } from '../../src/report/text.js';

const text = suite('report text helpers');

const titles: Array<[title: string, max: number, expected: string]> = [
  ['short title', 40, 'short title'],
  ['Address the todo marker in autonomous_sdlc.py', 30, 'Address the todo marker in…'],
  ['Fix hardcoded credentials risk in advanced-security-scan.py', 36, 'Fix hardcoded credentials risk in…'],
  ['a, b, c, d, e, f, g, h, i, j, k', 12, 'a, b, c, d…'],
  ['Fix credentials in advanced-security-scan.py', 40, 'Fix credentials in advanced-security…'],
  ['Supercalifragilisticexpialidocious', 12, 'Supercalifr…'],
  ['  spaced\n  out  ', 20, 'spaced out'],
];
for (const [title, max, expected] of titles)
  text(`shortenTitle(${JSON.stringify(title)}, ${max})`, () => {
    const short = shortenTitle(title, max);
    assert.is(short, expected);
    assert.ok(short.length <= max);
  });

const escapes: Array<[input: string, expected: string]> = [
  ['a | b', 'a \\| b'],
  ['<x>', '\\<x\\>'],
  ['line\nbreak', 'line break'],
  ['plain', 'plain'],
];
for (const [input, expected] of escapes)
  text(`escapeMarkdown(${JSON.stringify(input)})`, () => assert.is(escapeMarkdown(input), expected));

const links: Array<[path: string, line: number, prefix: string, expected: string]> = [
  ['src/a.ts', 3, '', '[src/a.ts:3](src/a.ts#L3)'],
  ['docs/my file.md', 1, '../', '[docs/my file.md:1](../docs/my%20file.md#L1)'],
  ['src/[id].tsx', 2, '', '[src/\\[id\\].tsx:2](src/%5Bid%5D.tsx#L2)'],
];
for (const [path, line, prefix, expected] of links)
  text(`linkToLine(${path})`, () => assert.is(linkToLine(path, line, prefix), expected));

const prefixes: Array<[path: string, expected: string]> = [
  ['BACKLOG.md', ''],
  ['docs/BACKLOG.md', '../'],
  ['a/b/BACKLOG.md', '../../'],
];
for (const [path, expected] of prefixes) text(`linkPrefixFor(${path})`, () => assert.is(linkPrefixFor(path), expected));

const families: Array<[ruleId: string, family: string]> = [
  ['secret/github-pat', 'secret'],
  ['debt/todo', 'debt'],
  ['plain', 'plain'],
];
for (const [ruleId, family] of families) text(`familyOf(${ruleId})`, () => assert.is(familyOf(ruleId), family));

text.run();
