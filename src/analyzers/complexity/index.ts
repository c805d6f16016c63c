// quality/complexity: functions whose cyclomatic or cognitive complexity passes a threshold.
// Contract: `await prepare(languages)` once (loads the parsers: Babel for JS/TS, tree-sitter grammars
// for the rest, all lazily imported here and never at module top level), then `analyze` and
// `measureFunctions` run synchronously and purely over the text they are given.
import { createFinding } from '../../findings/create-finding.js';
import { touches } from '../../findings/line-ranges.js';
import { COMPLEXITY_CODES } from '../../findings/linter-codes.js';
import { findSuppression } from '../../findings/linter-suppressions.js';
import type { AnalyzerInput, AnalyzerMeta, Finding } from '../../findings/types.js';
import { parsedLanguages, parsedLanguageOf, prepareParsers } from '../parsers/prepare-parsers.js';
import { defaultOptionsOf } from '../registry.js';
import type { FunctionMetrics } from './function-metrics.js';
import { measureFunctions } from './measure-functions.js';

export type { FunctionMetrics } from './function-metrics.js';
export { measureFunctions } from './measure-functions.js';

export const meta = {
  id: 'quality/complexity',
  category: 'quality',
  languages: parsedLanguages,
  defaultSeverity: 'medium',
  description: 'Functions whose cyclomatic (McCabe) or cognitive (SonarSource) complexity is over the threshold',
} as const satisfies AnalyzerMeta;

const defaults = defaultOptionsOf('complexity');
export const defaultThresholds = {
  threshold: defaults['threshold'] as number,
  cognitiveThreshold: defaults['cognitiveThreshold'] as number,
};

export function prepare(languages: readonly string[] = parsedLanguages): Promise<void> {
  return prepareParsers(languages);
}

export function analyze({ path, text, changed, options }: AnalyzerInput): Finding[] {
  const threshold = numberOption(options?.['threshold'], defaultThresholds.threshold);
  const cognitiveThreshold = numberOption(options?.['cognitiveThreshold'], defaultThresholds.cognitiveThreshold);
  const language = parsedLanguageOf(path) ?? 'other';
  let lines: string[] | undefined;
  return measureFunctions(path, text)
    .filter((metrics) => metrics.cyclomatic > threshold || (metrics.cognitive ?? 0) > cognitiveThreshold)
    .filter((metrics) => touches(changed, metrics.line, metrics.endLine))
    .map((metrics) => {
      // `# noqa: C901`, `// eslint-disable-next-line complexity`, `//nolint:gocyclo` on the function
      const suppressed = findSuppression({
        language,
        lines: (lines ??= text.split(/\r?\n/)),
        line: metrics.line,
        codes: COMPLEXITY_CODES,
      });
      return toFinding(path, language, metrics, threshold, cognitiveThreshold, suppressed);
    });
}

function toFinding(
  path: string,
  language: string,
  metrics: FunctionMetrics,
  threshold: number,
  cognitiveThreshold: number,
  suppressed: string | undefined,
): Finding {
  const { name, cyclomatic, cognitive, line, endLine } = metrics;
  const overCyclomatic = cyclomatic > threshold;
  const title = overCyclomatic
    ? `\`${name}\` has cyclomatic complexity ${cyclomatic} (threshold ${threshold})`
    : `\`${name}\` has cognitive complexity ${cognitive} (threshold ${cognitiveThreshold})`;
  const excess =
    Math.max(0, cyclomatic - threshold) / threshold +
    Math.max(0, (cognitive ?? 0) - cognitiveThreshold) / cognitiveThreshold;
  const facts: Record<string, number | string> = { cyclomatic, functionName: name, lines: `${line}-${endLine}` };
  if (cognitive !== undefined) facts['cognitive'] = cognitive;
  if (suppressed) facts['suppressed'] = suppressed;
  return createFinding(meta, {
    ruleId: meta.id,
    path,
    line,
    endLine,
    title,
    facts,
    // Twice the threshold is complex (high), half as much again over it is worth a look (medium). Just
    // over the line (cyclomatic 11-14 at threshold 10) is a function to watch, not one to split: the
    // ledger and metrics keep it, the ranked backlog does not ask for it (severity info).
    severity: excess >= 1 ? 'high' : excess >= 0.5 ? 'medium' : 'info',
    // The bucket, not the exact count or the line, is identity: small edits and moves keep the entry.
    content: `${language} ${name} ${bucketOf(cyclomatic)}/${bucketOf(cognitive ?? 0)}`,
    confidence: 0.9,
    // An hour to split a function just over the line, growing with how far over it is.
    effortHours: Math.min(16, Math.round((1 + 2 * excess) * 4) / 4),
  });
}

const bucketBounds = [10, 15, 20, 30, 50, 100];

function bucketOf(complexity: number): string {
  const bound = bucketBounds.find((limit) => complexity <= limit);
  return bound === undefined ? '>100' : `<=${bound}`;
}

function numberOption(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}
