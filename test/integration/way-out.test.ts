import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { LedgerEntry } from '../../src/ledger/types.js';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { createInitialisedRepo, TempRepo } from '../helpers/temp-repo.js';

// A way out for everything (issue 17): advice that works for commits already made, allow by the id a
// refused push printed, a baseline in one command, and the smaller promises of the CLI.
const wayOut = suite('ways out of a refusal, baselines and CLI promises');
const repos: TempRepo[] = [];

wayOut.after(() => {
  for (const repo of repos) repo.remove();
});

function ledgerEntries(repo: TempRepo): LedgerEntry[] {
  return repo
    .read('.value/ledger.json')
    .split('\n')
    .filter((line) => line.startsWith('{"path"'))
    .map((line) => JSON.parse(line.replace(/,$/, '')) as LedgerEntry);
}

/** An initialised repository pushed to a bare remote, as a clone would be. */
function pushedRepo(): { repo: TempRepo; base: string } {
  const repo = createInitialisedRepo({ 'README.md': '# demo\n', 'app.py': 'print(1)\n' }, { track: repos });
  const remote = new TempRepo({ init: false });
  repos.push(remote);
  remote.gitOk('init', '-q', '--bare');
  repo.gitOk('remote', 'add', 'origin', remote.root);
  repo.gitOk('push', '-q', 'origin', 'main');
  return { repo, base: repo.gitOk('rev-parse', 'HEAD').trim() };
}

function prePush(repo: TempRepo, base: string) {
  const head = repo.gitOk('rev-parse', 'HEAD').trim();
  return repo.cli(['check', '--pre-push', 'origin', 'url'], {
    input: `refs/heads/main ${head} refs/heads/main ${base}\n`,
  });
}

wayOut('a refused push names rotation and history rewriting, not the pre-commit advice', async () => {
  const { repo, base } = pushedRepo();
  repo.write('deploy.sh', `export GH_TOKEN=${fakeGithubToken()}\n`);
  assert.is(repo.commitAll('sneak', '--no-verify').status, 0);
  const last = prePush(repo, base);
  assert.is(last.status, 1, last.stderr);
  assert.match(last.stderr, 'rotate it');
  assert.match(last.stderr, 'it is in the last commit');
  assert.match(last.stderr, 'git commit --amend');
  assert.match(last.stderr, 'git filter-repo');
  assert.not.match(last.stderr, 'Remove it from the staged file', 'not the pre-commit advice');
  const sneak = repo.gitOk('rev-parse', 'HEAD').trim();
  repo.write('deploy.sh', 'export GH_TOKEN="$(cat ~/.gh-token)"\n');
  assert.is(repo.commitAll('remove it', '--no-verify').status, 0);
  const earlier = prePush(repo, base);
  assert.is(earlier.status, 1, 'a commit that deletes the line does not take it out of the push');
  assert.match(earlier.stderr, `git rebase -i ${sneak.slice(0, 12)}^`);
});

wayOut('allow works for the id a refused push printed, even once HEAD no longer holds the value', async () => {
  const { repo, base } = pushedRepo();
  repo.write('fixtures/token.txt', `${fakeGithubToken()}\n`);
  assert.is(repo.commitAll('fixture', '--no-verify').status, 0);
  repo.write('fixtures/token.txt', 'gone\n');
  assert.is(repo.commitAll('drop it', '--no-verify').status, 0);
  const refused = prePush(repo, base);
  assert.is(refused.status, 1, refused.stderr);
  const id = /id: (secret-[0-9a-f]{10})/.exec(refused.stderr)?.[1] as string;
  assert.ok(id, refused.stderr);
  assert.match(refused.stderr, `git-value allow ${id} --reason`);
  const allowed = await repo.run(['allow', id, '--reason', 'revoked test token']);
  assert.is(allowed.status, 0, allowed.stderr);
  assert.match(allowed.stdout, `allowed ${id}`);
  const entry = ledgerEntries(repo).find((item) => item.id === id);
  assert.equal(entry?.allow?.reason, 'revoked test token');
  assert.is(prePush(repo, base).status, 0, 'the push goes through once allowed');
  const missing = await repo.run(['allow', 'secret-ffffffffff', '--reason', 'x']);
  assert.is(missing.status, 2);
  assert.match(missing.stderr, 'the commits not pushed yet');
});

