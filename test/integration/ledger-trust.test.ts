import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { formatLedger } from '../../src/ledger/format.js';
import { writeFileAtomic } from '../../src/ledger/io.js';
import type { LedgerEntry } from '../../src/ledger/types.js';
import { entry } from '../helpers/ledger-entry.js';
import { createInitialisedRepo, TempRepo } from '../helpers/temp-repo.js';

// Issue 14: the ledger never goes bad silently. Each test first builds the state a user reported
// (damage the hook copied, a rebuild that dropped decisions…) and checks what the tool does now.
const trust = suite('a damaged ledger is never written or staged');
const repos: TempRepo[] = [];

function initRepo(): TempRepo {
  return createInitialisedRepo(
    {
      't1.py': '# TODO: first marker\n',
      't2.py': '# FIXME: second marker\n',
      't3.py': '# HACK: third marker\n',
    },
    { track: repos },
  );
}

/** Breaks the line of `path` the way a bad hand edit does (`{"path":"t1.py",,`). */
function damageLineOf(repo: TempRepo, path: string): string {
  const text = repo.read('.value/ledger.json');
  const start = text.indexOf(`{"path":${JSON.stringify(path)}`);
  assert.ok(start >= 0, `the ledger has a line for ${path}`);
  const end = text.indexOf('\n', start);
  const damaged = `${text.slice(0, start)}{"path":${JSON.stringify(path)},,${text.slice(end)}`;
  repo.write('.value/ledger.json', damaged);
  return damaged;
}

function stagedLedger(repo: TempRepo): string {
  return repo.gitOk('show', ':.value/ledger.json');
}

trust('the hook refuses a ledger damaged on a line of a file the commit does not touch', () => {
  const repo = initRepo();
  const committed = stagedLedger(repo);
  const damaged = damageLineOf(repo, 't1.py');
  repo.write('t3.py', '# HACK: third marker, reworded\n');
  repo.gitOk('add', 't3.py');
  const run = repo.cli(['check', '--staged']);
  assert.is(run.status, 2, run.stderr);
  assert.match(run.stderr, '.value/ledger.json');
  assert.match(run.stderr, 'fix:');
  assert.is(repo.read('.value/ledger.json'), damaged, 'the damaged file is left as it was for recovery');
  assert.is(stagedLedger(repo), committed, 'nothing damaged is staged');
  const commit = repo.git('commit', '-q', '-m', 'reword');
  assert.is.not(commit.status, 0, 'the hook stops the commit');
});

trust('every command that writes the ledger refuses the damage and leaves the file as it was', () => {
  const repo = initRepo();
  const damaged = damageLineOf(repo, 't1.py');
  const id = (JSON.parse(stagedLedger(repo)) as { entries: LedgerEntry[] }).entries.find(
    (candidate) => candidate.path === 't2.py',
  )?.id as string;
  repo.write('t3.py', '# HACK: third marker, reworded\n');
  repo.gitOk('add', 't3.py');
  for (const args of [
    ['check', '--staged'],
    ['allow', id, '--reason', 'accepted'],
    ['done', id, '--hours', '2'],
    ['refresh', '--since', 'HEAD'],
    ['scan'],
  ]) {
    const run = repo.cli(args);
    assert.is(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, '.value/ledger.json', args.join(' '));
    assert.is(repo.read('.value/ledger.json'), damaged, args.join(' '));
  }
});

trust('a damaged ledger of 50,000 entries is refused too (the damage far from the files committed)', () => {
  const repo = initRepo();
  const entries: LedgerEntry[] = [];
  for (let index = 0; index < 50_000; index++) {
    const path = `gen/m${String(index % 500).padStart(3, '0')}/f${index}.py`;
    entries.push(
      entry({ path, id: `debt-${index.toString(16).padStart(10, '0')}`, line: 1, fingerprint: `f${index}` }),
    );
  }
  const big = formatLedger([...entries, ...(JSON.parse(stagedLedger(repo)) as { entries: LedgerEntry[] }).entries]);
  repo.write('.value/ledger.json', big);
  assert.is(repo.commitAll('a large ledger').status, 0);
  const lines = big.split('\n');
  const victim = 30_001;
  assert.match(lines[victim] as string, '"path":"gen/');
  lines[victim] = (lines[victim] as string).replace('"line":1', '"line":1,,');
  const damaged = lines.join('\n');
  repo.write('.value/ledger.json', damaged);
  repo.write('t3.py', '# HACK: reworded\n');
  repo.gitOk('add', 't3.py');
  const run = repo.cli(['check', '--staged']);
  assert.is(run.status, 2, run.stderr);
  assert.is(repo.read('.value/ledger.json'), damaged);
  assert.is(stagedLedger(repo), big);
});

