import {
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
import { enclosingPythonDef } from './source-view.js';

// Python side of constant-expression.ts: `exec(f"def test_{i}(): pass")` in `for i in range(n)` or
// `exec(compile(SOURCE, "<demo>", "exec"))` with SOURCE a literal run only what the author wrote.

const STRINGS = /^(?:[rRbBuUfF]{0,2}(?:"""[^]*?"""|'''[^]*?'''|"[^"\n]*"|'[^'\n]*')\s*)+$/;
const STRING_PIECE = /([rRbBuUfF]{0,2})("""|'''|"|')([^]*?)\2/g;
const FIXED_NAMES = /^(?:True|False|None|__file__|__name__|sys\.executable|os\.sep|os\.linesep)$/;
const NUMERIC_CALLS = /^(?:int|float|len|round|abs|ord|hash|id|bool)$/;
// Calls whose result is fixed when their arguments are (`compile` keeps its source's provenance).
const PURE_CALLS =
  /^(?:compile|str|repr|textwrap\.dedent|dedent|os\.fspath|os\.path\.(?:join|dirname|abspath|basename|normpath|realpath)|(?:pathlib\.)?Path)$/;
const PURE_METHODS = /\.(?:join|format|strip|lstrip|rstrip|lower|upper|replace|encode|decode)$/;

export function isPyConstant(view: SourceView, part: Part): boolean {
  return isConstant(trimPart(part), startContext(view, part.at));
}

function isConstant(input: Part, context: ConstantContext): boolean {
  if (context.depth > 12) return false;
  const part = unwrapParentheses(input);
  const text = part.text.replace(/^await\s+/, '');
  if (text === '') return false;
  const nested = { ...context, depth: context.depth + 1 };
  const ternary = splitTopLevel(part, /\s(?:if|else)\s/y);
  if (ternary.length === 3) return isConstant(ternary[0] as Part, nested) && isConstant(ternary[2] as Part, nested);
  for (const operator of [/,/y, /\s(?:or|and)\s/y, /\+|%|\*(?!\*)/y]) {
    const pieces = splitTopLevel(part, operator);
    if (pieces.length > 1) return pieces.every((piece) => piece.text === '' || isConstant(piece, nested));
  }
  if (topLevelMatches(text, /(?<=[\w)\]]\s*)(?:-(?!=)|\/\/?(?!=))/y).length > 0) return true;
  return isConstantAtom({ text, at: part.at }, nested);
}

function isConstantAtom(part: Part, context: ConstantContext): boolean {
  const { text } = part;
  if (STRINGS.test(text)) return areConstantStrings(part, context);
  if (/^-?(?:\d[\d_]*\.?\d*(?:e[-+]?\d+)?j?|0[xob][\da-f_]+)$/i.test(text) || FIXED_NAMES.test(text)) return true;
  const sequence = readSequence(part);
  if (sequence) return sequence.every((item) => isConstant(item, context));
  const call = readCall(part);
  if (call) {
    const { callee } = call;
    if (NUMERIC_CALLS.test(callee)) return true;
    const values = call.args.map((arg) => {
      const keyword = /^\w{1,80}\s*=(?!=)\s*/.exec(arg.text);
      return keyword ? { text: arg.text.slice(keyword[0].length), at: shift(arg, keyword[0].length) } : arg;
    });
    if (callee === 'compile') return values[0] !== undefined && isConstant(values[0], context);
    if (PURE_CALLS.test(callee)) return values.every((value) => isConstant(value, context));
    if (PURE_METHODS.test(callee)) {
      const receiver = callee.slice(0, callee.lastIndexOf('.'));
      const receiverPart = { text: receiver, at: shift(part, part.text.indexOf(receiver)) };
      return isConstant(receiverPart, context) && values.every((value) => isConstant(value, context));
    }
    return false;
  }
  if (/^[A-Za-z_]\w{0,80}$/.test(text))
    return isConstantName(text, part.at < 0 ? context : { ...context, anchor: part.at });
  return false;
}

/** Adjacent literals; an f-string's `{fields}` must be constant too (read from the raw text). */
function areConstantStrings(part: Part, context: ConstantContext): boolean {
  if (!/[fF][rRbBuU]?["']|(?<![\w])[rRbBuU][fF]["']/.test(part.text)) return true;
  if (part.at < 0) return false;
  const raw = context.view.text.slice(part.at, part.at + part.text.length);
  for (const piece of raw.matchAll(STRING_PIECE)) {
    if (!/[fF]/.test(piece[1] as string)) continue;
    if (!readFields(piece[3] as string).every((field) => isConstant({ text: field, at: -1 }, context))) return false;
  }
  return true;
}

/** Expressions of an f-string's replacement fields, their own strings blanked: `{x!r:>4}` → `x`. */
export function readFields(content: string): string[] {
  const fields: string[] = [];
  for (let at = 0; at < content.length; at++) {
    if (content[at] === '{' && content[at + 1] === '{') at++;
    else if (content[at] === '{') {
      let depth = 1;
      let end = at + 1;
      while (end < content.length && depth > 0) {
        if (content[end] === '{') depth++;
        else if (content[end] === '}') depth--;
        end++;
      }
      const expression = content
        .slice(at + 1, end - 1)
        .replace(/(["'])(?:(?!\1).)*\1/g, (quoted) => `${quoted[0]}${' '.repeat(quoted.length - 2)}${quoted[0]}`);
      const stop = topLevelMatches(expression, /![rsa](?=[:}]|$)|:(?!=)|=$/y)[0];
      fields.push(expression.slice(0, stop ?? expression.length).trim());
      at = end - 1;
    }
  }
  return fields;
}

/**
 * Every binding of `name` in scope gives a constant: assignments, and `for name in range(…)` (a
 * number). A parameter, another loop target, `as name`, an import or a tuple target is not. The scope
 * is the enclosing def when it binds the name (tests reuse `code = …` in every function), else the file.
 */
function isConstantName(name: string, context: ConstantContext): boolean {
  if (context.assumed.has(name)) return true;
  if (context.resolving.has(name)) return false;
  const { code } = context.view;
  const def = enclosingPythonDef(context.view, context.anchor);
  const local = def && readBindings(name, code.slice(def.start, def.end), def.start, context);
  const bindings = local && local.found ? local : readBindings(name, code, 0, context);
  if (!bindings.found || !bindings.constantForms) return false;
  context.resolving.add(name);
  const constant = bindings.values.every((value) =>
    isConstant(value, { ...context, depth: context.depth + 1, anchor: value.at }),
  );
  context.resolving.delete(name);
  return constant;
}

interface Bindings {
  found: boolean;
  /** False when a binding is a parameter, loop target, `as`, import or tuple target. */
  constantForms: boolean;
  values: Part[];
}

function readBindings(name: string, text: string, offset: number, context: ConstantContext): Bindings {
  const otherBindings = new RegExp(
    [
      `\\bdef\\s+\\w{1,80}\\s*\\([^)]{0,600}(?<![\\w.])${name}\\b`,
      `\\blambda\\b[^:]{0,200}(?<![\\w.])${name}\\b[^:]{0,200}:`,
      `\\bfor\\s+(?!${name}\\s+in\\s+range\\s*\\()[\\w\\s,()*]{0,200}(?<![\\w.])${name}\\b[\\w\\s,()*]{0,200}\\bin\\b`,
      `\\bas\\s+\\(?[\\w\\s,]{0,200}(?<![\\w.])${name}\\b`,
      `\\bimport\\b[^\\n]{0,300}(?<![\\w.])${name}\\b`,
      `^[ \\t]*[\\w\\s.,()*[\\]]{0,200},\\s*\\*?${name}\\s*=(?!=)`,
      `^[ \\t]*\\*?${name}\\s*,[^=\\n]{0,200}=(?!=)`,
    ].join('|'),
    'm',
  );
  const assignment = new RegExp(
    `^[ \\t]*${name}\\s*(?::[^=\\n]{1,120})?(?:[-+*/%@&|^]|\\*\\*|//|<<|>>)?=(?!=)|(?<![\\w.])${name}\\s*:=`,
    'gm',
  );
  const rangeLoop = new RegExp(`\\bfor\\s+${name}\\s+in\\s+range\\s*\\(`).test(text);
  const values: Part[] = [];
  for (const match of text.matchAll(assignment)) {
    values.push(readInitializer(context.view, offset + (match.index as number) + match[0].length, false));
  }
  const other = otherBindings.test(text);
  return {
    found: other || rangeLoop || values.length > 0,
    constantForms: !other && values.every((value) => value.text !== ''),
    values,
  };
}
