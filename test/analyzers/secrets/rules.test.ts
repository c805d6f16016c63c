import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { genericRules } from '../../../src/analyzers/secrets/generic.js';
import { analyze, scanSecrets } from '../../../src/analyzers/secrets/index.js';
import { seedFakeTokens } from '../../../src/analyzers/secrets/fake-token.js';
import { findNestedQuantifier } from '../../../src/analyzers/secrets/regex-safety.js';
import type { SecretRule } from '../../../src/analyzers/secrets/rule-types.js';
import { allRules } from '../../../src/analyzers/secrets/rules/index.js';
import { contexts, credentialPaths, type RuleContext } from './rule-contexts.js';

// Every rule proves itself with its own examples (gitleaks' tps/fps), in every context that fits.
// Rules whose examples cannot sit in some context list them here, with the reason.
const skippedContexts: Record<string, { contexts: string[]; why: string }> = {};

const rules: SecretRule[] = [...allRules, ...genericRules];
// The generator is shared by every test file of a run: start from a known state, so a rule's examples
// are the same values whichever tests ran before.
seedFakeTokens(0x5eed);
const whole = [{ start: 1, end: 1_000_000 }];
const shape = suite('secret rules: shape');
const examples = suite('secret rules: examples');

shape('ids are unique secret/<kebab-case>', () => {
  const ids = rules.map((rule) => rule.id);
  assert.equal(
    ids.filter((id, index) => ids.indexOf(id) !== index),
    [],
    'duplicate ids',
  );
  assert.equal(
    ids.filter((id) => !/^secret\/[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)),
    [],
    'ids not of the form secret/<kebab>',
  );
});

for (const rule of rules) {
  shape(`${rule.id}: keywords, examples and a linear pattern`, () => {
    assert.ok(rule.keywords.length > 0, 'no keywords');
    assert.equal(
      rule.keywords.filter((keyword) => keyword !== keyword.toLowerCase() || !/^[\x20-\x7e]+$/.test(keyword)),
      [],
      'keywords must be lower-case printable ASCII (the prefilter reads ASCII)',
    );
    const positives = rule.examples.positive();
    assert.ok(positives.length > 0 && rule.examples.negative().length > 0, 'needs positive and negative examples');
    for (const positive of positives) {
      assert.ok(
        rule.keywords.some((keyword) => positive.toLowerCase().includes(keyword)),
        `positive holds no keyword: ${rule.keywords.join(', ')}`,
      );
    }
    assert.is(findNestedQuantifier(rule.pattern.source), undefined, 'nested repeat in pattern');
  });
}

function pathFor(rule: SecretRule, context: RuleContext): string | undefined {
  if (!rule.paths) return context.path;
  return credentialPaths.find((path) => rule.paths?.test(path));
}

function countFindings(rule: SecretRule, path: string, text: string): number {
  return analyze({ path, text, changed: whole }).filter((finding) => finding.ruleId === rule.id).length;
}

for (const rule of rules) {
  const skipped = skippedContexts[rule.id]?.contexts ?? [];
  const usable = rule.paths
    ? contexts.filter((context) => context.name === 'raw')
    : contexts.filter((context) => !skipped.includes(context.name));
  examples(`${rule.id}: each positive, in each context, gives exactly one finding`, () => {
    const failures: string[] = [];
    for (const [index, positive] of rule.examples.positive().entries()) {
      for (const context of usable.filter((candidate) => candidate.fits(positive))) {
        const path = pathFor(rule, context);
        if (!path) {
          failures.push('no credential path in rule-contexts.ts matches its `paths`');
          break;
        }
        const count = countFindings(rule, path, context.wrap(positive));
        if (count !== 1) failures.push(`positive #${index + 1} in ${context.name} (${path}): ${count} findings`);
      }
    }
    assert.equal(failures, []);
  });
  examples(`${rule.id}: negatives give no finding`, () => {
    const failures = rule.examples.negative().filter((negative) =>
      ['raw', 'YAML'].some((name) => {
        const context = contexts.find((candidate) => candidate.name === name) as RuleContext;
        return countFindings(rule, pathFor(rule, context) ?? context.path, context.wrap(negative)) > 0;
      }),
    );
    assert.equal(failures, []);
  });
  examples(`${rule.id}: no finding shows the raw secret`, () => {
    for (const positive of rule.examples.positive()) {
      const path = pathFor(rule, contexts[0] as RuleContext) ?? 'notes.txt';
      const secrets = scanSecrets(positive, path, rules).map((match) => match.secret);
      const output = JSON.stringify(analyze({ path, text: positive, changed: whole }));
      for (const secret of secrets) assert.not.ok(output.includes(secret), 'raw secret in output');
    }
  });
  if (rule.paths) {
    examples(`${rule.id}: positives outside its credential files give no finding`, () => {
      for (const positive of rule.examples.positive()) assert.is(countFindings(rule, 'src/unrelated.ts', positive), 0);
    });
  }
}

shape.run();
examples.run();
