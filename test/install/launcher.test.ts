import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { launcherText } from '../../src/install/launcher.js';

// The committed launcher when git-value cannot be found: a gate never passes silently while the
// project still depends on git-value, an uninstalled one steps aside, the prepare script never breaks
// an install, and the merge driver leaves a visible conflict instead of one side.
const launcher = suite('the launcher without git-value');

const manifests = {
  lists: '{ "devDependencies": { "git-value": "^0.1.0" } }\n',
  removed: '{ "devDependencies": {} }\n',
  none: undefined,
} as const;

type Row = [
  name: string,
  manifest: keyof typeof manifests,
  args: string[],
  status: number,
  says: string,
  env?: NodeJS.ProcessEnv,
];
const rows: Row[] = [
  ['a dependency not installed: the gate fails', 'lists', ['check', '--staged'], 1, 'not installed in this work tree'],
  [
    'uninstalled with the package manager: hooks step aside',
    'removed',
    ['check', '--staged'],
    0,
    'not installed any more',
  ],
  ['no package.json (a global install missing): the gate fails', 'none', ['check', '--staged'], 1, 'not found on PATH'],
  ['the prepare script never fails an install (npm ci --omit=dev)', 'lists', ['install'], 0, 'not set up'],
  [
    'SKIP=git-value skips a hook',
    'lists',
    ['check', '--staged'],
    0,
    'skipped (SKIP=git-value)',
    { SKIP: 'lint, git-value' },
  ],
  ['SKIP of other hooks only: still fails', 'lists', ['check', '--staged'], 1, 'not installed', { SKIP: 'lint' }],
];

for (const [name, manifest, args, status, says, env] of rows)
  launcher(name, () => {
    const folder = mkdtempSync(join(tmpdir(), 'gv-launcher-'));
    try {
      writeFileSync(join(folder, 'launcher'), launcherText(['.']));
      const text = manifests[manifest];
      if (text !== undefined) writeFileSync(join(folder, 'package.json'), text);
      const run = spawnSync('sh', ['launcher', ...args], {
        cwd: folder,
        encoding: 'utf8',
        env: { PATH: '/usr/bin:/bin', HOME: folder, ...env },
      });
      assert.is(run.status, status, run.stderr);
      assert.match(run.stderr, says);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

launcher('the merge driver leaves both sides in a text conflict, never one side', () => {
  const folder = mkdtempSync(join(tmpdir(), 'gv-launcher-'));
  try {
    writeFileSync(join(folder, 'launcher'), launcherText(['.']));
    writeFileSync(join(folder, 'base'), 'a\n');
    writeFileSync(join(folder, 'ours'), 'ours\n');
    writeFileSync(join(folder, 'theirs'), 'theirs\n');
    const run = spawnSync('sh', ['launcher', 'merge-driver', 'base', 'ours', 'theirs', '.value/ledger.json'], {
      cwd: folder,
      encoding: 'utf8',
      env: { PATH: '/usr/bin:/bin', HOME: folder, SKIP: 'git-value' },
    });
    assert.is(run.status, 1);
    assert.match(run.stderr, 'left as a conflict');
    const merged = readFileSync(join(folder, 'ours'), 'utf8');
    assert.match(merged, '<<<<<<< ours');
    assert.match(merged, 'theirs');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

launcher.run();
