import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { ConfigSecretRule } from '../../../src/config/types.js';
import { compileConfigRule } from '../../../src/analyzers/secrets/config-rules.js';
import { ALNUM, fakeToken } from '../../../src/analyzers/secrets/fake-token.js';
import { analyze } from '../../../src/analyzers/secrets/index.js';
import { findNestedQuantifier } from '../../../src/analyzers/secrets/regex-safety.js';

const token = `acme_${fakeToken(ALNUM, 30)}`;
const valid: ConfigSecretRule = {
  id: 'secret/acme-token',
  description: 'ACME internal token',
  keywords: ['acme_'],
  pattern: '\\bacme_[A-Za-z0-9]{30}\\b',
  minEntropy: 3,
  severity: 'high',
  examples: { positive: [token, `ACME_TOKEN=${token}`], negative: ['acme_' + 'x'.repeat(30), 'acme_short'] },
};

const rows: Array<[name: string, change: Partial<ConfigSecretRule>, error: RegExp | undefined]> = [
  ['valid rule', {}, undefined],
  [
    'named secret group',
    {
      pattern: 'acme=(?<secret>acme_[A-Za-z0-9]{30})',
      examples: { positive: [`acme=${token}`], negative: ['acme=nothing'] },
    },
    undefined,
  ],
  ['numbered secretGroup', { pattern: '(acme_)([A-Za-z0-9]{30})', secretGroup: 2 }, undefined],
  ['bad id', { id: 'acme-token' }, /id must look like/],
  ['upper-case id', { id: 'secret/Acme' }, /id must look like/],
  ['empty description', { description: ' ' }, /description/],
  ['no keywords', { keywords: [] }, /keywords/],
  ['upper-case keyword', { keywords: ['ACME_'] }, /lower-case/],
  ['non-ASCII keyword', { keywords: ['acmé'] }, /ASCII/],
  ['does not compile', { pattern: 'acme_[A-Z' }, /does not compile/],
  ['global flag', { flags: 'g' }, /flags/],
  ['nested repeat (x+)+', { pattern: '(acme_[A-Za-z0-9]+)+' }, /nested repeat/],
  ['nested repeat (.*)*', { pattern: 'acme_(.*)*' }, /nested repeat/],
  ['missing group', { secretGroup: 3 }, /secretGroup/],
  ['entropy out of range', { minEntropy: 9 }, /minEntropy/],
  ['no negatives', { examples: { positive: [token], negative: [] } }, /examples/],
  ['positive without keyword', { keywords: ['zzz_'] }, /none of the keywords/],
  ['positive not found', { examples: { positive: ['acme_tooshort'], negative: ['x'] } }, /not found/],
  ['negative found', { examples: { positive: [token], negative: [token] } }, /negative example #1/],
];

const test = suite('config secret rules');
for (const [name, change, error] of rows) {
  test(name, () => {
    const result = compileConfigRule({ ...valid, ...change });
    if (error === undefined) assert.ok(result.ok, result.ok ? '' : result.error);
    else assert.ok(!result.ok && error.test(result.error) && result.error.includes("'secret/"), JSON.stringify(result));
  });
}

test('a compiled rule is used by analyze and keeps its examples', () => {
  const result = compileConfigRule(valid);
  assert.ok(result.ok);
  if (!result.ok) return;
  assert.equal(result.value.examples.positive(), valid.examples.positive);
  const findings = analyze({
    path: '.env',
    text: `ACME=${token}`,
    changed: [{ start: 1, end: 1 }],
    options: { extraRules: [result.value] },
  });
  assert.equal(
    findings.map((finding) => finding.ruleId),
    ['secret/acme-token'],
  );
});

test('config rules in analyzer options (analyzers.secrets.rules) are compiled and used', () => {
  const options = { rules: [valid], allowValues: [] };
  const findings = analyze({ path: 'a.txt', text: `x ${token}`, changed: [{ start: 1, end: 1 }], options });
  assert.equal(
    findings.map((finding) => finding.ruleId),
    ['secret/acme-token'],
  );
  assert.throws(
    () =>
      analyze({
        path: 'a.txt',
        text: 'x',
        changed: [{ start: 1, end: 1 }],
        options: { rules: [{ ...valid, id: 'bad' }] },
      }),
    /secret rule 'bad'/,
  );
});

const shapes = suite('nested quantifier detection');
const patterns: Array<[pattern: string, nested: boolean]> = [
  ['(a+)+', true],
  ['(.*)*', true],
  ['(?:[a-z]+\\.)*', true],
  ['(a|b+){2,}', true],
  ['((ab)*c)+', true],
  ['(?:[a-z]{1,10}\\.){1,5}', false],
  ['[a-z]+\\.[a-z]+', false],
  ['(?<secret>[A-Z0-9]{16})', false],
  ['\\(a+\\)+', false],
  ['[(a+)]+', false],
  ['(a)?b+', false],
  ['(?:ab){3}', false],
];
for (const [pattern, nested] of patterns)
  shapes(pattern, () => assert.is(findNestedQuantifier(pattern) !== undefined, nested));

test.run();
shapes.run();
