import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { TempRepo } from '../helpers/temp-repo.js';

const ignored = suite('init in a project whose .gitignore covers what init writes');
const repos: TempRepo[] = [];

ignored("a 'bin/' rule (pytest's .gitignore has one) does not keep the launcher out of the commit", () => {
  const repo = new TempRepo();
  repos.push(repo);
  repo.write('.gitignore', 'bin/\n*.pyc\n').write('src/app.py', 'def run():\n    return 1\n');
  assert.is(repo.commitAll('seed').status, 0);
  const init = repo.cli(['init']);
  assert.is(init.status, 0, init.stderr);
  assert.match(repo.gitOk('diff', '--cached', '--name-only'), '.value/bin/git-value');
});

ignored.after(() => repos.forEach((repo) => repo.remove()));
ignored.run();
