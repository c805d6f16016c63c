import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  assertRestored,
  captureState,
  changedPaths,
  exerciseParallelBranches,
  packageRoot,
  packedTarball,
  pnpmStore,
  projectEnv,
  requireTool,
  runOk,
  startingFiles,
} from '../helpers/adoption.js';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { TempRepo, type Run } from '../helpers/temp-repo.js';

// git-value joining real projects, each with its own hook manager and package manager really
// installed: the project's hooks keep running, git-value's run beside them (also in linked
// worktrees), installs don't lose them, merges and rebases keep every decision, and uninstall gives
// back every file init changed byte for byte.
const adoption = suite('adoption in real projects');
const repos: TempRepo[] = [];

function project(files: Record<string, string>): TempRepo {
  const repo = new TempRepo();
  repos.push(repo);
  for (const [file, content] of Object.entries({ ...startingFiles, ...files })) repo.write(file, content);
  return repo;
}

const lines = (repo: TempRepo, file: string) =>
  existsSync(repo.path(file)) ? readFileSync(repo.path(file), 'utf8').split('\n').filter(Boolean).length : 0;

function commitSecret(repo: TempRepo, env: NodeJS.ProcessEnv, cwd = repo.root): Run {
  const token = fakeGithubToken();
  mkdirSync(join(cwd, 'src'), { recursive: true });
  writeFileSync(join(cwd, 'src/config.ts'), `export const token = '${token}';\n`);
  repo.exec('git', ['add', 'src/config.ts'], { env, cwd });
  const commit = repo.exec('git', ['commit', '-q', '-m', 'feat: config'], { env, cwd });
  repo.exec('git', ['rm', '-q', '--cached', 'src/config.ts'], { env, cwd });
  rmSync(join(cwd, 'src/config.ts'));
  return commit;
}

function assertBlocked(commit: Run): void {
  assert.is(commit.status, 1, `the commit is refused: ${commit.stdout}${commit.stderr}`);
  assert.match(commit.stderr, 'secret/github-pat');
}

function doctor(repo: TempRepo, run: (args: string[]) => Run, expected: 0 | 1): Run {
  const checked = run(['doctor']);
  assert.is(checked.status, expected, `doctor:\n${checked.stdout}${checked.stderr}`);
  return checked;
}

