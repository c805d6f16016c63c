import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Log } from 'sarif';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { TempRepo } from '../helpers/temp-repo.js';

// `scan --history` reads every commit reachable from a ref: branches, tags, remote-tracking branches,
// the stash, notes and HEAD. Not the reflog: a commit amended away before anyone else saw it is
// reachable only from the reflog, which is local, expires and is not a ref; once pushed, the remote
// (and its remote-tracking branch here) keeps it, and so does this scan.
const history = suite('scan --history: credentials in every commit reachable from a ref');
const cleanup: string[] = [];

interface Planted {
  repo: TempRepo;
  tokens: Record<'deleted' | 'pushedThenAmended' | 'amendedLocally' | 'sideBranch' | 'inHead' | 'evilMerge', string>;
  pushed: string;
}

function plantHistory(): Planted {
  const repo = new TempRepo();
  cleanup.push(repo.root);
  const remote = mkdtempSync(join(tmpdir(), 'gv-remote-'));
  cleanup.push(remote);
  repo.exec('git', ['init', '-q', '--bare', remote]);
  repo.gitOk('remote', 'add', 'origin', remote);
  const tokens = {
    deleted: fakeGithubToken(),
    pushedThenAmended: fakeGithubToken(),
    amendedLocally: fakeGithubToken(),
    sideBranch: fakeGithubToken(),
    inHead: fakeGithubToken(),
    evilMerge: fakeGithubToken(),
  };
  repo.write('src/app.py', 'def run():\n    return 1\n');
  repo.write('config/deploy.env', `DEPLOY_USER=ci\nGITHUB_TOKEN=${tokens.deleted}\n`);
  assert.is(repo.commitAll('seed').status, 0);
  repo.gitOk('rm', '-q', 'config/deploy.env');
  assert.is(repo.commitAll('drop the deploy file').status, 0);
  // pushed, then amended away: the remote still holds the first version
  repo.write('src/settings.py', `TOKEN = "${tokens.pushedThenAmended}"\n`);
  assert.is(repo.commitAll('settings').status, 0);
  const pushed = repo.gitOk('rev-parse', 'HEAD').trim();
  repo.gitOk('push', '-q', 'origin', 'main');
  repo.write('src/settings.py', 'import os\nTOKEN = os.environ["TOKEN"]\n');
  repo.gitOk('add', '-A');
  repo.gitOk('commit', '-q', '--amend', '-m', 'settings from the environment');
  // amended away before any push: only the reflog remembers it
  repo.write('src/local.py', `LOCAL_TOKEN = "${tokens.amendedLocally}"\n`);
  assert.is(repo.commitAll('local').status, 0);
  repo.write('src/local.py', 'LOCAL_TOKEN = None\n');
  repo.gitOk('add', '-A');
  repo.gitOk('commit', '-q', '--amend', '-m', 'local, without the token');
  // a side branch never merged
  repo.gitOk('checkout', '-q', '-b', 'feature');
  repo.write('feature.py', `FEATURE_TOKEN = "${tokens.sideBranch}"\n`);
  assert.is(repo.commitAll('feature').status, 0);
  // a branch merged with a line only the merge commit adds
  repo.gitOk('checkout', '-q', 'main');
  repo.gitOk('checkout', '-q', '-b', 'other');
  repo.write('src/other.py', 'OTHER = 1\n');
  assert.is(repo.commitAll('other').status, 0);
  repo.gitOk('checkout', '-q', 'main');
  repo.write('src/main.py', 'MAIN = 1\n');
  assert.is(repo.commitAll('main side').status, 0);
  repo.gitOk('merge', '-q', '--no-commit', '--no-ff', 'other');
  repo.write('src/merged.py', `MERGED_TOKEN = "${tokens.evilMerge}"\n`);
  repo.gitOk('add', 'src/merged.py');
  repo.gitOk('commit', '-q', '-m', 'merge other');
  repo.gitOk('branch', '-q', '-D', 'other');
  // still in the tree
  repo.write('src/keep.py', `KEEP_TOKEN = "${tokens.inHead}"\n`);
  assert.is(repo.commitAll('keep').status, 0);
  return { repo, tokens, pushed };
}

interface HistoryEntry {
  path: string;
  id: string;
  status: string;
  title: string;
  evidence: string;
  history: { commits: string[]; commitCount: number; paths: string[]; inHead: boolean };
}

function historyEntries(repo: TempRepo): HistoryEntry[] {
  const ledger = JSON.parse(repo.read('.value/ledger.json')) as { entries: HistoryEntry[] };
  return ledger.entries.filter((entry) => entry.history);
}

function assertNoToken(text: string, tokens: Record<string, string>, where: string) {
  for (const token of Object.values(tokens)) assert.not.ok(text.includes(token), `${where} holds a raw token`);
}

