import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { isBugFixSubject } from '../../src/git/commit-subjects.js';

// Bug-fix commits by their subject: the evidence that a file's complexity costs its maintainers.
const subjects = suite('bug-fix commit subjects');

const rows: Array<[subject: string, fix: boolean]> = [
  ['fix(http): handle redirects with a body (#6521)', true],
  ['Fix crash when the rootdir has no permissions', true],
  ['config: fix regression causing conftests to not be initialised', true],
  ['Fixes #1234: wrong header on retry', true],
  ['bugfix: off-by-one in the diff trimming', true],
  ['Add support for File objects', false],
  ['fix typo in docstring', false],
  ['Fix pyright type errors', false],
  ['[Fix UP031] Manually, keeping some required %r specifiers', false],
  ['chore: fix internal type references', false],
  ['docs: fix the example', false],
  ['Fix CI and build failures (#7190)', false],
  ['[pre-commit.ci] auto fixes from pre-commit.com hooks', false],
  ['feat: prefix for fixes in the changelog', false],
];
for (const [subject, fix] of rows)
  subjects(`${fix ? 'fix' : 'not a fix'}: ${subject}`, () => assert.is(isBugFixSubject(subject), fix));

subjects.run();
