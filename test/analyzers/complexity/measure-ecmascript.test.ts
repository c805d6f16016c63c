import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { measureFunctions, prepare } from '../../../src/analyzers/complexity/index.js';
import { checkTable } from './table-rows.js';

type Expected = Array<[name: string, cyclomatic: number, cognitive: number]>;
// Counts worked by hand from ESLint's `complexity` rule and SonarSource's cognitive-complexity paper.
const rows: Array<[name: string, path: string, code: string, expected: Expected]> = [
  ['straight line', 'a.js', 'function f(a) { return a; }', [['f', 1, 0]]],
  [
    'default param, if/else-if, && || ??',
    'a.js',
    'function f(a, b = 1) { if (a && b) { return 1; } else if (a || b) { return 2; } return a ?? b; }',
    [['f', 7, 5]],
  ],
  ['optional chaining and logical assignment', 'a.ts', 'const g = (o: any) => o?.a?.b ?? (o.c ||= 2);', [['g', 5, 1]]],
  [
    'switch counts cases, not default',
    'a.js',
    "function s(x) { switch (x) { case 1: return 'a'; case 2: return 'b'; default: return 'c'; } }",
    [['s', 3, 1]],
  ],
  [
    'nesting raises cognitive',
    'a.js',
    'function n(xs) { for (const x of xs) { while (x) { if (x > 1) { break; } } } }',
    [['n', 4, 6]],
  ],
  [
    'class members, static block, field initializers',
    'a.ts',
    'class A { m(x) { return x ? 1 : 2; } static { if (a) b(); } f = c ? 1 : 2; h = () => d && e; }',
    [
      ['A.m', 2, 1],
      ['A.static', 2, 1],
      ['A.f', 2, 1],
      ['A.h', 2, 1],
    ],
  ],
  [
    'catch, and a callback measured on its own',
    'a.js',
    'function t() { try { x(); } catch (e) { if (e) { throw e; } } return [1].map((v) => v || 0); }',
    [
      ['t', 3, 3],
      ['<anonymous>', 2, 1],
    ],
  ],
  [
    'TSX component',
    'c.tsx',
    'export function C({ a }: { a?: string }) { return <div>{a && <b>{a}</b>}</div>; }',
    [['C', 2, 1]],
  ],
  ['TS angle-bracket cast is not JSX', 'k.ts', 'function k<T>(v: unknown) { return <T>v; }', [['k', 1, 0]]],
  [
    'labelled continue',
    'a.js',
    'function l(a) { outer: for (const x of a) { for (const y of x) { if (y) continue outer; } } }',
    [['l', 4, 7]],
  ],
  [
    'property value named by its key',
    'a.js',
    'module.exports = { run(a) { return a; }, stop: function () {} };',
    [
      ['run', 1, 0],
      ['stop', 1, 0],
    ],
  ],
  ['no functions at all', 'a.js', 'const x = a ? b : c;', []],
];

const measure = suite('quality/complexity measureFunctions (JS/TS)');
measure.before(() => prepare(['js', 'ts']));
measure('table has positive and negative rows', () =>
  checkTable(rows, (row: (typeof rows)[number]) => row[3].length > 0),
);
for (const [name, path, code, expected] of rows) {
  measure(name, () => {
    const actual = measureFunctions(path, code).map((metrics): Expected[number] => [
      metrics.name,
      metrics.cyclomatic,
      metrics.cognitive ?? -1,
    ]);
    assert.equal(actual, expected);
  });
}
measure('unparseable text gives no functions', () => assert.equal(measureFunctions('a.js', 'function ( {'), []));
measure.run();
