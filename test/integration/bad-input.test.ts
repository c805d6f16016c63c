import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { createInitialisedRepo, TempRepo } from '../helpers/temp-repo.js';

const bad = suite('bad input never crashes the gate nor hides a secret next to it');
const repos: TempRepo[] = [];

function initRepo(): TempRepo {
  return createInitialisedRepo({ 'README.md': '# demo\n' }, { scan: false, track: repos });
}

const awkwardFiles: Array<[name: string, file: string, content: string | Buffer]> = [
  ['binary', 'img/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0x00, 0x10])],
  ['empty', 'empty.txt', ''],
  ['invalid UTF-8', 'latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a, 0xc3, 0x28, 0x0a])],
  ['CRLF', 'windows.ts', '// TODO: crlf marker\r\nconst a = 1;\r\n'],
  ['space and quotes', 'odd dir/it\'s "quoted".ts', '// TODO: odd name\n'],
  ['unicode', 'données/café ☕.py', '# FIXME: unicode name\n'],
  ['leading dash', '-rf.txt', 'plain text\n'],
  ['newline in name', 'new\nline.txt', 'plain text\n'],
  [
    'git-lfs pointer',
    'model.bin',
    'version https://git-lfs.github.com/spec/v1\noid sha256:' + '0'.repeat(64) + '\nsize 12345\n',
  ],
  ['multi-MB line', 'bundle.min.js', `var x=${'"a=b",'.repeat(400_000)}1;\n`],
];

for (const [name, file, content] of awkwardFiles) {
  bad(`${name}: analysed or skipped, and a secret in the same commit still blocks`, async () => {
    const repo = initRepo();
    repo.write(file, content);
    repo.gitOk('add', '-A');
    const alone = await repo.run(['check', '--staged']);
    assert.is(alone.status, 0, `${name}: ${alone.stderr}`);
    repo.write('secret.env', `TOKEN=${fakeGithubToken()}\n`);
    repo.gitOk('add', '-A');
    const withSecret = await repo.run(['check', '--staged']);
    assert.is(withSecret.status, 1, `${name}: ${withSecret.stderr}`);
    assert.match(withSecret.stderr, 'secret.env:1');
  });
}

bad('a secret inside a UTF-16 file with a BOM is found', async () => {
  const repo = initRepo();
  const text = `token = "${fakeGithubToken()}"\n`;
  repo.write('utf16.ini', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  repo.gitOk('add', '-A');
  assert.is((await repo.run(['check', '--staged'])).status, 1);
});

for (const [name, encode] of [
  ['little-endian', (text: string) => Buffer.from(text, 'utf16le')],
  ['big-endian', (text: string) => Buffer.from(text, 'utf16le').swap16()],
] as const) {
  bad(`a secret inside UTF-16 ${name} text without a BOM is found (issue 14)`, () => {
    const repo = initRepo();
    repo.write('utf16.ini', encode(`[auth]\r\ntoken = "${fakeGithubToken()}"\r\n`));
    repo.gitOk('add', '-A');
    const run = repo.cli(['check', '--staged']);
    assert.is(run.status, 1, run.stderr);
    assert.match(run.stderr, 'utf16.ini:2');
  });
}

bad('a token inside a binary file gets a note on the hook path, its value never shown (issue 14)', () => {
  const repo = initRepo();
  const token = fakeGithubToken();
  const header = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff, 0x00, 0x10]);
  repo.write('img/logo.png', Buffer.concat([header, Buffer.from(`\0tEXt\0config token=${token}\0`), header]));
  repo.write('img/plain.png', header);
  repo.gitOk('add', '-A');
  const run = repo.cli(['check', '--staged']);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stderr, 'img/logo.png: binary, so not analysed as text, yet it holds credential-shaped text');
  assert.match(run.stderr, 'secret/github');
  assert.not.match(run.stderr, 'img/plain.png', 'a binary without such text gets no note');
  assert.not.ok(run.stderr.includes(token));
});

bad('a file over maxFileBytes is skipped with a note, and the rest is still checked', async () => {
  const repo = initRepo();
  repo.write('.valuerc.json', JSON.stringify({ maxFileBytes: 1_000_000 }));
  repo.write('huge.log', 'line of log text\n'.repeat(120_000));
  repo.gitOk('add', '-A');
  const run = await repo.run(['check', '--staged']);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stderr, 'huge.log: too large');
});

bad(
  'a file of tens of MB (over the default 20 MB limit) is skipped with a note; a secret beside it blocks',
  async () => {
    const repo = initRepo();
    repo.write('dump.sql', 'INSERT INTO t VALUES (1);\n'.repeat(1_100_000));
    repo.write('secret.env', `TOKEN=${fakeGithubToken()}\n`);
    repo.gitOk('add', '-A');
    const run = await repo.run(['check', '--staged']);
    assert.is(run.status, 1, run.stderr);
    assert.match(run.stderr, 'dump.sql: too large');
    assert.match(run.stderr, 'secret.env:1');
  },
);

bad('deleted files, renames, mode-only changes and symlinks', async () => {
  const repo = initRepo();
  repo.write('keep.sh', 'echo hi # TODO: quote\n').write('gone.ts', '// FIXME: delete me\n');
  assert.is(repo.commitAll('files').status, 0);
  repo.exec('rm', ['gone.ts']);
  repo.exec('chmod', ['+x', 'keep.sh']);
  repo.exec('ln', ['-s', 'keep.sh', 'link.sh']);
  const commit = repo.commitAll('delete, chmod, symlink');
  assert.is(commit.status, 0, commit.stderr);
  const ledger = repo.read('.value/ledger.json');
  assert.match(ledger, /"path":"gone.ts"[^\n]*"status":"resolved"/);
});

bad('running from a subdirectory and with GIT_DIR/GIT_INDEX_FILE set as hooks have them', async () => {
  const repo = initRepo();
  repo.write('deep/er/file.ts', `const t = '${fakeGithubToken()}';\n`);
  repo.gitOk('add', '-A');
  const sub = await repo.run(['check', '--staged'], { cwd: repo.path('deep/er') });
  assert.is(sub.status, 1, sub.stderr);
  assert.match(sub.stderr, 'deep/er/file.ts:1');
  const env = await repo.run(['check', '--staged'], {
    env: { GIT_DIR: repo.path('.git'), GIT_INDEX_FILE: repo.path('.git/index') },
  });
  assert.is(env.status, 1, env.stderr);
});

bad('outside a repository: exit 2 with a way forward', async () => {
  const repo = new TempRepo({ init: false });
  repos.push(repo);
  const run = await repo.run(['check', '--staged']);
  assert.is(run.status, 2);
  assert.match(run.stderr, 'not inside a git work tree');
  assert.is((await repo.run(['frobnicate'])).status, 2);
  assert.is((await repo.run(['check'])).status, 2);
});

bad.after(() => repos.forEach((repo) => repo.remove()));
bad.run();