wayOut(
  'allow --all takes every open finding (or a family, or paths) as a baseline, one decision per entry',
  async () => {
    const repo = createInitialisedRepo(
      {
        'legacy/config.py': `TOKEN = "${fakeGithubToken()}"\n# TODO: move to the vault\n`,
        'src/app.py': '# FIXME: handle errors\nprint(1)\n',
      },
      { track: repos },
    );
    const before = ledgerEntries(repo).filter((entry) => entry.status === 'open');
    assert.ok(
      before.some((entry) => entry.ruleId.startsWith('secret/')) && before.length >= 3,
      'open findings to take',
    );
    const secrets = await repo.run(['allow', '--all', '--family', 'secret', '--reason', 'rotated before adoption']);
    assert.is(secrets.status, 0, secrets.stderr);
    assert.match(secrets.stdout, /allowed 1 open finding \(family secret\): secret 1/);
    let entries = ledgerEntries(repo);
    assert.ok(
      entries.filter((entry) => entry.ruleId.startsWith('secret/')).every((entry) => entry.status === 'allowed'),
    );
    assert.ok(entries.filter((entry) => entry.ruleId.startsWith('debt/')).every((entry) => entry.status === 'open'));
    const legacy = await repo.run(['allow', '--all', '--path', 'legacy/**', '--reason', 'legacy code, frozen']);
    assert.is(legacy.status, 0, legacy.stderr);
    entries = ledgerEntries(repo);
    assert.is(
      entries.find((entry) => entry.path === 'legacy/config.py' && entry.ruleId === 'debt/todo')?.status,
      'allowed',
    );
    assert.is(entries.find((entry) => entry.path === 'src/app.py')?.status, 'open');
    const rest = await repo.run(['allow', '--all', '--reason', 'baseline at adoption']);
    assert.is(rest.status, 0, rest.stderr);
    entries = ledgerEntries(repo);
    assert.ok(
      entries.every((entry) => entry.status !== 'open'),
      'nothing left open',
    );
    for (const entry of entries.filter((item) => item.status === 'allowed'))
      assert.equal(
        Object.keys(entry.allow ?? {}).sort(),
        ['at', 'by', 'reason'],
        `${entry.id} records who, when and why`,
      );
    assert.is(entries.find((entry) => entry.path === 'src/app.py')?.allow?.by, 'Test Author <author@example.test>');
    assert.match(repo.gitOk('diff', '--cached', '--name-only'), '.value/ledger.json', 'the baseline is staged');
    const nothing = await repo.run(['allow', '--all', '--reason', 'again']);
    assert.is(nothing.status, 0);
    assert.match(nothing.stdout, 'nothing to allow');
    assert.is((await repo.run(['allow', '--all', '--family', 'secrets', '--reason', 'x'])).status, 2, 'unknown family');
    assert.is((await repo.run(['allow', '--all'])).status, 2, 'a reason is required');
    assert.is(
      (await repo.run(['allow', 'secret-1', '--family', 'secret', '--reason', 'x'])).status,
      2,
      'filters need --all',
    );
  },
);

wayOut('an inline allow keeps its reason; a copy of an allowed value passes and is recorded allowed', async () => {
  const repo = createInitialisedRepo({ 'README.md': '# demo\n' }, { track: repos });
  const inlineToken = fakeGithubToken();
  repo.write('tests/fixture.py', `TOKEN = "${inlineToken}"  # git-value:allow revoked sample for the parser tests\n`);
  const inline = repo.commitAll('inline');
  assert.is(inline.status, 0, inline.stderr);
  const inlineEntry = ledgerEntries(repo).find((entry) => entry.path === 'tests/fixture.py');
  assert.equal(inlineEntry?.allow?.reason, 'revoked sample for the parser tests');
  repo.write('src/copy.py', `TOKEN = "${inlineToken}"\n`);
  assert.is.not(repo.commitAll('copy of an inline-allowed value').status, 0, 'an inline allow covers its line only');
  repo.gitOk('rm', '-q', '-f', 'src/copy.py');
  repo.write('fixture.env', `TOKEN=${fakeGithubToken()}\n`);
  const id = /id: (secret-[0-9a-f]{10})/.exec(repo.commitAll('fixture').stderr)?.[1] as string;
  assert.is((await repo.run(['allow', id, '--reason', 'fixture for the env loader'])).status, 0);
  assert.is(repo.commitAll('fixture, allowed').status, 0);
  repo.write('other.env', repo.read('fixture.env'));
  repo.gitOk('add', 'other.env');
  const copy = repo.git('commit', '-q', '-m', 'copy of the allowed value');
  assert.is(copy.status, 0, copy.stderr);
  const copied = ledgerEntries(repo).find((entry) => entry.path === 'other.env');
  assert.is(copied?.status, 'allowed', 'the ledger agrees with the gate');
  assert.is(copied?.allow?.reason, 'fixture for the env loader');
});

