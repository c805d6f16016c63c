import { chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { TempRepo } from '../helpers/temp-repo.js';

// The lint-staged configuration the README documents, driven by the real lint-staged (the dev
// dependency) from a real pre-commit hook: the gate runs once whatever lint-staged does with the file
// list, reads the index (lint-staged hides unstaged changes in its own stash meanwhile), and the ledger
// it stages lands in the commit.
const lintStaged = suite('lint-staged with the documented configuration');
const repos: TempRepo[] = [];
const require = createRequire(import.meta.url);
const lintStagedBin = join(dirname(require.resolve('lint-staged/package.json')), 'bin', 'lint-staged.js');

// README.md, "lint-staged": the task takes no file names and runs once
const DOCUMENTED_CONFIG = `export default {
  '*': () => 'git-value check --staged',
};
`;

function lintStagedRepo(): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  repo
    .write('package.json', `${JSON.stringify({ name: 'app', private: true, type: 'module' }, null, 2)}\n`)
    .write('lint-staged.config.js', DOCUMENTED_CONFIG)
    .write('src/app.ts', 'export const run = () => 1;\n')
    .write('.git/hooks/pre-commit', `#!/bin/sh\nexec "${process.execPath}" "${lintStagedBin}"\n`);
  chmodSync(repo.path('.git/hooks/pre-commit'), 0o755);
  assert.is(repo.commitAll('first', '--no-verify').status, 0);
  return repo;
}

lintStaged('a clean commit passes and carries its ledger change; the work tree is left clean', () => {
  const repo = lintStagedRepo();
  repo.write('src/app.ts', 'export const run = () => 1;\n// TODO: cache the result\n');
  for (let index = 0; index < 40; index++) repo.write(`src/module-${index}.ts`, `export const v${index} = ${index};\n`);
  repo.gitOk('add', '-A');
  const commit = repo.git('commit', '-q', '-m', 'todo');
  assert.is(commit.status, 0, commit.stderr);
  const committed = repo.gitOk('show', '--name-only', '--format=', 'HEAD');
  assert.match(committed, '.value/ledger.json');
  assert.match(repo.gitOk('show', 'HEAD:.value/ledger.json'), '"ruleId":"debt/todo"');
  assert.is(repo.gitOk('status', '--porcelain'), '', 'nothing left modified or staged');
});

lintStaged('a staged secret is refused while unstaged edits of the same file survive lint-staged', () => {
  const repo = lintStagedRepo();
  const secret = fakeGithubToken();
  repo.write('src/settings.ts', `export const token = '${secret}';\n`);
  repo.gitOk('add', 'src/settings.ts');
  // partial staging: the work tree's version has moved on and no longer holds the value
  repo.write('src/settings.ts', 'export const token = process.env.TOKEN;\n// edited after staging\n');
  const commit = repo.git('commit', '-q', '-m', 'settings');
  assert.is(commit.status, 1, 'lint-staged fails the hook when the gate blocks');
  assert.match(commit.stderr, 'git-value: blocked');
  assert.match(commit.stderr, 'src/settings.ts:1');
  assert.is(repo.git('rev-parse', '-q', '--verify', 'HEAD~1').status, 1, 'nothing was committed');
  assert.match(repo.read('src/settings.ts'), '// edited after staging', 'the unstaged edit is back');
  assert.match(repo.gitOk('diff', '--cached', '--name-only'), 'src/settings.ts', 'the staged version is still staged');
});

lintStaged.after(() => {
  for (const repo of repos) repo.remove();
});

lintStaged.run();
