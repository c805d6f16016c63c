import { readFileSync, writeFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { fail } from '../../src/findings/result.js';
import type { Finding } from '../../src/findings/types.js';
import { cachePath } from '../../src/workflow/cache-file.js';
import {
  holdsLine,
  lineText,
  resolveMarkerOrigins,
  type MarkerHistoryInput,
} from '../../src/workflow/marker-history.js';
import { TempRepo } from '../helpers/temp-repo.js';

const history = suite('marker origins from history');
const repos: TempRepo[] = [];

function commit(repo: TempRepo, day: string, author: string, message = day): void {
  const env = { GIT_AUTHOR_DATE: `${day}T12:00:00Z`, GIT_COMMITTER_DATE: `${day}T12:00:00Z`, GIT_AUTHOR_NAME: author };
  repo.exec('git', ['add', '-A'], { env });
  const run = repo.exec('git', ['commit', '-q', '-m', message], { env });
  if (run.status !== 0) throw new Error(run.stderr);
}

function marker(path: string, line: number): Finding {
  return {
    ruleId: 'debt/todo',
    category: 'debt',
    severity: 'low',
    path,
    line,
    title: 'marker',
    fingerprint: `${path}:${line}`,
    confidence: 0.9,
    effortHours: 1,
    facts: { tag: 'TODO' },
  };
}

function inputFor(repo: TempRepo, paths: string[], extra: Partial<MarkerHistoryInput> = {}): MarkerHistoryInput {
  const head = repo.gitOk('rev-parse', 'HEAD').trim();
  const markers = paths.flatMap((path) => {
    const text = repo.read(path);
    return text
      .split('\n')
      .flatMap((line, index) =>
        /TODO/.test(line) ? [{ finding: marker(path, index + 1), text: lineText(text, index + 1) }] : [],
      );
  });
  return {
    root: repo.root,
    gitDir: repo.path('.git'),
    head,
    markers,
    unread: [],
    blobOf: (path) => repo.git('hash-object', path).stdout.trim() || undefined,
    readText: (wanted) => new Map(wanted.map((path) => [path, repo.read(path)])),
    ...extra,
  };
}

const dates = (result: Awaited<ReturnType<typeof resolveMarkerOrigins>>, markers: readonly { finding: Finding }[]) =>
  markers.map(({ finding }) => {
    const dated = result.findings.get(finding);
    return dated
      ? `${finding.path}:${finding.line} ${dated.facts?.written} ${dated.facts?.author}`
      : `${finding.path}:${finding.line} -`;
  });

/** A history with an old marker, an edited one, a renamed file and a side branch that lacked the line. */
function buildHistory(): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write('a.py', 'x = 1\n# TODO: old one\ny = 2\n# TODO: first wording\n');
  repo.write('b.py', 'def f():\n    pass  # TODO: renamed with the file\n');
  commit(repo, '2019-01-10', 'Ana');
  repo.write('a.py', 'x = 1\n# TODO: old one\ny = 3\n# TODO: second wording\n');
  commit(repo, '2021-05-05', 'Bo');
  repo.exec('mkdir', ['-p', 'lib']);
  repo.gitOk('mv', 'b.py', 'lib/b.py');
  commit(repo, '2022-01-01', 'Cy');
  // a side branch from before the first commit's marker... lines, merged back: its version lacks the line
  repo.gitOk('checkout', '-q', '-b', 'side', 'HEAD~2');
  repo.write('a.py', 'x = 1\ny = 2\n');
  commit(repo, '2022-02-01', 'Di');
  repo.gitOk('checkout', '-q', 'main');
  repo.write('a.py', 'x = 1\n# TODO: old one\ny = 4\n# TODO: second wording\n');
  commit(repo, '2022-03-01', 'Ana');
  repo.exec('git', ['merge', '-q', '-s', 'ours', 'side', '-m', 'merge side'], {
    env: { GIT_AUTHOR_DATE: '2022-04-01T12:00:00Z', GIT_COMMITTER_DATE: '2022-04-01T12:00:00Z' },
  });
  return repo;
}

history('each marker dates from the oldest version of its unbroken run: edits, renames and side branches', async () => {
  const repo = buildHistory();
  repo.write('a.py', `${repo.read('a.py')}# TODO: not committed yet\n`);
  const input = inputFor(repo, ['a.py', 'lib/b.py']);
  const result = await resolveMarkerOrigins(input);
  assert.equal(dates(result, input.markers), [
    'a.py:2 2019-01-10 Ana',
    'a.py:4 2021-05-05 Bo',
    'a.py:5 -',
    'lib/b.py:2 2019-01-10 Ana',
  ]);
  assert.is(result.note, undefined);
});

history('a rescan reuses cached origins without reading history; the cache keeps hashes, not line texts', async () => {
  const repo = buildHistory();
  const first = await resolveMarkerOrigins(inputFor(repo, ['a.py', 'lib/b.py']));
  assert.is(first.findings.size, 3);
  const cacheText = readFileSync(cachePath(repo.path('.git'), 'marker-origins'), 'utf8');
  assert.not.match(cacheText, 'old one');
  const noHistory = Promise.resolve(fail({ code: 'GIT_FAILED' as const, message: 'no history', fix: '-' }));
  // the same files, unread (their analysis came from the cache): dated by path, blob and line
  const unread = inputFor(repo, ['a.py', 'lib/b.py']).markers.map((item) => item.finding);
  const again = await resolveMarkerOrigins({ ...inputFor(repo, []), unread, listing: noHistory });
  assert.equal(
    unread.map((finding) => again.findings.get(finding)?.facts?.written),
    ['2019-01-10', '2021-05-05', '2019-01-10'],
  );
  // a changed file keeps the origins of the lines it still has, by their text
  repo.write('a.py', `z = 0\n${repo.read('a.py')}`);
  const moved = inputFor(repo, ['a.py'], { listing: noHistory });
  assert.equal(dates(await resolveMarkerOrigins(moved), moved.markers), [
    'a.py:3 2019-01-10 Ana',
    'a.py:5 2021-05-05 Bo',
  ]);
});

history('a corrupt or foreign cache is ignored and rebuilt', async () => {
  const repo = buildHistory();
  await resolveMarkerOrigins(inputFor(repo, ['a.py']));
  for (const broken of ['{"digest":', '[]', '{"digest":"marker-origins-1","entries":{"a.py":{"lines":7}}}']) {
    writeFileSync(cachePath(repo.path('.git'), 'marker-origins'), broken);
    const input = inputFor(repo, ['a.py']);
    assert.equal(dates(await resolveMarkerOrigins(input), input.markers), [
      'a.py:2 2019-01-10 Ana',
      'a.py:4 2021-05-05 Bo',
    ]);
  }
});

const lines: Array<[name: string, text: string, line: string, holds: boolean]> = [
  ['a middle line', 'a\n# TODO x\nb\n', '# TODO x', true],
  ['the first line, CRLF', '# TODO x\r\nb\r\n', '# TODO x', true],
  ['the last line without a newline', 'a\n# TODO x', '# TODO x', true],
  ['part of a longer line: no', 'a\n# TODO xy\n', '# TODO x', false],
  ['indented differently: no', 'a\n  # TODO x\n', '# TODO x', false],
];
for (const [name, text, line, holds] of lines)
  history(`holdsLine: ${name}`, () => assert.is(holdsLine(Buffer.from(text), Buffer.from(line)), holds));

history.after(() => repos.forEach((repo) => repo.remove()));
history.run();
