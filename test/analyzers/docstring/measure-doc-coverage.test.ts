import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { analyze, measureDocCoverage, prepare } from '../../../src/analyzers/docstring/index.js';
import type { Context } from '../../../src/findings/context.js';
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
const commonJs = [
  "'use strict';",
  '/** Creates an app. */',
  'function createApplication() { return {}; }',
  'exports = module.exports = createApplication;',
  '/** Parses. */',
  'exports.parse = (text) => text;',
  'exports.format = function (value) { return value; };',
  'exports.version = "1.0";',
  'function Router() {}',
  'module.exports.Router = Router;',
  'Router.prototype.use = function use() {};',
  'var local = {};',
  'local.helper = function () {};',
].join('\n');
const commonJsApp = [
  'var app = exports = module.exports = {};',
  '/** Listens. */',
  'app.listen = function listen() {};',
  'app.render = function render() {};',
  'app._private = function () {};',
].join('\n');
const commonJsObject = [
  'function documentedHelper() {}',
  '/** Says hello. */',
  'function hello() {}',
  'module.exports = {',
  '  hello,',
  '  /** Waves. */',
  '  wave() {},',
  '  bow: () => 1,',
  '  count: 3,',
  '};',
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
  [
    'commonjs: module.exports, exports.f and methods set on an exported object',
    'lib/app.js',
    commonJs,
    2,
    ['format', 'Router', 'Router.use'],
  ],
  ['commonjs: methods set on the object a module exports', 'lib/application.js', commonJsApp, 1, ['app.render']],
  ['commonjs: an exported object literal', 'lib/greet.js', commonJsObject, 2, ['bow']],
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

coverage('one item per file, never one per symbol: its undocumented symbols are its occurrences', () => {
  const findings = analyze({ path: 'shapes.go', text: go, changed: wholeFile(go), context: 'source' });
  assert.equal(
    findings.map((finding) => [finding.line, finding.endLine, finding.title, finding.severity, finding.facts]),
    [
      [
        4,
        9,
        '3 of 5 public symbols have no doc comment: `Perimeter`, `Square`, `Radius`',
        'low',
        { missing: 3, public: 5, symbols: 'Perimeter Square Radius' },
      ],
    ],
  );
  assert.is(findings[0]?.effortHours, 0.75);
});

coverage('a gap of one or two symbols is info (coverage), except in Go, whose tools ask every exported name', () => {
  const py = ['def documented():', "    'Yes.'", 'def bare():', '    pass'].join('\n');
  const goText = ['package doc', '', 'type PositionalArgs func(args []string) error'].join('\n');
  const severityOf = (path: string, text: string) =>
    analyze({ path, text, changed: wholeFile(text), context: 'source' }).map((finding) => finding.severity);
  assert.equal(severityOf('lib.py', py), ['info']);
  assert.equal(severityOf('args.go', goText), ['low']);
});

coverage('documenting one more symbol keeps the item (same fingerprint)', () => {
  const before = analyze({ path: 'pkg/shapes.go', text: go, changed: wholeFile(go), context: 'source' });
  const fixed = go.replace('func Perimeter', '// Perimeter is the sum of the sides.\nfunc Perimeter');
  const after = analyze({ path: 'pkg/shapes.go', text: fixed, changed: wholeFile(fixed), context: 'source' });
  assert.is(after[0]?.facts?.missing, 2);
  assert.is(after[0]?.fingerprint, before[0]?.fingerprint);
});

const contexts: Array<[name: string, path: string, context: Context | undefined, items: number]> = [
  ['shipped source', 'src/shapes.py', 'source', 1],
  ['no context given (conventions decide elsewhere)', 'src/shapes.py', undefined, 1],
  ['test module: test methods need no docstring', 'tests/test_shapes.py', 'test', 0],
  ['example script', 'examples/shapes.py', 'example', 0],
  ['docs code', 'docs/conf.py', 'docs', 0],
  ['private module', 'src/_shapes.py', 'source', 0],
];
for (const [name, path, context, items] of contexts)
  coverage(`items by context: ${name}`, () =>
    assert.is(
      analyze({ path, text: python, changed: wholeFile(python), ...(context ? { context } : {}) }).length,
      items,
    ),
  );

coverage('only when an undocumented symbol is declared on a changed line', () => {
  assert.equal(
    analyze({ path: 'shapes.py', text: python, changed: [{ start: 4, end: 5 }] }).map((finding) => finding.title),
    ['3 of 7 public symbols have no docstring: `bare`, `Shape.area`, `guarded`'],
  );
  assert.equal(analyze({ path: 'shapes.py', text: python, changed: [{ start: 1, end: 3 }] }), []);
});

const covered: Array<[name: string, path: string, lines: string[], missing: string[]]> = [
  [
    'an override of a documented method of a base class in the same file',
    'tags.py',
    [
      'class Tag:',
      '    """A tag."""',
      '    def check(self, value):',
      '        """Whether the tag applies."""',
      'class TagDict(Tag):',
      '    """Dicts."""',
      '    def check(self, value):',
      '        return True',
      '    def extra(self):',
      '        pass',
      'class Deeper(TagDict):',
      '    """Deeper."""',
      '    def check(self, value):',
      '        return False',
    ],
    ['TagDict.extra'],
  ],
  [
    'a base class from another file: not known here, still asked',
    'app.py',
    ['from .sansio import App', 'class Flask(App):', '    """The app."""', '    def run(self):', '        pass'],
    ['Flask.run'],
  ],
  [
    'a property setter beside its documented getter',
    'box.py',
    [
      'class Box:',
      '    """A box."""',
      '    @property',
      '    def size(self):',
      '        """The size."""',
      '    @size.setter',
      '    def size(self, value):',
      '        pass',
    ],
    [],
  ],
  [
    'undocumented @overload stubs and implementation: one gap',
    'ops.py',
    [
      'from typing import overload',
      '@overload',
      'def scale(x: int) -> int: ...',
      '@overload',
      'def scale(x: float) -> float: ...',
      'def scale(x):',
      '    return x',
    ],
    ['scale'],
  ],
  [
    'visitor and hook implementations are documented where the protocol is declared',
    'compiler.py',
    [
      'class PGCompiler(SQLCompiler):',
      "    'Postgres.'",
      '    def visit_select(self, select):',
      '        pass',
      '    def limit_clause(self, select):',
      '        pass',
      'def pytest_addoption(parser):',
      '    pass',
    ],
    ['PGCompiler.limit_clause'],
  ],
  [
    'what only a type checker sees (if TYPE_CHECKING:) is no runtime API; its else branch is',
    'globals.py',
    [
      'import typing as t',
      'if t.TYPE_CHECKING:',
      '    class ProxyMixin(t.Protocol):',
      '        def get(self): ...',
      '    class AppProxy(ProxyMixin): ...',
      'else:',
      '    def fallback():',
      '        pass',
      'def helper():',
      '    pass',
    ],
    ['fallback', 'helper'],
  ],
  [
    'a Go method of an unexported type is not API',
    'util.go',
    ['package doc', 'type byName []string', 'func (s byName) Len() int { return len(s) }', 'func Exported() {}'],
    ['Exported'],
  ],
  [
    'a Go method of an exported pointer receiver is',
    'list.go',
    ['package doc', '// List holds.', 'type List[T any] struct{}', 'func (l *List[T]) Len() int { return 0 }'],
    ['Len'],
  ],
];
for (const [name, path, lines, missing] of covered)
  coverage(`asked for in the backlog: ${name}`, () => {
    const text = lines.join('\n');
    const findings = analyze({ path, text, changed: wholeFile(text), context: 'source' });
    assert.equal(findings[0] ? String(findings[0].facts?.symbols).split(' ') : [], missing);
  });

coverage.run();
