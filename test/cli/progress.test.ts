import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createProgress, describe } from '../../src/cli/progress.js';

const progress = suite('progress on a terminal');

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, columns: 100, written, write: (text: string) => written.push(text) };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

progress('a terminal sees one redrawn line after half a second, erased at the end', async () => {
  const out = stream(true);
  const shown = createProgress({}, out);
  shown.phase('scan');
  shown.update({ done: 1, total: 10, unit: 'files', bytes: 1 << 20 });
  assert.equal(out.written, [], 'nothing in the first half second');
  await wait(550);
  shown.update({ done: 5, total: 10, unit: 'files', bytes: 5 << 20 });
  shown.update({ done: 6, total: 10, unit: 'files', bytes: 6 << 20 });
  assert.is(out.written.length, 1, 'redrawn at most every 100 ms');
  assert.match(
    out.written[0] ?? '',
    /^\rgit-value: scan 5\/10 files, 5\.0 MB at [\d.]+ MB\/s, about \d+ s left\x1b\[K$/,
  );
  shown.end();
  assert.is(out.written[1], '\r\x1b[K');
});

progress('silent when not a terminal, in CI, with GIT_VALUE_PROGRESS=0 or TERM=dumb', async () => {
  for (const [isTTY, env] of [
    [false, {}],
    [true, { CI: 'true' }],
    [true, { GIT_VALUE_PROGRESS: '0' }],
    [true, { TERM: 'dumb' }],
  ] as const) {
    const out = stream(isTTY);
    const quiet = createProgress(env, out);
    await wait(520);
    quiet.update({ done: 1, total: 2, unit: 'files' });
    quiet.end();
    assert.equal(out.written, [], JSON.stringify(env));
  }
});

progress('the line: counts, rate and time left when known', () => {
  assert.is(
    describe('history', { done: 1234, total: 18934, unit: 'commits', bytes: 12.5 * 1048576 }, 2),
    'git-value: history 1,234/18,934 commits, 12.5 MB at 6.3 MB/s, about 29 s left',
  );
  assert.is(describe('history', { done: 10, unit: 'commits' }, 2), 'git-value: history 10 commits');
  assert.is(
    describe('scan', { done: 1, total: 1000, unit: 'files' }, 10),
    'git-value: scan 1/1,000 files, about 167 min left',
  );
});

progress.run();
