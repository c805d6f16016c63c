import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { LedgerEntry } from '../../src/ledger/types.js';
import { makeItemId } from '../../src/scoring/group-items.js';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { createInitialisedRepo, TempRepo } from '../helpers/temp-repo.js';

const lifecycle = suite('the ledger through what git does to history');
const repos: TempRepo[] = [];

function initRepo(): TempRepo {
  return createInitialisedRepo({ 'src/a.ts': '// TODO: first marker\nexport const a = 1;\n' }, { track: repos });
}

const entriesAt = (repo: TempRepo, rev = 'HEAD') =>
  (JSON.parse(repo.gitOk('show', `${rev}:.value/ledger.json`)) as { entries: LedgerEntry[] }).entries;
const open = (entries: LedgerEntry[], ruleId: string) =>
  entries.filter((entry) => entry.ruleId === ruleId && entry.status !== 'resolved');

lifecycle('amend: the amended commit carries a ledger that matches its tree', async () => {
  const repo = initRepo();
  repo.write('src/b.ts', '// FIXME: wrong\n');
  assert.is(repo.commitAll('b').status, 0);
  repo.write('src/b.ts', '// HACK: still wrong\n');
  assert.is(repo.commitAll('b, amended', '--amend').status, 0);
  const entries = entriesAt(repo);
  assert.is(open(entries, 'debt/hack').length, 1);
  assert.is(open(entries, 'debt/fixme').length, 0);
  assert.is(repo.gitOk('status', '--porcelain'), '', 'post-rewrite left nothing modified');
});

lifecycle('rebase, squash merge and revert leave a ledger consistent with the tree', async () => {
  const repo = initRepo();
  repo.gitOk('checkout', '-q', '-b', 'topic');
  repo.write('src/topic.ts', '// XXX: topic work\n');
  assert.is(repo.commitAll('topic').status, 0);
  repo.gitOk('checkout', '-q', 'main');
  repo.write('src/main.ts', '// BUG: main work\n');
  assert.is(repo.commitAll('main').status, 0);
  repo.gitOk('checkout', '-q', 'topic');
  const rebase = repo.git('rebase', '-q', 'main');
  assert.is(rebase.status, 0, rebase.stderr);
  assert.is((await repo.run(['scan'])).status, 0);
  const afterRebase = JSON.parse(repo.read('.value/ledger.json')) as { entries: LedgerEntry[] };
  assert.is(open(afterRebase.entries, 'debt/xxx').length, 1);
  assert.is(open(afterRebase.entries, 'debt/bug').length, 1);
  repo.gitOk('checkout', '-q', '--', '.');
  repo.gitOk('checkout', '-q', 'main');
  assert.is(repo.git('merge', '-q', '--squash', 'topic').status, 0);
  assert.is(repo.git('commit', '-q', '-m', 'squashed topic').status, 0);
  assert.is(open(entriesAt(repo), 'debt/xxx').length, 1);
  assert.is(repo.git('revert', '--no-edit', 'HEAD').status, 0);
  assert.is(open(entriesAt(repo), 'debt/xxx').length, 0, 'the revert removed the file and its entry is resolved');
});

lifecycle(
  'post-merge refresh re-analyses what the merge brought in; the next commit carries it, the tree stays clean',
  async () => {
    const repo = initRepo();
    repo.gitOk('checkout', '-q', '-b', 'side');
    repo.write('src/side.ts', `// OPTIMIZE: side\n`);
    assert.is(repo.git('add', '-A').status, 0);
    assert.is(repo.git('commit', '-q', '--no-verify', '-m', 'side without the hook').status, 0);
    repo.gitOk('checkout', '-q', 'main');
    const merge = repo.git('merge', '-q', '--no-edit', '--no-ff', 'side');
    assert.is(merge.status, 0, merge.stderr);
    assert.is(repo.gitOk('status', '--porcelain'), '', 'the merge leaves no file modified');
    assert.is(open(entriesAt(repo), 'debt/optimize').length, 0, 'nothing committed behind the user’s back');
    repo.gitOk('checkout', '-q', '-b', 'next', 'HEAD');
    repo.gitOk('checkout', '-q', 'main'); // the next checkout is not blocked
    const todo = open(entriesAt(repo), 'debt/todo')[0] as LedgerEntry;
    assert.is((await repo.run(['allow', todo.id, '--reason', 'after the merge'])).status, 0);
    repo.write('src/next.ts', 'export const next = 1;\n');
    assert.is(repo.commitAll('next').status, 0);
    assert.is(
      entriesAt(repo).find((entry) => entry.id === todo.id)?.status,
      'allowed',
      'an allow made after the merge is merged with the carried refresh',
    );
    const optimize = open(entriesAt(repo), 'debt/optimize');
    assert.is(
      optimize.length,
      1,
      'the next commit carries the refresh that caught the file committed without the hook',
    );
    assert.match(repo.gitOk('show', 'HEAD:BACKLOG.md'), makeItemId('debt/optimize', 'src/side.ts'));
    assert.is(repo.gitOk('status', '--porcelain'), '');
  },
);

lifecycle('contradicting decisions on both sides leave a conflict for the user, the rest merges', async () => {
  const repo = initRepo();
  const todo = open(entriesAt(repo), 'debt/todo')[0] as LedgerEntry;
  repo.gitOk('checkout', '-q', '-b', 'left');
  assert.is((await repo.run(['done', todo.id, '--hours', '1'])).status, 0);
  assert.is(repo.git('commit', '-q', '-m', 'left effort').status, 0);
  repo.gitOk('checkout', '-q', 'main');
  assert.is((await repo.run(['done', todo.id, '--hours', '5'])).status, 0);
  assert.is(repo.git('commit', '-q', '-m', 'main effort').status, 0);
  const merge = repo.git('merge', '-q', '--no-edit', 'left');
  assert.is.not(merge.status, 0);
  assert.match(repo.read('.value/ledger.json'), '<<<<<<< ours');
  const run = await repo.run(['backlog']);
  assert.is(run.status, 2);
  assert.match(run.stderr, 'merge conflict markers');
  repo.git('merge', '--abort');
});