trust('an intact ledger the hook did not write itself (a checkout, a pull) is read and used', () => {
  const repo = initRepo();
  repo.gitOk('checkout', '-q', '-b', 'other');
  repo.write('t4.py', '# TODO: fourth\n');
  assert.is(repo.commitAll('fourth').status, 0);
  repo.gitOk('checkout', '-q', 'main');
  repo.gitOk('checkout', '-q', 'other', '--', '.value/ledger.json');
  repo.write('t2.py', '# FIXME: second, reworded\n');
  repo.gitOk('add', 't2.py');
  const run = repo.cli(['check', '--staged']);
  assert.is(run.status, 0, run.stderr);
  assert.match(stagedLedger(repo), '"path":"t4.py"');
  assert.match(stagedLedger(repo), 'second, reworded');
});

trust.after(() => repos.forEach((repo) => repo.remove()));
trust.run();

const rebuild = suite('scan --rebuild never drops a decision without a word');

function ledgerEntries(repo: TempRepo, rev?: string): LedgerEntry[] {
  const text = rev ? repo.gitOk('show', `${rev}:.value/ledger.json`) : repo.read('.value/ledger.json');
  return (JSON.parse(text) as { entries: LedgerEntry[] }).entries;
}

const idOf = (repo: TempRepo, path: string) =>
  ledgerEntries(repo).find((candidate) => candidate.path === path)?.id as string;

/** t1 allowed and t2 done, both committed. */
function decidedRepo(): TempRepo {
  const repo = initRepo();
  assert.is(repo.cli(['allow', idOf(repo, 't1.py'), '--reason', 'kept on purpose']).status, 0);
  assert.is(repo.cli(['done', idOf(repo, 't2.py'), '--hours', '3']).status, 0);
  assert.is(repo.git('commit', '-q', '-m', 'decisions').status, 0);
  return repo;
}

function commitDamage(repo: TempRepo, path: string): void {
  damageLineOf(repo, path);
  repo.gitOk('add', '.value/ledger.json');
  assert.is(repo.git('commit', '-q', '--no-verify', '-m', 'damage').status, 0);
}

rebuild('damage committed on a line without a decision: every decision is kept from the readable lines', () => {
  const repo = decidedRepo();
  commitDamage(repo, 't3.py');
  const run = repo.cli(['scan', '--rebuild']);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stderr, 'entries kept from its readable lines');
  const entries = ledgerEntries(repo);
  assert.is(entries.find((entry) => entry.path === 't1.py')?.allow?.reason, 'kept on purpose');
  assert.is(entries.find((entry) => entry.path === 't2.py')?.done?.hours, 3);
  assert.ok(
    entries.some((entry) => entry.path === 't3.py' && entry.status === 'open'),
    'the damaged entry is rebuilt',
  );
});

rebuild("damage committed on the allow's own line: the allow comes back from the newest readable commit", () => {
  const repo = decidedRepo();
  const decided = repo.gitOk('rev-parse', '--short=12', 'HEAD').trim();
  commitDamage(repo, 't1.py');
  const run = repo.cli(['scan', '--rebuild']);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stderr, `taken from commit ${decided}`);
  const allowed = ledgerEntries(repo).find((entry) => entry.path === 't1.py');
  assert.is(allowed?.status, 'allowed');
  assert.is(allowed?.allow?.reason, 'kept on purpose');
});

rebuild('an uncommitted allow on a damaged line: the rebuild stops and names it, and says how to go on', () => {
  const repo = initRepo();
  const id = idOf(repo, 't1.py');
  assert.is(repo.cli(['allow', id, '--reason', 'not yet committed']).status, 0);
  repo.gitOk('reset', '-q', '--', '.value/ledger.json'); // else the staged ledger still holds it
  const text = repo.read('.value/ledger.json');
  const damaged = text.replace(`"id":"${id}"`, `"id":"${id}",,`);
  const line = `line ${text.slice(0, text.indexOf(`"id":"${id}"`)).split('\n').length}`;
  repo.write('.value/ledger.json', damaged);
  const stopped = repo.cli(['scan', '--rebuild']);
  assert.is(stopped.status, 2, stopped.stderr);
  assert.match(stopped.stderr, `the allow decision of ${id}`);
  assert.match(stopped.stderr, line);
  assert.match(stopped.stderr, '--discard-unreadable');
  assert.is(repo.read('.value/ledger.json'), damaged, 'nothing written');
  const dropped = repo.cli(['scan', '--rebuild', '--discard-unreadable']);
  assert.is(dropped.status, 0, dropped.stderr);
  assert.match(dropped.stderr, `dropped as asked: ${line}: the allow decision of ${id}`);
  assert.is(ledgerEntries(repo).find((entry) => entry.id === id)?.status, 'open');
});

