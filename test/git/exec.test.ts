import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runGit } from '../../src/git/exec.js';

const exec = suite('git/exec: runGit');

exec('git that exits before reading its input reports its own error, not the broken pipe', () => {
  const outside = mkdtempSync(join(tmpdir(), 'gv-not-a-repo-'));
  try {
    // 8 MB of names: far more than a pipe holds, so git (not a repository here) exits while we still write
    const input = `${'0'.repeat(40)}\n`.repeat(200_000);
    const run = runGit(['cat-file', '--batch', '--buffer'], { cwd: outside, input });
    assert.is(run.ok, false);
    if (!run.ok) {
      assert.match(run.error.message, 'git cat-file failed: fatal: not a git repository');
      assert.not.match(run.error.message, 'EPIPE');
    }
  } finally {
    rmSync(outside, { recursive: true, force: true });
  }
});

exec('a git that cannot start is still "could not run git"', () => {
  const run = runGit(['version'], { cwd: join(tmpdir(), 'gv-no-such-folder-for-git') });
  assert.is(run.ok, false);
  if (!run.ok) assert.match(run.error.message, 'could not run git');
});

exec.run();
