import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { gatherEntryPoints } from '../../../src/analyzers/docstring/entry-points.js';
import { analyze, prepare } from '../../../src/analyzers/docstring/index.js';
import type { PublicApi } from '../../../src/analyzers/docstring/public-api.js';
import { readReferenceTargets, readsMembersByDefault } from '../../../src/analyzers/docstring/reference-docs.js';
import { gatherReferenceDocs } from '../../../src/analyzers/docstring/reference-docs.js';
import { gatherInheritance } from '../../../src/analyzers/docstring/python-classes.js';
import { wholeFile } from '../../../src/findings/line-ranges.js';
import { checkTable } from '../complexity/table-rows.js';

// Issue 11: a docstring item asks for documentation of the project's public API. Each rule that leaves
// an undocumented symbol out has rows where it applies and rows where the symbol is still asked for.

/** The symbols the backlog item asks for, and the reasons `explain` gives for the rest. */
function asked(path: string, lines: string[], options: Record<string, unknown> = {}) {
  const text = lines.join('\n');
  const [finding] = analyze({ path, text, changed: wholeFile(text), context: 'source', options });
  return {
    symbols: finding ? String(finding.facts?.symbols).split(' ') : [],
    leftOut: String(finding?.facts?.leftOut ?? ''),
  };
}

const rules: Array<[name: string, path: string, lines: string[], symbols: string[]]> = [
  [
    'a method of a class with a base imported from another package is presumed an override',
    'src/flask/cli.py',
    [
      'import click',
      'from jinja2 import BaseLoader as Loader',
      'class AppGroup(click.Group):',
      '    """Group."""',
      '    def get_command(self, ctx, name):',
      '        pass',
      'class FlaskGroup(AppGroup):',
      '    """Through a class of this file."""',
      '    def list_commands(self, ctx):',
      '        pass',
      'class Templates(Loader):',
      '    """Aliased import."""',
      '    def get_source(self, env, name):',
      '        pass',
      'def locate_app(name):',
      '    pass',
    ],
    ['locate_app'],
  ],
  [
    "the project's own base (relative import, or its package's name in the path) is no other package",
    'src/flask/app.py',
    [
      'from .sansio.app import App',
      'from flask.scaffold import Scaffold',
      'class Flask(App):',
      '    """The app."""',
      '    def run(self):',
      '        pass',
      'class Other(Scaffold):',
      '    """Other."""',
      '    def route(self):',
      '        pass',
    ],
    ['Flask.run', 'Other.route'],
  ],
  [
    'typing and enum bases add no methods to override: their methods are asked',
    'src/pkg/tags.py',
    [
      'from typing import Generic, TypeVar',
      'from enum import Enum',
      'class Box(Generic[T]):',
      '    """Box."""',
      '    def open(self):',
      '        pass',
      'class Color(Enum):',
      '    """Color."""',
      '    def mix(self):',
      '        pass',
    ],
    ['Box.open', 'Color.mix'],
  ],
  [
    '@override and @typing.override mark overrides; an undecorated method is asked',
    'src/pkg/loader.py',
    [
      'from typing import override',
      'import typing',
      'class Loader(Base):',
      '    """Loader."""',
      '    @override',
      '    def load(self):',
      '        pass',
      '    @typing.override',
      '    def close(self):',
      '        pass',
      '    def fresh(self):',
      '        pass',
    ],
    ['Loader.fresh'],
  ],
  [
    'a `...` typing stub and a Protocol member are typing-only; an abstract method is the interface',
    'src/requests/sessions.py',
    [
      'import abc',
      'from typing import Protocol',
      'class SessionRedirectMixin:',
      '    """Mixin."""',
      '    def send(self, request) -> Response: ...',
      'class Readable(Protocol):',
      '    """Protocol."""',
      '    def read(self, size: int) -> bytes: ...',
      'class Adapter(abc.ABC):',
      '    """Adapter."""',
      '    @abc.abstractmethod',
      '    def close(self): ...',
    ],
    ['Adapter.close'],
  ],
  ['a .pyi stub file is typing-only', 'src/pkg/_speedups.pyi', ['def escape(s: str) -> str: ...'], []],
  [
    "names outside the module's __all__ are not its API; names in it are",
    'src/pkg/api.py',
    [
      '__all__ = ["public", "Shape"]',
      'def public():',
      '    pass',
      'def helper():',
      '    pass',
      'class Shape:',
      '    def area(self):',
      '        pass',
    ],
    ['public', 'Shape', 'Shape.area'],
  ],
  [
    'dunder methods never need docstrings',
    'src/pkg/box.py',
    [
      'class Box:',
      '    """Box."""',
      '    def __eq__(self, other):',
      '        pass',
      '    def __repr__(self):',
      '        pass',
      '    def size(self):',
      '        pass',
    ],
    ['Box.size'],
  ],
  [
    'a TypeScript `override` member and a class extending a package class: overrides',
    'src/store.ts',
    [
      "import { EventEmitter } from 'node:events';",
      "import { Base } from './base.js';",
      '/** Store. */',
      'export class Store extends EventEmitter {',
      '  emit(name: string) { return true; }',
      '}',
      '/** Local. */',
      'export class Local extends Base {',
      '  override run() {}',
      '  stop() {}',
      '}',
    ],
    ['Local.stop'],
  ],
  ['Go: an internal/ package is no API', 'pkg/internal/flags/flags.go', ['package flags', 'func Parse() {}'], []],
  ['Go: package main is no API', 'cmd/tool/main.go', ['package main', 'func Run() {}'], []],
  [
    'Go: an exported function of a public package is asked',
    'pkg/flags/flags.go',
    ['package flags', 'func Parse() {}'],
    ['Parse'],
  ],
];

