import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { LedgerEntry } from '../../src/ledger/types.js';
import { findPackageRoots, packageOf } from '../../src/report/by-package.js';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { createInitialisedRepo, type TempRepo } from '../helpers/temp-repo.js';

const monorepo = suite('monorepos: per-package config and a backlog by package');
const repos: TempRepo[] = [];

monorepo('the nearest config up from each file governs it, in the hook and in scan', async () => {
  const repo = createInitialisedRepo(
    {
      'package.json': JSON.stringify({ name: 'mono', private: true }),
      'packages/api/package.json': JSON.stringify({ name: 'api' }),
      'packages/api/.valuerc.json': JSON.stringify({
        analyzers: { markers: { enabled: false } },
        block: { minScore: 101 },
      }),
      'packages/web/package.json': JSON.stringify({ name: 'web' }),
    },
    { track: repos },
  );
  repo.write('packages/api/src/a.ts', `// TODO: api work\nexport const token = '${fakeGithubToken()}';\n`);
  repo.write('packages/web/src/b.ts', '// TODO: web work\n');
  const commit = repo.commitAll('both packages');
  assert.is(commit.status, 0, `the api package raises its own block threshold: ${commit.stderr}`);
  const entries = (JSON.parse(repo.read('.value/ledger.json')) as { entries: LedgerEntry[] }).entries;
  const todos = entries.filter((entry) => entry.ruleId === 'debt/todo').map((entry) => entry.path);
  assert.equal(todos, ['packages/web/src/b.ts'], 'markers are off in the api package only');
  repo.write('packages/web/src/c.ts', `export const t = '${fakeGithubToken()}';\n`);
  assert.is.not(repo.commitAll('web secret').status, 0, 'the web package keeps the default gate');
  repo.gitOk('reset', '-q', '--hard');
  assert.is((await repo.run(['scan'])).status, 0);
  const rescanned = (JSON.parse(repo.read('.value/ledger.json')) as { entries: LedgerEntry[] }).entries;
  assert.equal(
    rescanned.filter((entry) => entry.ruleId === 'debt/todo' && entry.status === 'open').map((entry) => entry.path),
    ['packages/web/src/b.ts'],
  );
  const byPackage = await repo.run(['backlog', '--by-package']);
  assert.is(byPackage.status, 0, byPackage.stderr);
  assert.match(byPackage.stdout, '| `packages/web` | 1 |');
  assert.match(byPackage.stdout, '| `packages/api` |');
});

monorepo('package roots and membership', async () => {
  const roots = findPackageRoots([
    'package.json',
    'packages/a/package.json',
    'packages/a/src/x.ts',
    'tools/go.mod',
    'README.md',
  ]);
  assert.equal(roots, ['.', 'packages/a', 'tools']);
  assert.is(packageOf('packages/a/src/x.ts', roots), 'packages/a');
  assert.is(packageOf('packages/ab/x.ts', roots), '.');
  assert.is(packageOf('README.md', roots), '.');
});

monorepo.after(() => repos.forEach((repo) => repo.remove()));
monorepo.run();
