import type { SourceView } from './rule-types.js';
import { isJsConstant } from './js-constants.js';
import { isPyConstant } from './py-constants.js';
import { codeOf, type Span } from './source-view.js';

/**
 * How an argument is built: a constant (a literal, or values the code fixes: see constant-expression.ts),
 * text formatted with values (template `${}`, `+`, Python f-string, `%`, `.format`), or some other
 * expression (a variable, a call) we cannot see into. Read from `code`, where string contents are
 * blank, so the text of a literal never confuses it.
 */
export type ExpressionKind = 'literal' | 'formatted' | 'dynamic';

const JS_LITERAL = /^(?:(["'])\s*\1|`[^`$]*`)(?:\s*\+\s*(?:(["'])\s*\2|`[^`$]*`))*$/;
const PY_LITERAL = /^[rRbBuU]{0,2}(["'])\s*\1(?:\s*\+?\s*[rRbBuU]{0,2}(["'])\s*\2)*$/;
const PY_FSTRING = /(?<![\w])[rRbBuU]?[fF][rRbBuU]?["']/;
const PY_PERCENT = /["']\s*%\s*[^=\s]/;
const PY_FORMAT = /["']\s*\.\s*format\s*\(/;
const HAS_QUOTE = /["'`]/;

export function classifyExpression(view: SourceView, span: Span): ExpressionKind {
  const kind = readKind(view, span);
  if (kind === 'literal') return kind;
  const part = { text: codeOf(view, span), at: span.start };
  return (view.language === 'py' ? isPyConstant : isJsConstant)(view, part) ? 'literal' : kind;
}

function readKind(view: SourceView, span: Span): ExpressionKind {
  const code = codeOf(view, span);
  if (view.language === 'py') return classifyPython(view, span, code);
  if (JS_LITERAL.test(code)) return 'literal';
  if (code.includes('`') && code.includes('${')) return 'formatted';
  return hasConcatenation(code) ? 'formatted' : 'dynamic';
}

function classifyPython(view: SourceView, span: Span, code: string): ExpressionKind {
  if (PY_LITERAL.test(code)) return 'literal';
  if (PY_FSTRING.test(code) && hasReplacementField(view.text.slice(span.start, span.end))) return 'formatted';
  if (PY_PERCENT.test(code) || PY_FORMAT.test(code)) return 'formatted';
  return hasConcatenation(code) ? 'formatted' : 'dynamic';
}

/** An f-string `{value}`; `{{` is an escaped brace. */
export function hasReplacementField(text: string): boolean {
  return text.replace(/\{\{/g, '').includes('{');
}

/** A `+` next to a string literal: `"rm " + name`, `base + '/x'`. */
function hasConcatenation(code: string): boolean {
  return HAS_QUOTE.test(code) && /["'`]\s*\+|\+\s*[rRbBuUfF]{0,2}["'`]/.test(code);
}

// Words that make a hash or a random number security-relevant when they name what is computed.
const SECRET_WORDS = new Set([
  'password',
  'passwords',
  'passwd',
  'pwd',
  'secret',
  'secrets',
  'token',
  'tokens',
  'nonce',
  'otp',
  'salt',
  'apikey',
  'csrf',
  'xsrf',
  'sign',
  'signature',
  'signed',
  'credential',
  'credentials',
  'session',
  'sessionid',
]);

/** Identifier words of a line, split on camelCase and snake_case: `resetToken` → reset, token. */
export function mentionsSecret(line: string): boolean {
  const words = line
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return words.some((word) => SECRET_WORDS.has(word));
}

/**
 * The line of `text` holding `offset`, clipped to `radius` characters either side: on a minified
 * bundle the "line" is the whole file, and a word 50 kB away says nothing about this call.
 */
export function lineAround(text: string, offset: number, radius = 120): string {
  const start = Math.max(text.lastIndexOf('\n', offset - 1) + 1, offset - radius);
  const newline = text.indexOf('\n', offset);
  return text.slice(start, Math.min(newline === -1 ? text.length : newline, offset + radius));
}
