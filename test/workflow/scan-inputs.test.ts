import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatLedger } from '../../src/ledger/format.js';
import { listTrackedFiles } from '../../src/git/tracked-files.js';
import { readBlobsAhead } from '../../src/git/blob-read-ahead.js';
import { readBlobs } from '../../src/git/blobs.js';
import { readLedgerTrend } from '../../src/workflow/ledger-trend.js';
import { entry } from '../helpers/ledger-entry.js';
import { buildBacklogModel } from '../../src/report/backlog-model.js';
import { buildInput } from '../report/fixtures.js';
import { TempRepo } from '../helpers/temp-repo.js';

const inputs = suite('full-scan inputs: index sizes and the cached ledger trend');

inputs('ls-files --debug gives each staged file its size, odd names included', () => {
  const repo = new TempRepo();
  try {
    const files: Record<string, string> = {
      'a.txt': 'hello\n',
      'dir/with space.ts': 'x'.repeat(5000),
      'new\nline.md': '',
      'ünï.py': 'é\n',
    };
    for (const [path, text] of Object.entries(files)) repo.write(path, text);
    repo.gitOk('add', '-A');
    const listed = listTrackedFiles(repo.root, { sizes: true });
    assert.ok(listed.ok);
    if (!listed.ok) return;
    assert.equal(
      Object.fromEntries(listed.value.files.map((file) => [file.path, file.indexSize])),
      Object.fromEntries(Object.entries(files).map(([path, text]) => [path, Buffer.byteLength(text)])),
    );
    const plain = listTrackedFiles(repo.root);
    assert.ok(plain.ok && plain.value.files.every((file) => file.indexSize === undefined));
  } finally {
    repo.remove();
  }
});

inputs('trend points are computed once per commit and kept in the git folder; a broken cache is recomputed', () => {
  const repo = new TempRepo();
  try {
    const gitDir = join(repo.root, '.git');
    for (let round = 1; round <= 3; round++) {
      repo.write(
        '.value/ledger.json',
        formatLedger(Array.from({ length: round }, (_, n) => entry({ path: `f${n}.ts`, id: `debt-${n}` }))),
      );
      repo.commitAll(`ledger ${round}`, '--no-verify');
    }
    const head = () => repo.gitOk('rev-parse', 'HEAD').trim();
    const first = readLedgerTrend(repo.root, { gitDir, head: head() });
    assert.ok(first.ok);
    if (!first.ok) return;
    assert.equal(
      first.value.map((point) => point.open),
      [3, 2, 1],
    );
    const cache = join(gitDir, 'git-value', 'trend-cache.json');
    assert.ok(existsSync(cache));
    assert.equal(readLedgerTrend(repo.root, { gitDir, head: head() }), first);
    writeFileSync(cache, '{ broken');
    assert.equal(readLedgerTrend(repo.root, { gitDir, head: head() }), first);
    assert.equal(readLedgerTrend(repo.root), first, 'without a git folder nothing is cached, same answer');
    // the listing is kept for its HEAD: the same HEAD reads it from the cache, a new HEAD walks again
    const kept = JSON.parse(readFileSync(cache, 'utf8')) as { listing?: { key: string; commits: unknown[] } };
    assert.equal(kept.listing?.commits.length, 3);
    assert.ok(kept.listing?.key.startsWith(head()));
    const listed = first.value.map((point) => point.commit);
    const trimmed = { ...kept, listing: { ...kept.listing, commits: kept.listing?.commits.slice(1) } };
    writeFileSync(cache, JSON.stringify(trimmed));
    const fromCache = readLedgerTrend(repo.root, { gitDir, head: head() });
    assert.equal(fromCache.ok && fromCache.value.map((point) => point.commit), listed.slice(1), 'same HEAD: no walk');
    repo.write('.value/ledger.json', formatLedger([entry({ path: 'g.ts', id: 'debt-g' })]));
    repo.commitAll('ledger 4', '--no-verify');
    const moved = readLedgerTrend(repo.root, { gitDir, head: head() });
    assert.equal(moved.ok && moved.value.map((point) => point.open), [1, 3, 2, 1], 'a new HEAD is listed again');
    // three commits of one day: the backlog orders them by commit time, not by their shas
    const model = buildBacklogModel(buildInput({ trend: first.value }));
    assert.equal(
      model.trend.map((point) => point.open),
      [1, 2, 3],
    );
  } finally {
    repo.remove();
  }
});

inputs('blobs read ahead by a git writing to a file equal those read in turn; a failing git is an error', async () => {
  const repo = new TempRepo();
  try {
    repo
      .write('a.txt', 'alpha\n')
      .write('b.bin', Buffer.from([0, 1, 2, 255]))
      .write('c.md', 'γ\r\n');
    repo.gitOk('add', '-A');
    const listed = listTrackedFiles(repo.root);
    assert.ok(listed.ok);
    if (!listed.ok) return;
    const shas = [...listed.value.files.map((file) => file.blob), '0'.repeat(40)];
    const ahead = await readBlobsAhead(repo.root, shas).result;
    const inTurn = readBlobs(repo.root, shas);
    assert.ok(ahead.ok && inTurn.ok);
    if (ahead.ok && inTurn.ok) assert.equal([...ahead.value.entries()], [...inTurn.value.entries()]);
    const outside = await readBlobsAhead(tmpdir(), shas).result;
    assert.is(outside.ok, false, 'outside a repository git fails, and says why');
    if (!outside.ok) assert.match(outside.error.message, 'git cat-file failed');
  } finally {
    repo.remove();
  }
});

inputs.run();
