import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fakeAwsKeyId, fakeChosenPassword, fakeGithubToken, planted } from '../helpers/fake-secrets.js';
import { createInitialisedRepo, outputs, TempRepo } from '../helpers/temp-repo.js';

// Runs last (file order): every stdout and stderr of every CLI and git call made by the suite is
// searched for every fake secret the suite planted. It first runs every command that prints a
// finding itself, so it proves something when run alone too (issue 14: it passed only after others).
const leaks = suite('no planted secret appears in any output');
const repos: TempRepo[] = [];

leaks('every command that shows a finding, over planted secrets, prints none of them', () => {
  const repo = createInitialisedRepo(
    {
      'app/settings.py': `API_TOKEN = "${fakeGithubToken()}"\n# TODO: move to the vault\n`,
      'deploy/.env': `AWS_ACCESS_KEY_ID=${fakeAwsKeyId()}\nDB_URL=postgres://admin:${fakeChosenPassword()}@db.corp.internal/app\n`,
    },
    { track: repos },
  );
  const base = repo.gitOk('rev-parse', 'HEAD').trim();
  repo.write('app/client.py', `TOKEN = "${fakeGithubToken()}"\n`);
  repo.gitOk('add', '-A');
  const blocked = repo.cli(['check', '--staged']);
  assert.is(blocked.status, 1, blocked.stderr);
  const id = /id: (secret-[0-9a-f]{10})/.exec(blocked.stderr)?.[1] as string;
  assert.ok(id, blocked.stderr);
  assert.is(repo.git('commit', '-q', '--no-verify', '-m', 'a token').status, 0);
  assert.is(repo.cli(['check', '--range', `${base}..HEAD`]).status, 1);
  assert.is(repo.cli(['scan', '--format', 'sarif']).status, 0);
  for (const args of [
    ['backlog'],
    ['backlog', '--format', 'json'],
    ['next'],
    ['explain', id],
    ['allow', id, '--reason', 'test token'],
    ['report', '--html', '--output', '-'],
    ['scan', '--history'],
  ])
    assert.is(repo.cli(args).status, 0, args.join(' '));
  for (const file of ['.value/ledger.json', 'BACKLOG.md'])
    for (const secret of planted) assert.not.ok(repo.read(file).includes(secret), `${file} holds a planted secret`);
});

leaks('no planted secret appears in any output of the whole suite', () => {
  assert.ok(planted.length >= 4, 'secrets were planted');
  assert.ok(outputs.length > 0, 'outputs were captured');
  for (const secret of planted) {
    for (const output of outputs)
      assert.not.ok(output.includes(secret), `a planted secret was printed: ${secret.slice(0, 4)}…`);
  }
});

leaks.after(() => repos.forEach((repo) => repo.remove()));
leaks.run();
