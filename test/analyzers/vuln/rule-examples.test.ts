import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { analyze } from '../../../src/analyzers/vuln/index.js';
import { vulnRules } from '../../../src/analyzers/vuln/rules/index.js';
import type { VulnRule } from '../../../src/analyzers/vuln/rule-types.js';
import { wholeFile } from '../../../src/findings/line-ranges.js';

const examples = suite('vuln rule examples');

// Examples are written in the rule's first language; JS examples also run as TS (same syntax).
function examplePaths(rule: VulnRule): string[] {
  if (rule.examplePath) return [rule.examplePath];
  const first = rule.languages[0] as string;
  return first === 'py'
    ? ['example.py']
    : rule.languages.filter((language) => language !== 'py').map((language) => `example.${language}`);
}

function idsFor(rule: VulnRule, path: string, text: string): string[] {
  return analyze({ path, text, changed: wholeFile(text) }, [rule]).map((finding) => finding.ruleId);
}

vulnRules.forEach((rule, index) => {
  const label = `${rule.id} [${rule.languages.join(',')}] #${index}`;
  examples(`${label} has positive and negative examples and a vuln/<kebab> id`, () => {
    assert.ok(rule.examples.positive.length > 0 && rule.examples.negative.length > 0);
    assert.match(rule.id, /^vuln\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
    assert.ok(rule.pattern?.global !== false, 'patterns must be global');
    assert.ok(Boolean(rule.pattern) !== Boolean(rule.detect), 'exactly one of pattern and detect');
  });
  for (const path of examplePaths(rule)) {
    for (const positive of rule.examples.positive) {
      examples(`${label} finds ${JSON.stringify(positive)} in ${path}`, () =>
        assert.ok(idsFor(rule, path, positive).includes(rule.id), `no ${rule.id}`),
      );
    }
    for (const negative of rule.examples.negative) {
      examples(`${label} ignores ${JSON.stringify(negative)} in ${path}`, () =>
        assert.equal(idsFor(rule, path, negative), []),
      );
    }
  }
});

examples('a rule id and language pair is defined once', () => {
  const pairs = vulnRules.flatMap((rule) => rule.languages.map((language) => `${rule.id}:${language}`));
  assert.equal(pairs.length, new Set(pairs).size);
});

examples('every positive example holds one of the rule keywords', () => {
  for (const rule of vulnRules) {
    for (const positive of rule.examples.positive) {
      assert.ok(
        rule.keywords.some((keyword) => positive.includes(keyword)),
        `${rule.id}: ${positive}`,
      );
    }
  }
});

examples.run();
