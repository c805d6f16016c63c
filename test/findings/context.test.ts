import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { classifyPath, contextOf, type Context } from '../../src/findings/context.js';

const context = suite('findings/context: where a path lives');

// Layouts of real projects: pytest (testing/, doc/en/), flask (src/, tests/, docs/, examples/), eslint
// (tests/fixtures, docs/src), Go (x_test.go beside x.go), Maven (src/test/java), Jest (__tests__), vue
// (packages/*/__tests__), axios (dist/ is built output but committed: source unless attributes say so).
const cases: Array<[path: string, expected: Context]> = [
  ['src/flask/app.py', 'source'],
  ['lib/express.js', 'source'],
  ['command.go', 'source'],
  ['index.js', 'source'],
  ['src/main/java/com/acme/App.java', 'source'],
  ['packages/runtime-core/src/renderer.ts', 'source'],
  ['tests/test_basic.py', 'test'],
  ['testing/python/collect.py', 'test'],
  ['test/app.router.js', 'test'],
  ['command_test.go', 'test'],
  ['src/test/java/com/acme/AppTest.java', 'test'],
  ['packages/runtime-core/__tests__/rendererElement.spec.ts', 'test'],
  ['src/components/button.test.tsx', 'test'],
  ['lib/foo_spec.rb', 'test'],
  ['conftest.py', 'test'],
  ['test_setup.py', 'test'],
  ['src/__snapshots__/x.ts.snap', 'test'],
  ['bench/bench.py', 'test'],
  ['docs/config.rst', 'docs'],
  ['doc/en/how-to/fixtures.rst', 'docs'],
  ['README.md', 'docs'],
  ['CHANGES.rst', 'docs'],
  ['changelog/1234.bugfix.rst', 'docs'],
  ['docs/tutorial/deploy.rst', 'docs'],
  ['examples/tutorial/flaskr/db.py', 'example'],
  ['examples/tests/test_app.py', 'example'],
  ['.env.example', 'example'],
  ['config/settings.py.sample', 'example'],
  ['tests/fixtures/docs/page.md', 'test'],
  ['node_modules/left-pad/index.js', 'vendored'],
  ['tests/node_modules/x/index.js', 'vendored'],
  ['third_party/zlib/inflate.c', 'vendored'],
  ['dist/axios.min.js', 'generated'],
  ['package-lock.json', 'generated'],
  ['api/v1/service.pb.go', 'generated'],
  ['proto/service_pb2.py', 'generated'],
  ['.github/workflows/ci.yml', 'build'],
  ['Dockerfile', 'build'],
  ['docker-compose.yml', 'build'],
  ['docker-compose.test.yml', 'test'],
  ['webpack.config.js', 'build'],
  ['pyproject.toml', 'build'],
  ['scripts/release.py', 'build'],
  ['.eslintrc.yml', 'build'],
  ['.readthedocs.yaml', 'build'],
  ['.npmignore', 'build'],
  ['MAINTAINERS', 'docs'],
];
for (const [path, expected] of cases) context(`${path} → ${expected}`, () => assert.is(contextOf(path), expected));

context('a case in the table for every context', () => {
  assert.equal(new Set(cases.map(([, expected]) => expected)).size, 7);
});

context('overrides come first and carry their reason', () => {
  const decision = classifyPath('dist/axios.js', [
    {
      matches: (path) => path.startsWith('dist/'),
      context: 'generated',
      reason: 'linguist-generated in .gitattributes',
    },
  ]);
  assert.equal(decision, { context: 'generated', reason: 'linguist-generated in .gitattributes' });
  assert.is(contextOf('dist/axios.js'), 'source');
});

context('every decision explains itself', () => {
  for (const [path] of cases) assert.ok(classifyPath(path).reason.length > 10, path);
});

context.run();
