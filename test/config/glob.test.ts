import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { compileGlobs, findMatchingGlob } from '../../src/config/glob.js';

// The config's one glob dialect (ignore, scoring.criticalPaths, contexts): .gitignore habits.
const glob = suite('config glob dialect');

const rows: Array<[glob: string, path: string, matches: boolean]> = [
  ['node_modules/**', 'node_modules/a/b.js', true],
  ['node_modules', 'pkg/node_modules/a.js', true],
  ['*.min.js', 'dist/app.min.js', true],
  ['*.min.js', 'dist/app.js', false],
  ['docs/*.md', 'docs/a.md', true],
  ['docs/*.md', 'docs/deep/a.md', false],
  ['**/*.{png,jpg}', 'a/b/c.jpg', true],
  ['**/*.{png,jpg}', 'a/b/c.gif', false],
  ['fixtures/?.txt', 'fixtures/ab.txt', false],
  ['fixtures/?.txt', 'fixtures/a.txt', true],
  ['src/auth/**', 'src/auth/login.ts', true],
  ['src/**/*.ts', 'src/auth/login.ts', true],
  ['src/**/*.ts', 'src/login.ts', true],
  ['src/*.ts', 'src/auth/login.ts', false],
  ['src/**', 'lib/auth.ts', false],
  ['?/b.ts', 'a/b.ts', true],
  ['?/b.ts', 'ab/b.ts', false],
  ['**/api.py', 'payments/api.py', true],
  ['**/api.py', 'payments/api.pyc', false],
  ['src/auth', 'src/auth/login.ts', true],
  ['src/auth/', 'src/auth/login.ts', true],
  ['src/auth/', 'src/other.ts', false],
  ['/build', 'build/out.js', true],
  ['/build', 'pkg/build/out.js', false],
  ['payments', 'services/payments/api.py', true],
  ['a.b', 'axb', false],
];
for (const [pattern, path, matches] of rows)
  glob(`${pattern} ${matches ? 'matches' : 'does not match'} ${path}`, () =>
    assert.is(compileGlobs([pattern])(path), matches),
  );

glob('no globs match nothing', () => assert.is(compileGlobs([])('a.ts'), false));

glob('findMatchingGlob names the first glob of the list that matches', () => {
  const list = ['docs', 'src/**/*.ts', 'src/auth'];
  assert.is(findMatchingGlob('src/auth/login.ts', list), 'src/**/*.ts');
  assert.is(findMatchingGlob('docs/a.md', list), 'docs');
  assert.is(findMatchingGlob('lib/a.py', list), undefined);
});

glob.run();
