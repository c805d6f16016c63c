import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TempRepo } from '../helpers/temp-repo.js';

// Issue 11: the backlog respects what the project decided (its linter configuration, its inline
// suppressions) and proposes complexity only with evidence of its cost (bug fixes, a hotspot).
const decisions = suite('project decisions and the cost of complexity, end to end');
const repos: TempRepo[] = [];

// cyclomatic 15: over the threshold (10), under three times it
const ENGINE = [
  'def route(kind, value):',
  ...Array.from(
    { length: 14 },
    (_, at) => `    ${at === 0 ? 'if' : 'elif'} kind == ${at}:\n        return value + ${at}`,
  ),
  '    return value',
  '',
  'def run(code):',
  '    return eval(code)',
  '',
].join('\n');

interface Item {
  id: string;
  ruleId: string;
  held?: string;
}

async function items(repo: TempRepo): Promise<Item[]> {
  const run = await repo.run(['backlog', '--format', 'json', '--output', '-']);
  assert.is(run.status, 0, run.stderr);
  return (JSON.parse(run.stdout) as { items: Item[] }).items;
}

async function itemOf(repo: TempRepo, ruleId: string): Promise<Item> {
  const found = (await items(repo)).find((item) => item.ruleId === ruleId);
  assert.ok(found, `${ruleId} is listed`);
  return found as Item;
}

decisions('complex but stable, then fixed twice, then switched off by ruff, then the option', async () => {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write('src/engine.py', ENGINE);
  assert.is(repo.commitAll('add the engine', '--no-verify').status, 0);
  assert.is((await repo.run(['scan'])).status, 0);

  const stable = await itemOf(repo, 'quality/complexity');
  assert.match(stable.held ?? '', /complex, stable: not worth a change now/);
  const explained = await repo.run(['explain', stable.id]);
  assert.match(explained.stdout, /not proposed: complex, stable/);
  assert.match(repo.read('BACKLOG.md'), /Held as metrics, not proposed/);

  for (const subject of ['fix: crash on an unknown kind', 'Fix wrong value for kind 3 (#12)']) {
    repo.write('src/engine.py', `${repo.read('src/engine.py')}# ${subject}\n`);
    assert.is(repo.commitAll(subject, '--no-verify').status, 0);
  }
  const fixed = await itemOf(repo, 'quality/complexity');
  assert.is(fixed.held, undefined);
  assert.match((await repo.run(['explain', fixed.id])).stdout, /proposed: 2 bug-fix commits touched src\/engine\.py/);

  repo.write('pyproject.toml', '[tool.ruff.lint]\nselect = ["E", "F"]\nignore = ["S307"]\n');
  assert.is(repo.commitAll('lint with ruff', '--no-verify').status, 0);
  const off = await itemOf(repo, 'quality/complexity');
  assert.match(off.held ?? '', /pyproject\.toml \[tool\.ruff\.lint\] selects E, F: not C901/);
  assert.match(
    (await repo.run(['explain', off.id])).stdout,
    /not proposed: the project's linter does not check complexity here/,
  );
  assert.match((await itemOf(repo, 'vuln/dynamic-code-execution')).held ?? '', /ignores S307/);

  repo.write('.valuerc.json', JSON.stringify({ scoring: { projectLinters: false } }));
  const honoured = await items(repo);
  assert.is(honoured.find((item) => item.ruleId === 'quality/complexity')?.held, undefined);
  assert.is(honoured.find((item) => item.ruleId === 'vuln/dynamic-code-execution')?.held, undefined);
});

decisions('a suppression where the function is written holds it, whatever its cost', async () => {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write('src/engine.py', ENGINE.replace('def route(kind, value):', 'def route(kind, value):  # noqa: C901'));
  assert.is(repo.commitAll('fix: add the engine', '--no-verify').status, 0);
  repo.write('src/engine.py', `${repo.read('src/engine.py')}\n`);
  assert.is(repo.commitAll('fix a crash', '--no-verify').status, 0);
  assert.is((await repo.run(['scan'])).status, 0);
  const item = await itemOf(repo, 'quality/complexity');
  assert.match(item.held ?? '', /suppressed where it is defined \(`# noqa: C901` on line 1\)/);
});

decisions.after(() => {
  for (const repo of repos) repo.remove();
});

decisions.run();
