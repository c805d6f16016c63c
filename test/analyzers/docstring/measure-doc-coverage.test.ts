import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { analyze, measureDocCoverage, prepare } from '../../../src/analyzers/docstring/index.js';
import { wholeFile } from '../../../src/findings/line-ranges.js';
import { checkTable } from '../complexity/table-rows.js';

const python = [
  '"""Module docstring."""',
  'def documented():',
  '    """Says what it does."""',
  'def bare():',
  '    return 1',
  'def _private():',
  '    pass',
  'class Shape:',
  "    'Docstring in single quotes.'",
  '    def area(self):',
  '        return 0',
  '    def __init__(self):',
  '        pass',
  '    @property',
  '    def name(self):',
  '        """The name."""',
  'if True:',
  '    def guarded():',
  '        pass',
  'def outer():',
  '    """Doc."""',
  '    def inner():',
  '        pass',
].join('\n');
const typescript = [
  '/** Adds. */',
  'export function add(a: number, b: number) { return a + b; }',
  '// not a doc comment',
  'export function sub(a: number, b: number) { return a - b; }',
  'export const mul = (a: number) => a;',
  '/** Doc. */',
  'export const div = (a: number) => a;',
  'function internal() {}',
  '/** A box. */',
  'export class Box {',
  '  /** Opens. */',
  '  open() {}',
  '  close() {}',
  '  private hide() {}',
  '  #secret() {}',
  '  constructor() {}',
  '}',
  'export default function () {}',
].join('\n');
const go = [
  'package shapes',
  '// Area computes the area.',
  'func Area() int { return 0 }',
  'func Perimeter() int { return 0 }',
  'func helper() {}',
  '// Circle is round.',
  'type Circle struct{}',
  'type Square struct{}',
  'func (c Circle) Radius() int { return 0 }',
].join('\n');
const java = [
  '/** A shape. */',
  'public class Shape {',
  '  /** Area. */',
  '  @Override',
  '  public int area() { return 0; }',
  '  // line comment is not Javadoc',
  '  public int sides() { return 0; }',
  '  private void hidden() {}',
  '  int packagePrivate() { return 0; }',
  '}',
  'class Internal { public void x() {} }',
].join('\n');

const rows: Array<[name: string, path: string, text: string, documented: number, missing: string[]]> = [
  ['python module, class, methods', 'shapes.py', python, 4, ['bare', 'Shape.area', 'guarded']],
  ['typescript exports and class members', 'box.ts', typescript, 4, ['sub', 'mul', 'Box.close', 'default']],
  ['go exported functions, methods, types', 'shapes.go', go, 2, ['Perimeter', 'Square', 'Radius']],
  ['java public members need Javadoc', 'Shape.java', java, 2, ['Shape.sides']],
  ['fully documented python', 'ok.py', 'def f():\n    """Doc."""\n', 1, []],
  ['nothing public', 'x.js', 'function internal() {}\nconst y = () => 1;\n', 0, []],
];

const coverage = suite('quality/docstring measureDocCoverage');
coverage.before(() => prepare());
coverage('table has positive and negative rows', () =>
  checkTable(rows, (row: (typeof rows)[number]) => row[4].length > 0),
);
for (const [name, path, text, documented, missing] of rows) {
  coverage(name, () => {
    const result = measureDocCoverage(path, text);
    assert.equal(
      result.missing.map((symbol) => symbol.name),
      missing,
    );
    assert.equal([result.documented, result.total], [documented, documented + missing.length]);
  });
}

coverage('one low-severity finding per undocumented symbol, on its declaration line', () => {
  const findings = analyze({ path: 'shapes.go', text: go, changed: wholeFile(go) });
  assert.equal(
    findings.map((finding) => [finding.line, finding.title, finding.severity]),
    [
      [4, '`Perimeter` (public function) has no doc comment', 'low'],
      [8, '`Square` (public type) has no doc comment', 'low'],
      [9, '`Radius` (public method) has no doc comment', 'low'],
    ],
  );
});

coverage('only symbols declared on changed lines', () => {
  const findings = analyze({ path: 'shapes.py', text: python, changed: [{ start: 4, end: 5 }] });
  assert.equal(
    findings.map((finding) => finding.title),
    ['`bare` (public function) has no docstring'],
  );
});

coverage.run();
