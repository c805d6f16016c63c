import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { LedgerEntry } from '../../src/ledger/types.js';
import { createInitialisedRepo, TempRepo } from '../helpers/temp-repo.js';

const ledger = suite('the committed ledger');
const repos: TempRepo[] = [];

function initRepo(): TempRepo {
  return createInitialisedRepo(
    { 'src/a.ts': '// TODO: first marker\nexport const a = 1;\n', 'src/b.py': '# FIXME: second marker\nb = 2\n' },
    { track: repos },
  );
}

function entries(repo: TempRepo, rev?: string): LedgerEntry[] {
  const text = rev ? repo.gitOk('show', `${rev}:.value/ledger.json`) : repo.read('.value/ledger.json');
  return (JSON.parse(text) as { entries: LedgerEntry[] }).entries;
}

ledger('scanning the same tree twice gives a byte-identical ledger', async () => {
  const repo = initRepo();
  const first = repo.read('.value/ledger.json');
  assert.is((await repo.run(['scan'])).status, 0);
  assert.is(repo.read('.value/ledger.json'), first);
  assert.ok(first.split('\n').filter((line) => line.startsWith('{"path"')).length >= 2, 'one entry per line');
});

ledger('a moved line keeps its identity; a rename carries the entry to the new path', async () => {
  const repo = initRepo();
  const before = entries(repo).find((entry) => entry.ruleId === 'debt/todo') as LedgerEntry;
  repo.write('src/a.ts', 'export const zero = 0;\n\n// TODO: first marker\nexport const a = 1;\n');
  assert.is(repo.commitAll('move the marker down').status, 0);
  const moved = entries(repo, 'HEAD').find((entry) => entry.ruleId === 'debt/todo') as LedgerEntry;
  assert.is(moved.id, before.id);
  assert.is(moved.line, 3);
  repo.gitOk('mv', 'src/a.ts', 'src/renamed.ts');
  assert.is(repo.commitAll('rename').status, 0);
  const renamed = entries(repo, 'HEAD').filter((entry) => entry.ruleId === 'debt/todo');
  assert.is(renamed.length, 1, 'no resolved ghost left at the old path');
  assert.is(renamed[0]?.path, 'src/renamed.ts');
  assert.is(renamed[0]?.id, before.id);
  assert.is(renamed[0]?.firstSeen, before.firstSeen);
});

ledger("a commit's ledger diff touches only the entries of the files it changed", async () => {
  const repo = initRepo();
  repo.write('src/b.py', '# FIXME: second marker, reworded\nb = 2\n');
  assert.is(repo.commitAll('reword').status, 0);
  const diff = repo.gitOk('diff', 'HEAD~1', 'HEAD', '--', '.value/ledger.json');
  const changed = diff.split('\n').filter((line) => /^[+-]\{/.test(line));
  assert.ok(changed.length > 0);
  assert.ok(
    changed.every((line) => line.includes('"path":"src/b.py"')),
    diff,
  );
});

ledger('a removed finding is resolved, then named by its commit on the next scan', async () => {
  const repo = initRepo();
  repo.write('src/b.py', 'b = 2\n');
  assert.is(repo.commitAll('fix the fixme').status, 0);
  const resolved = entries(repo, 'HEAD').find((entry) => entry.ruleId === 'debt/fixme') as LedgerEntry;
  assert.is(resolved.status, 'resolved');
  assert.ok(resolved.resolved?.parent, 'the hook records the parent');
  assert.is((await repo.run(['scan'])).status, 0);
  const named = entries(repo).find((entry) => entry.ruleId === 'debt/fixme') as LedgerEntry;
  assert.is(named.resolved?.commit, repo.gitOk('rev-parse', 'HEAD').trim());
});

ledger('a corrupt ledger stops every command with exit 2, names the file and is left untouched', async () => {
  const repo = initRepo();
  const broken = repo.read('.value/ledger.json').slice(0, 60);
  repo.write('.value/ledger.json', broken);
  repo.write('src/c.ts', '// TODO: third\n');
  repo.gitOk('add', 'src/c.ts');
  for (const args of [['check', '--staged'], ['scan'], ['backlog'], ['allow', 'debt-0000000000', '--reason', 'x']]) {
    const run = await repo.run(args);
    assert.is(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, '.value/ledger.json');
    assert.match(run.stderr, 'fix:');
    assert.is(repo.read('.value/ledger.json'), broken);
  }
  const rebuilt = await repo.run(['scan', '--rebuild']);
  assert.is(rebuilt.status, 0, rebuilt.stderr);
  assert.ok(entries(repo).length >= 3);
});

ledger('a conflicted ledger is reported as a conflict with the way out', async () => {
  const repo = initRepo();
  repo.write('.value/ledger.json', `${repo.read('.value/ledger.json')}<<<<<<< ours\n=======\n>>>>>>> theirs\n`);
  const run = await repo.run(['backlog']);
  assert.is(run.status, 2);
  assert.match(run.stderr, 'merge conflict markers');
});

ledger('the merge driver unions diverged branches without losing an entry or a decision', async () => {
  const repo = initRepo();
  repo.gitOk('checkout', '-q', '-b', 'feature');
  repo.write('src/feature.ts', '// HACK: feature shortcut\n');
  assert.is(repo.commitAll('feature work').status, 0);
  const fixme = entries(repo).find((entry) => entry.ruleId === 'debt/fixme') as LedgerEntry;
  assert.is((await repo.run(['done', fixme.id, '--hours', '3'])).status, 0);
  assert.is(repo.git('commit', '-q', '-m', 'record effort').status, 0);
  repo.gitOk('checkout', '-q', 'main');
  repo.write('src/main-only.ts', '// XXX: main side\n');
  assert.is(repo.commitAll('main work').status, 0);
  const merge = repo.git('merge', '-q', '--no-edit', 'feature');
  assert.is(merge.status, 0, merge.stderr + merge.stdout);
  const merged = entries(repo, 'HEAD');
  assert.ok(merged.some((entry) => entry.ruleId === 'debt/hack'));
  assert.ok(merged.some((entry) => entry.ruleId === 'debt/xxx'));
  assert.is(merged.find((entry) => entry.id === fixme.id)?.done?.hours, 3);
});

ledger('invalid config exits 2 naming the file and the option', async () => {
  const repo = initRepo();
  repo.write('.valuerc.json', JSON.stringify({ block: { minScore: 'high' } }));
  const typed = await repo.run(['scan']);
  assert.is(typed.status, 2);
  assert.match(typed.stderr, '.valuerc.json');
  assert.match(typed.stderr, 'block.minScore');
  repo.write('.valuerc.json', JSON.stringify({ blok: {} }));
  assert.match((await repo.run(['check', '--staged'])).stderr, "unknown option 'blok'");
  repo.write('.valuerc.json', '{ "block": ');
  const syntax = await repo.run(['check', '--staged']);
  assert.is(syntax.status, 2);
  assert.match(syntax.stderr, 'not valid JSON');
  repo.exec('rm', ['.valuerc.json']);
  repo.write('.valuerc.js', 'export default {}');
  const code = await repo.run(['scan']);
  assert.is(code.status, 2, 'a JS config is code from the repository: refused unless opted in');
  assert.match(code.stderr, 'GIT_VALUE_ALLOW_CODE_CONFIG');
});

ledger.after(() => repos.forEach((repo) => repo.remove()));
ledger.run();
