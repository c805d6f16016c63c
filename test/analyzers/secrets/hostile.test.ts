import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { BASE64, fakeToken, HEX } from '../../../src/analyzers/secrets/fake-token.js';
import { readdirSync } from 'node:fs';
import { genericRules } from '../../../src/analyzers/secrets/generic.js';
import { analyze, listRules } from '../../../src/analyzers/secrets/index.js';
import type { SecretRule } from '../../../src/analyzers/secrets/rule-types.js';

// Catastrophic backtracking shows as time growing faster than input: each shape is scanned at
// 200 KB and at 2 MB on one line (no newline to stop a [^\n] gap), across every rule at once.
const SMALL = 200_000;
const LARGE = 2_000_000;
const randomBlock = fakeToken(BASE64, 65_536);
const hexBlock = fakeToken(HEX, 65_536);

const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const shapes: Array<[name: string, build: (size: number) => string]> = [
  ['a= repeated', (size) => repeatTo('a=', size)],
  ['"password": " repeated', (size) => repeatTo('"password": "', size)],
  ['base64-like characters', (size) => repeatTo(randomBlock, size)],
  ['hex characters', (size) => repeatTo(hexBlock, size)],
  ["nested quotes '\"'\"'", (size) => repeatTo(`'"'"'`, size)],
  ['-----BEGIN repeated', (size) => repeatTo('-----BEGIN ', size)],
  ['key= with a long value', (size) => `key=${repeatTo(randomBlock, size - 4)}`],
  ['password= with a long value', (size) => `password=${repeatTo(randomBlock, size - 9)}`],
  ['token= repeated', (size) => repeatTo('token=', size)],
  ['api_key: " with long quoted value', (size) => `api_key: "${repeatTo(randomBlock, size - 11)}"`],
  ['URL credentials repeated', (size) => repeatTo('https://u:p@', size)],
  ['prefixes repeated', (size) => repeatTo('ghp_sk_live_xoxb-AKIA-us1 ', size)],
  // issue 12's families: netrc entries, pwdump lines read back from ':::', URLs read back from '://'
  ['netrc entry repeated', (size) => repeatTo('machine x login y password ', size)],
  ['pwdump separators repeated', (size) => repeatTo(`a:1:${'a'.repeat(32)}:::`, size)],
  ['database schemes repeated', (size) => repeatTo('mssql+pyodbc://u:', size)],
  ['private key header, no end', (size) => `${PEM_HEADER}\n${repeatTo(randomBlock, size)}`],
];

/** Fastest of three runs: the least disturbed by other processes on a shared machine. */
// assembled at run time: the repository holds no private-key header
const PEM_HEADER = ['-----BEGIN', 'RSA PRIVATE', 'KEY-----'].join(' ');

function timeScan(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    analyze({ path: 'hostile.txt', text, changed: [{ start: 1, end: 1_000_000 }] });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const test = suite('secret scan stays linear on hostile input');
// every provider file's rules and the generic ones: a file left out of rules/index.ts fails here
test('all rules are loaded', async () => {
  const folder = new URL('../../../src/analyzers/secrets/rules/', import.meta.url);
  const declared: string[] = [...genericRules.map((rule) => rule.id)];
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.js'))) {
    const exported = ((await import(new URL(name, folder).href)) as { default?: unknown }).default;
    if (Array.isArray(exported) && exported.every((rule) => typeof (rule as SecretRule).id === 'string'))
      declared.push(...(exported as SecretRule[]).map((rule) => rule.id));
  }
  assert.ok(declared.length > 200, `${declared.length} rules declared`);
  assert.equal(
    listRules()
      .map((rule) => rule.id)
      .sort(),
    declared.sort(),
  );
});
for (const [name, build] of shapes) {
  test(name, () => {
    const small = build(SMALL);
    const large = build(LARGE);
    timeScan(small); // warm up the regex compiler for this shape
    const smallMs = timeScan(small);
    const largeMs = timeScan(large);
    // 10x the input: linear is ~10x, quadratic ~100x. A floor keeps a 1 ms small run from turning
    // scheduler noise into a failure.
    assert.ok(
      largeMs < 20 * Math.max(smallMs, 20),
      `${name}: ${smallMs.toFixed(1)} ms at 200 KB, ${largeMs.toFixed(1)} ms at 2 MB`,
    );
    assert.ok(largeMs < 3000, `${name}: ${largeMs.toFixed(0)} ms at 2 MB`);
  });
}
test.run();