lifecycle('a linked worktree, a submodule and a shallow clone', async () => {
  const repo = initRepo();
  const worktree = repo.path('../') + `wt-${Date.now()}`;
  repo.gitOk('worktree', 'add', '-q', worktree);
  repo.exec('sh', ['-c', `printf 'TOKEN=%s\\n' "$1" > x.env && git add x.env`, 'sh', fakeGithubToken()], {
    cwd: worktree,
  });
  const inWorktree = await repo.run(['check', '--staged'], { cwd: worktree });
  assert.is(inWorktree.status, 1, inWorktree.stderr);
  repo.gitOk('worktree', 'remove', '--force', worktree);

  const library = new TempRepo();
  repos.push(library);
  library.write('lib.ts', '// TODO: in the submodule\n');
  assert.is(library.commitAll('lib').status, 0);
  const added = repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', library.root, 'vendor/lib');
  assert.is(added.status, 0, added.stderr);
  const check = await repo.run(['check', '--staged'], { env: { GIT_VALUE_DEBUG: '1' } });
  assert.is(check.status, 0, check.stderr);
  assert.match(check.stderr, 'vendor/lib: submodule, skipped');
  assert.is(repo.commitAll('add submodule').status, 0);

  const clone = new TempRepo({ init: false });
  repos.push(clone);
  const cloned = clone.exec('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, 'shallow']);
  assert.is(cloned.status, 0, cloned.stderr);
  const scan = await clone.run(['scan'], { cwd: clone.path('shallow') });
  assert.is(scan.status, 0, scan.stderr);
  assert.match(clone.read('shallow/BACKLOG.md'), 'shallow clone');
});

lifecycle('cherry-pick, detached HEAD and a sparse checkout', async () => {
  const repo = initRepo();
  repo.gitOk('checkout', '-q', '-b', 'feature');
  repo.write('src/picked.ts', '// FIXME: picked fix\n');
  assert.is(repo.commitAll('to pick').status, 0);
  const picked = repo.gitOk('rev-parse', 'HEAD').trim();
  repo.gitOk('checkout', '-q', 'main');
  const pick = repo.git('cherry-pick', picked);
  assert.is(pick.status, 0, pick.stderr);
  assert.is(open(entriesAt(repo), 'debt/fixme').length, 1, 'the picked commit carries its ledger entry');

  repo.gitOk('checkout', '-q', '--detach', 'HEAD');
  repo.write('src/detached.ts', `export const t = '${fakeGithubToken()}';\n`);
  assert.is.not(repo.commitAll('on a detached HEAD').status, 0, 'the gate runs on a detached HEAD');
  repo.gitOk('reset', '-q', '--hard');
  repo.gitOk('checkout', '-q', 'main');

  repo.gitOk('sparse-checkout', 'set', 'src');
  repo.write('src/sparse.ts', '// TODO: in the sparse cone\n');
  repo.gitOk('add', 'src/sparse.ts');
  // .value/ is outside the cone: the ledger is read from the index and staged with --sparse
  const check = await repo.run(['check', '--staged']);
  assert.is(check.status, 0, check.stderr);
  const staged = (JSON.parse(repo.gitOk('show', ':.value/ledger.json')) as { entries: LedgerEntry[] }).entries;
  assert.ok(staged.some((entry) => entry.path === 'src/sparse.ts'));
  assert.ok(
    staged.some((entry) => entry.path === 'src/a.ts'),
    'nothing of the ledger outside the cone is lost',
  );
  repo.gitOk('sparse-checkout', 'disable');
});

lifecycle(
  'copies keep the original age; a clean merge passes the pre-merge-commit gate for what the branch already had',
  async () => {
    const repo = initRepo();
    const original = open(entriesAt(repo), 'debt/todo')[0] as LedgerEntry;
    repo.write('src/a.ts', '// TODO: first marker\nexport const a = 2;\n');
    repo.write('src/copy.ts', '// TODO: first marker\nexport const a = 1;\n');
    assert.is(repo.commitAll('copy a.ts', '--', '.').status, 0);
    const copy = entriesAt(repo).find((entry) => entry.path === 'src/copy.ts') as LedgerEntry;
    assert.ok(copy && copy.id !== original.id);
    assert.is(copy.firstSeen, original.firstSeen);

    repo.gitOk('checkout', '-q', '-b', 'vendor-drop');
    repo.write('vendor/config.env', `TOKEN=${fakeGithubToken()}\n`);
    assert.is(repo.commitAll('vendored, unchecked', '--no-verify').status, 0);
    repo.gitOk('checkout', '-q', 'main');
    repo.write('README.md', '# main moves on\n');
    assert.is(repo.commitAll('main').status, 0);
    const merge = repo.git('merge', '--no-ff', '--no-edit', 'vendor-drop');
    assert.is(merge.status, 0, `the merge itself is not blocked: ${merge.stderr}`);
    assert.match(repo.gitOk('log', '-1', '--format=%P'), ' ', 'a merge commit was made');
  },
);

lifecycle.after(() => repos.forEach((repo) => repo.remove()));
lifecycle.run();
