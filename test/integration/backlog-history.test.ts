import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { LedgerEntry } from '../../src/ledger/types.js';
import { makeItemId } from '../../src/scoring/group-items.js';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { TempRepo } from '../helpers/temp-repo.js';

// A repository with a history: an old FIXME in a file changed every week (a hotspot), a TODO in a
// file untouched for over a year, a resolved item with recorded hours, an allowed fixture secret.
const history = suite('BACKLOG.md from a repository with a history');
const TODAY = '2026-11-20T12:00:00Z';
const daysAgo = (days: number) => new Date(Date.parse(TODAY) - days * 86_400_000).toISOString();

function commitOn(repo: TempRepo, days: number, message: string, ...extra: string[]): void {
  const date = daysAgo(days);
  repo.gitOk('add', '-A');
  const run = repo.exec('git', ['commit', '-q', '-m', message, ...extra], {
    env: { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_VALUE_NOW: date },
  });
  assert.is(run.status, 0, `${message}: ${run.stderr}`);
}

function section(text: string, heading: string): string {
  const start = text.indexOf(`${heading}\n`);
  assert.ok(start >= 0, `missing section ${heading}`);
  const rest = text.slice(start + heading.length);
  const next = rest.search(/\n#{1,3} /);
  return next < 0 ? rest : rest.slice(0, next);
}

function ledger(repo: TempRepo): LedgerEntry[] {
  return (JSON.parse(repo.read('.value/ledger.json')) as { entries: LedgerEntry[] }).entries;
}

history('every section is computed from the history', async () => {
  const repo = new TempRepo();
  repo.write('README.md', '# shop\n').write('package.json', JSON.stringify({ name: 'shop', version: '1.0.0' }));
  repo.write('src/cold.ts', '// TODO: rename these helpers\nexport const cold = 1;\n');
  repo.write('src/hot.ts', '// FIXME: prices are rounded twice\nexport let price = 1;\n');
  repo.write('src/done.py', '# HACK: retry by sleeping\nimport time\n');
  commitOn(repo, 420, 'start');
  assert.is((await repo.run(['init', '--no-scan'], { env: { GIT_VALUE_NOW: daysAgo(410) } })).status, 0);
  assert.is((await repo.run(['scan'], { env: { GIT_VALUE_NOW: daysAgo(410) } })).status, 0);
  commitOn(repo, 410, 'git-value init');
  for (let week = 12; week >= 1; week--) {
    repo.write('src/hot.ts', `// FIXME: prices are rounded twice\nexport let price = ${week};\n`);
    commitOn(repo, week * 7, `tune prices ${week}`);
  }
  const hack = ledger(repo).find((entry) => entry.ruleId === 'debt/hack') as LedgerEntry;
  assert.is((await repo.run(['done', hack.id, '--hours', '3'], { env: { GIT_VALUE_NOW: daysAgo(3) } })).status, 0);
  repo.write('src/done.py', 'import time\n');
  commitOn(repo, 3, 'remove the sleep hack');
  repo.write('test/fixture.env', `TOKEN=${fakeGithubToken()} # git-value:allow\n`);
  commitOn(repo, 2, 'fixture');

  const scan = await repo.run(['scan'], { env: { GIT_VALUE_NOW: TODAY } });
  assert.is(scan.status, 0, scan.stderr);
  const text = repo.read('BACKLOG.md');
  const entries = ledger(repo);
  const fixme = entries.find((entry) => entry.ruleId === 'debt/fixme') as LedgerEntry;
  const todo = entries.find((entry) => entry.ruleId === 'debt/todo') as LedgerEntry;

  assert.is(todo.facts?.author, 'Test Author', 'blame names who wrote the marker');
  assert.is(todo.firstSeen, daysAgo(420).slice(0, 10), 'and when: before the ledger existed');
  assert.match(section(text, '# Value backlog: shop'), 'nascent');
  // the backlog names items (a rule's findings in a file), the ledger findings
  const itemOf = (entry: LedgerEntry) => makeItemId(entry.ruleId, entry.path);
  assert.match(section(text, '## Next best value item'), itemOf(fixme), 'the old FIXME in the hotspot is next');
  const table = section(text, '## Top value opportunities');
  assert.ok(table.indexOf(itemOf(fixme)) < table.indexOf(itemOf(todo)), 'and ranks above the TODO in the cold file');
  assert.match(table, '[src/hot.ts:1](src/hot.ts#L1)');
  const health = section(text, '### Overall repository health');
  assert.match(health, 'Open items**: 2');
  assert.match(section(text, '### Value distribution by category'), 'Technical debt | 2');
  assert.match(section(text, '### Effort vs impact'), 'Quick wins');
  assert.match(section(text, '### Active analyzers'), 'debt/markers');
  assert.match(section(text, '### Execution readiness'), '70');
  assert.match(section(text, '## Scoring configuration'), 'WSJF');
  assert.match(section(text, '### Triggers'), 'pre-commit');
  assert.match(section(text, '### Prediction accuracy'), '1');
  const trend = section(text, '## Trend')
    .split('\n')
    .filter((line) => /^\| [0-9a-f]{7,}|^\| 20\d\d-/.test(line));
  assert.ok(trend.length >= 3, `trend points from the ledger's history:\n${section(text, '## Trend')}`);
  assert.match(section(text, '## Allowed findings (audit)'), 'inline comment');
  const resolved = section(text, '## Recently resolved');
  assert.match(resolved, itemOf(hack));
  assert.match(resolved, repo.gitOk('rev-parse', '--short=7', 'HEAD~1').trim());
  repo.remove();
});

history.run();