adoption('plain .git/hooks scripts: chained, never replaced; worktrees, SKIP, doctor failures, uninstall', () => {
  const env = projectEnv({ globalGitValue: true });
  const repo = project({ 'README.md': '# plain\n' });
  repo.write('.git/hooks/pre-commit', '#!/bin/sh\necho own >> .git/own-pre-commit.log\n');
  repo.write('.git/hooks/pre-push', '#!/bin/sh\ncat >> .git/own-pre-push.stdin\n');
  chmodSync(repo.path('.git/hooks/pre-commit'), 0o755);
  chmodSync(repo.path('.git/hooks/pre-push'), 0o755);
  runOk(repo, 'git', ['add', '-A'], env);
  runOk(repo, 'git', ['commit', '-q', '-m', 'first'], env);
  const gitValue = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
    repo.exec('git-value', args, { env: { ...env, ...extra } });
  const before = captureState(repo);
  assert.is(gitValue(['init']).status, 0);
  const touched = changedPaths(before, captureState(repo));
  assert.ok(touched.includes('.git/hooks/pre-commit.before-git-value'), 'the own hook is kept, to run after ours');
  runOk(repo, 'git', ['commit', '-q', '-m', 'chore: git-value'], env);
  assert.is(lines(repo, '.git/own-pre-commit.log'), 2, 'the project’s own pre-commit still runs');
  assertBlocked(commitSecret(repo, env));
  const skipped = repo.exec('git', ['commit', '-q', '--allow-empty', '-m', 'skip'], {
    env: { ...env, SKIP: 'git-value' },
  });
  assert.is(skipped.status, 0);
  assert.match(skipped.stderr, 'skipped (SKIP=git-value)');
  assert.is(lines(repo, '.git/own-pre-commit.log'), 3, 'SKIP=git-value skips ours only (a blocked commit stops there)');

  // a linked worktree shares the hooks folder; it has no node_modules and still runs git-value
  const worktree = join(mkdtempSync(join(tmpdir(), 'gv-wt-')), 'linked');
  runOk(repo, 'git', ['worktree', 'add', '-q', '-b', 'linked', worktree], env);
  assertBlocked(commitSecret(repo, env, worktree));

  // git-value gone from PATH: the commit fails loudly, doctor says why and how to fix it
  const noGitValue = projectEnv();
  const refused = repo.exec('git', ['commit', '-q', '--allow-empty', '-m', 'no git-value'], { env: noGitValue });
  assert.is(refused.status, 1);
  assert.match(refused.stderr, 'not found on PATH');
  const missing = repo.cli(['doctor'], { env: noGitValue });
  assert.is(missing.status, 1);
  assert.match(missing.stdout, '✗ pre-commit');
  assert.match(missing.stdout, '✗ merge driver');
  assert.match(missing.stdout, 'fix: ');

  // another tool rewrites the hook: doctor fails; install chains the new one
  repo.write('.git/hooks/pre-commit', '#!/bin/sh\necho other >> .git/other.log\n');
  const overridden = doctor(repo, gitValue, 1);
  assert.match(overridden.stdout, /✗ pre-commit: git ran .*did not reach git-value/);
  assert.is(gitValue(['install']).status, 0);
  doctor(repo, gitValue, 0);
  assert.is(lines(repo, '.git/other.log'), 1, 'doctor stops at git-value: the chained hook did not run again');

  exerciseParallelBranches(repo, gitValue, env);
  const push = repo.exec('git', ['push', '-q', worktree, 'main:pushed'], { env });
  assert.is(push.status, 0, push.stderr);
  assert.ok(lines(repo, '.git/own-pre-push.stdin') > 0, 'the own pre-push got git’s lines on stdin');

  assert.is(gitValue(['uninstall']).status, 0);
  assertRestored(before, touched, captureState(repo));
  assert.not.ok(existsSync(repo.path('.git/git-value')), 'no per-clone state left');
});

adoption('the pre-commit framework on a Python repository without package.json', () => {
  if (!requireTool('pre-commit')) return;
  const env = projectEnv({ globalGitValue: true });
  const repo = project({
    'pyproject.toml': '[project]\nname = "lib"\nversion = "1.0.0"\n',
    '.pre-commit-config.yaml': `repos:
-   repo: local
    hooks:
    -   id: own-check
        name: own check
        entry: sh -c 'echo own >> .git/own-check.log'
        language: system
        pass_filenames: false
        always_run: true
`,
  });
  runOk(repo, 'git', ['add', '-A'], env);
  runOk(repo, 'git', ['commit', '-q', '-m', 'first'], env);
  runOk(repo, 'pre-commit', ['install'], env);
  const gitValue = (args: string[]) => repo.exec('git-value', args, { env });
  const before = captureState(repo);
  const init = gitValue(['init']);
  assert.is(init.status, 0, init.stderr);
  assert.match(init.stderr, 'the pre-commit framework');
  const touched = changedPaths(before, captureState(repo));
  assert.ok(!existsSync(repo.path('package.json')) && !existsSync(repo.path('node_modules')), 'no Node files added');
  runOk(repo, 'git', ['commit', '-q', '-m', 'chore: git-value'], env);
  assert.ok(lines(repo, '.git/own-check.log') >= 1, 'the project’s own hook still runs');
  assertBlocked(commitSecret(repo, env));
  runOk(repo, 'pre-commit', ['install'], env);
  doctor(repo, gitValue, 0);
  assert.is(lines(repo, '.git/own-check.log'), 2, 'doctor runs git-value’s hook only (SKIP for the others)');
  exerciseParallelBranches(repo, gitValue, env, { recordsAtCommit: false });
  assert.is(gitValue(['uninstall']).status, 0);
  assertRestored(before, touched, captureState(repo));
});

