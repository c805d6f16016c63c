import {
  closingBracket,
  readCall,
  readInitializer,
  readSequence,
  shift,
  splitTopLevel,
  startContext,
  topLevelMatches,
  trimPart,
  unwrapParentheses,
  type ConstantContext,
  type Part,
} from './constant-expression.js';
import type { SourceView } from './rule-types.js';

// JavaScript/TypeScript side of constant-expression.ts.

const FIXED_NAMES =
  /^(?:__dirname|__filename|import\.meta\.(?:dirname|filename|url)|process\.execPath|undefined|null|true|false|NaN|Infinity)$/;
// Results that are numbers cannot carry shell or code syntax, whatever went in.
const NUMERIC_CALLS = /^(?:parseInt|parseFloat|Number|Math\.\w{1,20}|Date\.now)$/;
// Calls whose result is fixed when their arguments are.
const PURE_CALLS =
  /^(?:(?:path\.)?(?:join|resolve|normalize|dirname|basename|relative)|path\.(?:posix|win32)\.\w{1,20}|String)$/;
const PURE_METHODS = /\.(?:join|trim|trimStart|trimEnd|toUpperCase|toLowerCase|slice|padStart|padEnd|concat)$/;

export function isJsConstant(view: SourceView, part: Part): boolean {
  return isConstant(trimPart(part), startContext(view, part.at));
}