wayOut('a secret found by the first scan is first seen on the date of the commit that added it', async () => {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write('settings.py', `TOKEN = "${fakeGithubToken()}"\n`);
  const old = { GIT_AUTHOR_DATE: '2021-03-04T10:00:00Z', GIT_COMMITTER_DATE: '2021-03-04T10:00:00Z' };
  repo.gitOk('add', '-A');
  assert.is(repo.exec('git', ['commit', '-q', '-m', 'old'], { env: old }).status, 0);
  repo.write('README.md', '# later\n');
  repo.write(
    'settings.py',
    `${repo.read('settings.py')}# TODO: read it from the environment\n${repo.read('settings.py')}`,
  );
  repo.gitOk('add', '-A');
  const later = { GIT_AUTHOR_DATE: '2024-05-06T10:00:00Z', GIT_COMMITTER_DATE: '2024-05-06T10:00:00Z' };
  assert.is(repo.exec('git', ['commit', '-q', '-m', 'later'], { env: later }).status, 0);
  const scan = await repo.run(['scan']);
  assert.is(scan.status, 0, scan.stderr);
  const [secret, copy] = ledgerEntries(repo).filter((entry) => entry.ruleId.startsWith('secret/'));
  assert.is(secret?.firstSeen, '2021-03-04');
  assert.is(copy?.firstSeen, '2024-05-06', 'a second copy of the value, added later, is dated by its own commit');
  const again = await repo.run(['scan']);
  assert.is(again.status, 0, again.stderr);
  assert.is(ledgerEntries(repo).find((entry) => entry.id === secret?.id)?.firstSeen, '2021-03-04', 'stable');
});

wayOut('done on an item still open records the hours and says so', async () => {
  const repo = createInitialisedRepo({ 'app.py': '# TODO: cache this\nprint(1)\n' }, { track: repos });
  const todo = ledgerEntries(repo).find((entry) => entry.ruleId === 'debt/todo') as LedgerEntry;
  const done = await repo.run(['done', todo.id, '--hours', '2']);
  assert.is(done.status, 0, done.stderr);
  assert.match(done.stdout, `recorded 2 h for ${todo.id}`);
  assert.match(done.stderr, 'still open');
  assert.is(ledgerEntries(repo).find((entry) => entry.id === todo.id)?.done?.hours, 2);
});

wayOut('every command answers --help with its own usage, and the usage lists every flag', async () => {
  const repo = new TempRepo();
  repos.push(repo);
  const usage = await repo.run(['--help']);
  assert.is(usage.status, 0);
  const commands = [...usage.stdout.matchAll(/^ {2}([a-z-]+)\b/gm)].map((match) => match[1] as string);
  assert.ok(commands.includes('scan') && commands.includes('merge-driver'), usage.stdout);
  for (const command of new Set(commands)) {
    for (const flag of ['--help', '-h']) {
      const help = await repo.run([command, flag]);
      assert.is(help.status, 0, `${command} ${flag}: ${help.stderr}`);
      assert.match(help.stdout, `Usage: git-value ${command}`);
    }
  }
  for (const flag of [
    '--no-scan',
    '--ci',
    '--no-ledger',
    '--pre-push',
    '--rebuild',
    '--rewrite',
    '--by-package',
    '--all',
  ])
    assert.match(usage.stdout, flag);
});

wayOut.run();
