import { isParserReady, parsedLanguageOf } from '../parsers/prepare-parsers.js';
import { listEcmaScriptSymbols } from './ecmascript-symbols.js';
import { listGoSymbols } from './go-symbols.js';
import { listJavaSymbols } from './java-symbols.js';
import type { PublicSymbol } from './public-symbol.js';
import { listPythonSymbols } from './python-symbols.js';

export const documentedLanguages: readonly string[] = ['py', 'js', 'ts', 'go', 'java'];

/** Public symbols of a file in a language we check; [] for any other file. Needs prepare() first. */
export function listPublicSymbols(path: string, text: string): PublicSymbol[] {
  const language = parsedLanguageOf(path);
  if (!language || !documentedLanguages.includes(language)) return [];
  if (!isParserReady(language)) throw new Error(`listPublicSymbols(${path}): await prepare() for '${language}' first`);
  if (language === 'py') return listPythonSymbols(text, path);
  if (language === 'go') return listGoSymbols(text, path);
  if (language === 'java') return listJavaSymbols(text);
  return listEcmaScriptSymbols(path, text);
}