function isConstant(input: Part, context: ConstantContext): boolean {
  if (context.depth > 12) return false;
  const part = unwrapParentheses(input);
  const text = part.text.replace(/^(?:await|void|typeof)\s+/, '');
  if (text === '') return false;
  if (/^typeof\s/.test(part.text)) return true;
  const nested = { ...context, depth: context.depth + 1 };
  const ternary = readTernary(part);
  if (ternary) return ternary.every((branch) => isConstant(branch, nested));
  for (const operator of [/\|\||\?\?|&&/y, /(?<![+\-*/%=!<>&|^?:,(\[{]\s*)\+(?![+=])/y]) {
    const pieces = splitTopLevel(part, operator);
    if (pieces.length > 1) return pieces.every((piece) => isConstant(piece, nested));
  }
  // -, *, / and % give numbers (or NaN).
  if (topLevelMatches(text, /(?<=[\w$)\]]\s*)(?:-(?![-=])|\*(?![*=])|\/(?![/=*])|%(?!=))/y).length > 0) return true;
  return isConstantAtom({ text, at: part.at }, nested);
}

function isConstantAtom(part: Part, context: ConstantContext): boolean {
  const { text } = part;
  if (/^(["'])\s*\1$/.test(text) || /^-?(?:\d[\d_]*\.?\d*(?:e[-+]?\d+)?n?|0[xob][\da-f_]+)$/i.test(text)) return true;
  if (FIXED_NAMES.test(text) || /\.(?:length|size)$/.test(text)) return true;
  if (text.startsWith('`')) return isConstantTemplate(part, context);
  const sequence = text.startsWith('[') ? readSequence(part) : undefined;
  if (sequence) return sequence.every((item) => isConstant(item, context));
  const call = readCall(part);
  if (call) {
    const callee = call.callee;
    if (NUMERIC_CALLS.test(callee)) return true;
    const receiver =
      !PURE_CALLS.test(callee) && PURE_METHODS.test(callee) ? callee.slice(0, callee.lastIndexOf('.')) : undefined;
    if (receiver !== undefined) {
      const start = part.text.indexOf(receiver);
      const receiverPart = { text: receiver, at: shift(part, start) };
      return isConstant(receiverPart, context) && call.args.every((arg) => isConstant(arg, context));
    }
    if (!call.args.every((arg) => isConstant(arg, context))) return false;
    return PURE_CALLS.test(callee) || isConstantHelper(callee, call.args.length, context);
  }
  if (/^[\w$]{1,80}$/.test(text)) return isConstantName(text, context);
  return false;
}

/** `c ? a : b`: its two branches (the condition only picks one). */
function readTernary(part: Part): [Part, Part] | undefined {
  const question = topLevelMatches(part.text, /\?(?![.?])/y)[0];
  if (question === undefined) return undefined;
  const rest = { text: part.text.slice(question + 1), at: shift(part, question + 1) };
  const colons = topLevelMatches(rest.text, /:/y);
  const nestedQuestions = topLevelMatches(rest.text, /\?(?![.?])/y);
  const colon = colons[nestedQuestions.filter((at) => at < (colons[0] ?? 0)).length] ?? colons[0];
  if (colon === undefined) return undefined;
  return [
    trimPart({ text: rest.text.slice(0, colon), at: rest.at }),
    trimPart({ text: rest.text.slice(colon + 1), at: shift(rest, colon + 1) }),
  ];
}

/** A template literal whose every `${…}` is constant. */
function isConstantTemplate(part: Part, context: ConstantContext): boolean {
  const { text } = part;
  if (!text.endsWith('`') || text.length < 2) return false;
  for (let at = 1; at < text.length - 1; at++) {
    if (text[at] === '`') return false;
    if (text[at] !== '$' || text[at + 1] !== '{') continue;
    const close = closingBracket(text, at + 1);
    if (close < 0) return false;
    if (!isConstant(trimPart({ text: text.slice(at + 2, close), at: shift(part, at + 2) }), context)) return false;
    at = close;
  }
  return true;
}

function escapeName(name: string): string {
  return name.replace(/\$/g, '\\$');
}

/**
 * Every binding of `name` in the file gives a constant: `const NAME = …`, declarators after a comma,
 * plain and compound assignments. A parameter, loop variable, import or destructured name is not.
 */
function isConstantName(name: string, context: ConstantContext): boolean {
  if (context.assumed.has(name)) return true;
  if (context.resolving.has(name)) return false;
  const { code } = context.view;
  const word = escapeName(name);
  const otherBindings = new RegExp(
    [
      `\\b(?:const|let|var)\\s*[{[][^=;]{0,300}(?<![\\w$.])${word}(?![\\w$])`,
      `\\bfor\\s*\\(\\s*(?:const|let|var)\\s+${word}\\b`,
      `\\bimport\\b[^;]{0,300}(?<![\\w$.])${word}(?![\\w$])[^;]{0,300}\\bfrom\\b`,
      `\\bcatch\\s*\\(\\s*${word}\\b`,
      `(?<![\\w$.])${word}\\s*=>`,
      `\\(([^()]{0,300}?)(?<![\\w$.])${word}(?![\\w$])[^()]{0,300}\\)\\s*(?::[^=;{}()]{0,120})?(?:=>|\\{)`,
      `\\bfunction\\b[^(]{0,80}\\([^)]{0,300}(?<![\\w$.])${word}(?![\\w$])`,
      `(?<![\\w$.])${word}\\s*(?:\\+\\+|--)|(?:\\+\\+|--)\\s*${word}\\b`,
    ].join('|'),
  );
  if (otherBindings.test(code)) return false;
  const assignment = new RegExp(
    `(?<![\\w$.])${word}\\s*(?::[^=;,()]{1,120})?(?:[-+*/%&|^]|\\*\\*|\\?\\?|&&|\\|\\|)?=(?![=>])`,
    'g',
  );
  const values: Part[] = [];
  for (const match of code.matchAll(assignment)) {
    const value = readInitializer(context.view, (match.index as number) + match[0].length, true);
    if (value.text === '') return false;
    values.push(value);
  }
  if (values.length === 0) return false;
  context.resolving.add(name);
  const constant = values.every((value) => isConstant(value, { ...context, depth: context.depth + 1 }));
  context.resolving.delete(name);
  return constant;
}

/** A same-file helper whose whole body is one `return <expr>` (`getBinFile(name)`), its arguments constant. */
function isConstantHelper(name: string, arity: number, context: ConstantContext): boolean {
  if (!/^[\w$]{1,80}$/.test(name) || context.resolving.has(`${name}()`)) return false;
  const word = escapeName(name);
  const { code } = context.view;
  const shapes = [
    new RegExp(`\\bfunction\\s+${word}\\s*\\(([^()]{0,300})\\)\\s*\\{\\s*return\\b`, 'g'),
    new RegExp(`\\b(?:const|let|var)\\s+${word}\\s*=\\s*\\(([^()]{0,300})\\)\\s*=>\\s*(?!\\{)`, 'g'),
  ];
  const bodies = shapes.flatMap((shape) => [...code.matchAll(shape)]);
  if (bodies.length !== 1) return false;
  const [match] = bodies as [RegExpMatchArray];
  const params = (match[1] as string).split(',').map((param) => param.replace(/[:=].*$/s, '').trim());
  if (params.length < arity || params.some((param) => !/^[\w$]{0,80}$/.test(param))) return false;
  const returned = readInitializer(context.view, (match.index as number) + match[0].length, false);
  const after = code.slice(returned.at + returned.text.length, returned.at + returned.text.length + 20);
  if (returned.text === '' || (match[0].endsWith('return') && !/^\s*;?\s*\}/.test(after))) return false;
  context.resolving.add(`${name}()`);
  const assumed = new Set([...context.assumed, ...params.filter(Boolean)]);
  const constant = isConstant(returned, { ...context, assumed, depth: context.depth + 1 });
  context.resolving.delete(`${name}()`);
  return constant;
}