const publicApi = suite('quality/docstring: what the backlog asks for');
publicApi.before(() => prepare());
publicApi('rule table has positive and negative rows', () =>
  checkTable(rules, (row: (typeof rules)[number]) => row[3].length > 0),
);
for (const [name, path, lines, symbols] of rules)
  publicApi(name, () => assert.equal(asked(path, lines).symbols, symbols));

const flaskDocs: PublicApi = {
  reference: {
    sources: ['docs/api.rst'],
    targets: {
      'flask.Flask': 1,
      'flask.url_for': 0,
      'flask.Blueprint': 0,
      'flask.json.tag': 1,
      'flask.cli.FlaskGroup.get_command': 0,
    },
  },
};
const referenceRows: Array<[name: string, path: string, lines: string[], symbols: string[]]> = [
  [
    'a class documented with its members: the class and its methods are asked',
    'src/flask/app.py',
    ['class Flask:', '    def run(self):', '        pass', 'def remove_ctx(f):', '    pass'],
    ['Flask', 'Flask.run'],
  ],
  [
    'a class documented without members: the class alone',
    'src/flask/blueprints.py',
    ['class Blueprint:', '    def helper(self):', '        pass', 'def url_for():', '    pass'],
    ['Blueprint', 'url_for'],
  ],
  [
    'a module documented with its members: everything public in it',
    'src/flask/json/tag.py',
    ['class PassDict:', '    def check(self):', '        pass'],
    ['PassDict', 'PassDict.check'],
  ],
  [
    'a module the reference docs do not reach: nothing',
    'src/flask/debughelpers.py',
    ['def explain():', '    pass'],
    [],
  ],
  [
    'an override the reference docs name itself is asked',
    'src/flask/cli.py',
    [
      'import click',
      'class FlaskGroup(click.Group):',
      '    def get_command(self):',
      '        pass',
      '    def list_commands(self):',
      '        pass',
    ],
    ['FlaskGroup.get_command'],
  ],
];
publicApi('reference table has positive and negative rows', () =>
  checkTable(referenceRows, (row: (typeof referenceRows)[number]) => row[3].length > 0),
);
for (const [name, path, lines, symbols] of referenceRows)
  publicApi(`reference docs: ${name}`, () =>
    assert.equal(asked(path, lines, { publicApi: flaskDocs }).symbols, symbols),
  );

publicApi('without reference docs every public symbol is asked', () =>
  assert.equal(asked('src/flask/debughelpers.py', ['def explain():', '    pass'], { publicApi: {} }).symbols, [
    'explain',
  ]),
);

const entryApi: PublicApi = {
  entryPoints: { packages: [''], reached: { 'lib/axios.js': 1, 'lib/core/Axios.js': ['Axios'] } },
};
const entryRows: Array<[name: string, path: string, lines: string[], symbols: string[]]> = [
  ['a file the entry points reach whole', 'lib/axios.js', ['export function create() {}'], ['create']],
  [
    'a file reached for some names: those names',
    'lib/core/Axios.js',
    ['export class Axios { request() {} }', 'export function mergeHelper() {}'],
    ['Axios', 'Axios.request'],
  ],
  ['a helper the entry points only import', 'lib/helpers/trackStream.js', ['export function trackStream() {}'], []],
];
publicApi('entry-point table has positive and negative rows', () =>
  checkTable(entryRows, (row: (typeof entryRows)[number]) => row[3].length > 0),
);
for (const [name, path, lines, symbols] of entryRows)
  publicApi(`entry points: ${name}`, () => assert.equal(asked(path, lines, { publicApi: entryApi }).symbols, symbols));

