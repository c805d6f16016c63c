// Literals that a table of fixed delimiters cannot describe: closers computed from the opener
// (Lua `[==[`, Rust `r#"`), Rust's `'` that is a char or a lifetime, and JS regex literals.

import type { Region, RegionKind } from './scan-regions.js';

export interface Literal {
  kind: RegionKind;
  end: number;
  openLength: number;
  closeLength: number;
}

/** The literal opening at `at` whose closer is `close`, running to the end of the text if unclosed. */
function closeWith(text: string, at: number, kind: RegionKind, openLength: number, close: string): Literal {
  const end = text.indexOf(close, at + openLength);
  return end === -1
    ? { kind, end: text.length, openLength, closeLength: 0 }
    : { kind, end: end + close.length, openLength, closeLength: close.length };
}

/** Lua long brackets: `[[…]]`, `[==[…]==]`, and `--[[…]]` comments. */
export function readLuaLongBracket(text: string, at: number): Literal | undefined {
  const long = /(--)?\[(={0,8})\[/y;
  long.lastIndex = at;
  const match = long.exec(text);
  return match ? closeWith(text, at, match[1] ? 'comment' : 'string', match[0].length, `]${match[2]}]`) : undefined;
}

/**
 * Rust: `'a'` and `'\n'` are chars, `'a` alone is a lifetime (plain code, returned as null);
 * `r"…"`, `r#"…"#` and `br"…"` are raw strings. Undefined when nothing special starts here.
 */
export function readRustLiteral(text: string, at: number): Literal | null | undefined {
  if (text[at] === "'") {
    if (text[at + 1] === '\\') {
      const close = text.indexOf("'", at + 3);
      return close !== -1 && close <= at + 12
        ? { kind: 'string', end: close + 1, openLength: 1, closeLength: 1 }
        : null;
    }
    const width = (text.codePointAt(at + 1) ?? 0) > 0xffff ? 2 : 1;
    return text[at + 1 + width] === "'" ? { kind: 'string', end: at + 2 + width, openLength: 1, closeLength: 1 } : null;
  }
  if (/\w/.test(text[at - 1] ?? '')) return undefined;
  const raw = /b?r(#{0,8})"/y;
  raw.lastIndex = at;
  const match = raw.exec(text);
  return match ? closeWith(text, at, 'string', match[0].length, `"${match[1]}`) : undefined;
}

const REGEX_BEFORE = new Set('(,=:[!&|?{};+-*%<>~^'.split(''));
const REGEX_KEYWORDS = new Set([
  'return',
  'typeof',
  'case',
  'do',
  'else',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'yield',
  'await',
  'instanceof',
]);

/**
 * A `/` starts a regex after an operator, an opening bracket or a keyword; after a value (a name,
 * `)`, `]`, a string) it divides. `last` is the region scanned just before, skipped like whitespace.
 */
export function startsRegex(text: string, at: number, last: Region | undefined): boolean {
  let before = at - 1;
  while (before >= 0) {
    if (last && before < last.end && before >= last.start) {
      if (last.kind === 'string') return false;
      before = last.start - 1;
    } else if (/\s/.test(text[before] as string)) before--;
    else break;
  }
  if (before < 0) return true;
  const previous = text[before] as string;
  // `a++ / 2` divides; `a = /x/` and `a + /x/.source` do not
  if (REGEX_BEFORE.has(previous)) return text[before - 1] !== previous || (previous !== '+' && previous !== '-');
  if (!/[\w$]/.test(previous)) return false;
  const word = /[\w$]{1,12}$/.exec(text.slice(Math.max(0, before - 11), before + 1));
  return Boolean(word && REGEX_KEYWORDS.has(word[0]));
}

/** The regex literal at `at` (up to its closing `/`, outside a `[…]` class), or undefined if the line ends first. */
export function readRegexLiteral(text: string, at: number): Literal | undefined {
  let inClass = false;
  for (let cursor = at + 1; cursor < text.length; cursor++) {
    const char = text[cursor];
    if (char === '\\') cursor++;
    else if (char === '\n') return undefined;
    else if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if (char === '/' && !inClass) return { kind: 'string', end: cursor + 1, openLength: 1, closeLength: 1 };
  }
  return undefined;
}
