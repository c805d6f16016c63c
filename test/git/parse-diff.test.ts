import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseRawDiff } from '../../src/git/changes.js';
import { parsePatch } from '../../src/git/parse-patch.js';

const parse = suite('git output parsers');
const sha = (digit: string) => digit.repeat(40);

parse('raw diff: modified, added, deleted, renamed, odd paths kept intact by -z', () => {
  const raw = [
    `:100644 100644 ${sha('a')} ${sha('b')} M`,
    'src/a b.ts',
    `:000000 100644 ${sha('0')} ${sha('c')} A`,
    'new\nline.txt',
    `:100644 000000 ${sha('d')} ${sha('0')} D`,
    'gone.ts',
    `:100644 100644 ${sha('e')} ${sha('e')} R100`,
    'old.ts',
    'new.ts',
    '',
  ].join('\0');
  const changes = parseRawDiff(raw);
  assert.ok(changes.ok);
  if (!changes.ok) return;
  assert.equal(
    changes.value.map((change) => [change.status, change.path, change.oldPath ?? null]),
    [
      ['M', 'src/a b.ts', null],
      ['A', 'new\nline.txt', null],
      ['D', 'gone.ts', null],
      ['R', 'new.ts', 'old.ts'],
    ],
  );
  assert.is(changes.value[1]?.oldBlob, undefined);
  assert.is(changes.value[2]?.newBlob, undefined);
});

parse('raw diff: an unmerged entry is an error that says how to go on', () => {
  const changes = parseRawDiff(`:100644 100644 ${sha('a')} ${sha('0')} U\0conflicted.ts\0`);
  assert.is(changes.ok, false);
  if (!changes.ok) assert.match(changes.error.fix, 'resolve the conflict');
});

parse('hunks → added line ranges per file, in order; binary flagged; text only from one whole-file hunk', () => {
  const patch = [
    'diff --git a/a.ts b/a.ts',
    'index 1..2 100644',
    '--- a/a.ts',
    '+++ b/a.ts',
    '@@ -1,0 +2,3 @@',
    '+x',
    '+y',
    '+@@ -9 +9 @@ inside content is not a header',
    '@@ -10 +12 @@',
    '-old',
    '+new',
    'diff --git a/gone.ts b/gone.ts',
    '@@ -1,2 +0,0 @@',
    '-a',
    '-b',
    'diff --git a/img.png b/img.png',
    'Binary files a/img.png and b/img.png differ',
    'diff --git a/whole.ts b/whole.ts',
    '@@ -1,3 +1,3 @@',
    ' keep',
    '-was',
    '+is',
    '',
    '\\ No newline at end of file',
    '',
  ].join('\n');
  assert.equal(parsePatch(patch), [
    {
      added: [
        { start: 2, end: 4 },
        { start: 12, end: 12 },
      ],
      binary: false,
    },
    { added: [], binary: false, newText: '' },
    { added: [], binary: true },
    { added: [{ start: 2, end: 2 }], binary: false, newText: 'keep\nis\n' },
  ]);
});

parse.run();