adoption('pnpm workspace with catalogs, simple-git-hooks, lint-staged and a commit-msg check', () => {
  if (!requireTool('pnpm')) return;
  const env = projectEnv();
  const repo = project({
    'package.json': `${JSON.stringify(
      {
        name: 'mono',
        private: true,
        scripts: { prepare: 'simple-git-hooks' },
        devDependencies: { 'lint-staged': 'catalog:', 'simple-git-hooks': 'catalog:' },
        'simple-git-hooks': { 'pre-commit': 'pnpm exec lint-staged', 'commit-msg': 'node scripts/check-msg.mjs "$1"' },
        'lint-staged': { '*.ts': 'node scripts/lint-log.mjs' },
      },
      null,
      2,
    )}\n`,
    'pnpm-workspace.yaml':
      "packages:\n  - 'packages/*'\ncatalog:\n  lint-staged: ^16.4.0\n  simple-git-hooks: ^2.13.0\n",
    'packages/app/package.json': '{ "name": "app", "version": "1.0.0" }\n',
    'scripts/check-msg.mjs':
      "import { readFileSync } from 'node:fs';\nconst message = readFileSync(process.argv[2], 'utf8');\nif (!/^(feat|fix|chore)(\\(.+\\))?: |^Merge /.test(message)) { console.error('commit-msg: use feat:, fix: or chore:'); process.exit(1); }\n",
    'scripts/lint-log.mjs':
      "import { appendFileSync } from 'node:fs';\nappendFileSync('.git/lint-staged.log', 'ran\\n');\n",
    '.valuerc.json': '{ "analyzers": { "modern": { "registry": false } } }\n',
    '.gitignore': 'node_modules\n',
  });
  runOk(repo, 'git', ['add', '-A'], env);
  runOk(repo, 'git', ['commit', '-q', '-m', 'chore: first'], env);
  const pnpm = (...args: string[]) => runOk(repo, 'pnpm', [...args, pnpmStore(), '--prefer-offline'], env);
  pnpm('install');
  pnpm('add', '--save-dev', '--workspace-root', `link:${packageRoot}`);
  const gitValue = (args: string[]) => repo.exec('pnpm', ['exec', 'git-value', ...args], { env });
  const before = captureState(repo);
  const init = gitValue(['init']);
  assert.is(init.status, 0, init.stderr);
  assert.match(init.stderr, 'simple-git-hooks');
  const touched = changedPaths(before, captureState(repo));
  runOk(repo, 'git', ['commit', '-q', '-m', 'chore: git-value'], env);
  const badMessage = repo.exec('git', ['commit', '-q', '--allow-empty', '-m', 'wip'], { env });
  assert.is(badMessage.status, 1, 'the project’s commit-msg check still runs');
  repo.write('packages/app/index.ts', 'export const app = 1;\n');
  runOk(repo, 'git', ['add', '-A'], env);
  runOk(repo, 'git', ['commit', '-q', '-m', 'feat: app'], env);
  assert.is(lines(repo, '.git/lint-staged.log'), 1, 'lint-staged still runs');
  assertBlocked(commitSecret(repo, env));
  pnpm('install'); // simple-git-hooks rewrites the hooks from its config: git-value's are in it
  doctor(repo, gitValue, 0);
  exerciseParallelBranches(repo, gitValue, env);
  assert.is(gitValue(['uninstall']).status, 0);
  assertRestored(before, touched, captureState(repo));
  runOk(repo, 'pnpm', ['remove', '--workspace-root', 'git-value', pnpmStore()], env); // installs again
  runOk(repo, 'git', ['commit', '-q', '-m', 'chore: without git-value'], env);
});