publicApi('a file outside every package with entry points is judged as before', () =>
  assert.equal(
    asked('scripts/tool.js', ['export function run() {}'], {
      publicApi: { entryPoints: { packages: ['packages/core'], reached: {} } },
    }).symbols,
    ['run'],
  ),
);

const switches: Array<
  [name: string, path: string, lines: string[], options: Record<string, unknown>, symbols: string[]]
> = [
  [
    'inheritedDocs: false asks for overrides of another package',
    'src/pkg/cli.py',
    ['import click', 'class G(click.Group):', '    """G."""', '    def get_command(self):', '        pass'],
    { inheritedDocs: false },
    ['G.get_command'],
  ],
  [
    'referenceDocs: false asks beyond the reference docs',
    'src/flask/debughelpers.py',
    ['def explain():', '    pass'],
    { referenceDocs: false, publicApi: flaskDocs },
    ['explain'],
  ],
  [
    'entryPoints: false asks for helpers too',
    'lib/helpers/trackStream.js',
    ['export function trackStream() {}'],
    { entryPoints: false, publicApi: entryApi },
    ['trackStream'],
  ],
  [
    'the defaults leave the same helper out',
    'lib/helpers/trackStream.js',
    ['export function trackStream() {}'],
    { publicApi: entryApi },
    [],
  ],
];
publicApi('switch table has positive and negative rows', () =>
  checkTable(switches, (row: (typeof switches)[number]) => row[4].length > 0),
);
for (const [name, path, lines, options, symbols] of switches)
  publicApi(`options: ${name}`, () => assert.equal(asked(path, lines, options).symbols, symbols));

publicApi('an item says what it left out and why (shown by explain)', () => {
  const { leftOut } = asked(
    'src/flask/app.py',
    [
      'import click',
      'class G(click.Group):',
      '    def get_command(self):',
      '        pass',
      'def remove_ctx(f):',
      '    pass',
    ],
    { publicApi: { reference: { sources: ['docs/api.rst'], targets: { 'flask.G': 0 } } } },
  );
  assert.match(
    leftOut,
    /1 overrides a base class from another package, whose documentation tools inherit the base's \(click\.Group\)/,
  );
  assert.match(
    leftOut,
    /1 not reached by the project's reference docs \(Sphinx autodoc, mkdocstrings\) \(docs\/api\.rst\)/,
  );
});

const targets = suite('quality/docstring: reference docs');
const rst = [
  '.. module:: flask',
  '.. autoclass:: Flask',
  '   :members:',
  '   :inherited-members:',
  '',
  '.. autofunction:: url_for',
  '.. autoclass:: flask.cli.FlaskGroup',
  '   :members: get_command, list_commands',
  '.. automodule:: flask.json.tag',
  '.. py:function:: send_file',
  '.. autosummary::',
  '   :toctree: generated',
  '',
  '   requests.get',
  '   ~requests.post',
  'Not a directive: autoclass:: Nothing',
  '::: mkdocs.module',
  '::: tip',
].join('\n');
targets('Sphinx directives, their member options, autosummary lists and mkdocstrings', () =>
  assert.equal(Object.fromEntries(readReferenceTargets(rst)), {
    Flask: 1,
    url_for: 0,
    'flask.cli.FlaskGroup': 0,
    'flask.cli.FlaskGroup.get_command': 0,
    'flask.cli.FlaskGroup.list_commands': 0,
    'flask.json.tag': 0,
    send_file: 0,
    'requests.get': 0,
    'requests.post': 0,
    'mkdocs.module': 1,
  }),
);
targets('autodoc_default_options with members: every autoclass and automodule shows its members', () => {
  assert.ok(readsMembersByDefault('autodoc_default_options = {"members": True, "undoc-members": False}'));
  assert.not.ok(readsMembersByDefault('autodoc_default_options = {"exclude-members": "__new__"}'));
  assert.is(readReferenceTargets('.. automodule:: pkg.mod', true).get('pkg.mod'), 1);
});
targets('a package __all__ adds names; a private package does not; no doc references means no reference docs', () => {
  const texts: Record<string, string> = {
    'docs/api.rst': '.. autofunction:: pytest.approx',
    'src/pytest/__init__.py': '__all__ = ["approx", "Config"]',
    'src/_pytest/_io/__init__.py': '__all__ = ["TerminalWriter"]',
  };
  const files = Object.keys(texts);
  const read = (path: string) => texts[path];
  assert.equal(
    gatherReferenceDocs(files, read, () => true),
    {
      sources: ['docs/api.rst'],
      targets: { 'pytest.approx': 0, 'src.pytest.approx': 2, 'src.pytest.Config': 2 },
    },
  );
  assert.is(
    gatherReferenceDocs(files.slice(1), read, () => true),
    undefined,
  );
});

