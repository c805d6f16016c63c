import { createFinding } from '../../findings/create-finding.js';
import { languageOf } from '../../findings/languages.js';
import { lineAt, lineStarts, touches } from '../../findings/line-ranges.js';
import type { AnalyzerInput, AnalyzerMeta, Finding } from '../../findings/types.js';
import { codeMask } from '../comments/index.js';
import type { CodeModel } from './code-model.js';
import { buildJsModel } from './js-model.js';
import { jsRules } from './js-rules.js';
import { buildPyModel } from './py-model.js';
import { pyRules } from './py-rules.js';
import type { PerfRule } from './rule-types.js';

export const meta = {
  id: 'perf/patterns',
  category: 'perf',
  languages: ['js', 'ts', 'py'],
  defaultSeverity: 'low',
  description:
    'Performance anti-patterns: awaits in loops, blocking calls in async code, work repeated per iteration, quadratic lookups',
} as const satisfies AnalyzerMeta;

export const perfRules: readonly PerfRule[] = [...jsRules, ...pyRules];

export function listRuleIds(): string[] {
  return perfRules.map((rule) => rule.id);
}

export function analyze({ path, text, changed }: AnalyzerInput): Finding[] {
  const language = languageOf(path);
  const family = language === 'py' ? 'py' : language === 'js' || language === 'ts' ? 'js' : undefined;
  if (!family) return [];
  const masked = codeMask(text, language);
  const rules = perfRules.filter((rule) => rule.language === family && rule.keyword.test(masked));
  if (rules.length === 0) return [];
  const model: CodeModel = family === 'js' ? buildJsModel(text, masked) : buildPyModel(text, masked);
  const starts = lineStarts(text);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const reported = new Set<number>();
    for (const hit of rule.find(model)) {
      const line = lineAt(starts, hit.offset);
      // Nested loops see the same code twice; one finding per rule and line.
      if (!touches(changed, line) || reported.has(line)) continue;
      reported.add(line);
      // A minified line can be megabytes long: the identity is the code around the hit.
      const lineStart = starts[line - 1] as number;
      const content = text.slice(
        Math.max(lineStart, hit.offset - 120),
        Math.min(starts[line] ?? text.length, hit.offset + 120),
      );
      findings.push(
        createFinding(meta, {
          ruleId: rule.id,
          path,
          line,
          title: hit.title ?? rule.title,
          content,
          confidence: rule.confidence,
        }),
      );
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId));
}
