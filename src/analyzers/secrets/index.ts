import { contextOf } from '../../findings/context.js';
import { createFinding } from '../../findings/create-finding.js';
import { touches } from '../../findings/line-ranges.js';
import { redactIn } from '../../findings/redact.js';
import type { AnalyzerInput, AnalyzerMeta, Finding } from '../../findings/types.js';
import type { ConfigSecretRule } from '../../config/types.js';
import { compileConfigRule } from './config-rules.js';
import { DEMO_CONFIDENCE, judgeDemoValues } from './demo-values.js';
import type { SecretMatch } from './candidate.js';
import { isContextualRule } from './candidate.js';
import { genericRules } from './generic.js';
import type { SecretRule } from './rule-types.js';
import { allRules } from './rules/index.js';
import { scanSecrets } from './scan-secrets.js';

export { scanSecrets } from './scan-secrets.js';
export type { SecretMatch } from './candidate.js';

export const meta = {
  id: 'secret/detector',
  category: 'secret',
  languages: 'any',
  defaultSeverity: 'critical',
  description: 'Hardcoded credentials: provider tokens, private keys and credential-named values',
} as const satisfies AnalyzerMeta;

/** `rules`, `allowValues` and `passDemoValues` come from `.valuerc` (analyzers.secrets); `extraRules` from benches and tests. */
interface SecretOptions {
  extraRules?: SecretRule[];
  rules?: ConfigSecretRule[];
  allowValues?: string[];
  /** false: demo values are findings like any other (a team that wants every credential-shaped value reviewed). */
  passDemoValues?: boolean;
}

const noVerdicts: ReadonlyMap<SecretMatch, string> = new Map();

const noRules: SecretRule[] = [];
const ruleLists = new WeakMap<readonly SecretRule[], SecretRule[]>();
const optionRules = new WeakMap<object, SecretRule[]>();

/** Config rules were validated when the config loaded; one failing here is a bug, so it throws. */
function compileAll(rules: readonly ConfigSecretRule[]): SecretRule[] {
  return rules.map((rule) => {
    const compiled = compileConfigRule(rule);
    if (!compiled.ok) throw new Error(compiled.error);
    return compiled.value;
  });
}

/** The options object lives for a whole run, so its rules are compiled and listed once, not per file. */
function rulesFor(options: SecretOptions): SecretRule[] {
  if (!options.rules?.length) return listRules(options.extraRules);
  let list = optionRules.get(options);
  if (!list)
    optionRules.set(options, (list = listRules([...(options.extraRules ?? []), ...compileAll(options.rules)])));
  return list;
}

/**
 * Built-in rules in precedence order; config rules are specific, so they rank with the providers.
 * The same list object comes back for the same extra rules, so the engine's per-list setup is reused.
 */
export function listRules(extraRules: readonly SecretRule[] = noRules): SecretRule[] {
  let list = ruleLists.get(extraRules);
  if (!list) ruleLists.set(extraRules, (list = [...allRules, ...extraRules, ...genericRules]));
  return list;
}

export function listRuleIds(): string[] {
  return listRules().map((rule) => rule.id);
}

/** A demo value (see demo-values.ts) keeps its rule but falls under the plausibility line, with its reason. */
function toFinding(match: SecretMatch, input: AnalyzerInput, demo: string | undefined): Finding {
  const generic = isContextualRule(match.rule);
  const confidence = match.rule.confidence ?? (generic ? 0.6 : 0.9);
  return createFinding(meta, {
    ruleId: match.ruleId,
    path: input.path,
    line: match.line,
    endLine: match.endLine,
    column: match.column,
    title: `${match.rule.description} in ${input.path}`,
    content: redactIn(match.lineText, match.secret),
    secret: match.secret,
    severity: match.rule.severity,
    confidence: demo === undefined ? confidence : Math.min(confidence, DEMO_CONFIDENCE),
    // Rotating a provider key and purging it from history is more work than moving a value to config.
    effortHours: generic ? 1 : 2,
    ...(demo === undefined ? {} : { facts: { demo } }),
  });
}

export function analyze(input: AnalyzerInput): Finding[] {
  const options = (input.options ?? {}) as SecretOptions;
  const matches = scanSecrets(input.text, input.path, rulesFor(options), { allowValues: options.allowValues });
  // judged over the whole file: a value the file shows as a demo elsewhere is one on the changed line too
  const demo =
    options.passDemoValues === false
      ? noVerdicts
      : judgeDemoValues(matches, input.context ?? contextOf(input.path), input.path);
  return matches
    .filter((match) => touches(input.changed, match.line, match.endLine))
    .map((match) => toFinding(match, input, demo.get(match)));
}