/** A conflict block on t1's entry, as a merge without the driver leaves it, committed. */
function conflictedRepo(theirs: (entry: LedgerEntry) => LedgerEntry): { repo: TempRepo; id: string } {
  const repo = decidedRepo();
  const text = repo.read('.value/ledger.json');
  const ours = ledgerEntries(repo).find((entry) => entry.path === 't1.py') as LedgerEntry;
  const line = text.split('\n').find((candidate) => candidate.includes(`"id":"${ours.id}"`)) as string;
  const other = JSON.stringify(theirs(ours));
  const block = `<<<<<<< ours\n${line.replace(/,$/, '')}\n=======\n${other}\n>>>>>>> theirs\n`;
  repo.write('.value/ledger.json', text.replace(`${line}\n`, `${block}`));
  repo.gitOk('add', '.value/ledger.json');
  assert.is(repo.git('commit', '-q', '--no-verify', '-m', 'conflict committed').status, 0);
  return { repo, id: ours.id };
}

rebuild('committed conflict markers: both sides are merged as the driver would, decisions kept', () => {
  const { repo, id } = conflictedRepo((entry) => {
    const open: LedgerEntry = { ...entry, status: 'open' };
    delete open.allow;
    return open;
  });
  assert.is(repo.cli(['backlog']).status, 2, 'the conflicted ledger is refused');
  const run = repo.cli(['scan', '--rebuild']);
  assert.is(run.status, 0, run.stderr);
  assert.is(ledgerEntries(repo).find((entry) => entry.id === id)?.allow?.reason, 'kept on purpose');
});

rebuild('committed conflict markers with contradicting decisions: the rebuild stops and shows both', () => {
  const { repo, id } = conflictedRepo((entry) => ({
    ...entry,
    allow: { reason: 'another reason', by: 'Someone Else', at: '2026-01-02' },
  }));
  const run = repo.cli(['scan', '--rebuild']);
  assert.is(run.status, 2, run.stderr);
  assert.match(run.stderr, `${id} is decided differently`);
  assert.match(run.stderr, 'kept on purpose');
  assert.match(run.stderr, 'another reason');
});

rebuild.after(() => repos.forEach((repo) => repo.remove()));
rebuild.run();

const fixes = suite('every fix: line of a ledger error is a command that works in that state');

/**
 * The commands of the fix: line, quoted ('git-value …', 'git …', 'rm …'): alternatives are separated
 * by "or", and the commands of one alternative run in order ("… then …").
 */
function fixCommands(stderr: string): string[][] {
  const fix = stderr.split('\n').find((line) => line.startsWith('fix:')) ?? '';
  return fix
    .split(/,? or /)
    .map((alternative) =>
      [...alternative.matchAll(/'((?:git-value|git|rm) [^']+)'/g)].map((match) => match[1] as string),
    )
    .filter((commands) => commands.length > 0);
}

const lockHeld = { GIT_VALUE_LOCK_TIMEOUT_MS: '300' };
const fixStates: Array<
  [name: string, build: () => TempRepo, failing: string[], expected: string[][], env?: NodeJS.ProcessEnv]
