import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { ALNUM, BASE64, fakeToken } from '../../../src/analyzers/secrets/fake-token.js';
import { analyze, meta, scanSecrets } from '../../../src/analyzers/secrets/index.js';
import type { SecretRule } from '../../../src/analyzers/secrets/rule-types.js';

// Rules local to this test, so engine behaviour is checked whatever the provider files hold.
const prefixed: SecretRule = {
  id: 'secret/test-prefixed',
  description: 'Test service token',
  keywords: ['tst_'],
  pattern: /\btst_[A-Za-z0-9]{32}\b/,
  minEntropy: 3,
  examples: { positive: () => [`tst_${fakeToken(ALNUM, 32)}`], negative: () => ['tst_'] },
};
const twin: SecretRule = { ...prefixed, id: 'secret/test-twin' };
const pem: SecretRule = {
  id: 'secret/test-pem',
  description: 'Test private key',
  keywords: ['-----begin test key'],
  pattern: /-----BEGIN TEST KEY-----\r?\n(?<secret>[A-Za-z0-9+/=\r\n]{40,2000})\r?\n-----END TEST KEY-----/,
  examples: { positive: () => [], negative: () => [] },
};
const token = `tst_${fakeToken(ALNUM, 32)}`;
const body = [fakeToken(BASE64, 64), fakeToken(BASE64, 64), fakeToken(BASE64, 20)].join('\n');
const pemText = `// keys\n-----BEGIN TEST KEY-----\n${body}\n-----END TEST KEY-----\nconst x = 1;`;
const extra = { extraRules: [prefixed, twin, pem] };
const all = [{ start: 1, end: 1000 }];

const test = suite('secret analyzer');

test('meta', () => {
  assert.equal(
    { ...meta },
    {
      id: 'secret/detector',
      category: 'secret',
      languages: 'any',
      defaultSeverity: 'critical',
      description: meta.description,
    },
  );
  assert.ok(meta.description.length > 0);
});

const ranges: Array<[name: string, changed: Array<{ start: number; end: number }>, lines: number[]]> = [
  ['secret line changed', [{ start: 3, end: 3 }], [3]],
  ['whole file', all, [3]],
  [
    'other lines changed: none',
    [
      { start: 1, end: 2 },
      { start: 4, end: 9 },
    ],
    [],
  ],
];
for (const [name, changed, lines] of ranges) {
  test(`changed ranges: ${name}`, () => {
    const text = `a\nb\nconst t = "${token}";\nd`;
    assert.equal(
      analyze({ path: 'a.ts', text, changed, options: extra }).map((finding) => finding.line),
      lines,
    );
  });
}

const pemRanges: Array<[name: string, changed: Array<{ start: number; end: number }>, found: boolean]> = [
  ['BEGIN line', [{ start: 2, end: 2 }], true],
  ['a body line', [{ start: 4, end: 4 }], true],
  ['END line', [{ start: 6, end: 6 }], true],
  [
    'outside the block: none',
    [
      { start: 1, end: 1 },
      { start: 7, end: 7 },
    ],
    false,
  ],
];
for (const [name, changed, found] of pemRanges) {
  test(`multi-line block touched at ${name}`, () => {
    const findings = analyze({ path: 'keys.ts', text: pemText, changed, options: extra });
    assert.equal(
      findings.map((finding) => [finding.ruleId, finding.line, finding.endLine]),
      found ? [['secret/test-pem', 2, 6]] : [],
    );
  });
}

test('a provider rule wins over the generic detector on the same value', () => {
  const findings = analyze({ path: 'app.py', text: `api_key = "${token}"`, changed: all, options: extra });
  assert.equal(
    findings.map((finding) => finding.ruleId),
    ['secret/test-prefixed'],
  );
});

test('two rules on the identical span report it once', () => {
  assert.equal(
    scanSecrets(token, 'notes.txt', [prefixed, twin]).map((match) => match.ruleId),
    ['secret/test-prefixed'],
  );
});

test('allowValues drops exactly the declared value', () => {
  const other = `tst_${fakeToken(ALNUM, 32)}`;
  const text = `a = "${token}"\nb = "${other}"`;
  const findings = analyze({ path: 'a.py', text, changed: all, options: { ...extra, allowValues: [token] } });
  assert.equal(
    findings.map((finding) => finding.line),
    [2],
  );
});

test('finding fields: redacted evidence, title without the secret, column, severity', () => {
  const [finding] = analyze({ path: 'src/a.ts', text: `const t = "${token}";`, changed: all, options: extra });
  assert.ok(finding);
  assert.is(finding.title, 'Test service token in src/a.ts');
  assert.is(finding.evidence, `${token.slice(0, 4)}…(${token.length} chars)`);
  assert.is(finding.column, 12);
  assert.is(finding.category, 'secret');
  assert.is(finding.severity, 'critical');
  assert.not.ok(JSON.stringify(finding).includes(token));
});

test('fingerprint follows the secret, not its line', () => {
  const at = (text: string) => analyze({ path: 'a.ts', text, changed: all, options: extra })[0]?.fingerprint;
  assert.is(at(`const t = "${token}";`), at(`\n\n// moved\nconst t = "${token}";`));
  assert.is.not(at(`const t = "${token}";`), at(`const t = "tst_${fakeToken(ALNUM, 32)}";`));
});

test('scanSecrets reports offsets of the secret', () => {
  const text = `x\nkey: ${token}\n`;
  const [match] = scanSecrets(text, 'a.yml', [prefixed]);
  assert.equal(match && [match.start, match.end, match.line, match.column, match.secret], [
    7,
    7 + token.length,
    2,
    6,
    token,
  ]);
});

test('case-folded keywords still prefilter (upper-case text)', () => {
  const upper = `TST_${fakeToken(ALNUM, 32)}`;
  const rule: SecretRule = { ...prefixed, pattern: /\bTST_[A-Za-z0-9]{32}\b/ };
  assert.is(scanSecrets(upper, 'a.txt', [rule]).length, 1);
  assert.is(scanSecrets(`é ${upper} ü`, 'a.txt', [rule])[0]?.column, 3);
});

test.run();
