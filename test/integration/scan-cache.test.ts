import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { TempRepo } from '../helpers/temp-repo.js';

const cache = suite('scan caches: analysis by blob, marker ages by line');
const repos: TempRepo[] = [];
const debug = { GIT_VALUE_DEBUG: '1' };

function seeded(): { repo: TempRepo; secret: string } {
  const repo = new TempRepo();
  repos.push(repo);
  const secret = fakeGithubToken();
  repo
    .write('src/settings.py', `GITHUB_TOKEN = "${secret}"\n# TODO(#12): load settings from the environment\n`)
    .write('src/app.ts', '// FIXME: race when two writers start\nexport const run = () => 1;\n')
    .write('src/other.ts', 'export const other = 2;\n');
  assert.is(repo.commitAll('seed', '--no-verify').status, 0);
  return { repo, secret };
}

const knownCount = (stderr: string) => Number(/\((\d+) known from the cache\)/.exec(stderr)?.[1] ?? -1);

cache(
  'a rescan reads nothing it analysed before and writes the same ledger; a changed file is analysed again',
  async () => {
    const { repo } = seeded();
    const first = await repo.run(['scan'], { env: debug });
    assert.is(first.status, 0, first.stderr);
    assert.is(knownCount(first.stderr), 0);
    const ledger = repo.read('.value/ledger.json');
    const second = await repo.run(['scan'], { env: debug });
    assert.is(second.status, 0, second.stderr);
    assert.is(knownCount(second.stderr), 3);
    assert.is(repo.read('.value/ledger.json'), ledger);
    repo.write('src/other.ts', 'export const other = 3; // TODO: name it\n');
    repo.gitOk('add', 'src/other.ts');
    const third = await repo.run(['scan'], { env: debug });
    assert.is(knownCount(third.stderr), 2);
    assert.match(repo.read('.value/ledger.json'), '"path":"src/other.ts"');
  },
);

cache('a config change is a cache miss: the analysis follows the options', async () => {
  const { repo } = seeded();
  assert.is((await repo.run(['scan'])).status, 0);
  repo.write('.valuerc.json', JSON.stringify({ analyzers: { markers: { tags: ['FIXME'] } } }));
  const run = await repo.run(['scan'], { env: debug });
  assert.is(run.status, 0, run.stderr);
  assert.is(knownCount(run.stderr), 0);
  const todo = repo
    .read('.value/ledger.json')
    .split('\n')
    .find((line) => line.includes('"ruleId":"debt/todo"'));
  assert.match(todo ?? '', '"status":"resolved"');
});

cache('a corrupt, truncated or unwritable cache never fails a scan and never changes its result', async () => {
  const { repo } = seeded();
  assert.is((await repo.run(['scan'])).status, 0);
  const ledger = repo.read('.value/ledger.json');
  const folder = repo.path('.git/git-value');
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.json'))) {
    const text = readFileSync(join(folder, name), 'utf8');
    writeFileSync(join(folder, name), text.slice(0, Math.floor(text.length / 2)));
  }
  const run = await repo.run(['scan']);
  assert.is(run.status, 0, run.stderr);
  assert.is(repo.read('.value/ledger.json'), ledger);
  const analysis = JSON.parse(readFileSync(join(folder, 'analysis.json'), 'utf8')) as { digest: string };
  writeFileSync(
    join(folder, 'analysis.json'),
    JSON.stringify({ digest: analysis.digest, entries: { a: { findings: 7 } } }),
  );
  const misshapen = await repo.run(['scan']);
  assert.is(misshapen.status, 0, misshapen.stderr);
  assert.is(repo.read('.value/ledger.json'), ledger);
});

cache('the caches hold no raw secret and no marker line text', async () => {
  const { repo, secret } = seeded();
  assert.is((await repo.run(['scan'])).status, 0);
  const folder = repo.path('.git/git-value');
  const texts = readdirSync(folder).map((name) => readFileSync(join(folder, name), 'utf8'));
  assert.ok(
    texts.some((text) => text.includes('secret/')),
    'the analysis cache holds the secret finding',
  );
  for (const text of texts) {
    assert.not.ok(text.includes(secret), 'raw secret in a cache');
    assert.not.ok(text.includes('# TODO(#12)'), 'marker line text in a cache');
  }
});

cache.after(() => repos.forEach((repo) => repo.remove()));
cache.run();
