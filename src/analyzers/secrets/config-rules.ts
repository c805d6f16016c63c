import type { ConfigSecretRule } from '../../config/types.js';
import type { OptionCheck } from '../registry.js';
import { findNestedQuantifier } from './regex-safety.js';
import type { SecretRule } from './rule-types.js';
import { scanSecrets } from './scan-secrets.js';

// Rules written in .valuerc pass the same checks as built-in ones, at load time, so a broken or
// slow rule is a config error with a next step instead of a silent miss or a hung hook.

export type CompiledRule = { ok: true; value: SecretRule } | { ok: false; error: string };

const ID_FORM = /^secret\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EXAMPLE_PATH = 'example.txt';

function compilePattern(rule: ConfigSecretRule): RegExp | string {
  const flags = rule.flags ?? '';
  if (!/^[imsu]*$/.test(flags)) return `flags '${flags}' may only use i, m, s and u (the scanner adds its own)`;
  const nested = findNestedQuantifier(rule.pattern);
  if (nested)
    return `pattern has a nested repeat '${nested}' that can hang on long lines; bound it, e.g. (?:x{1,40}){1,4}`;
  try {
    return new RegExp(rule.pattern, flags);
  } catch (error) {
    return `pattern does not compile: ${(error as Error).message}`;
  }
}

function checkShape(rule: ConfigSecretRule): string | undefined {
  if (!ID_FORM.test(rule.id)) return "id must look like 'secret/my-token' (lower-case kebab after 'secret/')";
  if (!rule.description?.trim()) return 'description is empty';
  if (!Array.isArray(rule.keywords) || rule.keywords.length === 0)
    return 'keywords must list at least one substring for the prefilter';
  const bad = rule.keywords.find((keyword) => keyword.length === 0 || keyword !== keyword.toLowerCase());
  if (bad !== undefined) return `keyword '${bad}' must be non-empty and lower-case`;
  // The prefilter automaton reads ASCII only; a rule with another keyword would never run.
  const foreign = rule.keywords.find((keyword) => !/^[\x20-\x7e]+$/.test(keyword));
  if (foreign !== undefined) return `keyword '${foreign}' must be printable ASCII`;
  if (rule.minEntropy !== undefined && !(rule.minEntropy >= 0 && rule.minEntropy <= 8))
    return 'minEntropy must be between 0 and 8 bits per character';
  if (!rule.examples?.positive?.length || !rule.examples?.negative?.length)
    return 'examples need at least one positive and one negative';
  return undefined;
}

function countGroups(pattern: RegExp): number {
  return (new RegExp(`${pattern.source}|`, pattern.flags).exec('') as RegExpExecArray).length - 1;
}

function checkExamples(rule: SecretRule, positives: readonly string[]): string | undefined {
  for (const positive of positives) {
    if (!rule.keywords.some((keyword) => positive.toLowerCase().includes(keyword)))
      return `positive example #${positives.indexOf(positive) + 1} holds none of the keywords`;
    if (scanSecrets(positive, EXAMPLE_PATH, [rule]).length === 0)
      return `positive example #${positives.indexOf(positive) + 1} is not found by the pattern`;
  }
  const found = rule.examples
    .negative()
    .findIndex((negative) => scanSecrets(negative, EXAMPLE_PATH, [rule]).length > 0);
  return found === -1 ? undefined : `negative example #${found + 1} is found by the pattern`;
}

export function compileConfigRule(rule: ConfigSecretRule): CompiledRule {
  const fail = (message: string): CompiledRule => ({ ok: false, error: `secret rule '${rule.id}': ${message}` });
  const shapeError = checkShape(rule);
  if (shapeError) return fail(shapeError);
  const pattern = compilePattern(rule);
  if (typeof pattern === 'string') return fail(pattern);
  if (
    rule.secretGroup !== undefined &&
    !(Number.isInteger(rule.secretGroup) && rule.secretGroup >= 0 && rule.secretGroup <= countGroups(pattern))
  ) {
    return fail(`secretGroup ${rule.secretGroup} is not a capture group of the pattern`);
  }
  const positives = [...rule.examples.positive];
  const compiled: SecretRule = {
    id: rule.id,
    description: rule.description,
    keywords: [...rule.keywords],
    pattern,
    ...(rule.secretGroup !== undefined && { secretGroup: rule.secretGroup }),
    ...(rule.minEntropy !== undefined && { minEntropy: rule.minEntropy }),
    ...(rule.severity !== undefined && { severity: rule.severity }),
    examples: { positive: () => positives, negative: () => [...rule.examples.negative] },
  };
  const exampleError = checkExamples(compiled, positives);
  return exampleError ? fail(exampleError) : { ok: true, value: compiled };
}

/** The registry's option check for `analyzers.secrets.rules`: each rule an object its examples prove. */
export const checkRuleOptions: OptionCheck = (options) => {
  const rules = (options['rules'] ?? []) as unknown[];
  for (const [index, rule] of rules.entries()) {
    if (rule === null || typeof rule !== 'object' || Array.isArray(rule))
      return {
        option: `rules[${index}]`,
        problem: 'must be an object',
        fix: 'see .valuerc.example.json for the shape of a rule',
      };
    const compiled = compileConfigRule(rule as ConfigSecretRule);
    if (!compiled.ok)
      return {
        option: `rules[${index}]`,
        problem: `(${String((rule as { id?: unknown }).id)}): ${compiled.error}`,
        fix: 'correct the rule; each needs an id secret/<kebab>, keywords, a pattern, and positive and negative examples that it gets right',
      };
  }
  return undefined;
};
