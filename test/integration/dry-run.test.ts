import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TempRepo } from '../helpers/temp-repo.js';

// Every --dry-run (init, uninstall, allow, done, merge-driver) prints, as one unified diff, every file
// the command would write (work tree, hooks and .git/config) and writes none of them: each test takes
// a fingerprint of the whole repository (every file's bytes and mode, .git included, and the index's
// staged entries) before and after the dry run; after the real command the dry run has nothing to show.
const dryRun = suite('--dry-run');
const repos: TempRepo[] = [];

/**
 * Every file of the repository with its mode and digest (.git too: config, hooks, objects, refs,
 * git-value's own state), and the index as `git ls-files --stage` reads it. .git/index itself is left
 * out of the bytes: git refreshes its stat data on a read, which changes nothing staged.
 */
function fingerprint(repo: TempRepo): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const item of readdirSync(folder, { withFileTypes: true })) {
      const file = join(folder, item.name);
      const path = relative(repo.root, file);
      if (item.isDirectory()) walk(file);
      else if (path !== '.git/index')
        files.push(
          `${path} ${statSync(file).mode.toString(8)} ${createHash('sha256').update(readFileSync(file)).digest('hex')}`,
        );
    }
  };
  walk(repo.root);
  return [...files.sort(), ...repo.gitOk('ls-files', '--stage').split('\n')];
}

/** A repository with git-value set up and a scanned ledger committed: two TODOs, open. */
async function scannedRepo(): Promise<TempRepo> {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write('app.py', '# TODO: read the port from the environment\nprint(1)\n');
  repo.write('lib/util.py', '# FIXME: handle empty input\nx = 1\n');
  assert.is(repo.commitAll('first', '--no-verify').status, 0);
  const init = await repo.run(['init']);
  assert.is(init.status, 0, init.stderr);
  assert.is(repo.commitAll('git-value init', '--no-verify').status, 0);
  return repo;
}

const openIds = (repo: TempRepo) =>
  (JSON.parse(repo.read('.value/ledger.json')).entries as { id: string; status: string }[])
    .filter((entry) => entry.status === 'open')
    .map((entry) => entry.id);