adoption('husky already present (npm): both run, also in a linked worktree; npm install again; uninstall', () => {
  const env = projectEnv();
  const repo = project({
    'package.json': `${JSON.stringify({ name: 'web', version: '1.0.0', private: true, scripts: { prepare: 'husky' }, devDependencies: { husky: '^9.1.7' } }, null, 2)}\n`,
    '.husky/pre-commit': 'echo husky >> .git/husky.log\n',
    '.valuerc.json': '{ "analyzers": { "modern": { "registry": false } } }\n',
    '.gitignore': 'node_modules\n',
  });
  runOk(repo, 'git', ['add', '-A'], env);
  runOk(repo, 'git', ['commit', '-q', '-m', 'first'], env);
  const npm = (...args: string[]) => runOk(repo, 'npm', [...args, '--prefer-offline'], env);
  npm('install');
  // the packed tarball, as from the registry: a folder dependency would run this package's prepare script,
  // rebuilding dist/ under the tests that run beside this one
  npm('install', '--save-dev', packedTarball());
  const gitValue = (args: string[]) => repo.exec('npx', ['--no', 'git-value', ...args], { env });
  const before = captureState(repo);
  const init = gitValue(['init']);
  assert.is(init.status, 0, init.stderr);
  assert.match(init.stderr, 'husky');
  const touched = changedPaths(before, captureState(repo));
  assert.is(repo.gitOk('config', 'core.hooksPath').trim(), '.husky/_', 'husky’s hooks path is left as it is');
  runOk(repo, 'git', ['commit', '-q', '-m', 'chore: git-value'], env);
  assert.is(lines(repo, '.git/husky.log'), 1, 'husky’s own hook still runs');
  assertBlocked(commitSecret(repo, env));
  const worktree = join(mkdtempSync(join(tmpdir(), 'gv-wt-')), 'linked');
  runOk(repo, 'git', ['worktree', 'add', '-q', '-b', 'linked', worktree], env);
  assertBlocked(commitSecret(repo, env, worktree));
  npm('install');
  const checked = doctor(repo, gitValue, 0);
  assert.match(checked.stdout, `✓ pre-commit (worktree ${worktree})`);
  assert.is(gitValue(['uninstall']).status, 0);
  assertRestored(before, touched, captureState(repo));
});

adoption('lefthook (yarn 1): yarn install again, then yarn remove git-value without uninstalling', () => {
  if (!requireTool('yarn')) return;
  const env = projectEnv();
  const repo = project({
    'package.json': `${JSON.stringify({ name: 'svc', version: '1.0.0', private: true, devDependencies: { lefthook: '^1.13.6' } }, null, 2)}\n`,
    'lefthook.yml':
      '# the team’s hooks\npre-commit:\n  commands:\n    own:\n      run: echo lefthook >> .git/lefthook.log\n',
    '.valuerc.json': '{ "analyzers": { "modern": { "registry": false } } }\n',
    '.gitignore': 'node_modules\n',
  });
  runOk(repo, 'git', ['add', '-A'], env);
  runOk(repo, 'git', ['commit', '-q', '-m', 'first'], env);
  const yarn = (...args: string[]) => runOk(repo, 'yarn', [...args, '--prefer-offline', '--non-interactive'], env);
  yarn('install');
  yarn('add', '--dev', `file:${packedTarball()}`);
  const gitValue = (args: string[]) => repo.exec('yarn', ['--silent', 'git-value', ...args], { env });
  const lefthookBefore = repo.read('lefthook.yml');
  const init = gitValue(['init']);
  assert.is(init.status, 0, init.stderr);
  assert.match(init.stderr, 'lefthook');
  assert.ok(repo.read('lefthook.yml').startsWith(lefthookBefore), 'lefthook.yml keeps every byte it had');
  runOk(repo, 'git', ['commit', '-q', '-m', 'chore: git-value'], env);
  assert.ok(lines(repo, '.git/lefthook.log') >= 1, 'the project’s own lefthook command still runs');
  assertBlocked(commitSecret(repo, env));
  yarn('install');
  doctor(repo, gitValue, 0);
  yarn('remove', 'git-value');
  yarn('install');
  repo.write('src/after.ts', 'export const after = 1;\n');
  runOk(repo, 'git', ['add', '-A'], env);
  const after = repo.exec('git', ['commit', '-q', '-m', 'after removal'], { env });
  assert.is(after.status, 0, `commits still work once git-value is removed: ${after.stderr}`);
  assert.match(after.stderr, 'not installed any more');
  const uninstall = repo.cli(['uninstall'], { env });
  assert.is(uninstall.status, 0, uninstall.stderr);
  assert.is(repo.read('lefthook.yml'), lefthookBefore, 'lefthook.yml byte for byte as before');
  assert.not.match(repo.read('package.json'), 'git-value');
});

adoption.after(() => {
  for (const repo of repos) repo.remove();
});

adoption.run();
