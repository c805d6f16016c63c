import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildPrebuilt, listPrebuilt } from '../../scripts/build-prebuilt.js';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { assertNoNodeFiles, createGoRepo, createPythonRepo } from '../helpers/non-node-repos.js';
import { TempRepo } from '../helpers/temp-repo.js';

// prebuilt/ is what the pre-commit framework runs from a clone of this repository
// (.pre-commit-hooks.yaml, language: script), at the release tag a user pins. At that tag it must be exactly
// the build of the sources; between releases main keeps the last release's build (rebuilding it on every
// change put 1.5 MB of churn into history per landing). Debian's `pre-commit` must install and run it in
// repositories that have no Node files.
const prebuilt = suite('prebuilt/ and the pre-commit framework');
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'gv-prebuilt-'));
const repos: TempRepo[] = [];
const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
let hookRepo: TempRepo | undefined;
let hookRev = '';

prebuilt.after(() => {
  for (const repo of repos) repo.remove();
  rmSync(scratch, { recursive: true, force: true });
});

/** The release tag HEAD is at, if any: users pin tags (`rev: v0.1.0`), so that is where prebuilt/ must be exact. */
function releaseTagAtHead(): string | undefined {
  const run = spawnSync('git', ['describe', '--exact-match', '--tags', '--match', 'v*', 'HEAD'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return run.status === 0 ? run.stdout.trim() : undefined;
}

prebuilt('prebuilt/ is the build of its release: byte for byte at a release tag (or GIT_VALUE_RELEASE=1)', async () => {
  const committed = join(projectRoot, 'prebuilt');
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  const built = JSON.parse(readFileSync(join(committed, 'package.json'), 'utf8')) as { version?: string };
  const release = releaseTagAtHead();
  const stale =
    'prebuilt/ is out of date with the sources: run `npm run build:prebuilt` and commit prebuilt/ before tagging a release';
  assert.is(built.version, version, `prebuilt/ was built for another release than package.json's: ${stale}`);
  assert.is(statSync(join(committed, 'git-value')).mode & 0o111, 0o111, 'prebuilt/git-value is executable');
  if (!release && process.env.GIT_VALUE_RELEASE !== '1') {
    console.log('  prebuilt/: byte-for-byte check skipped (HEAD is no release tag; GIT_VALUE_RELEASE=1 forces it)');
    return;
  }
  const fresh = join(scratch, 'fresh');
  await buildPrebuilt(fresh);
  assert.equal(listPrebuilt(committed), listPrebuilt(fresh), stale);
  for (const file of listPrebuilt(fresh))
    assert.ok(readFileSync(join(committed, file)).equals(readFileSync(join(fresh, file))), `${stale} (${file})`);
});

/** A git repository holding what a clone of this one at a tag holds for the framework. */
function createHookRepo(): { repo: TempRepo; rev: string } {
  if (hookRepo) return { repo: hookRepo, rev: hookRev };
  hookRepo = new TempRepo();
  repos.push(hookRepo);
  for (const file of ['.pre-commit-hooks.yaml', 'prebuilt', 'package.json', 'hooks', '.valuerc.example.json'])
    cpSync(join(projectRoot, file), hookRepo.path(file), { recursive: true });
  hookRepo.commitAll('hooks for the pre-commit framework');
  hookRev = hookRepo.gitOk('rev-parse', 'HEAD').trim();
  return { repo: hookRepo, rev: hookRev };
}

/** `pre-commit install` for both stages, with the framework's cache outside the repository. */
function installPreCommit(repo: TempRepo): NodeJS.ProcessEnv {
  const { repo: hooks, rev } = createHookRepo();
  // PATH without the suite's git-value shim: the framework's clone is the only git-value there is
  const env = { PATH: process.env.PATH ?? '', PRE_COMMIT_HOME: join(scratch, 'pre-commit-home') };
  repo.write(
    '.pre-commit-config.yaml',
    `repos:\n  - repo: ${hooks.root}\n    rev: ${rev}\n    hooks:\n      - id: git-value\n      - id: git-value-pre-push\n`,
  );
  repo.commitAll('pre-commit config');
  const install = repo.exec('pre-commit', ['install', '--hook-type', 'pre-commit', '--hook-type', 'pre-push'], { env });
  assert.is(install.status, 0, install.stderr + install.stdout);
  return env;
}

function commitThroughFramework(repo: TempRepo, env: NodeJS.ProcessEnv, message: string) {
  repo.gitOk('add', '-A');
  return repo.exec('git', ['commit', '-q', '-m', message], { env });
}

prebuilt('run from a clone without node_modules, scan parses Go and report --html has its browser code', () => {
  const { repo: hooks } = createHookRepo();
  const repo = createGoRepo(repos);
  const env = { PATH: process.env.PATH ?? '' };
  const scan = repo.exec(hooks.path('prebuilt/git-value'), ['scan'], { env });
  assert.is(scan.status, 0, scan.stderr);
  assert.match(
    repo.read('.value/ledger.json'),
    '"ruleId":"quality/complexity"',
    'the Go grammar from prebuilt/grammars',
  );
  const report = repo.exec(hooks.path('prebuilt/git-value'), ['report', '--html', '--output', '-'], { env });
  assert.is(report.status, 0, report.stderr);
  assert.match(report.stdout, '<html');
  assertNoNodeFiles(repo);
});

for (const [language, create, secretFile, secretLine] of [
  ['Python', createPythonRepo, 'src/demo/settings.py', (token: string) => `TOKEN = "${token}"\n`],
  ['Go', createGoRepo, 'config.go', (token: string) => `package main\n\nconst token = "${token}"\n`],
] as const) {
  prebuilt(`pre-commit framework, ${language} repository: a staged token is refused, a clean commit passes`, () => {
    if (!hasPreCommit) return void console.log('  note: `pre-commit` is not installed (.ci/run installs it): skipped');
    const repo = create(repos);
    const env = installPreCommit(repo);
    repo.write(secretFile, secretLine(fakeGithubToken()));
    const refused = commitThroughFramework(repo, env, 'add a token');
    assert.is.not(refused.status, 0, 'the framework refuses the commit');
    const output = refused.stdout + refused.stderr;
    assert.match(output, secretFile);
    assert.match(output, 'secret/github-pat');
    assert.match(output, /\S+\/prebuilt\/git-value allow secret-[0-9a-f]{10}/, 'the advice names the framework copy');
    repo.write(secretFile, language === 'Go' ? 'package main\n' : 'import os\n\nTOKEN = os.environ["TOKEN"]\n');
    const clean = commitThroughFramework(repo, env, 'no token');
    assert.is(clean.status, 0, clean.stdout + clean.stderr);
    assert.is(repo.gitOk('status', '--porcelain'), '', 'read-only under the framework: the work tree stays clean');
    assertNoNodeFiles(repo);
  });
}

prebuilt('pre-commit framework, pre-push: a token committed with --no-verify is refused with history advice', () => {
  if (!hasPreCommit) return void console.log('  note: `pre-commit` is not installed (.ci/run installs it): skipped');
  const repo = createPythonRepo(repos);
  const remote = new TempRepo({ init: false });
  repos.push(remote);
  remote.gitOk('init', '-q', '--bare');
  repo.gitOk('remote', 'add', 'origin', remote.root);
  const env = installPreCommit(repo);
  repo.gitOk('push', '-q', 'origin', 'main');
  repo.write('src/demo/settings.py', `TOKEN = "${fakeGithubToken()}"\n`);
  repo.gitOk('add', '-A');
  assert.is(repo.exec('git', ['commit', '-q', '--no-verify', '-m', 'token'], { env }).status, 0);
  const push = repo.exec('git', ['push', '-q', 'origin', 'main'], { env });
  assert.is.not(push.status, 0, 'the push is refused');
  const output = push.stdout + push.stderr;
  assert.match(output, 'src/demo/settings.py:1');
  assert.match(output, 'git commit --amend');
  assert.match(output, 'git filter-repo');
  assert.match(output, 'rotate');
  assertNoNodeFiles(repo);
});

prebuilt.run();
