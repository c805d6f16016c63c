// quality/docstring: public functions, methods and classes without a docstring or doc comment, and the
// per-file coverage the backlog reports. Contract: `await prepare(languages)` once (loads the parsers,
// lazily imported here), then `analyze` and `measureDocCoverage` run synchronously and purely.
import { createFinding } from '../../findings/create-finding.js';
import { touches } from '../../findings/line-ranges.js';
import type { AnalyzerInput, AnalyzerMeta, Finding } from '../../findings/types.js';
import { parsedLanguageOf, prepareParsers } from '../parsers/prepare-parsers.js';
import { documentedLanguages, listPublicSymbols } from './list-public-symbols.js';

export const meta = {
  id: 'quality/docstring',
  category: 'quality',
  languages: documentedLanguages,
  defaultSeverity: 'low',
  description:
    'Public functions, methods and classes without a docstring (Python) or doc comment (JSDoc/TSDoc, Go, Javadoc)',
} as const satisfies AnalyzerMeta;

export interface DocCoverage {
  documented: number;
  total: number;
  missing: Array<{ name: string; line: number }>;
}

export function prepare(languages: readonly string[] = documentedLanguages): Promise<void> {
  return prepareParsers(languages.filter((language) => documentedLanguages.includes(language)));
}

// analyze and then measureDocCoverage on the same file (a scan) parse it once
let lastListed: { path: string; text: string; symbols: ReturnType<typeof listPublicSymbols> } | undefined;

function symbolsOf(path: string, text: string): ReturnType<typeof listPublicSymbols> {
  if (lastListed?.path !== path || lastListed.text !== text)
    lastListed = { path, text, symbols: listPublicSymbols(path, text) };
  return lastListed.symbols;
}

export function measureDocCoverage(path: string, text: string): DocCoverage {
  const symbols = symbolsOf(path, text);
  return {
    documented: symbols.filter((symbol) => symbol.documented).length,
    total: symbols.length,
    missing: symbols.filter((symbol) => !symbol.documented).map(({ name, line }) => ({ name, line })),
  };
}

// A symbol is touched when its declaration line changed: that is where the doc comment belongs, and
// editing an old function's body should not ask the commit to document it.
export function analyze({ path, text, changed }: AnalyzerInput): Finding[] {
  const language = parsedLanguageOf(path) ?? 'other';
  return symbolsOf(path, text)
    .filter((symbol) => !symbol.documented && touches(changed, symbol.line))
    .map((symbol) =>
      createFinding(meta, {
        ruleId: meta.id,
        path,
        line: symbol.line,
        title: `\`${symbol.name}\` (public ${symbol.kind}) has no ${language === 'py' ? 'docstring' : 'doc comment'}`,
        content: `${language} ${symbol.kind} ${symbol.name}`,
        facts: { functionName: symbol.name, kind: symbol.kind },
        confidence: 0.95,
        effortHours: symbol.kind === 'class' ? 0.5 : 0.25,
      }),
    );
}
