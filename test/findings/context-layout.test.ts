import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { classifyPath, createContextResolver } from '../../src/findings/context.js';
import { learnTestRoots, packageLayoutOverrides, testRootOverrides } from '../../src/findings/context-layout.js';

const layout = suite('findings/context-layout: test roots a project declares');

const rows: Array<[name: string, files: Record<string, string>, roots: string[]]> = [
  [
    'pyproject [tool.pytest.ini_options] array over lines',
    {
      'pyproject.toml':
        '[project]\nname = "x"\n\n[tool.pytest.ini_options]\ntestpaths = [\n  "checks",\n  "./qa/",\n]\n',
    },
    ['checks', 'qa'],
  ],
  ['pyproject [tool.pytest] (pytest 9)', { 'pyproject.toml': "[tool.pytest]\ntestpaths = ['t']\n" }, ['t']],
  [
    'pytest.ini, continuation line',
    { 'pytest.ini': '[pytest]\ntestpaths = unit\n    functional\nxfail_strict = true\n' },
    ['unit', 'functional'],
  ],
  ['setup.cfg [tool:pytest]', { 'setup.cfg': '[metadata]\nname = x\n[tool:pytest]\ntestpaths = test\n' }, ['test']],
  ['tox.ini [pytest]', { 'tox.ini': '[tox]\nenvlist = py3\n[pytest]\ntestpaths = verify\n' }, ['verify']],
  ['jest roots in package.json', { 'package.json': '{"jest":{"roots":["<rootDir>/spec-unit"]}}' }, ['spec-unit']],
  ['testpaths of another section: none', { 'setup.cfg': '[flake8]\ntestpaths = nope\n' }, []],
  ['the repository root itself says nothing: none', { 'pytest.ini': '[pytest]\ntestpaths = .\n' }, []],
  ['a parent folder is refused: none', { 'pytest.ini': '[pytest]\ntestpaths = ../elsewhere\n' }, []],
  ['broken package.json: none', { 'package.json': '{"jest": ' }, []],
  ['no configuration at all: none', {}, []],
];
for (const [name, files, roots] of rows)
  layout(name, () =>
    assert.equal(
      learnTestRoots((path) => files[path]).map((declared) => declared.root),
      roots,
    ),
  );

layout('declared roots classify what conventions cannot, and say why', () => {
  const overrides = testRootOverrides(learnTestRoots(() => '[pytest]\ntestpaths = checks\n'));
  assert.is(classifyPath('checks/test_api.py').context, 'test');
  assert.is(classifyPath('checks/api_cases.py').context, 'source');
  assert.equal(classifyPath('checks/api_cases.py', overrides), {
    context: 'test',
    reason: "under 'checks/', a test path declared in pytest.ini",
  });
  assert.is(classifyPath('checksum/api.py', overrides).context, 'source');
});

layout('a glob in testpaths stands for one folder name', () => {
  const overrides = testRootOverrides([{ root: 'pkg/*/checks', from: 'pytest.ini' }]);
  assert.is(classifyPath('pkg/core/checks/a.py', overrides).context, 'test');
  assert.is(classifyPath('pkg/core/src/a.py', overrides).context, 'source');
});

layout('the resolver decides each path once', () => {
  let calls = 0;
  const resolve = createContextResolver([
    {
      matches: () => {
        calls++;
        return false;
      },
      context: 'test',
      reason: 'counted',
    },
  ]);
  resolve('a.py');
  resolve('a.py');
  assert.is(calls, 1);
});

layout('what an npm package leaves out of what it publishes is tooling (build), with the reason', () => {
  const manifests = new Map([
    ['package.json', JSON.stringify({ name: 'root', files: ['lib/', 'index.js', 'types/*.d.ts', '!lib/internal'] })],
    ['packages/cli/package.json', JSON.stringify({ name: 'cli', bin: { cli: './bin/cli.js' } })],
    ['packages/broken/package.json', '{ nope'],
  ]);
  const overrides = packageLayoutOverrides(manifests, (path) => classifyPath(path).context);
  const rows: Array<[path: string, context: string]> = [
    ['lib/router.js', 'source'],
    ['index.js', 'source'],
    ['types/index.d.ts', 'source'],
    ['lib/internal/debug.js', 'build'],
    ['karma-setup.js', 'build'],
    ['benchmarks/run.js', 'test'],
    ['README.md', 'docs'],
    ['packages/cli/bin/cli.js', 'source'],
    ['packages/cli/bin/release.js', 'build'],
    ['packages/cli/src/main.js', 'source'],
    ['packages/broken/bin/x.js', 'source'],
  ];
  for (const [path, context] of rows) assert.is(classifyPath(path, overrides).context, context, path);
  assert.match(classifyPath('karma-setup.js', overrides).reason, /left out of "files" in package\.json/);
  assert.match(classifyPath('packages/cli/bin/release.js', overrides).reason, /not a command "bin" declares/);
});

layout('a package that publishes a build output the repository does not hold ships the sources under its src/', () => {
  const manifests = new Map([
    ['packages/core/package.json', JSON.stringify({ name: 'core', files: ['index.js', 'dist'] })],
    ['packages/lib/package.json', JSON.stringify({ name: 'lib', files: ['lib', 'index.js'] })],
  ]);
  const tracked = [
    'packages/core/package.json',
    'packages/core/index.js',
    'packages/core/src/render.ts',
    'packages/core/scripts/release.js',
    'packages/lib/package.json',
    'packages/lib/index.js',
    'packages/lib/lib/a.js',
    'packages/lib/src/b.js',
  ];
  const overrides = packageLayoutOverrides(manifests, (path) => classifyPath(path).context, tracked);
  const rows: Array<[path: string, context: string]> = [
    ['packages/core/src/render.ts', 'source'],
    ['packages/core/index.js', 'source'],
    ['packages/core/scripts/release.js', 'build'],
    ['packages/lib/lib/a.js', 'source'],
    // lib/ is tracked: the package publishes its sources as they are, so src/ is not what ships
    ['packages/lib/src/b.js', 'build'],
  ];
  for (const [path, context] of rows) assert.is(classifyPath(path, overrides).context, context, path);
});

layout.run();
