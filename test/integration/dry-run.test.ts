import { existsSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TempRepo } from '../helpers/temp-repo.js';

// init --dry-run prints, as one unified diff, every file init would write (work tree, hooks and
// .git/config) and writes none of them; after a real init it has nothing left to show.
const dryRun = suite('init --dry-run');
const repos: TempRepo[] = [];

dryRun('prints every file init would change and changes nothing; after init, nothing is left to change', async () => {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write('app.py', 'print(1)\n');
  assert.is(repo.commitAll('first', '--no-verify').status, 0);
  const preview = await repo.run(['init', '--dry-run']);
  assert.is(preview.status, 0, preview.stderr);
  for (const path of [
    '.value/bin/git-value',
    '.gitattributes',
    '.valuerc.json',
    '.git/hooks/pre-commit',
    '.git/config',
  ])
    assert.match(preview.stdout, `diff --git a/${path} b/${path}\n`, path);
  assert.match(preview.stdout, 'new file mode 100755\n--- /dev/null\n+++ b/.value/bin/git-value');
  assert.match(preview.stdout, '+\tdriver = sh .value/bin/git-value merge-driver %O %A %B %P');
  assert.match(preview.stderr, 'would run the first scan');
  assert.match(preview.stderr, 'dry run: nothing was written');
  assert.is(repo.gitOk('status', '--porcelain'), '', 'the work tree is untouched');
  assert.not.ok(existsSync(repo.path('.git/hooks/pre-commit')), 'no hook written');
  assert.is(repo.git('config', '--get', 'merge.git-value-ledger.driver').status, 1, '.git/config untouched');
  // the work-tree part is a patch git itself accepts
  const worktreePart = preview.stdout
    .split(/(?=^diff --git )/m)
    .filter((section) => !section.startsWith('diff --git a/.git/'))
    .join('');
  repo.write('.preview.patch', worktreePart);
  const check = repo.git('apply', '--check', '.preview.patch');
  assert.is(check.status, 0, check.stderr);

  const init = await repo.run(['init', '--no-scan']);
  assert.is(init.status, 0, init.stderr);
  const again = await repo.run(['init', '--dry-run', '--no-scan']);
  assert.is(again.status, 0, again.stderr);
  assert.is(again.stdout, '');
  assert.match(again.stderr, 'nothing to change');
});

dryRun.after(() => {
  for (const repo of repos) repo.remove();
});

dryRun.run();
