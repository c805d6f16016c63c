import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildStandalone } from '../../scripts/build-standalone.js';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import {
  assertNoNodeFiles,
  createGoRepo,
  createPythonRepo,
  pathWithoutNode,
  systemPathWithoutNode,
} from '../helpers/non-node-repos.js';
import type { TempRepo } from '../helpers/temp-repo.js';

// The standalone executable (scripts/build-standalone.ts), built from the node running the tests,
// in repositories with no Node files and with no node on PATH.
const standalone = suite('standalone executable (Node single executable application)');
const repos: TempRepo[] = [];
const buildDir = mkdtempSync(join(tmpdir(), 'gv-standalone-'));
const binary = join(buildDir, 'git-value');
let noNodePath = '';

standalone.before(async () => {
  await buildStandalone({ out: binary, node: process.execPath });
  noNodePath = pathWithoutNode();
});

standalone.after(() => {
  for (const repo of repos) repo.remove();
  rmSync(buildDir, { recursive: true, force: true });
  rmSync(noNodePath, { recursive: true, force: true });
});

const run = (repo: TempRepo, args: string[]) => repo.exec(binary, args, { env: { PATH: noNodePath } });

standalone('is one executable file that reports the package version without node on PATH', () => {
  assert.ok(statSync(binary).size > 10_000_000, 'the node runtime is inside');
  const repo = createGoRepo(repos);
  const version = run(repo, ['--version']);
  assert.is(version.status, 0, version.stderr);
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  assert.is(version.stdout.trim(), pkg.version);
  assert.is(version.stderr, '', 'no experimental-feature warning');
});

standalone('check --staged blocks a staged fake token in a Go repository, and names itself in the advice', () => {
  const repo = createGoRepo(repos);
  const token = fakeGithubToken();
  repo.write('config.go', `package main\n\nconst apiToken = "${token}"\n`);
  repo.gitOk('add', 'config.go');
  const check = run(repo, ['check', '--staged']);
  assert.is(check.status, 1, check.stderr);
  assert.match(check.stderr, 'config.go:3');
  assert.match(check.stderr, 'secret/github-pat');
  assert.match(check.stderr, `${binary} allow secret-`, 'the advice runs this executable, which is not on PATH');
  assert.not.ok(check.stderr.includes(token.slice(0, 8)));
  assertNoNodeFiles(repo);
});

standalone('as the pre-commit hook of a Python repository, git commit is refused, then a clean commit passes', () => {
  const repo = createPythonRepo(repos);
  const hook = repo.path('.git/hooks/pre-commit');
  writeFileSync(hook, `#!/bin/sh\nexec '${binary}' check --staged\n`);
  chmodSync(hook, 0o755);
  repo.write('src/demo/settings.py', `TOKEN = "${fakeGithubToken()}"\n`);
  repo.gitOk('add', '-A');
  const refused = repo.git('commit', '-q', '-m', 'settings');
  assert.is.not(refused.status, 0, 'the commit is refused');
  assert.match(refused.stderr, 'src/demo/settings.py:1');
  repo.write('src/demo/settings.py', 'import os\n\nTOKEN = os.environ["TOKEN"]\n');
  repo.gitOk('add', '-A');
  const clean = repo.exec('git', ['commit', '-q', '-m', 'settings from the environment'], {
    env: { PATH: noNodePath },
  });
  assert.is(clean.status, 0, clean.stderr);
  assert.is(repo.gitOk('status', '--porcelain'), '', 'the hook staged its ledger with the commit');
  assertNoNodeFiles(repo);
});

standalone('scan parses Go with the embedded grammar and writes the ledger and backlog', () => {
  const repo = createGoRepo(repos);
  const scan = run(repo, ['scan']);
  assert.is(scan.status, 0, scan.stderr);
  const ledger = repo.read('.value/ledger.json');
  assert.match(ledger, '"ruleId":"quality/complexity"', 'busy() measured: the Go grammar loaded from the executable');
  // busy() is counted in the metrics; the ranked table holds it back (no bug fixes, no hotspot, not 3x
  // over both thresholds: complexity needs evidence of its cost since 8050da9)
  assert.match(repo.read('BACKLOG.md'), /\| `quality\/complexity` \| .* \| 1 \|/);
  const report = run(repo, ['report', '--html', '--output', '-']);
  assert.is(report.status, 0, report.stderr);
  assert.match(report.stdout, '<html', 'the report and its browser code come from the executable');
  assertNoNodeFiles(repo);
});

standalone(
  'placed in a user-level bin folder, init installs hooks that refuse a token on a machine without node',
  () => {
    const repo = createGoRepo(repos);
    const userBin = join(repo.root, '.home-bin'); // stands for ~/.local/bin
    mkdirSync(userBin);
    symlinkSync(binary, join(userBin, 'git-value'));
    repo.write('.gitignore', '.home-bin/\n');
    repo.commitAll('ignore the stand-in for ~/.local/bin');
    const system = systemPathWithoutNode();
    const env = { PATH: `${userBin}:${system}` };
    try {
      const init = repo.exec('git-value', ['init'], { env });
      assert.is(init.status, 0, init.stderr);
      assert.is(repo.exec('git', ['commit', '-q', '-m', 'git-value init'], { env }).status, 0);
      repo.write('config.go', `package main\n\nconst token = "${fakeGithubToken()}"\n`);
      repo.gitOk('add', '-A');
      const refused = repo.exec('git', ['commit', '-q', '-m', 'token'], { env });
      assert.is.not(refused.status, 0, 'the installed pre-commit hook refuses the token');
      assert.match(refused.stderr, 'config.go:3');
      assert.match(refused.stderr, 'git-value allow secret-', 'PATH has it: the advice says git-value');
      repo.write('config.go', 'package main\n');
      repo.gitOk('add', '-A');
      const clean = repo.exec('git', ['commit', '-q', '-m', 'no token'], { env });
      assert.is(clean.status, 0, clean.stderr);
      assert.is(repo.gitOk('status', '--porcelain'), '', 'the hook staged its ledger with the commit');
      assertNoNodeFiles(repo);
    } finally {
      rmSync(system, { recursive: true, force: true });
    }
  },
);

standalone('run by its path only (not on PATH), init notes it for the hooks: a token is still refused', () => {
  const repo = createGoRepo(repos);
  const system = systemPathWithoutNode();
  const env = { PATH: system };
  try {
    const init = repo.exec(binary, ['init'], { env });
    assert.is(init.status, 0, init.stderr);
    assert.match(repo.gitOk('config', 'git-value.program'), binary);
    assert.is(repo.exec('git', ['commit', '-q', '-m', 'git-value init'], { env }).status, 0);
    repo.write('config.go', `package main\n\nconst token = "${fakeGithubToken()}"\n`);
    repo.gitOk('add', '-A');
    const refused = repo.exec('git', ['commit', '-q', '-m', 'token'], { env });
    assert.is(refused.status, 1, refused.stderr);
    assert.match(refused.stderr, 'config.go:3');
  } finally {
    rmSync(system, { recursive: true, force: true });
  }
});

standalone.run();