const entries = suite('quality/docstring: package entry points');
entries.before(() => prepare(['js', 'ts']));
const trees: Array<[name: string, texts: Record<string, string>, reached: Record<string, 1 | string[]>]> = [
  [
    'ESM: export * and named re-exports, an imported binding exported; a helper only imported, a commented-out export',
    {
      'package.json': JSON.stringify({ exports: { '.': { types: './index.d.ts', default: './index.js' } } }),
      'index.d.ts': 'export declare function create(): void;',
      'index.js':
        "import axios from './lib/axios.js';\nexport { axios as default };\nexport * from './lib/errors.js';\n// export * from './lib/legacy.js';\n/* export { old } from './lib/legacy.js'; */",
      'lib/legacy.js': 'export function old() {}',
      'lib/axios.js':
        "import Axios from './core/Axios.js';\nimport { trackStream } from './helpers/trackStream.js';\nimport { isCancel, CancelToken } from './cancel/index.js';\nconst axios = {};\naxios.Axios = Axios;\naxios.isCancel = isCancel;\nexport default axios;",
      'lib/errors.js': 'export class AxiosError {}',
      'lib/core/Axios.js': 'export default class Axios {}',
      'lib/cancel/index.js': 'export function isCancel() {}\nexport class CancelToken {}',
      'lib/helpers/trackStream.js': 'export function trackStream() {}',
    },
    {
      'index.d.ts': 1,
      'index.js': 1,
      'lib/axios.js': 1,
      'lib/cancel/index.js': ['isCancel'],
      'lib/core/Axios.js': 1,
      'lib/errors.js': 1,
    },
  ],
  [
    'CommonJS: module.exports = require, exports.X = a required binding, a destructured require',
    {
      'package.json': JSON.stringify({ main: 'index.js' }),
      'index.js': "module.exports = require('./lib/express');",
      'lib/express.js':
        "var proto = require('./application');\nvar Router = require('router');\nconst { View } = require('./view');\nexports = module.exports = createApplication;\nexports.application = proto;\nexports.Router = Router;\nexports.View = View;\nvar utils = require('./utils');",
      'lib/application.js': 'exports.listen = function () {};',
      'lib/view.js': 'exports.View = function View() {};\nexports.helper = function () {};',
      'lib/utils.js': 'exports.flatten = function () {};',
    },
    { 'index.js': 1, 'lib/application.js': 1, 'lib/express.js': 1, 'lib/view.js': ['View'] },
  ],
  [
    'TypeScript monorepo: entry points built into dist/ come from src/index.ts',
    {
      'packages/core/package.json': JSON.stringify({ main: 'dist/core.cjs.js', types: 'dist/core.d.ts' }),
      'packages/core/src/index.ts': "export { computed } from './computed';\nexport type { Ref } from './ref';",
      'packages/core/src/computed.ts': 'export function computed() {}\nexport function internal() {}',
      'packages/core/src/ref.ts': 'export interface Ref {}',
      'packages/core/src/scheduler.ts': 'export function queueJob() {}',
    },
    {
      'packages/core/src/computed.ts': ['computed'],
      'packages/core/src/index.ts': 1,
      'packages/core/src/ref.ts': ['Ref'],
    },
  ],
  [
    'TypeScript export = of an import = require; no subpath pattern, nor a subpath the package calls unsafe',
    {
      'package.json': JSON.stringify({
        exports: { '.': './src/main.ts', './rules/*': './src/rules/*.js', './unsafe/utils.js': './src/utils.ts' },
      }),
      'src/main.ts': "import Api = require('./api');\nexport = Api;",
      'src/api.ts': 'export class Api {}',
      'src/rules/no-eval.ts': 'export function create() {}',
      'src/utils.ts': 'export function helper() {}',
    },
    { 'src/api.ts': 1, 'src/main.ts': 1 },
  ],
  ['no package.json: no entry points', { 'lib/a.js': 'export function a() {}' }, {}],
];
entries('tree table has positive and negative rows', () =>
  checkTable(trees, (row: (typeof trees)[number]) => Object.keys(row[2]).length > 0),
);
for (const [name, texts, reached] of trees)
  entries(name, () => {
    const found = gatherEntryPoints(
      Object.keys(texts),
      (path) => texts[path],
      () => true,
    );
    assert.equal(found?.reached ?? {}, reached);
  });

