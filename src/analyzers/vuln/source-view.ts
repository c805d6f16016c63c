import { codeMasks, kindAt, scanRegions } from '../comments/index.js';
import type { SourceView, VulnLanguage } from './rule-types.js';

export function buildView(path: string, text: string, language: VulnLanguage): SourceView {
  const regions = scanRegions(text, language);
  return { path, language, text, ...codeMasks(text, language, regions), regions };
}

/** False inside a comment or a string's contents (blanked in `code`); quotes themselves are code. */
export function isCode(view: SourceView, offset: number): boolean {
  return view.code.charCodeAt(offset) !== 32 || view.text.charCodeAt(offset) === 32;
}

/** Matches of a global `pattern` over `view[source]` that start in code. */
export function matchesIn(view: SourceView, pattern: RegExp, source: 'code' | 'bare' = 'code'): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const haystack = view[source];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(haystack); match; match = pattern.exec(haystack)) {
    if (match[0].length === 0) pattern.lastIndex++;
    else if (isCode(view, match.index)) found.push(match);
  }
  return found;
}

export interface Span {
  start: number;
  end: number;
}

export interface Call extends Span {
  /** Top-level arguments, trimmed, in order. */
  args: Span[];
}

// Calls are read from `code`, where string contents are blanked: a ',' or ')' inside a literal cannot
// split or close an argument list. Bounded, so an unbalanced file costs at most MAX_CALL per call.
const MAX_CALL = 4000;
const OPENING = '([{';
const CLOSING = ')]}';

/** Calls whose callee `pattern` (global, ending at the '(') matches at a code offset of `view[source]`. */
export function findCalls(view: SourceView, pattern: RegExp, source: 'code' | 'bare' = 'code'): Call[] {
  return matchesIn(view, pattern, source).flatMap((match) => {
    const open = match.index + match[0].length - 1;
    if (view.code[open] !== '(') return [];
    const call = readArguments(view, open);
    return call ? [{ start: match.index, end: call.end, args: call.args }] : [];
  });
}

function readArguments(view: SourceView, open: number): { end: number; args: Span[] } | undefined {
  const { code } = view;
  const args: Span[] = [];
  let depth = 0;
  let argStart = open + 1;
  const limit = Math.min(code.length, open + MAX_CALL);
  for (let at = open + 1; at < limit; at++) {
    const char = code[at] as string;
    if (OPENING.includes(char)) depth++;
    else if (CLOSING.includes(char) && depth > 0) depth--;
    else if ((char === ',' || char === ')') && depth === 0) {
      const arg = trimSpan(view, argStart, at);
      if (arg.end > arg.start) args.push(arg);
      if (char === ')') return { end: at + 1, args };
      argStart = at + 1;
    }
  }
  return undefined;
}

function trimSpan(view: SourceView, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(view.code[from] as string)) from++;
  while (to > from && /\s/.test(view.code[to - 1] as string)) to--;
  return { start: from, end: to };
}

export function codeOf(view: SourceView, span: Span): string {
  return view.code.slice(span.start, span.end);
}

export function bareOf(view: SourceView, span: Span): string {
  return view.bare.slice(span.start, span.end);
}

/** Local names bound by `from <module> import a, b as c` (Python), so bare `Popen(…)` is recognised. */
export function importedNames(view: SourceView, modules: readonly string[]): string[] {
  const names: string[] = [];
  // a multi-line `^` regex tries every line start: skip it unless an import of these modules occurs
  if (!modules.some((module) => view.code.includes(`from ${module}`))) return names;
  const alternatives = modules.map((module) => module.replace(/\./g, '\\.')).join('|');
  // `from m import a, b` ends at the line end; `from m import (a,\n b)` at the parenthesis.
  const statement = new RegExp(
    `^[ \\t]{0,40}from[ \\t]+(?:${alternatives})[ \\t]+import[ \\t]+(?:\\(([\\w\\s,]{1,400})\\)|([\\w \\t,]{1,400}))`,
    'gm',
  );
  for (const match of matchesIn(view, statement)) {
    for (const item of (match[1] ?? match[2] ?? '').split(',')) {
      const local = /(\w+)\s*$/.exec(item.trim())?.[1];
      if (local) names.push(local);
    }
  }
  return names;
}

/** The innermost Python `def` around `offset`, from its header line to the end of its body (by indentation). */
export function enclosingPythonDef(view: SourceView, offset: number): Span | undefined {
  const { code } = view;
  const lineStart = code.lastIndexOf('\n', offset - 1) + 1;
  let indent = indentOf(code, lineStart);
  // bounded: the def is looked for within the 400 lines above
  for (let end = lineStart - 1, lines = 0; end > 0 && indent > 0 && lines < 400; lines++) {
    const start = code.lastIndexOf('\n', end - 1) + 1;
    if (startsStatement(view, start) && indentOf(code, start) < indent) {
      indent = indentOf(code, start);
      if (/^[ \t]*(?:async[ \t]+)?def[ \t]/.test(code.slice(start, end)))
        return { start, end: blockEnd(view, start, indent) };
      if (/^[ \t]*class[ \t]/.test(code.slice(start, end))) return undefined;
    }
    end = start - 1;
  }
  return undefined;
}

function indentOf(code: string, lineStart: number): number {
  return /^[ \t]*/.exec(code.slice(lineStart, lineStart + 200))?.[0].replace(/\t/g, '        ').length ?? 0;
}

/**
 * A line whose indentation means something: not blank, not inside a multi-line string, not the
 * closing bracket of a multi-line header or call (`) -> None:`).
 */
function startsStatement(view: SourceView, lineStart: number): boolean {
  const first = lineStart + (/^[ \t]*/.exec(view.code.slice(lineStart, lineStart + 200))?.[0].length ?? 0);
  const char = view.code[first];
  return (
    char !== undefined &&
    char !== '\n' &&
    char !== '\r' &&
    !')]}'.includes(char) &&
    kindAt(view.regions, first) === 'code'
  );
}

function blockEnd(view: SourceView, header: number, indent: number): number {
  const { code } = view;
  let at = code.indexOf('\n', header);
  while (at !== -1 && at < code.length) {
    const next = at + 1;
    if (startsStatement(view, next) && indentOf(code, next) <= indent) return at;
    at = code.indexOf('\n', next);
  }
  return code.length;
}
