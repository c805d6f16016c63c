import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as assert from 'uvu/assert';
import { TempRepo } from './temp-repo.js';

// Repositories of teams that do not use Node (issue 17): a Go module and a Python package, with no
// package.json, lockfile or node_modules, so a test can prove git-value adds none.

const NODE_FILE =
  /(?:^|\/)(?:package\.json|package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|node_modules)(?:\/|$)/;

/** A Go module whose busy() is complex enough for quality/complexity (so the Go grammar must load). */
export function createGoRepo(track: TempRepo[]): TempRepo {
  const repo = new TempRepo();
  track.push(repo);
  const branches = Array.from({ length: 14 }, (_, i) => `\tif a > ${i} && b < ${i} {\n\t\tn++\n\t}\n`).join('');
  repo.write('go.mod', 'module example.com/demo\n\ngo 1.22\n');
  repo.write('main.go', 'package main\n\nfunc main() {\n\tprintln(busy(1, 2))\n}\n');
  repo.write('busy.go', `package main\n\nfunc busy(a, b int) int {\n\tn := 0\n${branches}\treturn n\n}\n`);
  repo.commitAll('go module');
  return repo;
}

export function createPythonRepo(track: TempRepo[]): TempRepo {
  const repo = new TempRepo();
  track.push(repo);
  repo.write('pyproject.toml', '[project]\nname = "demo"\nversion = "0.1.0"\n');
  repo.write('src/demo/__init__.py', '"""Demo package."""\n\n\ndef answer():\n    """The answer."""\n    return 42\n');
  repo.write('.gitignore', '__pycache__/\n');
  repo.commitAll('python package');
  return repo;
}

/** No Node file tracked, staged, untracked or ignored anywhere in the work tree. */
export function assertNoNodeFiles(repo: TempRepo): void {
  const listed = repo.gitOk('status', '--porcelain', '--ignored', '-uall') + repo.gitOk('ls-files');
  const found = listed.split('\n').filter((line) => NODE_FILE.test(line.replace(/^[ ?!MADRCU]{2} /, '')));
  assert.equal(found, [], 'git-value added no package.json, lockfile or node_modules');
}

/** A PATH holding git and nothing else: no node, no git-value. */
export function pathWithoutNode(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gv-nonode-'));
  const git = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
  symlinkSync(git, join(dir, 'git'));
  const probe = spawnSync('/bin/sh', ['-c', 'command -v node'], { env: { PATH: dir }, encoding: 'utf8' });
  assert.is.not(probe.status, 0, 'node is not reachable on this PATH');
  return dir;
}

/**
 * A machine without Node: every program of the usual system folders (sh, dirname… that hooks use)
 * but node, npm, npx, corepack and any git-value.
 */
export function systemPathWithoutNode(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gv-system-'));
  const skip = new Set(['node', 'nodejs', 'npm', 'npx', 'corepack', 'git-value']);
  for (const folder of ['/usr/local/bin', '/usr/bin', '/bin']) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder))
      if (!skip.has(name) && !existsSync(join(dir, name))) symlinkSync(join(folder, name), join(dir, name));
  }
  const probe = spawnSync('/bin/sh', ['-c', 'command -v node || command -v npm'], { env: { PATH: dir } });
  assert.is.not(probe.status, 0, 'neither node nor npm is reachable on this PATH');
  return dir;
}