const hierarchies: Array<
  [
    name: string,
    texts: Record<string, string>,
    found: Record<string, Record<string, { external?: string; documented?: string[] }>>,
  ]
> = [
  [
    "another package's base through the project's classes in other files, a relative import, a re-export",
    {
      'src/flask/__init__.py': 'from .cli import AppGroup as AppGroup\n',
      'src/flask/cli.py': 'import click\nclass AppGroup(click.Group):\n    pass\n',
      'src/flask/ext/group.py': 'from flask import AppGroup\nclass FlaskGroup(AppGroup):\n    pass\n',
      'src/flask/ext/deeper.py': 'from ..ext.group import FlaskGroup\nclass Deeper(FlaskGroup):\n    pass\n',
      'src/flask/ext/loader.py': 'import jinja2 as j\nclass Loader(j.BaseLoader):\n    pass\n',
    },
    {
      'src/flask/cli.py': { AppGroup: { external: 'click.Group' } },
      'src/flask/ext/deeper.py': { Deeper: { external: 'click.Group' } },
      'src/flask/ext/group.py': { FlaskGroup: { external: 'click.Group' } },
      'src/flask/ext/loader.py': { Loader: { external: 'jinja2.BaseLoader' } },
    },
  ],
  [
    'an override of a documented method of a project class in another file, through a module import',
    {
      'src/_pytest/nodes.py': [
        'class Node:',
        '    def setup(self):',
        '        pass',
        'class Collector(Node):',
        '    def collect(',
        '        self,',
        '    ) -> list[Item]:',
        '        """Collect children."""',
        '    def repr_failure(self): """One line."""',
      ].join('\n'),
      'src/_pytest/python.py': [
        'from _pytest import nodes',
        'class Module(nodes.Collector):',
        '    def collect(self):',
        '        return []',
        '    def setup(self):',
        '        pass',
        '    def repr_failure(self):',
        '        pass',
        '    def own(self):',
        '        pass',
      ].join('\n'),
    },
    { 'src/_pytest/python.py': { Module: { documented: ['collect', 'repr_failure'] } } },
  ],
  [
    "the project's own undocumented hierarchy, typing markers and an unknown relative module: none",
    {
      'src/pkg/scaffold.py': 'class Scaffold:\n    def route(self):\n        pass\n',
      'src/pkg/app.py':
        'from typing import Generic\nfrom .scaffold import Scaffold\nfrom .missing import Gone\nclass App(Scaffold, Generic[T]):\n    def route(self):\n        pass\nclass Other(Gone):\n    pass\n',
    },
    {},
  ],
];
publicApi('hierarchy table has positive and negative rows', () =>
  checkTable(hierarchies, (row: (typeof hierarchies)[number]) => Object.keys(row[2]).length > 0),
);
for (const [name, texts, found] of hierarchies)
  publicApi(`inheritance across files: ${name}`, () =>
    assert.equal(
      gatherInheritance(Object.keys(texts), (path) => texts[path]),
      found,
    ),
  );
const acrossFiles: Array<
  [name: string, inheritance: Record<string, { external?: string; documented?: string[] }>, symbols: string[]]
> = [
  ['a base from another package through another file: presumed overrides', { Module: { external: 'click.Group' } }, []],
  ["an override of a project base's documented method", { Module: { documented: ['collect'] } }, ['Module.extra']],
  ['nothing known about the class: both asked', {}, ['Module.collect', 'Module.extra']],
];
publicApi('across-files table has positive and negative rows', () =>
  checkTable(acrossFiles, (row: (typeof acrossFiles)[number]) => row[2].length > 0),
);
for (const [name, inheritance, symbols] of acrossFiles)
  publicApi(`asked across files: ${name}`, () =>
    assert.equal(
      asked(
        'src/_pytest/python.py',
        [
          'from _pytest import nodes',
          'class Module(nodes.Collector):',
          "    'Module.'",
          '    def collect(self):',
          '        pass',
          '    def extra(self):',
          '        pass',
        ],
        { publicApi: { inheritance: { 'src/_pytest/python.py': inheritance } } },
      ).symbols,
      symbols,
    ),
  );

publicApi.run();
targets.run();
entries.run();
