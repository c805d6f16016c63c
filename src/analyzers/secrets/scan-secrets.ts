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
  /** Keywords of the rules that run on any path. */
  automaton: KeywordAutomaton;
  anchorKeywords: Set<string>;
  /** Positions in `ordered` of the rules each keyword can trigger. */
  rulesByKeyword: Map<string, number[]>;
  /** Rules for named files only (.pgpass, config/master.key…), with their own small automaton. */
  fileRules: {
    indexes: number[];
    /** Every file rule's path pattern in one, case-insensitive: one regex to compile and run, not 56. */
    anyPath: RegExp;
    automaton: KeywordAutomaton;
    rulesByKeyword: Map<string, number[]>;
  };
}

const prepared = new WeakMap<readonly SecretRule[], PreparedRules>();
const noAnchors: ReadonlySet<string> = new Set();

/** A rule confined to named files: its keywords ('0'-'9' for a hex key file, ':' for shadow) stay out of the shared prefilter. */
const isFileRule = (rule: SecretRule): boolean => rule.paths !== undefined && !isContextualRule(rule);

function indexKeywords(ordered: readonly SecretRule[], indexes: readonly number[]): Map<string, number[]> {
  const rulesByKeyword = new Map<string, number[]>();
  for (const index of indexes)
    for (const keyword of new Set((ordered[index] as SecretRule).keywords))
      rulesByKeyword.set(keyword, [...(rulesByKeyword.get(keyword) ?? []), index]);
  return rulesByKeyword;
}

/** A test passed by every path one of `paths` accepts (and a few more, being case-insensitive). */
function joinPaths(paths: readonly RegExp[]): RegExp {
  return new RegExp([...new Set(paths.map((path) => path.source))].map((source) => `(?:${source})`).join('|'), 'i');
}

/** Rule lists are fixed per run: order them and build their keyword automata once, not per file. */
function prepareRules(rules: readonly SecretRule[]): PreparedRules {
  let entry = prepared.get(rules);
  if (!entry) {
    const ordered = [...rules.filter((rule) => !isContextualRule(rule)), ...rules.filter(isContextualRule)];
    const everywhere = ordered.flatMap((rule, index) => (isFileRule(rule) ? [] : [index]));
    const inNamedFiles = ordered.flatMap((rule, index) => (isFileRule(rule) ? [index] : []));
    entry = {
      ordered,
      automaton: compileKeywords(everywhere.flatMap((index) => (ordered[index] as SecretRule).keywords)),
      anchorKeywords: new Set(ordered.filter(isContextualRule).flatMap((rule) => rule.keywords)),
      rulesByKeyword: indexKeywords(ordered, everywhere),
      fileRules: {
        indexes: inNamedFiles,
        anyPath: joinPaths(inNamedFiles.map((index) => (ordered[index] as SecretRule).paths as RegExp)),
        automaton: compileKeywords(inNamedFiles.flatMap((index) => (ordered[index] as SecretRule).keywords)),
        rulesByKeyword: indexKeywords(ordered, inNamedFiles),
      },
    };
    prepared.set(rules, entry);
  }
  return entry;
}

/** Positions of the rules that can match: a keyword present, and for a file rule, its file. */
function triggeredRules(text: string, path: string, rules: PreparedRules, present: ReadonlySet<string>): number[] {
  const triggered = new Set<number>();
  for (const keyword of present) for (const index of rules.rulesByKeyword.get(keyword) ?? []) triggered.add(index);
  const { fileRules } = rules;
  if (
    fileRules.anyPath.test(path) &&
    fileRules.indexes.some((index) => (rules.ordered[index] as SecretRule).paths?.test(path))
  ) {
    for (const keyword of scanKeywords(text, fileRules.automaton, noAnchors).present)
      for (const index of fileRules.rulesByKeyword.get(keyword) ?? []) triggered.add(index);
  }
  return [...triggered].sort((a, b) => a - b);
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
  const prepared = prepareRules(rules);
  const { ordered, automaton, anchorKeywords } = prepared;
  const hits = scanKeywords(text, automaton, anchorKeywords);
  // only the rules whose keywords the text holds (most files hold none or a few), in rule order
  const triggered = triggeredRules(text, path, prepared, hits.present);
  if (triggered.length === 0) return [];
  const scan: ScanText = { text, keywordOffsets: hits.offsets, path, language: languageOf(path) };
  const spans: SpanIndex = { starts: [], ends: [], exact: new Set() };
  const lines: { starts?: number[] } = {};
  const matches: SecretMatch[] = [];
  for (const index of triggered) {
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
