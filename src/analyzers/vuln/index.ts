import { contextOf } from '../../findings/context.js';
import { createFinding } from '../../findings/create-finding.js';
import { languageOf } from '../../findings/languages.js';
import { lineAt, lineStarts, touches } from '../../findings/line-ranges.js';
import { equivalentCodes, readCallName } from '../../findings/linter-codes.js';
import { findSuppression } from '../../findings/linter-suppressions.js';
import type { AnalyzerInput, AnalyzerMeta, Finding } from '../../findings/types.js';
import type { SourceView, VulnLanguage, VulnMatch, VulnRule } from './rule-types.js';
import { vulnRules } from './rules/index.js';
import { buildView, matchesIn } from './source-view.js';

export const meta = {
  id: 'vuln/patterns',
  category: 'vuln',
  languages: ['js', 'ts', 'py'],
  defaultSeverity: 'high',
  description:
    'Dangerous code patterns: injection, unsafe deserialization, weak crypto, disabled TLS checks, debug exposure',
} as const satisfies AnalyzerMeta;

// The matched code is the finding's identity; a long call is cut so one edit far inside it does not
// re-identify the finding.
const MAX_CONTENT = 240;

export function analyze({ path, text, changed }: AnalyzerInput, rules: readonly VulnRule[] = vulnRules): Finding[] {
  const language = languageOf(path);
  if (!isVulnLanguage(language)) return [];
  const applicable = rules.filter(
    (rule) =>
      rule.languages.includes(language) &&
      (!rule.paths || rule.paths.test(path)) &&
      rule.keywords.some((keyword) => text.includes(keyword)),
  );
  if (applicable.length === 0) return [];
  const view = buildView(path, text, language);
  const context = contextOf(path);
  let starts: number[] | undefined;
  let lines: string[] | undefined;
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of applicable) {
    const fixturesHere = rule.outsideInputOnlyIn?.includes(context) ?? false;
    for (const match of runRule(rule, view)) {
      if (fixturesHere && !OUTSIDE_INPUT.test(view.code.slice(match.start, match.end))) continue;
      starts ??= lineStarts(text);
      const line = lineAt(starts, match.start);
      const endLine = lineAt(starts, Math.max(match.start, match.end - 1));
      // one finding per rule and line: `eval(a) || eval(b)` or nested calls are one thing to fix
      const key = `${rule.id}:${line}`;
      if (seen.has(key) || !touches(changed, line, endLine)) continue;
      seen.add(key);
      const input = rule.takesInput
        ? OUTSIDE_INPUT.test(view.code.slice(match.start, match.end))
          ? 'outside'
          : 'callers'
        : undefined;
      const call = readCallName(view.code.slice(match.start, match.end));
      // `# noqa: S307`, `# nosec B102`, `// eslint-disable-line no-eval` where the call is written
      const codes = equivalentCodes(rule.id, language, call);
      const suppressed = codes
        ? findSuppression({ language, lines: (lines ??= text.split(/\r?\n/)), line, codes })
        : undefined;
      findings.push(toFinding(rule, view, match, line, endLine, starts, { input, call, suppressed }));
    }
  }
  return findings.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

// Where a value visibly comes from outside the program: a request, the command line, the environment,
// standard input, a socket.
const OUTSIDE_INPUT =
  /\b(?:req|request|sys\.argv|os\.environ|environ|process\.(?:argv|env)|input\s*\(|sys\.stdin|stdin|recv\w{0,10}\s*\(|location|document)\b/;

export function listRuleIds(): string[] {
  return vulnRules.map((rule) => rule.id);
}

export function isVulnLanguage(language: string): language is VulnLanguage {
  return language === 'js' || language === 'ts' || language === 'py';
}

export function runRule(rule: VulnRule, view: SourceView): VulnMatch[] {
  if (rule.detect) return rule.detect(view);
  if (!rule.pattern) return [];
  return matchesIn(view, rule.pattern, 'bare').map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

function toFinding(
  rule: VulnRule,
  view: SourceView,
  match: VulnMatch,
  line: number,
  endLine: number,
  starts: number[],
  known: { input: 'outside' | 'callers' | undefined; call: string | undefined; suppressed: string | undefined },
): Finding {
  const facts: Record<string, string> = { language: view.language };
  if (known.input) facts['input'] = known.input;
  if (known.call) facts['call'] = known.call;
  if (known.suppressed) facts['suppressed'] = known.suppressed;
  return createFinding(meta, {
    ruleId: rule.id,
    path: view.path,
    line,
    endLine,
    column: match.start - (starts[line - 1] as number) + 1,
    title: rule.title,
    severity: rule.severity,
    content: view.bare.slice(match.start, Math.min(match.end, match.start + MAX_CONTENT)),
    confidence: match.confidence ?? rule.confidence,
    effortHours: rule.effortHours,
    facts,
  });
}
