import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { startHistoryListing, versionsOfPaths } from '../../src/git/path-versions.js';
import { TempRepo } from '../helpers/temp-repo.js';

const versions = suite('path versions from one history listing');
const repos: TempRepo[] = [];

function dated(repo: TempRepo, day: string, message: string, author = 'Ana'): void {
  const env = {
    GIT_AUTHOR_DATE: `${day}T12:00:00Z`,
    GIT_COMMITTER_DATE: `${day}T12:00:00Z`,
    GIT_AUTHOR_NAME: author,
  };
  repo.exec('git', ['add', '-A'], { env });
  const run = repo.exec('git', ['commit', '-q', '-m', message], { env });
  if (run.status !== 0) throw new Error(run.stderr);
}

versions('newest first, through a rename, ending where the file was added; odd names kept intact', async () => {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write('old name.py', 'a = 1\n').write('other.py', 'x\n');
  dated(repo, '2020-01-01', 'add', 'Ana');
  repo.write('old name.py', 'a = 1\nb = 2\n');
  dated(repo, '2020-02-01', 'edit', 'Bo Li');
  repo.exec('mkdir', ['-p', 'src']);
  repo.gitOk('mv', 'old name.py', 'src/new\tname.py');
  dated(repo, '2020-03-01', 'rename');
  repo.write('src/new\tname.py', 'a = 1\nb = 2\nc = 3\n');
  dated(repo, '2020-04-01', 'edit again');
  const head = repo.gitOk('rev-parse', 'HEAD').trim();
  const listing = await startHistoryListing(repo.root, head);
  assert.ok(listing.ok);
  const found = versionsOfPaths(listing.ok ? listing.value : Buffer.alloc(0), ['src/new\tname.py', 'missing.py']);
  const list = found.get('src/new\tname.py') ?? [];
  assert.equal(
    list.map((version) => [new Date(version.time * 1000).toISOString().slice(0, 10), version.author]),
    [
      ['2020-04-01', 'Ana'],
      ['2020-03-01', 'Ana'],
      ['2020-02-01', 'Bo Li'],
      ['2020-01-01', 'Ana'],
    ],
  );
  assert.is(list[0]?.blob, repo.gitOk('rev-parse', 'HEAD:src/new\tname.py').trim());
  assert.equal(found.get('missing.py'), []);
});

versions('a deletion on the way is a version without a blob', async () => {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write('a.py', 'one\n');
  dated(repo, '2021-01-01', 'add');
  repo.gitOk('rm', '-q', 'a.py');
  dated(repo, '2021-02-01', 'delete');
  repo.write('a.py', 'one\n');
  dated(repo, '2021-03-01', 'add back');
  const listing = await startHistoryListing(repo.root, repo.gitOk('rev-parse', 'HEAD').trim());
  const list = versionsOfPaths(listing.ok ? listing.value : Buffer.alloc(0), ['a.py']).get('a.py') ?? [];
  // added back: its history starts there, the earlier file is another file
  assert.is(list.length, 1);
});

versions('a listing of a missing commit is an error, not an empty history', async () => {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write('a.py', 'x\n');
  dated(repo, '2021-01-01', 'add');
  const listing = await startHistoryListing(repo.root, 'f'.repeat(40));
  assert.is(listing.ok, false);
});

versions.after(() => repos.forEach((repo) => repo.remove()));
versions.run();
