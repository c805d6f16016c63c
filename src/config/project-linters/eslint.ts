// ESLint: .eslintrc.json/.eslintrc/.eslintrc.yml (parsed, `overrides` read per path), package.json's
// eslintConfig, and the configs that are code (.eslintrc.js/.cjs, eslint.config.*), which are never run:
// only a literal `complexity: [...]`, `"no-eval": "off"` written in them is read, and where the file
// says two different things about a rule, nothing is taken from it.
// ESLint's `complexity` rule is off unless a config turns it on, so a project that chooses its own rules
// and leaves it out has decided not to check complexity, as one whose ruff `select` leaves out C901
// (issue 11): the same decision reads the same way in both ecosystems. Shareable configs known to turn
// it on (eslint:all, xo, sonarjs) and any mention of the rule we cannot read as a literal decide nothing.
import { parse as parseJsonc } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import type { ComplexityOn, LinterSettings, PathIgnore } from './policy.js';

const JS = ['js', 'ts'];
const COMPLEXITY_DEFAULT = 20;
const COGNITIVE_RULE = 'sonarjs/cognitive-complexity';
const COGNITIVE_DEFAULT = 15;
/** ESLint rules we have an equivalent of, whose `off` we read. */
const WATCHED = ['complexity', COGNITIVE_RULE, 'no-eval', 'no-new-func', 'jsdoc/require-jsdoc'];

type RuleSetting = { off: true } | { off: false; max?: number };

/** A rule's setting as ESLint reads it: 0/'off', 1/2/'warn'/'error', or [severity, options]. */
export function readRuleSetting(value: unknown): RuleSetting | undefined {
  const severity = Array.isArray(value) ? value[0] : value;
  if (severity === 0 || severity === 'off') return { off: true };
  if (![1, 2, 'warn', 'error'].includes(severity as never)) return undefined;
  const option = Array.isArray(value) ? value[1] : undefined;
  const max =
    typeof option === 'number'
      ? option
      : option && typeof option === 'object'
        ? ((option as { max?: unknown; maximum?: unknown }).max ?? (option as { maximum?: unknown }).maximum)
        : undefined;
  return typeof max === 'number' && Number.isFinite(max) ? { off: false, max } : { off: false };
}

/** Shareable configs that turn a complexity rule on: extending one of them is no decision against it. */
const ENABLES_COMPLEXITY = /eslint:all|configs\.all|\bxo\b|sonarjs|complexity/;

function settingsFrom(
  source: string,
  rules: Map<string, RuleSetting>,
  perPath: PathIgnore[],
  choosesRules = false,
): LinterSettings {
  const cyclomatic = rules.get('complexity');
  const cognitive = rules.get(COGNITIVE_RULE);
  let complexity: LinterSettings['complexity'];
  const on: ComplexityOn = { codes: [], because: '' };
  if (cyclomatic && !cyclomatic.off) {
    on.codes = ['complexity'];
    on.cyclomatic = cyclomatic.max ?? COMPLEXITY_DEFAULT;
  }
  if (cognitive && !cognitive.off) {
    on.codes = [...on.codes, COGNITIVE_RULE];
    on.cognitive = cognitive.max ?? COGNITIVE_DEFAULT;
  }
  if (on.codes.length > 0) {
    on.because = [
      on.cyclomatic !== undefined ? `sets complexity to ${on.cyclomatic}` : '',
      on.cognitive !== undefined ? `sets ${COGNITIVE_RULE} to ${on.cognitive}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    complexity = on;
  } else if (cyclomatic?.off) complexity = { off: "turns the 'complexity' rule off" };
  else if (choosesRules && !cyclomatic && !cognitive)
    complexity = { off: "chooses its rules without 'complexity' (off unless a config turns it on)" };
  return {
    linter: 'eslint',
    source,
    languages: JS,
    ...(complexity ? { complexity } : {}),
    ignored: [...rules].filter(([, setting]) => setting.off).map(([name]) => name),
    perPath,
  };
}

function watchedRules(rules: unknown): Map<string, RuleSetting> {
  const found = new Map<string, RuleSetting>();
  if (!rules || typeof rules !== 'object') return found;
  for (const name of WATCHED) {
    const setting = readRuleSetting((rules as Record<string, unknown>)[name]);
    if (setting) found.set(name, setting);
  }
  return found;
}

/** An eslintrc object (parsed from JSON, YAML or package.json's eslintConfig). */
export function readEslintrcObject(source: string, config: unknown): LinterSettings | undefined {
  if (!config || typeof config !== 'object') return undefined;
  const { rules, overrides } = config as { rules?: unknown; overrides?: unknown };
  const perPath: PathIgnore[] = [];
  if (Array.isArray(overrides))
    for (const override of overrides as Array<{ files?: unknown; rules?: unknown }>) {
      const off = [...watchedRules(override?.rules)].filter(([, setting]) => setting.off).map(([name]) => name);
      const files = typeof override?.files === 'string' ? [override.files] : override?.files;
      if (off.length > 0 && Array.isArray(files))
        for (const pattern of files) if (typeof pattern === 'string') perPath.push({ pattern, codes: off });
    }
  const choosesRules =
    rules !== null &&
    typeof rules === 'object' &&
    Object.keys(rules).length > 0 &&
    !ENABLES_COMPLEXITY.test(JSON.stringify(config));
  return settingsFrom(source, watchedRules(rules), perPath, choosesRules);
}

export function readEslintrc(file: string, text: string): LinterSettings | undefined {
  let config: unknown;
  try {
    config = /\.ya?ml$/.test(file) ? parseYaml(text) : parseJsonc(text);
    // `.eslintrc` may hold YAML as well as JSON
    if ((config === undefined || typeof config !== 'object') && !/\.json$/.test(file)) config = parseYaml(text);
  } catch {
    return undefined; // ESLint would refuse it too
  }
  return readEslintrcObject(file, config);
}

/** A config that is code: the literal settings written in it, never run. */
export function readEslintCode(file: string, text: string): LinterSettings | undefined {
  const rules = new Map<string, RuleSetting>();
  for (const name of WATCHED) {
    const key = name.replace(/[/-]/g, (char) => `\\${char}`);
    const pattern = new RegExp(
      `(?:^|[\\s{,])["']?${key}["']?\\s*:\\s*(\\[[^\\]\\n]*\\]|\\[[^\\]]{0,200}\\]|"[^"\\n]*"|'[^'\\n]*'|\\d+)`,
      'g',
    );
    const settings = [...text.matchAll(pattern)].map((match) => readLiteral(match[1] as string));
    const distinct = new Set(settings.map((setting) => JSON.stringify(setting)));
    const only = settings[0];
    if (distinct.size === 1 && only) rules.set(name, only);
  }
  const choosesRules = /(?:^|[\s{,])["']?rules["']?\s*:/m.test(text) && !ENABLES_COMPLEXITY.test(text);
  return rules.size > 0 || choosesRules ? settingsFrom(file, rules, [], choosesRules) : undefined;
}

// ["error", 15] · ['warn', { max: 12 }] · "off" · 0
function readLiteral(literal: string): RuleSetting | undefined {
  const json = literal
    .replace(/'/g, '"')
    .replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":')
    .replace(/,\s*([\]}])/g, '$1');
  try {
    return readRuleSetting(JSON.parse(json));
  } catch {
    return undefined; // not a literal (a variable, a spread): decides nothing
  }
}