> = [
  [
    'a damaged work-tree ledger, HEAD readable',
    () => {
      const repo = decidedRepo();
      damageLineOf(repo, 't3.py');
      return repo;
    },
    ['backlog'],
    [['git-value scan --rebuild'], ['git checkout HEAD -- .value/ledger.json']],
  ],
  [
    'the damage committed too (checking out HEAD would restore it)',
    () => {
      const repo = decidedRepo();
      commitDamage(repo, 't3.py');
      return repo;
    },
    ['next'],
    [['git-value scan --rebuild']],
  ],
  [
    'an uncommitted decision on the damaged line',
    () => {
      const repo = initRepo();
      const id = idOf(repo, 't1.py');
      assert.is(repo.cli(['allow', id, '--reason', 'not yet committed']).status, 0);
      repo.gitOk('reset', '-q', '--', '.value/ledger.json');
      repo.write('.value/ledger.json', repo.read('.value/ledger.json').replace(`"id":"${id}"`, `"id":"${id}",,`));
      return repo;
    },
    ['backlog'],
    [['git-value scan --rebuild --discard-unreadable']],
  ],
  [
    'a lock held by a live process',
    () => {
      const repo = initRepo();
      repo.write('.value/ledger.json.lock', String(process.pid));
      repo.write('t3.py', '# HACK: third, reworded\n');
      repo.gitOk('add', 't3.py');
      return repo;
    },
    ['check', '--staged'],
    [['rm .value/ledger.json.lock']],
    lockHeld,
  ],
  [
    'a damaged ledger staged by hand, the work tree readable (also under the pre-commit framework)',
    () => {
      const repo = initRepo();
      const intact = repo.read('.value/ledger.json');
      damageLineOf(repo, 't1.py');
      repo.gitOk('add', '.value/ledger.json');
      repo.write('.value/ledger.json', intact);
      repo.write('t3.py', '# HACK: third, reworded\n');
      repo.gitOk('add', 't3.py');
      return repo;
    },
    ['check', '--staged'],
    [['git add .value/ledger.json']],
    { PRE_COMMIT: '1' },
  ],
  [
    'a damaged ledger staged by hand and in the work tree',
    () => {
      const repo = initRepo();
      damageLineOf(repo, 't1.py');
      repo.gitOk('add', '.value/ledger.json');
      return repo;
    },
    ['check', '--staged'],
    [['git-value scan --rebuild', 'git add .value/ledger.json']],
  ],
];

for (const [name, build, failing, expected, env] of fixStates) {
  fixes(name, () => {
    const probe = build();
    const refused = probe.cli(failing, { env: env ?? {} });
    assert.is(refused.status, 2, refused.stderr);
    const alternatives = fixCommands(refused.stderr);
    assert.equal(alternatives, expected, refused.stderr);
    for (const [index, commands] of alternatives.entries()) {
      const repo = index === 0 ? probe : build();
      for (const command of commands) {
        const fixed = repo.exec('sh', ['-c', command]);
        assert.is(fixed.status, 0, `${command}: ${fixed.stderr}`);
      }
      const again = repo.cli(failing, { env: env ?? {} });
      assert.is(again.status, 0, `${failing.join(' ')} after '${commands.join("', then '")}': ${again.stderr}`);
    }
  });
}

fixes.after(() => repos.forEach((repo) => repo.remove()));
fixes.run();

const links = suite('no write follows a symbolic link out of the repository');
const outsides: string[] = [];

function outsideFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'gv-outside-'));
  outsides.push(folder);
  writeFileSync(join(folder, 'coverage.json'), 'outside\n');
  writeFileSync(join(folder, 'notes.md'), 'outside\n');
  return folder;
}

/** A plain repository (no hooks) whose branch committed `link` pointing at `target`. */
function repoWithLink(link: string, target: string): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write('a.py', '# TODO: one\n');
  symlinkSync(target, repo.path(link));
  assert.is(repo.commitAll('a branch with a link').status, 0);
  return repo;
}

links('a committed .value link: scan and the hook refuse, the link target is untouched', () => {
  const outside = outsideFolder();
  const repo = repoWithLink('.value', outside);
  const scan = repo.cli(['scan']);
  assert.is(scan.status, 2, scan.stderr);
  assert.match(scan.stderr, 'symbolic link .value');
  repo.write('b.py', '# FIXME: two\n');
  repo.gitOk('add', 'b.py');
  const check = repo.cli(['check', '--staged']);
  assert.is(check.status, 2, check.stderr);
  assert.not.ok(existsSync(join(outside, 'ledger.json')), 'no ledger written through the link');
  assert.not.ok(existsSync(join(outside, 'ledger.json.lock')), 'no lock either');
  assert.is(readFileSync(join(outside, 'coverage.json'), 'utf8'), 'outside\n');
  const fixed = repo.exec('sh', ['-c', /'(git rm [^']+)'/.exec(scan.stderr)?.[1] ?? 'false']);
  assert.is(fixed.status, 0, `the fix works: ${fixed.stderr}`);
  assert.is(repo.cli(['scan']).status, 0);
});

