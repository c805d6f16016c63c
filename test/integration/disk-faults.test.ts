import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TempRepo } from '../helpers/temp-repo.js';

// A small tmpfs gives a real full disk and a real read-only file system. Mounting needs root with
// CAP_SYS_ADMIN (this project's machines and CI have it); elsewhere the suite says so and stops.
const faults = suite('disk full and read-only file systems');
const mountPoint = mkdtempSync(join(tmpdir(), 'gv-tmpfs-'));
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint]).status === 0;

function repoOnTmpfs(): TempRepo {
  const repo = new TempRepo({ parent: mountPoint });
  repo.write('a.ts', '// TODO: first\n');
  assert.is(repo.commitAll('first').status, 0);
  assert.is(repo.cli(['scan']).status, 0);
  repo.write('b.ts', '// TODO: second\n');
  repo.gitOk('add', 'b.ts');
  return repo;
}

faults('a full disk: exit 2, the file and the way out are named, the ledger is untouched', () => {
  if (!mounted) return console.log('  (mount not permitted here: disk-full case not run)');
  const repo = repoOnTmpfs();
  const before = repo.read('.value/ledger.json');
  const filler = join(mountPoint, 'filler');
  spawnSync('sh', ['-c', `cat /dev/zero > ${filler}`]);
  const run = repo.cli(['check', '--staged']);
  rmSync(filler, { force: true });
  assert.is(run.status, 2, run.stderr);
  assert.match(run.stderr, '.value/ledger.json');
  assert.match(run.stderr, 'free some disk space');
  assert.is(repo.read('.value/ledger.json'), before);
  repo.remove();
});

faults('a read-only file system: exit 2 with the way out, the ledger is untouched', () => {
  if (!mounted) return console.log('  (mount not permitted here: read-only case not run)');
  const repo = repoOnTmpfs();
  const before = repo.read('.value/ledger.json');
  assert.is(spawnSync('mount', ['-o', 'remount,ro', mountPoint]).status, 0);
  const run = repo.cli(['check', '--staged']);
  spawnSync('mount', ['-o', 'remount,rw', mountPoint]);
  assert.is(run.status, 2, run.stderr);
  assert.match(run.stderr, 'writable');
  assert.is(repo.read('.value/ledger.json'), before);
  repo.remove();
});

faults.after(() => {
  if (mounted) spawnSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});
faults.run();
