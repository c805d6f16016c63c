import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { analyze, prepare } from '../../../src/analyzers/complexity/index.js';
import { wholeFile } from '../../../src/findings/line-ranges.js';
import { checkTable } from './table-rows.js';

// 1 + 11 ifs = cyclomatic 12; each if is flat, so cognitive stays at 11.
const branchy = `function parseArgs(a) {\n${Array.from({ length: 11 }, (_, index) => `  if (a === ${index}) return ${index};`).join('\n')}\n  return -1;\n}\n`;
// Three nested loops and ifs: cyclomatic 7, cognitive 1+2+3+4+5+6 = 21.
const nested =
  'def walk(t):\n    for a in t:\n        for b in a:\n            if b:\n                for c in b:\n' +
  '                    if c:\n                        while c:\n                            c -= 1\n';

const rows: Array<
  [
    name: string,
    path: string,
    text: string,
    options: Record<string, unknown>,
    changedLine: number | 'all',
    titles: string[],
  ]
> = [
  [
    'cyclomatic over the default threshold',
    'cli.js',
    branchy,
    {},
    'all',
    ['`parseArgs` has cyclomatic complexity 12 (threshold 10)'],
  ],
  ['cyclomatic under a raised threshold', 'cli.js', branchy, { threshold: 12 }, 'all', []],
  [
    'cognitive over threshold (python)',
    'walk.py',
    nested,
    {},
    'all',
    ['`walk` has cognitive complexity 21 (threshold 15)'],
  ],
  ['cognitive under a raised threshold', 'walk.py', nested, { cognitiveThreshold: 21 }, 'all', []],
  [
    'change inside the function body',
    'cli.js',
    branchy,
    {},
    5,
    ['`parseArgs` has cyclomatic complexity 12 (threshold 10)'],
  ],
  ['change outside the function', 'cli.js', `${branchy}\nconst x = 1;\n`, {}, 16, []],
  ['simple function', 'a.ts', 'export const add = (a: number, b: number) => a + b;', {}, 'all', []],
];

const complexity = suite('quality/complexity analyze');
complexity.before(() => prepare(['js', 'py']));
complexity('table has positive and negative rows', () =>
  checkTable(rows, (row: (typeof rows)[number]) => row[5].length > 0),
);
for (const [name, path, text, options, changedLine, titles] of rows) {
  complexity(name, () => {
    const changed = changedLine === 'all' ? wholeFile(text) : [{ start: changedLine, end: changedLine }];
    assert.equal(
      analyze({ path, text, changed, options }).map((finding) => finding.title),
      titles,
    );
  });
}

complexity('facts, span and effort', () => {
  const [finding] = analyze({ path: 'cli.js', text: branchy, changed: wholeFile(branchy) });
  assert.equal(finding?.facts, { cyclomatic: 12, functionName: 'parseArgs', lines: '1-14', cognitive: 11 });
  assert.equal(
    [finding?.ruleId, finding?.category, finding?.line, finding?.endLine],
    ['quality/complexity', 'quality', 1, 14],
  );
  assert.ok((finding?.effortHours ?? 0) > 1);
});

complexity('moving the function keeps its fingerprint; a new bucket changes it', () => {
  const moved = `\n\n// moved down\n${branchy}`;
  const fingerprint = (text: string): string | undefined =>
    analyze({ path: 'cli.js', text, changed: wholeFile(text) })[0]?.fingerprint;
  assert.is(fingerprint(moved), fingerprint(branchy));
  const worse = branchy.replace(
    'return -1;',
    Array.from({ length: 6 }, (_, index) => `if (a === ${20 + index}) return 0;`).join('\n'),
  );
  assert.is.not(fingerprint(worse), fingerprint(branchy));
});

complexity.run();
