import { kindAt } from '../comments/index.js';
import type { SourceView } from './rule-types.js';

// Whether an expression's value is fixed by the code: literals, numbers, names bound only to such
// values, paths under the code's own folder, and calls that only combine them. A shell command or
// an eval of such a value runs only what its author wrote, so it is not an injection risk
// (`const CONFIG = "a.json"; exec(`lint -c ${CONFIG}`)`). Not a parser: read from `code`, where
// string contents are blank; anything it cannot follow is "not constant", which keeps the finding.

export interface ConstantContext {
  view: SourceView;
  /** Names taken as constant (parameters of a same-file helper called with constant arguments). */
  assumed: ReadonlySet<string>;
  /** Names being resolved, so `a = b; b = a` ends. */
  resolving: Set<string>;
  depth: number;
  /** Where the expression being read sits: names are looked up from there (Python: the enclosing def). */
  anchor: number;
}

const MAX_DEPTH = 6;

export function startContext(view: SourceView, anchor: number): ConstantContext {
  return { view, assumed: new Set(), resolving: new Set(), depth: 0, anchor };
}

export interface Part {
  text: string;
  /** Offset of text[0] in the view, or -1 when it was read out of a string (an f-string field). */
  at: number;
}

export function trimPart(part: Part): Part {
  const lead = part.text.length - part.text.trimStart().length;
  const text = part.text.trim();
  return { text, at: part.at < 0 ? -1 : part.at + lead };
}

const OPEN = '([{';
const CLOSE = ')]}';

/** Offsets of `separator` matches that sit outside every bracket of `text`. */
export function topLevelMatches(text: string, separator: RegExp): number[] {
  const found: number[] = [];
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at] as string;
    if (OPEN.includes(char)) depth++;
    else if (CLOSE.includes(char)) depth--;
    else if (depth === 0) {
      separator.lastIndex = at;
      const match = separator.exec(text);
      if (match && match.index === at) {
        found.push(at);
        at += Math.max(0, match[0].length - 1);
      }
    }
  }
  return found;
}

/** `text` cut at top-level `separator` matches (sticky regex), each piece with its offset. */
export function splitTopLevel(part: Part, separator: RegExp): Part[] {
  const cuts = topLevelMatches(part.text, separator);
  if (cuts.length === 0) return [part];
  const pieces: Part[] = [];
  let from = 0;
  for (const cut of cuts) {
    pieces.push(trimPart({ text: part.text.slice(from, cut), at: shift(part, from) }));
    separator.lastIndex = cut;
    from = cut + (separator.exec(part.text)?.[0].length ?? 1);
  }
  pieces.push(trimPart({ text: part.text.slice(from), at: shift(part, from) }));
  return pieces;
}

export function shift(part: Part, by: number): number {
  return part.at < 0 ? -1 : part.at + by;
}

/** The bracket closing the one at `open` in `text`, or -1. */
export function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let at = open; at < text.length; at++) {
    const char = text[at] as string;
    if (OPEN.includes(char)) depth++;
    else if (CLOSE.includes(char) && --depth === 0) return at;
  }
  return -1;
}

/** `(…)` around the whole expression removed: `(a + b)` → `a + b`. */
export function unwrapParentheses(part: Part): Part {
  let current = part;
  while (current.text.startsWith('(') && closingBracket(current.text, 0) === current.text.length - 1)
    current = trimPart({ text: current.text.slice(1, -1), at: shift(current, 1) });
  return current;
}

/** `callee(args)` spanning the whole expression: the callee and its top-level arguments. */
export function readCall(part: Part): { callee: string; args: Part[] } | undefined {
  const head = /^([\w$.]{1,120}|["'`][^]*?["'`]\s*\.\s*\w{1,40})\s*\(/.exec(part.text);
  if (!head) return undefined;
  const open = head[0].length - 1;
  if (closingBracket(part.text, open) !== part.text.length - 1) return undefined;
  const inside = trimPart({ text: part.text.slice(open + 1, -1), at: shift(part, open + 1) });
  const args = inside.text === '' ? [] : splitTopLevel(inside, /,/y).filter((arg) => arg.text !== '');
  return { callee: (head[1] as string).replace(/\s+/g, ''), args };
}

/** The elements of `[a, b]` or `(a, b)` spanning the whole expression. */
export function readSequence(part: Part): Part[] | undefined {
  if (!/^[[(]/.test(part.text) || closingBracket(part.text, 0) !== part.text.length - 1) return undefined;
  const inside = trimPart({ text: part.text.slice(1, -1), at: shift(part, 1) });
  return inside.text === '' ? [] : splitTopLevel(inside, /,/y).filter((item) => item.text !== '');
}

/** Statement text from `offset` to the end of its expression (a `,` `;` or line end outside brackets). */
export function readInitializer(view: SourceView, offset: number, stopAtComma: boolean): Part {
  const { code } = view;
  let depth = 0;
  const limit = Math.min(code.length, offset + 2000);
  for (let at = offset; at < limit; at++) {
    const char = code[at] as string;
    if (OPEN.includes(char)) depth++;
    else if (CLOSE.includes(char)) {
      if (depth === 0) return trimPart({ text: code.slice(offset, at), at: offset });
      depth--;
    } else if (depth === 0 && (char === ';' || (stopAtComma && char === ','))) {
      return trimPart({ text: code.slice(offset, at), at: offset });
    } else if (
      depth === 0 &&
      char === '\n' &&
      kindAt(view.regions, at) === 'code' &&
      !continuesOnNextLine(code, offset, at)
    ) {
      return trimPart({ text: code.slice(offset, at), at: offset });
    }
  }
  return { text: '', at: -1 };
}

// An expression goes on when its line ends in an operator or the next line starts with one.
function continuesOnNextLine(code: string, start: number, newline: number): boolean {
  const before = code.slice(start, newline).trimEnd();
  if (before === '' || /[-+*/%=&|?:,.([{\\]$/.test(before)) return true;
  return /^\s*(?:[-+*/%&|?:.]|\?\?)/.test(code.slice(newline + 1, newline + 200));
}
