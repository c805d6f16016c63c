import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readInlineAllowReason } from '../../src/findings/inline-allow.js';
import { fakeGithubToken } from '../helpers/fake-secrets.js';

// The text after `git-value:allow` on a comment becomes the allow's reason; it never carries a token.
const reasons = suite('readInlineAllowReason');
const cases: Array<[name: string, rest: () => string, reason: string | undefined]> = [
  ['words after the marker', () => ' test fixture, revoked in 2024', 'test fixture, revoked in 2024'],
  ['a colon or dash after the marker', () => ': sample key from the docs', 'sample key from the docs'],
  ['a block comment closer', () => ' revoked key */', 'revoked key'],
  ['an HTML comment closer', () => ' fixture -->', 'fixture'],
  ['a token-like word is redacted', () => ` was ${fakeGithubToken()} before`, 'was … before'],
  [
    'a long word without digits is prose',
    () => ' internationalization_placeholder_value',
    'internationalization_placeholder_value',
  ],
  ['nothing after the marker: none', () => '', undefined],
  ['only punctuation: none', () => ' : */', undefined],
  ['only a token: none', () => ` ${fakeGithubToken()}`, undefined],
];
for (const [name, rest, reason] of cases) reasons(name, () => assert.is(readInlineAllowReason(rest()), reason));

reasons('a long reason is cut to 200 characters', () => {
  const reason = readInlineAllowReason(` ${'why '.repeat(100)}`) as string;
  assert.is(reason.length, 200);
  assert.ok(reason.endsWith('…'));
});

reasons.run();
