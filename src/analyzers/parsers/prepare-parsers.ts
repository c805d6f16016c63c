// The one async step before the complexity and docstring analyzers can run synchronously.
import { languageOf } from '../../findings/languages.js';
import { isEcmaScriptParserLoaded, loadEcmaScriptParser } from './ecmascript-parse.js';
import { grammarOf, isGrammarLoaded, loadGrammar } from './tree-sitter-parse.js';

export const parsedLanguages: readonly string[] = ['js', 'ts', ...Object.keys(grammarOf)];

const isEcmaScript = (language: string): boolean => language === 'js' || language === 'ts';

/** Loads the parsers for these language keys (all supported ones when omitted); safe to call twice. */
export async function prepareParsers(languages: readonly string[] = parsedLanguages): Promise<void> {
  if (languages.some(isEcmaScript)) await loadEcmaScriptParser();
  await Promise.all(languages.map(loadGrammar));
}

export function isParserReady(language: string): boolean {
  return isEcmaScript(language) ? isEcmaScriptParserLoaded() : isGrammarLoaded(language);
}

/** Language key of a path when one of our parsers handles it, else undefined. */
export function parsedLanguageOf(path: string): string | undefined {
  const language = languageOf(path);
  return parsedLanguages.includes(language) ? language : undefined;
}