/** `git apply` of the patch in a scratch repository holding `files`: the files it leaves, or its error. */
function applyPatch(files: Record<string, string>, patch: string, ...options: string[]): Record<string, string> {
  const folder = mkdtempSync(join(tmpdir(), 'gv-patch-'));
  try {
    writeFileSync(join(folder, 'change.patch'), patch);
    const scratch = new TempRepo({ parent: folder });
    for (const [path, text] of Object.entries(files)) scratch.write(path, text);
    const apply = scratch.git('apply', ...options, join(folder, 'change.patch'));
    assert.is(apply.status, 0, apply.stderr);
    return Object.fromEntries(
      Object.keys(files).map((path) => [path, existsSync(scratch.path(path)) ? scratch.read(path) : '']),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

dryRun(
  'init: prints every file init would change and changes nothing; after init, nothing is left to change',
  async () => {
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
  },
);

dryRun('allow: the ledger change as a diff, nothing written or staged; the real allow writes exactly it', async () => {
  const repo = await scannedRepo();
  const [id] = openIds(repo);
  assert.ok(id, 'the scan recorded the TODOs');
  const before = fingerprint(repo);
  const preview = await repo.run(['allow', id as string, '--reason', 'tracked elsewhere', '--dry-run']);
  assert.is(preview.status, 0, preview.stderr);
  assert.equal(fingerprint(repo), before, 'no file, index entry, hook or config changed');
  assert.match(preview.stdout, 'diff --git a/.value/ledger.json b/.value/ledger.json\n--- a/.value/ledger.json\n');
  assert.match(preview.stdout, /^\+.*"status":"allowed"/m);
  assert.match(preview.stderr, `git-value allow: would allow ${id}`);
  assert.match(preview.stderr, 'git-value allow: dry run: nothing was written');
  const expected = applyPatch({ '.value/ledger.json': repo.read('.value/ledger.json') }, preview.stdout);
  const allowed = await repo.run(['allow', id as string, '--reason', 'tracked elsewhere']);
  assert.is(allowed.status, 0, allowed.stderr);
  assert.is(repo.read('.value/ledger.json'), expected['.value/ledger.json'], 'the real allow writes what it showed');
  assert.match(repo.gitOk('diff', '--cached', '--name-only'), '.value/ledger.json', 'and stages it');
  assert.not.equal(fingerprint(repo), before, 'the fingerprint sees a real write');

  const all = fingerprint(repo);
  const baseline = await repo.run(['allow', '--all', '--reason', 'baseline', '--dry-run']);
  assert.is(baseline.status, 0, baseline.stderr);
  assert.equal(fingerprint(repo), all);
  assert.match(baseline.stderr, 'would allow 1 open finding: debt 1');
  assert.not.match(baseline.stderr, 'staged');
  const hours = await repo.run(['done', id as string, '--hours', '2', '--dry-run']);
  assert.is(hours.status, 0, hours.stderr);
  assert.equal(fingerprint(repo), all);
  assert.match(hours.stdout, /^\+.*"hours":2/m);
  assert.match(hours.stderr, `would record 2 h for ${id}`);
});

dryRun('merge-driver: the merge %A would get as a diff, %A unchanged; a conflict exits 1 all the same', async () => {
  const repo = await scannedRepo();
  const [first, second] = openIds(repo);
  const base = repo.read('.value/ledger.json');
  assert.is((await repo.run(['allow', first as string, '--reason', 'ours'])).status, 0);
  const ours = repo.read('.value/ledger.json');
  repo.write('.value/ledger.json', base);
  assert.is((await repo.run(['allow', second as string, '--reason', 'theirs'])).status, 0);
  const theirs = repo.read('.value/ledger.json');
  repo.write('sides/base.json', base).write('sides/ours.json', ours).write('sides/theirs.json', theirs);
  const sides = ['sides/base.json', 'sides/ours.json', 'sides/theirs.json', '.value/ledger.json'];
  const before = fingerprint(repo);
  const preview = await repo.run(['merge-driver', '--dry-run', ...sides]);
  assert.is(preview.status, 0, preview.stderr);
  assert.equal(fingerprint(repo), before, '%A and everything else unchanged');
  assert.match(preview.stdout, 'diff --git a/.value/ledger.json b/.value/ledger.json\n');
  assert.match(preview.stderr, 'both sides merge cleanly');
  const expected = applyPatch({ '.value/ledger.json': ours }, preview.stdout);
  const merged = await repo.run(['merge-driver', ...sides]);
  assert.is(merged.status, 0, merged.stderr);
  assert.is(repo.read('sides/ours.json'), expected['.value/ledger.json'], 'the real merge writes what it showed');
  assert.match(repo.read('sides/ours.json'), '"reason":"theirs"');

  // contradicting decisions on one entry: the conflict is previewed, and the exit code says so
  repo.write('sides/ours.json', ours);
  repo.write('sides/theirs.json', ours.replace('"reason":"ours"', '"reason":"not ours"'));
  const conflicted = fingerprint(repo);
  const conflict = await repo.run(['merge-driver', '--dry-run', ...sides]);
  assert.is(conflict.status, 1, conflict.stderr);
  assert.equal(fingerprint(repo), conflicted);
  assert.match(conflict.stdout, '+<<<<<<< ours');
  assert.match(conflict.stderr, 'carry contradicting decisions');
});

dryRun(
  'uninstall: every file it would give back as a diff, nothing written; after it, nothing left to show',
  async () => {
    const repo = new TempRepo();
    repos.push(repo);
    repo.write('app.py', 'print(1)\n').write('.gitattributes', '*.png binary\n');
    repo.write('.git/hooks/pre-commit', '#!/bin/sh\necho mine\n');
    assert.is(repo.commitAll('first', '--no-verify').status, 0);
    const init = await repo.run(['init', '--no-scan']);
    assert.is(init.status, 0, init.stderr);
    assert.is(repo.commitAll('git-value init', '--no-verify').status, 0);
    const before = fingerprint(repo);
    const preview = await repo.run(['uninstall', '--dry-run']);
    assert.is(preview.status, 0, preview.stderr);
    assert.equal(fingerprint(repo), before, 'no file, index entry, hook or config changed');
    for (const path of [
      '.value/bin/git-value',
      '.gitattributes',
      '.valuerc.json',
      '.git/hooks/pre-commit',
      '.git/config',
    ])
      assert.match(preview.stdout, `diff --git a/${path} b/${path}\n`, path);
    assert.match(preview.stdout, 'deleted file mode 100755\n--- a/.value/bin/git-value\n+++ /dev/null');
    assert.match(preview.stdout, '-\tdriver = sh .value/bin/git-value merge-driver %O %A %B %P');
    assert.match(preview.stdout, '+echo mine', 'the chained hook comes back');
    assert.match(preview.stderr, 'git-value uninstall: .gitattributes: would be restored');
    assert.match(preview.stderr, 'dry run: nothing was written');
    const worktreePart = preview.stdout
      .split(/(?=^diff --git )/m)
      .filter((section) => !section.startsWith('diff --git a/.git/'))
      .join('');
    const tracked = ['.value/bin/git-value', '.gitattributes', '.valuerc.json'];
    const restored = applyPatch(Object.fromEntries(tracked.map((path) => [path, repo.read(path)])), worktreePart);
    assert.is(restored['.gitattributes'], '*.png binary\n', 'git apply takes the work-tree part');

    const uninstall = await repo.run(['uninstall']);
    assert.is(uninstall.status, 0, uninstall.stderr);
    assert.is(repo.read('.git/hooks/pre-commit'), '#!/bin/sh\necho mine\n');
    assert.not.equal(fingerprint(repo), before, 'the fingerprint sees a real write');
    const again = await repo.run(['uninstall', '--dry-run']);
    assert.is(again.status, 0, again.stderr);
    assert.is(again.stdout, '');
    assert.match(again.stderr, 'nothing to change');
  },
);

dryRun.after(() => {
  for (const repo of repos) repo.remove();
});

dryRun.run();