links('init on a branch with a committed .value link writes no launcher through it', () => {
  const outside = outsideFolder();
  const repo = repoWithLink('.value', outside);
  const init = repo.cli(['init']);
  assert.is(init.status, 2, init.stderr);
  assert.match(init.stderr, 'symbolic link .value');
  assert.not.ok(existsSync(join(outside, 'bin')), 'no launcher written through the link');
  assert.not.ok(existsSync(join(outside, 'ledger.json')));
});

links('a committed BACKLOG.md link out of the repository is refused, its target untouched', () => {
  const outside = outsideFolder();
  const repo = repoWithLink('BACKLOG.md', join(outside, 'notes.md'));
  const scan = repo.cli(['scan']);
  assert.is(scan.status, 2, scan.stderr);
  assert.match(scan.stderr, 'BACKLOG.md');
  assert.is(readFileSync(join(outside, 'notes.md'), 'utf8'), 'outside\n');
});

links("a config's backlog.path outside the repository is refused", () => {
  const outside = outsideFolder();
  const repo = new TempRepo();
  repos.push(repo);
  repo.write('a.py', '# TODO: one\n');
  repo.write('.valuerc.json', JSON.stringify({ backlog: { path: relative(repo.root, join(outside, 'notes.md')) } }));
  assert.is(repo.commitAll('first').status, 0);
  const scan = repo.cli(['scan']);
  assert.is(scan.status, 2, scan.stderr);
  assert.is(readFileSync(join(outside, 'notes.md'), 'utf8'), 'outside\n');
});

links("a link under the lock's name is removed, never written through", () => {
  const outside = outsideFolder();
  const repo = initRepo();
  symlinkSync(join(outside, 'notes.md'), repo.path('.value/ledger.json.lock'));
  repo.write('t3.py', '# HACK: reworded\n');
  repo.gitOk('add', 't3.py');
  const check = repo.cli(['check', '--staged'], { env: { GIT_VALUE_LOCK_TIMEOUT_MS: '3000' } });
  assert.is(check.status, 0, check.stderr);
  assert.is(readFileSync(join(outside, 'notes.md'), 'utf8'), 'outside\n');
});

links("a link under the temporary file's name is replaced, never written through", () => {
  const outside = outsideFolder();
  const repo = initRepo();
  const target = repo.path('.value/ledger.json');
  symlinkSync(join(outside, 'notes.md'), `${target}.tmp-${process.pid}`);
  const written = writeFileAtomic(target, formatLedger([]), '.value/ledger.json', { root: repo.root });
  assert.ok(written.ok);
  assert.is(repo.read('.value/ledger.json'), formatLedger([]));
  assert.is(readFileSync(join(outside, 'notes.md'), 'utf8'), 'outside\n');
});

links.after(() => {
  repos.forEach((repo) => repo.remove());
  outsides.forEach((folder) => rmSync(folder, { recursive: true, force: true }));
});
links.run();

const outputs = suite("--output never replaces the tool's own files");

outputs('a report written over the ledger, the config or in the git folder is refused; the ledger is kept', () => {
  const repo = initRepo();
  const before = repo.read('.value/ledger.json');
  for (const args of [
    ['scan', '--format', 'json', '--output', '.value/ledger.json'],
    ['backlog', '--format', 'json', '--output', '.value/ledger.json'],
    ['backlog', '--output', './.value/../.value/ledger.json'],
    ['report', '--html', '--output', '.value/ledger.json'],
    ['backlog', '--format', 'sarif', '--output', '.valuerc.json'],
    ['backlog', '--format', 'json', '--output', 'BACKLOG.md'],
    ['backlog', '--output', '.git/config'],
  ]) {
    const run = repo.cli(args);
    assert.is(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, 'git-value keeps itself', args.join(' '));
    assert.is(repo.read('.value/ledger.json'), before, args.join(' '));
  }
  const markdown = repo.cli(['backlog', '--output', 'BACKLOG.md']);
  assert.is(markdown.status, 0, `BACKLOG.md is a Markdown report itself: ${markdown.stderr}`);
  const elsewhere = repo.cli(['backlog', '--format', 'json', '--output', 'value-report.json']);
  assert.is(elsewhere.status, 0, elsewhere.stderr);
});

outputs.after(() => repos.forEach((repo) => repo.remove()));
outputs.run();
