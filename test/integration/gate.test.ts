import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fakeChosenPassword, fakeGithubToken } from '../helpers/fake-secrets.js';
import { createInitialisedRepo, TempRepo } from '../helpers/temp-repo.js';

const gate = suite('check --staged through real git hooks');
const repos: TempRepo[] = [];

function initRepo(): TempRepo {
  return createInitialisedRepo(
    { 'README.md': '# demo\n', 'src/app.ts': 'export const answer = 42;\n' },
    { track: repos },
  );
}

gate('a staged token is refused by git commit through the installed hook', async () => {
  const repo = initRepo();
  const token = fakeGithubToken();
  repo.write('src/config.ts', `export const token = '${token}';\n`);
  const commit = repo.commitAll('add config');
  assert.is.not(commit.status, 0);
  assert.match(commit.stderr, 'src/config.ts:1');
  assert.match(commit.stderr, 'secret/github-pat');
  assert.match(commit.stderr, 'git-value allow');
  assert.match(commit.stderr, 'git-value:allow');
  assert.ok(!commit.stderr.includes(token), 'the token itself is never printed');
  assert.ok(!commit.stderr.includes(token.slice(0, 8)), 'no more than the first 4 characters');
  assert.is(repo.gitOk('log', '--oneline').trim().split('\n').length, 2, 'no commit was made');
});

