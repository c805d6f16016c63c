// JS/TS/JSX/TSX via @babel/parser: one parser for all four dialects, ~60 ms to import against ~700 ms
// for the typescript compiler (measured on this machine), at a similar parse speed.
// Loaded by prepareParsers(); parseEcmaScript() is sync once it has resolved.
import type { ParserPlugin } from '@babel/parser';

/** The few fields of a Babel AST node we read; the rest is reached by walking keys. */
export interface EsNode {
  type: string;
  start: number;
  end: number;
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
  leadingComments?: Array<{ type: string; value: string; loc: EsNode['loc'] }>;
  [key: string]: unknown;
}

type BabelParse = typeof import('@babel/parser').parse;
let parse: BabelParse | undefined;

export async function loadEcmaScriptParser(): Promise<void> {
  parse ??= (await import('@babel/parser')).parse;
}

export function isEcmaScriptParserLoaded(): boolean {
  return parse !== undefined;
}

// `<T>x` casts make JSX ambiguous in .ts files, so only .tsx/.jsx/.js get the jsx plugin.
function pluginsFor(path: string): ParserPlugin[] {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  if (extension === 'ts' || extension === 'mts' || extension === 'cts') return ['typescript', 'decorators-legacy'];
  if (extension === 'tsx') return ['typescript', 'jsx', 'decorators-legacy'];
  return ['jsx', 'decorators-legacy'];
}

// The complexity and docstring analyzers read the same file one after the other: the last parse is
// kept for the second (Babel's parse is more than half of either analyzer's time).
let kept: { path: string; text: string; program: EsNode | undefined } | undefined;

/** The Program node, or undefined when the text is not parseable even with error recovery. */
export function parseEcmaScript(path: string, text: string): EsNode | undefined {
  if (kept?.path === path && kept.text === text) return kept.program;
  kept = { path, text, program: parseAnew(path, text) };
  return kept.program;
}

function parseAnew(path: string, text: string): EsNode | undefined {
  if (!parse) throw new Error('parseEcmaScript called before prepareParsers() resolved');
  try {
    const file = parse(text, {
      sourceType: 'unambiguous',
      errorRecovery: true,
      plugins: pluginsFor(path),
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
      allowImportExportEverywhere: true,
      allowSuperOutsideMethod: true,
      allowUndeclaredExports: true,
    });
    return file.program as unknown as EsNode;
  } catch (error) {
    // A syntax error the parser cannot recover from: the file has no measurable functions.
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

const skippedKeys = new Set([
  'loc',
  'start',
  'end',
  'extra',
  'leadingComments',
  'trailingComments',
  'innerComments',
  'range',
]);

/**
 * Child nodes in source order (Babel keeps keys in source order for every node type we visit).
 * Object.keys and a type test before the key lookup: twice as fast as for-in over every key here,
 * and every node of a file is visited twice (functions, then cognitive complexity).
 */
export function childrenOf(node: EsNode): EsNode[] {
  const children: EsNode[] = [];
  const keys = Object.keys(node);
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    const value = node[key];
    if (value === null || typeof value !== 'object' || skippedKeys.has(key)) continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) children.push(item);
    } else if (isNode(value)) children.push(value);
  }
  return children;
}

function isNode(value: unknown): value is EsNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
