import { isParserReady, parsedLanguageOf } from '../parsers/prepare-parsers.js';
import { measureEcmaScriptFunctions } from './ecmascript-functions.js';
import type { FunctionMetrics } from './function-metrics.js';
import { measurePythonFunctions } from './python-functions.js';
import { measureTreeSitterFunctions } from './tree-sitter-functions.js';

/**
 * Every function's metrics, for the agreement checks and the backlog's per-file complexity.
 * Requires `await prepareParsers([language])` first; files in other languages give [].
 */
export function measureFunctions(path: string, text: string): FunctionMetrics[] {
  const language = parsedLanguageOf(path);
  if (!language) return [];
  if (!isParserReady(language)) throw new Error(`measureFunctions(${path}): await prepare() for '${language}' first`);
  if (language === 'js' || language === 'ts') return measureEcmaScriptFunctions(path, text);
  if (language === 'py') return measurePythonFunctions(text);
  return measureTreeSitterFunctions(language, text);
}
