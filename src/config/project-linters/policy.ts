// What a project's own linter configuration has decided about checks we also make (issue 11): a
// maintainer who switched complexity off, or set its threshold, or ignored bandit's exec rule, has
// already answered the question our finding asks. The readers (one per linter, beside this file) are
// pure functions of a config file's text; workflow/project-linters.ts reads the files.
import { equivalentCodes, spellingsOf, type Linter } from '../../findings/linter-codes.js';
import { compileGlobs } from '../glob.js';

/** One linter's configuration, as far as it concerns our checks. */
export interface LinterSettings {
  linter: Linter;
  /** Where it was read, as a person finds it: `pyproject.toml [tool.ruff.lint]`. */
  source: string;
  /** Language keys it lints (languageOf). */
  languages: readonly string[];
  /**
   * Its complexity check: off (why, in words), on with the threshold it reports over (a cyclomatic or
   * cognitive count), on without a threshold comparable with ours, or no decision (undefined).
   */
  complexity?: { off: string } | ComplexityOn;
  /** Rule codes or names it explicitly switches off everywhere (an `ignore` or `disable` list). */
  ignored: readonly string[];
  /** Codes it switches off for some paths only (per-file-ignores, overrides, exclusion rules). */
  perPath: readonly PathIgnore[];
  /** Whether `code` is one of `ignored` (linters differ: ruff ignores by prefix, ESLint by name). */
  ignores?: (ignored: readonly string[], code: string) => boolean;
}

export interface ComplexityOn {
  /** The linter's complexity rules that are on (C901, gocyclo…): a path exempt from all of them is off. */
  codes: readonly string[];
  cyclomatic?: number;
  cognitive?: number;
  /** Why, in words: `sets max-complexity = 15`. */
  because: string;
}

export interface PathIgnore {
  /** The pattern as written in the config. */
  pattern: string;
  codes: readonly string[];
  /** Regular expressions (golangci-lint's exclusion paths) rather than globs. */
  regex?: boolean;
}

export interface ProjectLintPolicy {
  linters: readonly LinterSettings[];
}

export type LintDecision =
  /** The project has switched the check off here: the finding is a metric, not a backlog item. */
  | { kind: 'off'; reason: string }
  /** The project's check reports over these counts (its own threshold). */
  | { kind: 'threshold'; cyclomatic?: number; cognitive?: number; reason: string };

export interface FindingRef {
  ruleId: string;
  path: string;
  language: string;
  facts?: Readonly<Record<string, number | string>>;
}

const exactCode = (ignored: readonly string[], code: string) => ignored.includes(code);

/** Whether the list switches the rule off, under any of its spellings. */
function isIgnored(settings: LinterSettings, list: readonly string[], code: string): boolean {
  const ignores = settings.ignores ?? exactCode;
  return spellingsOf(code).some((spelling) => ignores(list, spelling));
}

function pathIgnores(settings: LinterSettings, path: string, codes: readonly string[]): PathIgnore | undefined {
  return settings.perPath.find(
    (rule) =>
      codes.every((code) => isIgnored(settings, rule.codes, code)) &&
      (rule.regex ? safeRegex(rule.pattern)?.test(path) === true : compileGlobs([rule.pattern])(path)),
  );
}

function safeRegex(source: string): RegExp | undefined {
  try {
    return new RegExp(source);
  } catch {
    return undefined; // a pattern JavaScript cannot read decides nothing here
  }
}

/** What the project's linters say about the complexity of a function in `path` (undefined: nothing). */
export function decideComplexity(policy: ProjectLintPolicy, path: string, language: string): LintDecision | undefined {
  let off: LintDecision | undefined;
  let threshold: LintDecision | undefined;
  let checked = false;
  for (const settings of policy.linters) {
    if (!settings.languages.includes(language)) continue;
    const decision = settings.complexity;
    const exempt = decision && !('off' in decision) ? pathIgnores(settings, path, decision.codes) : undefined;
    if (exempt) {
      off ??= {
        kind: 'off',
        reason: `${settings.source} switches its complexity check off for '${exempt.pattern}' (${exempt.codes.join(', ')})`,
      };
      continue;
    }
    if (!decision) continue;
    if ('off' in decision) off ??= { kind: 'off', reason: `${settings.source} ${decision.off}` };
    // a linter that checks complexity outweighs one that does not: the project does run the check
    else if (decision.cyclomatic !== undefined || decision.cognitive !== undefined)
      threshold ??= {
        kind: 'threshold',
        ...(decision.cyclomatic !== undefined ? { cyclomatic: decision.cyclomatic } : {}),
        ...(decision.cognitive !== undefined ? { cognitive: decision.cognitive } : {}),
        reason: `${settings.source} ${decision.because}`,
      };
    else checked = true; // on, counting something else (pylint's branches): no threshold of ours to take
  }
  return threshold ?? (checked ? undefined : off);
}

/**
 * Whether the project explicitly switched off, here, the linter rule that checks what a security or
 * docstring finding reports (never by not selecting it: not running bandit is no decision that `eval`
 * is fine, nor is not running pydocstyle one that docstrings do not matter).
 */
export function decideIgnored(policy: ProjectLintPolicy, finding: FindingRef): LintDecision | undefined {
  const call = typeof finding.facts?.call === 'string' ? finding.facts.call : undefined;
  const codes = equivalentCodes(finding.ruleId, finding.language, call);
  if (!codes) return undefined;
  for (const settings of policy.linters) {
    const own = codes[settings.linter];
    if (!own || own.length === 0 || !settings.languages.includes(finding.language)) continue;
    const named = own.map((code) => spellingsOf(code)[0]).join(', ');
    if (own.every((code) => isIgnored(settings, settings.ignored, code)))
      return { kind: 'off', reason: `${settings.source} ignores ${named}` };
    const exempt = pathIgnores(settings, finding.path, own);
    if (exempt) return { kind: 'off', reason: `${settings.source} ignores ${named} for '${exempt.pattern}'` };
  }
  return undefined;
}