history(
  'finds a deleted file, a pushed-then-amended commit and a side branch; not the reflog; an evil merge with --merges',
  () => {
    const { repo, tokens, pushed } = plantHistory();
    const run = repo.cli(['scan', '--history', '--format', 'json', '--output', 'history.json']);
    assert.is(run.status, 0, run.stderr);
    assert.not.match(run.stderr, /\r|\x1b\[/, 'no progress line when stderr is not a terminal');
    const entries = historyEntries(repo);
    const byPath = new Map(entries.map((entry) => [entry.path, entry]));
    assert.equal([...byPath.keys()].sort(), ['config/deploy.env', 'feature.py', 'src/keep.py', 'src/settings.py']);
    assert.not.ok(byPath.has('src/local.py'), 'a commit reachable only from the reflog is not read');
    assert.is(byPath.get('src/keep.py')?.history.inHead, true);
    for (const path of ['config/deploy.env', 'feature.py', 'src/settings.py'])
      assert.is(byPath.get(path)?.history.inHead, false, path);
    assert.equal(byPath.get('src/settings.py')?.history.commits, [pushed]);
    for (const entry of entries) {
      assert.is(entry.status, 'open');
      assert.match(entry.title, 'committed to history: rotate it');
      assert.is(entry.history.commitCount, 1);
    }
    assert.match(run.stderr, '4 credentials in history to rotate (3 no longer in the tree)');
    const json = repo.read('history.json');
    const items = (JSON.parse(json) as { items: { path: string; history?: unknown }[] }).items;
    assert.is(items.length, 4);
    assert.ok(items.every((item) => item.history));
    assert.match(repo.read('BACKLOG.md'), 'committed to history: rotate it');
    for (const [name, text] of [
      ['ledger', repo.read('.value/ledger.json')],
      ['JSON', json],
      ['BACKLOG.md', repo.read('BACKLOG.md')],
      ['output', run.stdout + run.stderr],
    ] as const)
      assertNoToken(text, tokens, name);
    // a line only the merge commit adds (a conflict resolution) is read with --merges
    const merges = repo.cli(['scan', '--history', '--merges']);
    assert.is(merges.status, 0, merges.stderr);
    const merged = historyEntries(repo).find((entry) => entry.path === 'src/merged.py');
    assert.is(merged?.history.inHead, true);
    assert.match(merges.stderr, '5 credentials in history to rotate (3 no longer in the tree)');
  },
);

history('SARIF: history results point at the file, not at a line; secrets in history need no opt-in', () => {
  const { repo, tokens } = plantHistory();
  const run = repo.cli(['scan', '--history', '--format', 'sarif']);
  assert.is(run.status, 0, run.stderr);
  assertNoToken(run.stdout, tokens, 'SARIF');
  const results = (JSON.parse(run.stdout) as Log).runs[0]?.results ?? [];
  assert.is(results.length, 4);
  for (const result of results) {
    assert.is(result.locations?.[0]?.physicalLocation?.region, undefined);
    assert.match(result.message.text ?? '', /added by 1 commit \(first [0-9a-f]{12}\), (still|no longer) in the tree/);
  }
});

history('--incremental reads only the commits since the recorded one; --since takes any revision', () => {
  const { repo, tokens } = plantHistory();
  assert.is(repo.cli(['scan', '--history', '--incremental']).status, 0);
  const record = JSON.parse(repo.read('.value/history-scan.json')) as { commit: string };
  assert.is(record.commit, repo.gitOk('rev-parse', 'HEAD').trim());
  const later = fakeGithubToken();
  repo.write('src/later.py', `LATER_TOKEN = "${later}"\n`);
  assert.is(repo.commitAll('later').status, 0);
  const next = repo.cli(['scan', '--history', '--incremental']);
  assert.is(next.status, 0, next.stderr);
  assert.match(next.stderr, /scanned \d+ commits since [0-9a-f]{12}/);
  const paths = historyEntries(repo).map((entry) => entry.path);
  assert.ok(paths.includes('src/later.py'), 'the new commit is read');
  assert.ok(paths.includes('config/deploy.env'), 'earlier findings are kept');
  assertNoToken(repo.read('.value/ledger.json'), { ...tokens, later }, 'ledger');
  const since = repo.cli(['scan', '--history', '--since', 'HEAD~1']);
  assert.is(since.status, 0, since.stderr);
  const bad = repo.cli(['scan', '--history', '--since', 'no-such-ref']);
  assert.is(bad.status, 2);
  assert.match(bad.stderr, '--since no-such-ref: no such commit');
  assert.is(repo.cli(['scan', '--since', 'HEAD']).status, 2, '--since without --history is a usage error');
});

history('history entries never block a commit that does not add their value, and survive the hook and a scan', () => {
  const { repo } = plantHistory();
  assert.is(repo.cli(['scan', '--history']).status, 0);
  const before = historyEntries(repo);
  repo.write('src/keep.py', `${readFileSync(repo.path('src/keep.py'), 'utf8')}X = 2\n`);
  repo.write('feature.py', 'FEATURE = 1\n');
  repo.gitOk('add', 'src/keep.py', 'feature.py');
  const check = repo.cli(['check', '--staged']);
  assert.is(check.status, 0, check.stderr);
  assert.equal(historyEntries(repo), before, 'the hook keeps them as they are');
  assert.is(repo.cli(['scan']).status, 0);
  assert.equal(historyEntries(repo), before, 'a scan of the tree keeps them as they are');
  const again = repo.cli(['scan', '--history']);
  assert.is(again.status, 0);
  assert.equal(historyEntries(repo), before, 'a second history scan gives the same entries');
});

history.after(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

history.run();
