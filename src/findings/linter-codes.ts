// Our checks and the linter rules that check the same thing, so a project's own decision about one of
// them (a rule switched off in its config, a threshold, an inline suppression) is read as a decision
// about ours. Complexity: ruff's and flake8's C901 (mccabe), pylint's too-many-branches and too-complex,
// ESLint's `complexity`, golangci-lint's gocyclo, gocognit and cyclop. Security: the flake8-bandit
// rules ruff runs as S…, bandit's own B… ids (`# nosec B307`), pylint's and ESLint's named rules.

export type Linter = 'ruff' | 'flake8' | 'pylint' | 'bandit' | 'eslint' | 'golangci';

/** The linter rules equivalent to one of our checks, for the languages those linters read. */
export interface LinterEquivalent {
  /** Our rule id. */
  ruleId: string;
  languages: readonly string[];
  /** Which of the rule's findings (by the call it reports, facts.call); all of them when absent. */
  call?: RegExp;
  /** Per linter, the rules that check it; `name|id` spells one rule two ways (pylint). */
  codes: Partial<Record<Linter, readonly string[]>>;
}

/** The spellings of one linter rule: 'eval-used|W0123' → ['eval-used', 'W0123']. */
export function spellingsOf(code: string): string[] {
  return code.split('|');
}

/** Complexity checks by linter: the ids and names that switch our quality/complexity on or off. */
export const COMPLEXITY_CODES: Readonly<Record<Linter, readonly string[]>> = {
  ruff: ['C901', 'PLR0912'],
  flake8: ['C901'],
  pylint: ['too-many-branches|R0912', 'too-complex|C0901'],
  bandit: [],
  eslint: ['complexity'],
  golangci: ['gocyclo', 'gocognit', 'cyclop'],
};

const PY = ['py'];
const JS = ['js', 'ts'];

/**
 * Checks a project switches off by name (never by not selecting them): security patterns, and missing
 * docstrings (pydocstyle's D101-D103 in ruff, pylint's missing-*-docstring, ESLint's jsdoc/require-jsdoc).
 */
export const IGNORABLE_EQUIVALENTS: readonly LinterEquivalent[] = [
  {
    ruleId: 'quality/docstring',
    languages: PY,
    codes: {
      ruff: ['D101', 'D102', 'D103'],
      flake8: ['D101', 'D102', 'D103'],
      pylint: [
        'missing-class-docstring|C0115|missing-docstring|C0111',
        'missing-function-docstring|C0116|missing-docstring|C0111',
      ],
    },
  },
  { ruleId: 'quality/docstring', languages: JS, codes: { eslint: ['jsdoc/require-jsdoc'] } },
  {
    ruleId: 'vuln/dynamic-code-execution',
    languages: PY,
    call: /^exec$/,
    codes: { ruff: ['S102'], bandit: ['B102'], pylint: ['exec-used|W0122'] },
  },
  {
    ruleId: 'vuln/dynamic-code-execution',
    languages: PY,
    call: /^eval$/,
    codes: { ruff: ['S307'], bandit: ['B307'], pylint: ['eval-used|W0123'] },
  },
  { ruleId: 'vuln/dynamic-code-execution', languages: JS, call: /^eval$/, codes: { eslint: ['no-eval'] } },
  { ruleId: 'vuln/dynamic-code-execution', languages: JS, call: /^Function$/, codes: { eslint: ['no-new-func'] } },
  {
    ruleId: 'vuln/unsafe-deserialization',
    languages: PY,
    call: /^(?:c?pickle|dill|shelve|jsonpickle|_pickle)\.|read_pickle$/,
    codes: { ruff: ['S301'], bandit: ['B301'] },
  },
  {
    ruleId: 'vuln/unsafe-deserialization',
    languages: PY,
    call: /^marshal\./,
    codes: { ruff: ['S302'], bandit: ['B302'] },
  },
  {
    ruleId: 'vuln/unsafe-deserialization',
    languages: PY,
    call: /^yaml\.(?:load|unsafe_load)/,
    codes: { ruff: ['S506'], bandit: ['B506'] },
  },
  { ruleId: 'vuln/sql-injection', languages: PY, codes: { ruff: ['S608'], bandit: ['B608'] } },
  {
    ruleId: 'vuln/command-injection',
    languages: PY,
    call: /^os\.(?:system|popen)/,
    codes: { ruff: ['S605'], bandit: ['B605'] },
  },
  {
    ruleId: 'vuln/command-injection',
    languages: PY,
    call: /^subprocess\./,
    codes: { ruff: ['S602'], bandit: ['B602'] },
  },
  { ruleId: 'vuln/tls-verification-disabled', languages: PY, codes: { ruff: ['S501'], bandit: ['B501'] } },
  { ruleId: 'vuln/insecure-randomness', languages: PY, codes: { ruff: ['S311'], bandit: ['B311'] } },
  { ruleId: 'vuln/weak-hash', languages: PY, codes: { ruff: ['S324'], bandit: ['B324'] } },
];

/**
 * The linter codes equivalent to a finding, or undefined when no linter checks the same thing (or the
 * finding does not say which call it reports and its rule covers several).
 */
export function equivalentCodes(
  ruleId: string,
  language: string,
  call: string | undefined,
): Partial<Record<Linter, readonly string[]>> | undefined {
  if (ruleId === 'quality/complexity') return COMPLEXITY_CODES;
  const candidates = IGNORABLE_EQUIVALENTS.filter(
    (equivalent) => equivalent.ruleId === ruleId && equivalent.languages.includes(language),
  );
  const matched = candidates.find(
    (equivalent) => !equivalent.call || (call !== undefined && equivalent.call.test(call)),
  );
  return matched && Object.keys(matched.codes).length > 0 ? matched.codes : undefined;
}

/** The called name a vulnerability finding reports, from the start of its code: `pickle.loads`, `eval`, `Function`. */
export function readCallName(code: string): string | undefined {
  const match = /^\s*(?:new\s+)?([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*){0,4})\s*\(/.exec(code);
  return match ? (match[1] as string).replace(/\s+/g, '').slice(0, 80) : undefined;
}
