import { languageOf } from '../../findings/languages.js';
import { lineAt, lineStarts } from '../../findings/line-ranges.js';
import { isContextualRule, type SecretCandidate, type SecretMatch } from './candidate.js';
import { shannonEntropy } from './entropy.js';
import { findCandidates, type ScanText } from './find-candidates.js';
import { compileKeywords, scanKeywords, type KeywordAutomaton } from './keyword-automaton.js';
import type { SecretRule } from './rule-types.js';
import { findSuppression, suppressions as defaultSuppressions, type Suppression } from './suppressions.js';
import { addSpan, overlapsSpan, type SpanIndex } from './span-index.js';

export interface ScanOptions {
  /** Exact values the user declared fake (config `analyzers.secrets.allowValues`). */
  allowValues?: readonly string[];
  /** Replaces the built-in suppression list (tests prove each suppression this way). */
  suppressions?: readonly Suppression[];
}

function isKept(candidate: SecretCandidate, options: ScanOptions, list: readonly Suppression[]): boolean {
  const { rule, secret } = candidate;
  if (secret.length === 0) return false;
  if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) return false;
  if (rule.validate && !rule.validate(secret)) return false;
  const generic = isContextualRule(rule);
  if (generic && !rule.acceptsCandidate(candidate)) return false;
  if (options.allowValues?.includes(secret)) return false;
  return findSuppression(candidate, generic, list) === undefined;
}

function toMatch(candidate: SecretCandidate, text: string, lines: { starts?: number[] }): SecretMatch {
  // Line offsets cost a pass over the text; most files have no secret and never pay it.
  const starts = (lines.starts ??= lineStarts(text));
  const secretLine = lineAt(starts, candidate.start);
  return {
    ruleId: candidate.rule.id,
    rule: candidate.rule,
    secret: candidate.secret,
    start: candidate.start,
    end: candidate.end,
    line: lineAt(starts, candidate.matchStart),
    endLine: lineAt(starts, Math.max(candidate.matchStart, candidate.matchEnd - 1)),
    column: candidate.start - (starts[secretLine - 1] ?? 0) + 1,
    lineText: candidate.lineText,
  };
}

interface PreparedRules {
  ordered: SecretRule[];
  automaton: KeywordAutomaton;
  anchorKeywords: Set<string>;
  /** Positions in `ordered` of the rules each keyword can trigger. */
  rulesByKeyword: Map<string, number[]>;
}

const prepared = new WeakMap<readonly SecretRule[], PreparedRules>();

/** Rule lists are fixed per run: order them and build their keyword automaton once, not per file. */
function prepareRules(rules: readonly SecretRule[]): PreparedRules {
  let entry = prepared.get(rules);
  if (!entry) {
    const ordered = [...rules.filter((rule) => !isContextualRule(rule)), ...rules.filter(isContextualRule)];
    const rulesByKeyword = new Map<string, number[]>();
    ordered.forEach((rule, index) => {
      for (const keyword of new Set(rule.keywords))
        rulesByKeyword.set(keyword, [...(rulesByKeyword.get(keyword) ?? []), index]);
    });
    entry = {
      ordered,
      automaton: compileKeywords(ordered.flatMap((rule) => rule.keywords)),
      anchorKeywords: new Set(ordered.filter(isContextualRule).flatMap((rule) => rule.keywords)),
      rulesByKeyword,
    };
    prepared.set(rules, entry);
  }
  return entry;
}

/**
 * Every secret in `text`, provider rules first: the generic detector only reports values no
 * specific rule claimed, and one value matched twice is reported once.
 */
export function scanSecrets(
  text: string,
  path: string,
  rules: readonly SecretRule[],
  options: ScanOptions = {},
): SecretMatch[] {
  const list = options.suppressions ?? defaultSuppressions;
  const { ordered, automaton, anchorKeywords, rulesByKeyword } = prepareRules(rules);
  const hits = scanKeywords(text, automaton, anchorKeywords);
  if (hits.present.size === 0) return [];
  const scan: ScanText = { text, keywordOffsets: hits.offsets, path, language: languageOf(path) };
  const spans: SpanIndex = { starts: [], ends: [], exact: new Set() };
  const lines: { starts?: number[] } = {};
  const matches: SecretMatch[] = [];
  // only the rules whose keywords the text holds (most files hold none or a few), in rule order
  const triggered = new Set<number>();
  for (const keyword of hits.present) for (const index of rulesByKeyword.get(keyword) ?? []) triggered.add(index);
  for (const index of [...triggered].sort((a, b) => a - b)) {
    const rule = ordered[index] as SecretRule;
    if (rule.paths && !rule.paths.test(path)) continue;
    const generic = isContextualRule(rule);
    findCandidates(rule, scan, (candidate) => {
      if (!isKept(candidate, options, list)) return false;
      const key = `${candidate.start}:${candidate.end}`;
      if (spans.exact.has(key) || (generic && overlapsSpan(spans, candidate.start, candidate.end))) return true;
      addSpan(spans, candidate.start, candidate.end, key);
      matches.push(toMatch(candidate, text, lines));
      return true;
    });
  }
  // Code-unit order, not localeCompare: every machine must produce the same ledger.
  return matches.sort((a, b) => a.start - b.start || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
