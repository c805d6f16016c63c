import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createPatchParser, type FilePatch } from '../../src/git/patch-stream.js';

const parser = suite('git log -p -U0 --cc parser');
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

function parse(text: string): FilePatch[] {
  const patches: FilePatch[] = [];
  const feed = createPatchParser((patch) => patches.push(patch));
  const lines = text.split('\n');
  // fed in two parts, as chunks arrive
  feed.feed(lines.slice(0, 7));
  feed.feed(lines.slice(7));
  feed.end();
  return patches;
}

const log = [
  `\0${'1'.repeat(40)} 2024-05-01`,
  '',
  'diff --git a/src/a.py b/src/a.py',
  `index ${A}..${B} 100644`,
  '--- a/src/a.py',
  '+++ b/src/a.py',
  '@@ -3,0 +4,2 @@ def run():',
  '+first',
  '++++ not a header',
  '@@ -10 +12 @@',
  '-old',
  '+new',
  'diff --git a/gone.txt b/gone.txt',
  'deleted file mode 100644',
  `index ${A}..${'0'.repeat(40)}`,
  '--- a/gone.txt',
  '+++ /dev/null',
  '@@ -1 +0,0 @@',
  '-bye',
  'diff --git a/logo.png b/logo.png',
  `index ${A}..${B} 100644`,
  'Binary files a/logo.png and b/logo.png differ',
  'diff --git "a/odd\\tname" "b/odd\\tname"',
  `index ${A}..${C} 100644`,
  '--- "a/odd\\tname"',
  '+++ "b/odd\\tname"',
  '@@ -0,0 +1 @@',
  '+x',
  'diff --git a/with space b/with space',
  `index ${A}..${C} 100644`,
  '--- a/with space\t',
  '+++ b/with space\t',
  '@@ -0,0 +1 @@',
  '+y',
  `\0${'2'.repeat(40)} 2024-05-02`,
  '',
  'diff --cc src/m.py',
  `index ${A},${B}..${C}`,
  '--- a/src/m.py',
  '+++ b/src/m.py',
  '@@@ -1,1 -1,1 +1,3 @@@',
  '- left',
  ' -right',
  '++evil',
  '+ from left',
  ' +from right',
  '++evil too',
].join('\n');

parser('added lines with their new-side numbers; deletions, binaries and hunk text that looks like a header', () => {
  const patches = parse(log);
  const first = patches[0] as FilePatch;
  assert.is(first.path, 'src/a.py');
  assert.is(first.before, A);
  assert.is(first.after, B);
  assert.is(first.date, '2024-05-01');
  assert.equal(first.lines, ['first', '+++ not a header', 'new']);
  assert.equal(first.lineNumbers, [4, 5, 12]);
  assert.equal(
    patches.map((patch) => patch.path),
    ['src/a.py', 'odd\tname', 'with space', 'src/m.py'],
  );
});

parser('a merge: only lines new against every parent, numbered on the result', () => {
  const merge = parse(log).find((patch) => patch.path === 'src/m.py') as FilePatch;
  assert.is(merge.commit, '2'.repeat(40));
  assert.is(merge.before, `${A},${B}`);
  assert.equal(merge.lines, ['evil', 'evil too']);
  assert.equal(merge.lineNumbers, [1, 4]);
});

parser.run();