gate('a clean commit passes and carries its own ledger diff', async () => {
  const repo = initRepo();
  repo.write('src/todo.py', '# TODO: handle the empty case\nprint(1)\n');
  const commit = repo.commitAll('add todo');
  assert.is(commit.status, 0, commit.stderr);
  const files = repo.gitOk('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort();
  assert.equal(files, ['.value/ledger.json', 'src/todo.py']);
  assert.match(repo.gitOk('show', 'HEAD:.value/ledger.json'), '"ruleId":"debt/todo"');
});

gate('a secret already in HEAD does not block a commit to another file', async () => {
  const repo = initRepo();
  repo.write('legacy.env', `API_TOKEN=${fakeGithubToken()}\n`);
  assert.is(repo.commitAll('legacy', '--no-verify').status, 0);
  repo.write('src/app.ts', 'export const answer = 43;\n');
  const commit = repo.commitAll('unrelated change');
  assert.is(commit.status, 0, commit.stderr);
  repo.write('legacy.env', `API_TOKEN=${repo.read('legacy.env').split('=')[1]?.trim()}\nDEBUG=1\n`);
  const touch = repo.commitAll('touch the legacy file');
  assert.is(touch.status, 0, `editing another line of a file with an old secret passes: ${touch.stderr}`);
});

gate('the index is scanned, not the work tree (partial staging)', async () => {
  const repo = initRepo();
  repo.write('src/app.ts', 'export const answer = 44;\n');
  repo.gitOk('add', 'src/app.ts');
  repo.write('src/app.ts', `export const answer = 44;\nexport const token = '${fakeGithubToken()}';\n`);
  const clean = repo.git('commit', '-q', '-m', 'staged part is clean');
  assert.is(clean.status, 0, clean.stderr);
  repo.gitOk('add', 'src/app.ts');
  repo.write('src/app.ts', 'export const answer = 45;\n');
  const dirty = repo.git('commit', '-q', '-m', 'staged part has the token');
  assert.is.not(dirty.status, 0, 'the staged token blocks although the work tree is clean');
});

gate('the first commit of a new repository is checked against the empty tree', async () => {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write('a.env', `GITHUB_TOKEN=${fakeGithubToken()}\n`);
  repo.gitOk('add', '-A');
  const check = await repo.run(['check', '--staged']);
  assert.is(check.status, 1, check.stderr);
  repo.gitOk('rm', '-q', '--cached', 'a.env');
  repo.write('b.md', '# hello\n');
  repo.gitOk('add', 'b.md');
  const clean = await repo.run(['check', '--staged']);
  assert.is(clean.status, 0, clean.stderr);
});

gate('allow by id, and an inline git-value:allow comment, let the commit through and are audited', async () => {
  const repo = initRepo();
  repo.write('test/fixture.ts', `export const sample = '${fakeGithubToken()}';\n`);
  const blocked = repo.commitAll('fixture');
  assert.is.not(blocked.status, 0);
  const id = /id: (secret-[0-9a-f]{10})/.exec(blocked.stderr)?.[1];
  assert.ok(id, blocked.stderr);
  const allowed = await repo.run(['allow', id as string, '--reason', 'revoked token kept as a fixture']);
  assert.is(allowed.status, 0, allowed.stderr);
  const commit = repo.commitAll('fixture, allowed');
  assert.is(commit.status, 0, commit.stderr);
  const ledger = repo.gitOk('show', 'HEAD:.value/ledger.json');
  assert.match(ledger, `"id":"${id}"`);
  assert.match(ledger, '"reason":"revoked token kept as a fixture"');
  assert.match(ledger, '"by":"Test Author <author@example.test>"');
  repo.write('test/other.ts', `export const other = '${fakeGithubToken()}'; // git-value:allow\n`);
  const inline = repo.commitAll('inline allow');
  assert.is(inline.status, 0, inline.stderr);
  assert.match(repo.read('.value/ledger.json'), '"by":"inline comment"');
});

gate('an allow is bound to the secret, not the line: a different secret on that line blocks', async () => {
  const repo = initRepo();
  repo.write('fixture.env', `TOKEN=${fakeGithubToken()}\n`);
  const id = /id: (secret-[0-9a-f]{10})/.exec(repo.commitAll('one').stderr)?.[1] as string;
  assert.is((await repo.run(['allow', id, '--reason', 'fixture'])).status, 0);
  assert.is(repo.commitAll('one, allowed').status, 0);
  repo.write('fixture.env', `TOKEN=${fakeGithubToken()}\n`);
  assert.is.not(repo.commitAll('swap the token').status, 0);
});

gate('pre-push and check --range catch a secret committed with --no-verify', async () => {
  const repo = initRepo();
  const base = repo.gitOk('rev-parse', 'HEAD').trim();
  repo.write('deploy.sh', `export GH_TOKEN=${fakeGithubToken()}\n`);
  assert.is(repo.commitAll('sneak', '--no-verify').status, 0);
  const range = await repo.run(['check', '--range', `${base}..HEAD`]);
  assert.is(range.status, 1, range.stderr);
  assert.match(range.stderr, 'deploy.sh:1');
  const head = repo.gitOk('rev-parse', 'HEAD').trim();
  const push = await repo.run(['check', '--pre-push', 'origin', 'url'], {
    input: `refs/heads/main ${head} refs/heads/main ${base}\n`,
  });
  assert.is(push.status, 1, push.stderr);
});

gate('a demo value passes and the gate says why; a real-looking password in a test still blocks', async () => {
  const repo = initRepo();
  repo.write(
    'tests/conftest.py',
    `LOCAL = "postgresql://app:${fakeChosenPassword()}@localhost:5432/app"\nLEGACY = "mssql+pyodbc://scott:tiger^5HHH@mssql:1433/test"\n`,
  );
  const demo = repo.commitAll('test database urls');
  assert.is(demo.status, 0, demo.stderr);
  assert.match(demo.stderr, 'passed 2 demo values');
  assert.match(demo.stderr, 'tests/conftest.py:1  secret/postgres-url-password: it opens localhost only');
  assert.match(
    demo.stderr,
    'tests/conftest.py:2  secret/mssql-url-password: a well-known demo or placeholder password',
  );
  assert.not.match(repo.gitOk('show', 'HEAD:.value/ledger.json'), 'url-password', 'demo values are not recorded');
  repo.write('tests/test_db.py', `URL = "postgresql://app:${fakeChosenPassword()}@db.corp.internal:5432/app"\n`);
  const real = repo.commitAll('a real-looking test password');
  assert.is.not(real.status, 0, 'a chosen password to a production-capable host blocks in a test');
  assert.match(real.stderr, 'tests/test_db.py:1');
});

gate.after(() => repos.forEach((repo) => repo.remove()));
gate.run();
