import { spawnSync } from 'node:child_process';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readDiff } from '../../src/git/read-diff.js';
import { TempRepo } from '../helpers/temp-repo.js';

// The hook takes changed files' new text from the full-context patch instead of a second git call.
// Property: wherever the patch claims to hold the whole new side, it is byte for byte the staged blob.
const diff = suite('readDiff: new text from the full-context patch equals the staged blob');

const lines = (count: number, seed: number, eol = '\n') =>
  Array.from({ length: count }, (_, i) => (i % 5 === seed % 5 ? '' : `line ${i} of ${seed} ${'é'.repeat(i % 3)}`)).join(
    eol,
  );

// [name, committed content or undefined (new file), staged content]
const cases: Array<[name: string, before: string | Buffer | undefined, after: string | Buffer]> = [
  [
    'one line added in the middle',
    `${lines(40, 1)}\n`,
    `${lines(20, 1)}\nnew line\n${lines(40, 1).split('\n').slice(20).join('\n')}\n`,
  ],
  [
    'lines removed and added at both ends',
    `${lines(30, 2)}\n`,
    `head\n${lines(30, 2).split('\n').slice(3, 25).join('\n')}\ntail\n`,
  ],
  ['no newline at the end, before and after', lines(10, 3), `${lines(10, 3)} changed`],
  ['newline at the end removed', `${lines(10, 4)}\n`, lines(10, 4)],
  ['newline at the end added', lines(10, 5), `${lines(10, 5)}\n`],
  ['CRLF lines', `${lines(12, 6, '\r\n')}\r\n`, `${lines(12, 6, '\r\n')}\r\nmore\r\n`],
  ['new file', undefined, `${lines(15, 7)}\n`],
  ['new file without a final newline', undefined, 'only line'],
  ['emptied file', `${lines(8, 8)}\n`, ''],
  [
    'latin-1 bytes (not UTF-8)',
    Buffer.from('caf\xe9\nna\xefve\n', 'latin1'),
    Buffer.from('caf\xe9\nna\xefve\nplus\n', 'latin1'),
  ],
  ['lines that look like diff headers', 'a\n', 'a\ndiff --git a/x b/x\n@@ -1 +1 @@\n+++ b/x\n\\ not a marker\n'],
];

for (const suppressBlankEmpty of [false, true]) {
  diff(`every case${suppressBlankEmpty ? ' with diff.suppressBlankEmpty' : ''}`, () => {
    const repo = new TempRepo();
    try {
      if (suppressBlankEmpty) repo.gitOk('config', 'diff.suppressBlankEmpty', 'true');
      cases.forEach(([, before], index) => {
        if (before !== undefined) repo.write(`f${index}.txt`, before);
      });
      repo.write('keep.txt', 'x\n');
      repo.commitAll('before');
      cases.forEach(([, , after], index) => repo.write(`f${index}.txt`, after));
      repo.gitOk('add', '-A');
      const read = readDiff(repo.root, ['--cached']);
      assert.ok(read.ok, read.ok ? '' : read.error.message);
      if (!read.ok) return;
      cases.forEach(([name, , after], index) => {
        const position = read.value.changes.findIndex((change) => change.path === `f${index}.txt`);
        const patch = read.value.patches[position];
        assert.ok(patch, name);
        const staged = spawnSync('git', ['cat-file', 'blob', `:f${index}.txt`], { cwd: repo.root }).stdout;
        assert.equal(
          staged,
          Buffer.isBuffer(after) ? after : Buffer.from(after),
          `${name}: staged blob is what was written`,
        );
        if (patch?.newText === undefined) {
          assert.is(Buffer.from(after).length, 0, `${name}: only an empty new side may come without text`);
          return;
        }
        assert.equal(Buffer.from(patch.newText, 'latin1'), staged, name);
      });
    } finally {
      repo.remove();
    }
  });
}

diff('added lines are the new side lines marked +, as ranges', () => {
  const repo = new TempRepo();
  try {
    repo.write('a.txt', 'one\ntwo\nthree\nfour\n').commitAll('before');
    repo.write('a.txt', 'zero\none\ntwo\n2.5\nthree\nfour\nfive\nsix\n');
    repo.gitOk('add', '-A');
    const read = readDiff(repo.root, ['--cached']);
    assert.ok(read.ok);
    if (read.ok)
      assert.equal(read.value.patches[0]?.added, [
        { start: 1, end: 1 },
        { start: 4, end: 4 },
        { start: 7, end: 8 },
      ]);
  } finally {
    repo.remove();
  }
});

diff('pure renames and mode changes carry no text (read from git instead)', () => {
  const repo = new TempRepo();
  try {
    repo
      .write('a.txt', `${lines(20, 9)}\n`)
      .write('run.sh', 'echo hi\n')
      .commitAll('before');
    repo.gitOk('mv', 'a.txt', 'b.txt');
    repo.gitOk('update-index', '--chmod=+x', 'run.sh');
    const read = readDiff(repo.root, ['--cached']);
    assert.ok(read.ok);
    if (!read.ok) return;
    assert.equal(read.value.changes.map((change) => change.path).sort(), ['b.txt', 'run.sh']);
    for (const patch of read.value.patches) assert.is(patch.newText, undefined);
  } finally {
    repo.remove();
  }
});

diff.run();
