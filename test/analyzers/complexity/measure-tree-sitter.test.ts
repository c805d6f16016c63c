import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { measureFunctions, prepare } from '../../../src/analyzers/complexity/index.js';
import { checkTable } from './table-rows.js';

type Expected = Array<[name: string, cyclomatic: number, cognitive: number | undefined]>;
// Python follows radon 5.1 (cyclomatic) and SonarSource (cognitive); the rest count McCabe's decisions.
const rows: Array<[name: string, path: string, code: string, expected: Expected]> = [
  ['python straight line', 'a.py', 'def f(a):\n    return a\n', [['f', 1, 0]]],
  [
    'python if/elif/else with and/or',
    'a.py',
    'def g(a, b):\n    if a and b or a:\n        return 1\n    elif b:\n        return 2\n    else:\n        return 3\n',
    [['g', 5, 5]],
  ],
  [
    'python loops with else, try, comprehension',
    'a.py',
    'def h(xs):\n    for x in xs:\n        while x:\n            x -= 1\n        else:\n            pass\n    try:\n        pass\n' +
      '    except ValueError:\n        pass\n    except KeyError:\n        pass\n    else:\n        pass\n    return [y for y in xs if y]\n',
    [['h', 9, 6]],
  ],
  [
    'python assert, nested def, lambda',
    'a.py',
    'def outer(a):\n    assert a or not a\n    def inner(b):\n        return b if b else None\n    return lambda c: c and a\n',
    [
      ['outer', 3, 2],
      ['outer.inner', 2, 1],
    ],
  ],
  ['python method', 'a.py', 'class K:\n    def m(self, x):\n        return 1 if x else 2\n', [['K.m', 2, 1]]],
  ['python class without methods', 'a.py', 'class K:\n    x = 1 if y else 2\n', []],
  [
    'go',
    'a.go',
    'package m\nfunc F(a int) int {\n if a > 1 && a < 3 || a == 0 { return 1 }\n for i := 0; i < 3; i++ {}\n' +
      ' switch a { case 1: return 1; default: return 0 }\n}\n',
    [['F', 6, undefined]],
  ],
  [
    'java',
    'A.java',
    'class A { int f(int a) { if (a > 1) {} for (int x : xs) {} try {} catch (Exception e) {}' +
      ' switch (a) { case 1: break; default: } return a > 0 ? 1 : 2; } }',
    [['A.f', 6, undefined]],
  ],
  ['c', 'a.c', 'int f(int a) { while (a) {} do {} while (a); return a && 1 ? 1 : 0; }', [['f', 5, undefined]]],
  [
    'c++',
    'a.cpp',
    'int K::g(int a) { for (auto x : v) {} try {} catch (...) {} return a or b; }',
    [['K::g', 4, undefined]],
  ],
  [
    'c#',
    'A.cs',
    'class A { public int F(int a) { foreach (var x in xs) {} var r = a switch { 1 => 2, _ => 3 }; return a ?? b; } }',
    [['A.F', 4, undefined]],
  ],
  [
    'ruby',
    'a.rb',
    'def foo(a)\n  if a && b\n  elsif c\n  end\n  x = 1 unless y\n  case a\n  when 1 then 2\n  end\nend\n',
    [['foo', 6, undefined]],
  ],
  [
    'php',
    'a.php',
    '<?php function f($a) { foreach ($a as $b) {} $r = $a ?? 1; $m = match($a) { 1 => 2, default => 3 }; }',
    [['f', 4, undefined]],
  ],
  [
    'rust',
    'a.rs',
    'fn f(a: i32) -> i32 { if a > 1 && b {} while x {} match a { 1 => 2, _ => 3 } }',
    [['f', 5, undefined]],
  ],
  ['language without a parser', 'a.kt', 'fun f(a: Int) = if (a > 1) 1 else 2', []],
];

const measure = suite('quality/complexity measureFunctions (tree-sitter languages)');
// Concurrent, overlapping prepare() calls: web-tree-sitter fails if two grammar loads overlap.
measure.before(async () => {
  await Promise.all([prepare(['go', 'rust']), prepare()]);
});
measure('table has positive and negative rows', () =>
  checkTable(rows, (row: (typeof rows)[number]) => row[3].length > 0),
);
for (const [name, path, code, expected] of rows) {
  measure(name, () => {
    const actual = measureFunctions(path, code).map((metrics): Expected[number] => [
      metrics.name,
      metrics.cyclomatic,
      metrics.cognitive,
    ]);
    assert.equal(actual, expected);
  });
}
measure('spans are 1-based and inclusive', () => {
  const [metrics] = measureFunctions('a.py', '\n\ndef f():\n    pass\n');
  assert.equal([metrics?.line, metrics?.endLine], [3, 4]);
});
measure.run();
