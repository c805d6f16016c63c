import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { commandForPeople, quoteForShell, selfInvocation } from '../../src/cli/self-command.js';

const self = suite('self-command');
const words: Array<[word: string, quoted: string]> = [
  ['/usr/bin/node', '/usr/bin/node'],
  [
    '/home/ana/.cache/pre-commit/repo1a2b/prebuilt/git-value',
    '/home/ana/.cache/pre-commit/repo1a2b/prebuilt/git-value',
  ],
  ['/Users/Ana Lima/bin/git-value', "'/Users/Ana Lima/bin/git-value'"],
  ["/tmp/it's/git-value", "'/tmp/it'\\''s/git-value'"],
  ['$HOME/git-value', "'$HOME/git-value'"],
];
for (const [word, quoted] of words)
  self(`quoteForShell ${JSON.stringify(word)}`, () => assert.is(quoteForShell(word), quoted));

self('from the npm package (tsc output here): node and the CLI script, absolute', () => {
  const [program, script] = selfInvocation();
  assert.is(program, process.execPath);
  assert.match(script as string, /\/cli\/main\.js$/);
});

self('advice names git-value when PATH has one, else the full invocation', () => {
  assert.is(commandForPeople('/nowhere', { PATH: '' }), selfInvocation().map(quoteForShell).join(' '));
  assert.is(commandForPeople('/nowhere', { PATH: '/bin' }), selfInvocation().map(quoteForShell).join(' '));
});

self.run();
