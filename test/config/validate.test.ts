import { readFileSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { defaultConfig } from '../../src/config/defaults.js';
import { validateConfig } from '../../src/config/validate.js';

const config = suite('config validation');

const cases: Array<[name: string, raw: unknown, problem: string | undefined]> = [
  ['empty object: defaults', {}, undefined],
  ['a number option', { block: { minScore: 80 } }, undefined],
  ['an analyzer switched off', { analyzers: { vuln: { enabled: false } } }, undefined],
  ['wrong type', { block: { minScore: 'high' } }, "option 'block.minScore' must be a number"],
  ['unknown top-level key', { blok: {} }, "unknown option 'blok'"],
  ['unknown nested key', { backlog: { colour: 'red' } }, "unknown option 'backlog.colour'"],
  ['unknown analyzer', { analyzers: { spellcheck: { enabled: true } } }, "unknown option 'analyzers.spellcheck'"],
  ['list of non-strings', { ignore: [1] }, "option 'ignore[0]' must be a string"],
  ['negative number', { maxFileBytes: -1 }, "option 'maxFileBytes' must be a non-negative number"],
  ['not an object', [], 'the top level must be an object'],
];
for (const [name, raw, problem] of cases) {
  config(name, () => {
    const result = validateConfig(raw, '.valuerc.json');
    if (problem === undefined) assert.ok(result.ok, result.ok ? '' : result.error.message);
    else {
      assert.is(result.ok, false);
      if (!result.ok) {
        assert.match(result.error.message, '.valuerc.json');
        assert.match(result.error.message, problem);
      }
    }
  });
}

// package.json holds the config under "value": its problems are named from there (issue 14)
const inPackage: Array<[name: string, raw: unknown, problem: string]> = [
  ['"value" not an object', 'strict', '"value" must be an object, not the string "strict"'],
  ['"value" a list', [], '"value" must be an object, not a list'],
  ['wrong type', { block: { minScore: 'high' } }, "option 'value.block.minScore' must be a number"],
  ['unknown key', { blok: {} }, "unknown option 'value.blok'"],
];
for (const [name, raw, problem] of inPackage) {
  config(`package.json: ${name}`, () => {
    const result = validateConfig(raw, 'package.json');
    assert.is(result.ok, false);
    if (result.ok) return;
    assert.match(result.error.message, `package.json: ${problem}`);
    assert.match(result.error.fix, 'remove the "value" key from package.json');
    assert.not.match(result.error.fix, 'delete package.json');
  });
}

config('a user value overrides its default, the rest stay', () => {
  const result = validateConfig({ block: { minScore: 80 } }, '.valuerc.json');
  assert.ok(result.ok);
  if (result.ok)
    assert.equal([result.value.block.minScore, result.value.block.categories], [80, defaultConfig.block.categories]);
});

config('.valuerc.example.json shows every option with its default', () => {
  const example = JSON.parse(
    readFileSync(new URL('../../../.valuerc.example.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  const strip = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([key]) => !key.startsWith('$'))
            .map(([key, child]) => [key, strip(child)]),
        )
      : value;
  assert.equal(strip(example), JSON.parse(JSON.stringify(defaultConfig)));
});

config.run();
