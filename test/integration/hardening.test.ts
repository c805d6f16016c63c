import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { createInitialisedRepo, TempRepo } from '../helpers/temp-repo.js';

const hardening = suite('faults and concurrency');
const repos: TempRepo[] = [];

function initRepo(): TempRepo {
  return createInitialisedRepo({ 'README.md': '# demo\n' }, { scan: false, track: repos });
}

function runAsync(
  repo: TempRepo,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ status: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [new URL('../../bundle/cli/main.js', import.meta.url).pathname, ...args], {
      cwd: repo.root,
      env: { ...repo.env, ...env },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('close', (status) => resolve({ status: status ?? -1, stderr }));
  });
}

hardening('two hooks at once take turns on the ledger: both entries land, the file stays valid', async () => {
  const repo = initRepo();
  for (let i = 0; i < 6; i++) repo.write(`src/f${i}.ts`, `// TODO: item ${i}\n`);
  repo.gitOk('add', '-A');
  const runs = await Promise.all([
    runAsync(repo, ['check', '--staged']),
    runAsync(repo, ['check', '--staged']),
    runAsync(repo, ['scan']),
  ]);
  for (const run of runs) assert.is(run.status, 0, run.stderr);
  const entries = (JSON.parse(repo.read('.value/ledger.json')) as { entries: { ruleId: string }[] }).entries;
  assert.is(entries.filter((entry) => entry.ruleId === 'debt/todo').length, 6);
});

hardening('a lock held by a live process times out with a clear message; a stale one is taken over', () => {
  const repo = initRepo();
  repo.write('a.ts', '// TODO: one\n');
  repo.gitOk('add', '-A');
  writeFileSync(repo.path('.value/ledger.json.lock'), String(process.pid));
  const locked = repo.cli(['check', '--staged'], { env: { GIT_VALUE_LOCK_TIMEOUT_MS: '300' } });
  assert.is(locked.status, 2);
  assert.match(locked.stderr, 'another git-value is updating .value/ledger.json');
  assert.match(locked.stderr, "'rm .value/ledger.json.lock'");
  writeFileSync(repo.path('.value/ledger.json.lock'), '999999');
  const stale = repo.cli(['check', '--staged']);
  assert.is(stale.status, 0, stale.stderr);
});

hardening('index.lock held by another git process: exit 2 with the way out', () => {
  const repo = initRepo();
  repo.write('a.ts', '// TODO: one\n');
  repo.gitOk('add', '-A');
  writeFileSync(repo.path('.git/index.lock'), '');
  const run = repo.cli(['check', '--staged']);
  repo.exec('rm', ['-f', '.git/index.lock']);
  assert.is(run.status, 2, run.stderr);
  assert.match(run.stderr, 'index.lock');
});

hardening('under the pre-commit framework (PRE_COMMIT=1) the gate blocks but writes nothing', () => {
  const repo = initRepo();
  const before = repo.read('.value/ledger.json');
  repo.write('a.ts', '// TODO: one\n');
  repo.gitOk('add', '-A');
  const pass = repo.cli(['check', '--staged'], { env: { PRE_COMMIT: '1' } });
  assert.is(pass.status, 0);
  assert.match(pass.stderr, 'ledger is left unchanged');
  assert.is(repo.read('.value/ledger.json'), before);
  repo.write('b.env', `TOKEN=${fakeGithubToken()}\n`);
  repo.gitOk('add', '-A');
  assert.is(repo.cli(['check', '--staged'], { env: { PRE_COMMIT: '1' } }).status, 1);
});

hardening('lint-staged style: file names after check --staged are accepted and the whole index is read', () => {
  const repo = initRepo();
  repo.write('a.ts', 'export const a = 1;\n').write('b.env', `TOKEN=${fakeGithubToken()}\n`);
  repo.gitOk('add', '-A');
  const run = repo.cli(['check', '--staged', 'a.ts']);
  assert.is(run.status, 1, 'the secret in b.env is found although only a.ts was named');
});

hardening('a scan killed at any moment leaves the previous or the next ledger, never half of one', async () => {
  const repo = initRepo();
  for (let i = 0; i < 150; i++) repo.write(`src/m${i}.py`, `# TODO: item ${i}\n`.repeat(20));
  repo.gitOk('add', '-A');
  assert.is(repo.cli(['scan']).status, 0);
  const before = repo.read('.value/ledger.json');
  for (let i = 0; i < 150; i++) repo.write(`src/m${i}.py`, `# FIXME: item ${i}\n`.repeat(20));
  repo.gitOk('add', '-A');
  const seen: string[] = [];
  for (const delay of [50, 150, 300, 600, 1000]) {
    await new Promise<void>((resolve) => {
      const child = spawn(process.execPath, [new URL('../../bundle/cli/main.js', import.meta.url).pathname, 'scan'], {
        cwd: repo.root,
        env: repo.env,
        stdio: 'ignore',
      });
      setTimeout(() => child.kill('SIGKILL'), delay);
      child.on('close', () => resolve());
    });
    seen.push(repo.read('.value/ledger.json'));
  }
  const after = repo.cli(['scan']);
  assert.is(after.status, 0, `a lock left by a killed process is taken over: ${after.stderr}`);
  // a scan is deterministic: the complete one wrote the same bytes any killed one could have finished
  const next = repo.read('.value/ledger.json');
  assert.is.not(next, before);
  assert.is(next.split('\n').filter((line) => line.includes('"ruleId":"debt/fixme"')).length, 3000);
  seen.forEach((text, index) =>
    assert.ok(text === before || text === next, `after the kill ${index + 1} the ledger is the old or the new one`),
  );
});

hardening.after(() => repos.forEach((repo) => repo.remove()));
hardening.run();
