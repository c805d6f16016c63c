import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  findSuppression
} from "./chunk-P5SXLXTM.js";
import {
  equivalentCodes,
  readCallName
} from "./chunk-5AXYERU7.js";
import {
  contextOf
} from "./chunk-UUPKITBT.js";
import {
  codeMasks,
  kindAt,
  scanRegions
} from "./chunk-4ZIBFFFW.js";
import {
  createFinding
} from "./chunk-A3QA2ZQT.js";
import "./chunk-ONKLCXXC.js";
import {
  lineAt,
  lineStarts,
  touches
} from "./chunk-OZTETU2B.js";
import {
  languageOf
} from "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/analyzers/vuln/constant-expression.js
function startContext(view, anchor) {
  return { view, assumed: /* @__PURE__ */ new Set(), resolving: /* @__PURE__ */ new Set(), depth: 0, anchor };
}
function trimPart(part) {
  const lead = part.text.length - part.text.trimStart().length;
  const text = part.text.trim();
  return { text, at: part.at < 0 ? -1 : part.at + lead };
}
var OPEN = "([{";
var CLOSE = ")]}";
function topLevelMatches(text, separator) {
  const found = [];
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (OPEN.includes(char))
      depth++;
    else if (CLOSE.includes(char))
      depth--;
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
function splitTopLevel(part, separator) {
  const cuts = topLevelMatches(part.text, separator);
  if (cuts.length === 0)
    return [part];
  const pieces = [];
  let from = 0;
  for (const cut of cuts) {
    pieces.push(trimPart({ text: part.text.slice(from, cut), at: shift(part, from) }));
    separator.lastIndex = cut;
    from = cut + (separator.exec(part.text)?.[0].length ?? 1);
  }
  pieces.push(trimPart({ text: part.text.slice(from), at: shift(part, from) }));
  return pieces;
}
function shift(part, by) {
  return part.at < 0 ? -1 : part.at + by;
}
function closingBracket(text, open) {
  let depth = 0;
  for (let at = open; at < text.length; at++) {
    const char = text[at];
    if (OPEN.includes(char))
      depth++;
    else if (CLOSE.includes(char) && --depth === 0)
      return at;
  }
  return -1;
}
function unwrapParentheses(part) {
  let current = part;
  while (current.text.startsWith("(") && closingBracket(current.text, 0) === current.text.length - 1)
    current = trimPart({ text: current.text.slice(1, -1), at: shift(current, 1) });
  return current;
}
function readCall(part) {
  const head = /^([\w$.]{1,120}|["'`][^]*?["'`]\s*\.\s*\w{1,40})\s*\(/.exec(part.text);
  if (!head)
    return void 0;
  const open = head[0].length - 1;
  if (closingBracket(part.text, open) !== part.text.length - 1)
    return void 0;
  const inside = trimPart({ text: part.text.slice(open + 1, -1), at: shift(part, open + 1) });
  const args = inside.text === "" ? [] : splitTopLevel(inside, /,/y).filter((arg) => arg.text !== "");
  return { callee: head[1].replace(/\s+/g, ""), args };
}
function readSequence(part) {
  if (!/^[[(]/.test(part.text) || closingBracket(part.text, 0) !== part.text.length - 1)
    return void 0;
  const inside = trimPart({ text: part.text.slice(1, -1), at: shift(part, 1) });
  return inside.text === "" ? [] : splitTopLevel(inside, /,/y).filter((item) => item.text !== "");
}
function readInitializer(view, offset, stopAtComma) {
  const { code } = view;
  let depth = 0;
  const limit = Math.min(code.length, offset + 2e3);
  for (let at = offset; at < limit; at++) {
    const char = code[at];
    if (OPEN.includes(char))
      depth++;
    else if (CLOSE.includes(char)) {
      if (depth === 0)
        return trimPart({ text: code.slice(offset, at), at: offset });
      depth--;
    } else if (depth === 0 && (char === ";" || stopAtComma && char === ",")) {
      return trimPart({ text: code.slice(offset, at), at: offset });
    } else if (depth === 0 && char === "\n" && kindAt(view.regions, at) === "code" && !continuesOnNextLine(code, offset, at)) {
      return trimPart({ text: code.slice(offset, at), at: offset });
    }
  }
  return { text: "", at: -1 };
}
function continuesOnNextLine(code, start, newline) {
  const before = code.slice(start, newline).trimEnd();
  if (before === "" || /[-+*/%=&|?:,.([{\\]$/.test(before))
    return true;
  return /^\s*(?:[-+*/%&|?:.]|\?\?)/.test(code.slice(newline + 1, newline + 200));
}

// dist/src/analyzers/vuln/js-constants.js
var FIXED_NAMES = /^(?:__dirname|__filename|import\.meta\.(?:dirname|filename|url)|process\.execPath|undefined|null|true|false|NaN|Infinity)$/;
var NUMERIC_CALLS = /^(?:parseInt|parseFloat|Number|Math\.\w{1,20}|Date\.now)$/;
var PURE_CALLS = /^(?:(?:path\.)?(?:join|resolve|normalize|dirname|basename|relative)|path\.(?:posix|win32)\.\w{1,20}|String)$/;
var PURE_METHODS = /\.(?:join|trim|trimStart|trimEnd|toUpperCase|toLowerCase|slice|padStart|padEnd|concat)$/;
function isJsConstant(view, part) {
  return isConstant(trimPart(part), startContext(view, part.at));
}
function isConstant(input, context) {
  if (context.depth > 12)
    return false;
  const part = unwrapParentheses(input);
  const text = part.text.replace(/^(?:await|void|typeof)\s+/, "");
  if (text === "")
    return false;
  if (/^typeof\s/.test(part.text))
    return true;
  const nested = { ...context, depth: context.depth + 1 };
  const ternary = readTernary(part);
  if (ternary)
    return ternary.every((branch) => isConstant(branch, nested));
  for (const operator of [/\|\||\?\?|&&/y, /(?<![+\-*/%=!<>&|^?:,(\[{]\s*)\+(?![+=])/y]) {
    const pieces = splitTopLevel(part, operator);
    if (pieces.length > 1)
      return pieces.every((piece) => isConstant(piece, nested));
  }
  if (topLevelMatches(text, /(?<=[\w$)\]]\s*)(?:-(?![-=])|\*(?![*=])|\/(?![/=*])|%(?!=))/y).length > 0)
    return true;
  return isConstantAtom({ text, at: part.at }, nested);
}
function isConstantAtom(part, context) {
  const { text } = part;
  if (/^(["'])\s*\1$/.test(text) || /^-?(?:\d[\d_]*\.?\d*(?:e[-+]?\d+)?n?|0[xob][\da-f_]+)$/i.test(text))
    return true;
  if (FIXED_NAMES.test(text) || /\.(?:length|size)$/.test(text))
    return true;
  if (text.startsWith("`"))
    return isConstantTemplate(part, context);
  const sequence = text.startsWith("[") ? readSequence(part) : void 0;
  if (sequence)
    return sequence.every((item) => isConstant(item, context));
  const call = readCall(part);
  if (call) {
    const callee = call.callee;
    if (NUMERIC_CALLS.test(callee))
      return true;
    const receiver = !PURE_CALLS.test(callee) && PURE_METHODS.test(callee) ? callee.slice(0, callee.lastIndexOf(".")) : void 0;
    if (receiver !== void 0) {
      const start = part.text.indexOf(receiver);
      const receiverPart = { text: receiver, at: shift(part, start) };
      return isConstant(receiverPart, context) && call.args.every((arg) => isConstant(arg, context));
    }
    if (!call.args.every((arg) => isConstant(arg, context)))
      return false;
    return PURE_CALLS.test(callee) || isConstantHelper(callee, call.args.length, context);
  }
  if (/^[\w$]{1,80}$/.test(text))
    return isConstantName(text, context);
  return false;
}
function readTernary(part) {
  const question = topLevelMatches(part.text, /\?(?![.?])/y)[0];
  if (question === void 0)
    return void 0;
  const rest = { text: part.text.slice(question + 1), at: shift(part, question + 1) };
  const colons = topLevelMatches(rest.text, /:/y);
  const nestedQuestions = topLevelMatches(rest.text, /\?(?![.?])/y);
  const colon = colons[nestedQuestions.filter((at) => at < (colons[0] ?? 0)).length] ?? colons[0];
  if (colon === void 0)
    return void 0;
  return [
    trimPart({ text: rest.text.slice(0, colon), at: rest.at }),
    trimPart({ text: rest.text.slice(colon + 1), at: shift(rest, colon + 1) })
  ];
}
function isConstantTemplate(part, context) {
  const { text } = part;
  if (!text.endsWith("`") || text.length < 2)
    return false;
  for (let at = 1; at < text.length - 1; at++) {
    if (text[at] === "`")
      return false;
    if (text[at] !== "$" || text[at + 1] !== "{")
      continue;
    const close = closingBracket(text, at + 1);
    if (close < 0)
      return false;
    if (!isConstant(trimPart({ text: text.slice(at + 2, close), at: shift(part, at + 2) }), context))
      return false;
    at = close;
  }
  return true;
}
function escapeName(name) {
  return name.replace(/\$/g, "\\$");
}
function isConstantName(name, context) {
  if (context.assumed.has(name))
    return true;
  if (context.resolving.has(name))
    return false;
  const { code } = context.view;
  const word = escapeName(name);
  const otherBindings = new RegExp([
    `\\b(?:const|let|var)\\s*[{[][^=;]{0,300}(?<![\\w$.])${word}(?![\\w$])`,
    `\\bfor\\s*\\(\\s*(?:const|let|var)\\s+${word}\\b`,
    `\\bimport\\b[^;]{0,300}(?<![\\w$.])${word}(?![\\w$])[^;]{0,300}\\bfrom\\b`,
    `\\bcatch\\s*\\(\\s*${word}\\b`,
    `(?<![\\w$.])${word}\\s*=>`,
    `\\(([^()]{0,300}?)(?<![\\w$.])${word}(?![\\w$])[^()]{0,300}\\)\\s*(?::[^=;{}()]{0,120})?(?:=>|\\{)`,
    `\\bfunction\\b[^(]{0,80}\\([^)]{0,300}(?<![\\w$.])${word}(?![\\w$])`,
    `(?<![\\w$.])${word}\\s*(?:\\+\\+|--)|(?:\\+\\+|--)\\s*${word}\\b`
  ].join("|"));
  if (otherBindings.test(code))
    return false;
  const assignment = new RegExp(`(?<![\\w$.])${word}\\s*(?::[^=;,()]{1,120})?(?:[-+*/%&|^]|\\*\\*|\\?\\?|&&|\\|\\|)?=(?![=>])`, "g");
  const values = [];
  for (const match of code.matchAll(assignment)) {
    const value = readInitializer(context.view, match.index + match[0].length, true);
    if (value.text === "")
      return false;
    values.push(value);
  }
  if (values.length === 0)
    return false;
  context.resolving.add(name);
  const constant = values.every((value) => isConstant(value, { ...context, depth: context.depth + 1 }));
  context.resolving.delete(name);
  return constant;
}
function isConstantHelper(name, arity, context) {
  if (!/^[\w$]{1,80}$/.test(name) || context.resolving.has(`${name}()`))
    return false;
  const word = escapeName(name);
  const { code } = context.view;
  const shapes = [
    new RegExp(`\\bfunction\\s+${word}\\s*\\(([^()]{0,300})\\)\\s*\\{\\s*return\\b`, "g"),
    new RegExp(`\\b(?:const|let|var)\\s+${word}\\s*=\\s*\\(([^()]{0,300})\\)\\s*=>\\s*(?!\\{)`, "g")
  ];
  const bodies = shapes.flatMap((shape) => [...code.matchAll(shape)]);
  if (bodies.length !== 1)
    return false;
  const [match] = bodies;
  const params = match[1].split(",").map((param) => param.replace(/[:=].*$/s, "").trim());
  if (params.length < arity || params.some((param) => !/^[\w$]{0,80}$/.test(param)))
    return false;
  const returned = readInitializer(context.view, match.index + match[0].length, false);
  const after = code.slice(returned.at + returned.text.length, returned.at + returned.text.length + 20);
  if (returned.text === "" || match[0].endsWith("return") && !/^\s*;?\s*\}/.test(after))
    return false;
  context.resolving.add(`${name}()`);
  const assumed = /* @__PURE__ */ new Set([...context.assumed, ...params.filter(Boolean)]);
  const constant = isConstant(returned, { ...context, assumed, depth: context.depth + 1 });
  context.resolving.delete(`${name}()`);
  return constant;
}

// dist/src/analyzers/vuln/source-view.js
function buildView(path, text, language) {
  const regions = scanRegions(text, language);
  return { path, language, text, ...codeMasks(text, language, regions), regions };
}
function isCode(view, offset) {
  return view.code.charCodeAt(offset) !== 32 || view.text.charCodeAt(offset) === 32;
}
function matchesIn(view, pattern, source = "code") {
  const found = [];
  const haystack = view[source];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(haystack); match; match = pattern.exec(haystack)) {
    if (match[0].length === 0)
      pattern.lastIndex++;
    else if (isCode(view, match.index))
      found.push(match);
  }
  return found;
}
var MAX_CALL = 4e3;
var OPENING = "([{";
var CLOSING = ")]}";
function findCalls(view, pattern, source = "code") {
  return matchesIn(view, pattern, source).flatMap((match) => {
    const open = match.index + match[0].length - 1;
    if (view.code[open] !== "(")
      return [];
    const call = readArguments(view, open);
    return call ? [{ start: match.index, end: call.end, args: call.args }] : [];
  });
}
function readArguments(view, open) {
  const { code } = view;
  const args = [];
  let depth = 0;
  let argStart = open + 1;
  const limit = Math.min(code.length, open + MAX_CALL);
  for (let at = open + 1; at < limit; at++) {
    const char = code[at];
    if (OPENING.includes(char))
      depth++;
    else if (CLOSING.includes(char) && depth > 0)
      depth--;
    else if ((char === "," || char === ")") && depth === 0) {
      const arg = trimSpan(view, argStart, at);
      if (arg.end > arg.start)
        args.push(arg);
      if (char === ")")
        return { end: at + 1, args };
      argStart = at + 1;
    }
  }
  return void 0;
}
function trimSpan(view, start, end) {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(view.code[from]))
    from++;
  while (to > from && /\s/.test(view.code[to - 1]))
    to--;
  return { start: from, end: to };
}
function codeOf(view, span) {
  return view.code.slice(span.start, span.end);
}
function bareOf(view, span) {
  return view.bare.slice(span.start, span.end);
}
function importedNames(view, modules) {
  const names = [];
  if (!modules.some((module) => view.code.includes(`from ${module}`)))
    return names;
  const alternatives = modules.map((module) => module.replace(/\./g, "\\.")).join("|");
  const statement = new RegExp(`^[ \\t]{0,40}from[ \\t]+(?:${alternatives})[ \\t]+import[ \\t]+(?:\\(([\\w\\s,]{1,400})\\)|([\\w \\t,]{1,400}))`, "gm");
  for (const match of matchesIn(view, statement)) {
    for (const item of (match[1] ?? match[2] ?? "").split(",")) {
      const local = /(\w+)\s*$/.exec(item.trim())?.[1];
      if (local)
        names.push(local);
    }
  }
  return names;
}
function enclosingPythonDef(view, offset) {
  const { code } = view;
  const lineStart = code.lastIndexOf("\n", offset - 1) + 1;
  let indent = indentOf(code, lineStart);
  for (let end = lineStart - 1, lines = 0; end > 0 && indent > 0 && lines < 400; lines++) {
    const start = code.lastIndexOf("\n", end - 1) + 1;
    if (startsStatement(view, start) && indentOf(code, start) < indent) {
      indent = indentOf(code, start);
      if (/^[ \t]*(?:async[ \t]+)?def[ \t]/.test(code.slice(start, end)))
        return { start, end: blockEnd(view, start, indent) };
      if (/^[ \t]*class[ \t]/.test(code.slice(start, end)))
        return void 0;
    }
    end = start - 1;
  }
  return void 0;
}
function indentOf(code, lineStart) {
  return /^[ \t]*/.exec(code.slice(lineStart, lineStart + 200))?.[0].replace(/\t/g, "        ").length ?? 0;
}
function startsStatement(view, lineStart) {
  const first = lineStart + (/^[ \t]*/.exec(view.code.slice(lineStart, lineStart + 200))?.[0].length ?? 0);
  const char = view.code[first];
  return char !== void 0 && char !== "\n" && char !== "\r" && !")]}".includes(char) && kindAt(view.regions, first) === "code";
}
function blockEnd(view, header, indent) {
  const { code } = view;
  let at = code.indexOf("\n", header);
  while (at !== -1 && at < code.length) {
    const next = at + 1;
    if (startsStatement(view, next) && indentOf(code, next) <= indent)
      return at;
    at = code.indexOf("\n", next);
  }
  return code.length;
}

// dist/src/analyzers/vuln/py-constants.js
var STRINGS = /^(?:[rRbBuUfF]{0,2}(?:"""[^]*?"""|'''[^]*?'''|"[^"\n]*"|'[^'\n]*')\s*)+$/;
var STRING_PIECE = /([rRbBuUfF]{0,2})("""|'''|"|')([^]*?)\2/g;
var FIXED_NAMES2 = /^(?:True|False|None|__file__|__name__|sys\.executable|os\.sep|os\.linesep)$/;
var NUMERIC_CALLS2 = /^(?:int|float|len|round|abs|ord|hash|id|bool)$/;
var PURE_CALLS2 = /^(?:compile|str|repr|textwrap\.dedent|dedent|os\.fspath|os\.path\.(?:join|dirname|abspath|basename|normpath|realpath)|(?:pathlib\.)?Path)$/;
var PURE_METHODS2 = /\.(?:join|format|strip|lstrip|rstrip|lower|upper|replace|encode|decode)$/;
function isPyConstant(view, part) {
  return isConstant2(trimPart(part), startContext(view, part.at));
}
function isConstant2(input, context) {
  if (context.depth > 12)
    return false;
  const part = unwrapParentheses(input);
  const text = part.text.replace(/^await\s+/, "");
  if (text === "")
    return false;
  const nested = { ...context, depth: context.depth + 1 };
  const ternary = splitTopLevel(part, /\s(?:if|else)\s/y);
  if (ternary.length === 3)
    return isConstant2(ternary[0], nested) && isConstant2(ternary[2], nested);
  for (const operator of [/,/y, /\s(?:or|and)\s/y, /\+|%|\*(?!\*)/y]) {
    const pieces = splitTopLevel(part, operator);
    if (pieces.length > 1)
      return pieces.every((piece) => piece.text === "" || isConstant2(piece, nested));
  }
  if (topLevelMatches(text, /(?<=[\w)\]]\s*)(?:-(?!=)|\/\/?(?!=))/y).length > 0)
    return true;
  return isConstantAtom2({ text, at: part.at }, nested);
}
function isConstantAtom2(part, context) {
  const { text } = part;
  if (STRINGS.test(text))
    return areConstantStrings(part, context);
  if (/^-?(?:\d[\d_]*\.?\d*(?:e[-+]?\d+)?j?|0[xob][\da-f_]+)$/i.test(text) || FIXED_NAMES2.test(text))
    return true;
  const sequence = readSequence(part);
  if (sequence)
    return sequence.every((item) => isConstant2(item, context));
  const call = readCall(part);
  if (call) {
    const { callee } = call;
    if (NUMERIC_CALLS2.test(callee))
      return true;
    const values = call.args.map((arg) => {
      const keyword = /^\w{1,80}\s*=(?!=)\s*/.exec(arg.text);
      return keyword ? { text: arg.text.slice(keyword[0].length), at: shift(arg, keyword[0].length) } : arg;
    });
    if (callee === "compile")
      return values[0] !== void 0 && isConstant2(values[0], context);
    if (PURE_CALLS2.test(callee))
      return values.every((value) => isConstant2(value, context));
    if (PURE_METHODS2.test(callee)) {
      const receiver = callee.slice(0, callee.lastIndexOf("."));
      const receiverPart = { text: receiver, at: shift(part, part.text.indexOf(receiver)) };
      return isConstant2(receiverPart, context) && values.every((value) => isConstant2(value, context));
    }
    return false;
  }
  if (/^[A-Za-z_]\w{0,80}$/.test(text))
    return isConstantName2(text, part.at < 0 ? context : { ...context, anchor: part.at });
  return false;
}
function areConstantStrings(part, context) {
  if (!/[fF][rRbBuU]?["']|(?<![\w])[rRbBuU][fF]["']/.test(part.text))
    return true;
  if (part.at < 0)
    return false;
  const raw = context.view.text.slice(part.at, part.at + part.text.length);
  for (const piece of raw.matchAll(STRING_PIECE)) {
    if (!/[fF]/.test(piece[1]))
      continue;
    if (!readFields(piece[3]).every((field) => isConstant2({ text: field, at: -1 }, context)))
      return false;
  }
  return true;
}
function readFields(content) {
  const fields = [];
  for (let at = 0; at < content.length; at++) {
    if (content[at] === "{" && content[at + 1] === "{")
      at++;
    else if (content[at] === "{") {
      let depth = 1;
      let end = at + 1;
      while (end < content.length && depth > 0) {
        if (content[end] === "{")
          depth++;
        else if (content[end] === "}")
          depth--;
        end++;
      }
      const expression = content.slice(at + 1, end - 1).replace(/(["'])(?:(?!\1).)*\1/g, (quoted) => `${quoted[0]}${" ".repeat(quoted.length - 2)}${quoted[0]}`);
      const stop = topLevelMatches(expression, /![rsa](?=[:}]|$)|:(?!=)|=$/y)[0];
      fields.push(expression.slice(0, stop ?? expression.length).trim());
      at = end - 1;
    }
  }
  return fields;
}
function isConstantName2(name, context) {
  if (context.assumed.has(name))
    return true;
  if (context.resolving.has(name))
    return false;
  const { code } = context.view;
  const def = enclosingPythonDef(context.view, context.anchor);
  const local = def && readBindings(name, code.slice(def.start, def.end), def.start, context);
  const bindings = local && local.found ? local : readBindings(name, code, 0, context);
  if (!bindings.found || !bindings.constantForms)
    return false;
  context.resolving.add(name);
  const constant = bindings.values.every((value) => isConstant2(value, { ...context, depth: context.depth + 1, anchor: value.at }));
  context.resolving.delete(name);
  return constant;
}
function readBindings(name, text, offset, context) {
  const otherBindings = new RegExp([
    `\\bdef\\s+\\w{1,80}\\s*\\([^)]{0,600}(?<![\\w.])${name}\\b`,
    `\\blambda\\b[^:]{0,200}(?<![\\w.])${name}\\b[^:]{0,200}:`,
    `\\bfor\\s+(?!${name}\\s+in\\s+range\\s*\\()[\\w\\s,()*]{0,200}(?<![\\w.])${name}\\b[\\w\\s,()*]{0,200}\\bin\\b`,
    `\\bas\\s+\\(?[\\w\\s,]{0,200}(?<![\\w.])${name}\\b`,
    `\\bimport\\b[^\\n]{0,300}(?<![\\w.])${name}\\b`,
    `^[ \\t]*[\\w\\s.,()*[\\]]{0,200},\\s*\\*?${name}\\s*=(?!=)`,
    `^[ \\t]*\\*?${name}\\s*,[^=\\n]{0,200}=(?!=)`
  ].join("|"), "m");
  const assignment = new RegExp(`^[ \\t]*${name}\\s*(?::[^=\\n]{1,120})?(?:[-+*/%@&|^]|\\*\\*|//|<<|>>)?=(?!=)|(?<![\\w.])${name}\\s*:=`, "gm");
  const rangeLoop = new RegExp(`\\bfor\\s+${name}\\s+in\\s+range\\s*\\(`).test(text);
  const values = [];
  for (const match of text.matchAll(assignment)) {
    values.push(readInitializer(context.view, offset + match.index + match[0].length, false));
  }
  const other = otherBindings.test(text);
  return {
    found: other || rangeLoop || values.length > 0,
    constantForms: !other && values.every((value) => value.text !== ""),
    values
  };
}

// dist/src/analyzers/vuln/expression-kind.js
var JS_LITERAL = /^(?:(["'])\s*\1|`[^`$]*`)(?:\s*\+\s*(?:(["'])\s*\2|`[^`$]*`))*$/;
var PY_LITERAL = /^[rRbBuU]{0,2}(["'])\s*\1(?:\s*\+?\s*[rRbBuU]{0,2}(["'])\s*\2)*$/;
var PY_FSTRING = /(?<![\w])[rRbBuU]?[fF][rRbBuU]?["']/;
var PY_PERCENT = /["']\s*%\s*[^=\s]/;
var PY_FORMAT = /["']\s*\.\s*format\s*\(/;
var HAS_QUOTE = /["'`]/;
function classifyExpression(view, span) {
  const kind = readKind(view, span);
  if (kind === "literal")
    return kind;
  const part = { text: codeOf(view, span), at: span.start };
  return (view.language === "py" ? isPyConstant : isJsConstant)(view, part) ? "literal" : kind;
}
function readKind(view, span) {
  const code = codeOf(view, span);
  if (view.language === "py")
    return classifyPython(view, span, code);
  if (JS_LITERAL.test(code))
    return "literal";
  if (code.includes("`") && code.includes("${"))
    return "formatted";
  return hasConcatenation(code) ? "formatted" : "dynamic";
}
function classifyPython(view, span, code) {
  if (PY_LITERAL.test(code))
    return "literal";
  if (PY_FSTRING.test(code) && hasReplacementField(view.text.slice(span.start, span.end)))
    return "formatted";
  if (PY_PERCENT.test(code) || PY_FORMAT.test(code))
    return "formatted";
  return hasConcatenation(code) ? "formatted" : "dynamic";
}
function hasReplacementField(text) {
  return text.replace(/\{\{/g, "").includes("{");
}
function hasConcatenation(code) {
  return HAS_QUOTE.test(code) && /["'`]\s*\+|\+\s*[rRbBuUfF]{0,2}["'`]/.test(code);
}
var SECRET_WORDS = /* @__PURE__ */ new Set([
  "password",
  "passwords",
  "passwd",
  "pwd",
  "secret",
  "secrets",
  "token",
  "tokens",
  "nonce",
  "otp",
  "salt",
  "apikey",
  "csrf",
  "xsrf",
  "sign",
  "signature",
  "signed",
  "credential",
  "credentials",
  "session",
  "sessionid"
]);
function mentionsSecret(line) {
  const words = line.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/);
  return words.some((word) => SECRET_WORDS.has(word));
}
function lineAround(text, offset, radius = 120) {
  const start = Math.max(text.lastIndexOf("\n", offset - 1) + 1, offset - radius);
  const newline = text.indexOf("\n", offset);
  return text.slice(start, Math.min(newline === -1 ? text.length : newline, offset + radius));
}

// dist/src/analyzers/vuln/rules/code-execution.js
function isModuleLoading(view, call) {
  const namespace = call.args[1] ? codeOf(view, call.args[1]) : "";
  const module = /^(\w{1,80})\.__dict__$/.exec(namespace)?.[1];
  if (module && (/^(?:module|mod)$/.test(module) || new RegExp(`\\b${module}\\s*=\\s*[\\w.]{0,80}(?:ModuleType|module_from_spec|new_module)\\s*\\(`).test(view.code)))
    return true;
  const source = /^(?:compile\s*\(\s*)?(\w{1,80})\.read\s*\(\s*\)/.exec(codeOf(view, call.args[0]))?.[1];
  return source !== void 0 && new RegExp(`\\bopen\\s*\\([^\\n]{0,300}\\)\\s+as\\s+${source}\\b`).test(view.code);
}
var FIXTURE_CONTEXTS = ["test", "docs", "example"];
var codeExecutionRules = [
  {
    id: "vuln/dynamic-code-execution",
    takesInput: true,
    description: "eval or new Function on a value built at run time: code injection if any part comes from input",
    title: "eval/new Function on a non-constant value (code injection risk)",
    languages: ["js", "ts"],
    severity: "high",
    confidence: 0.8,
    effortHours: 3,
    keywords: ["eval", "Function"],
    outsideInputOnlyIn: FIXTURE_CONTEXTS,
    detect: (view) => [
      ...findCalls(view, /(?<![\w$.])eval\s*\(/g).filter((call) => call.args[0] && classifyExpression(view, call.args[0]) !== "literal"),
      ...findCalls(view, /\bnew\s+Function\s*\(/g).filter((call) => call.args.some((arg) => classifyExpression(view, arg) !== "literal"))
    ],
    examples: {
      positive: [
        "eval(req.body.expr)",
        'const fn = new Function("a", body)',
        "eval(`return ${input}`)",
        'eval("x = " + value)'
      ],
      negative: [
        'eval("1 + 1")',
        'const s = "eval(x)"',
        "// eval(userInput)",
        "redis.eval(script, 0)",
        "const evaluate = (x) => x",
        'new Function("return this")'
      ]
    }
  },
  {
    id: "vuln/dynamic-code-execution",
    takesInput: true,
    description: "exec or eval on a value built at run time: code injection if any part comes from input",
    title: "exec/eval on a non-constant value (code injection risk)",
    languages: ["py"],
    severity: "high",
    confidence: 0.8,
    effortHours: 3,
    keywords: ["exec", "eval"],
    outsideInputOnlyIn: FIXTURE_CONTEXTS,
    detect: (view) => findCalls(view, /(?<![\w.])(?<!def\s{1,4})(?:exec|eval)\s*\(/g).filter((call) => call.args[0] && classifyExpression(view, call.args[0]) !== "literal" && !isModuleLoading(view, call)),
    examples: {
      positive: [
        "exec(code)",
        'result = eval(request.args["q"])',
        'exec(f"x = {value}")',
        'for name in names:\n    exec(f"def test_{name}(): pass")',
        "exec(payload, namespace.__dict__)"
      ],
      negative: [
        "exec('import os')",
        "ast.literal_eval(text)",
        "def eval(self, env):",
        "model.eval()",
        "# eval(data)",
        's = "exec(x)"',
        // values the code fixes: a number from range(), a compiled literal
        'for i in range(100):\n    exec(f"def test_{i}(): pass")',
        'SOURCE = "def f():\\n    return 1\\n"\ncode = compile(SOURCE, "<demo>", "exec")\nexec(code, {})',
        // a Python file run as a module or script: the trust of an import
        'mod = types.ModuleType("settings")\nexec(compile(source, path, "exec"), mod.__dict__)',
        'with open(startup) as f:\n    exec(compile(f.read(), startup, "exec"), namespace)'
      ]
    }
  }
];

// dist/src/analyzers/vuln/rules/command-injection.js
var CHILD_PROCESS_BINDING = /\b(?:const|let|var)\s+(\w{1,40})\s*=\s*require\(\s*['"](?:node:)?child_process['"]\s*\)|\bimport\s+(?:\*\s+as\s+)?(\w{1,40})\s+from\s+['"](?:node:)?child_process['"]/g;
function findShellCalls(view) {
  const bindings = matchesIn(view, CHILD_PROCESS_BINDING, "bare").map((match) => match[1] ?? match[2]);
  const receivers = [`require\\(\\s*["'](?:node:)?child_process["']\\s*\\)`, ...bindings].join("|");
  return [
    ...findCalls(view, /(?<![\w$.])(?:exec|execSync)\s*\(/g),
    ...findCalls(view, new RegExp(`(?<![\\w$.])(?:${receivers})\\.(?:exec|execSync)\\s*\\(`, "g"), "bare")
  ];
}
var SUBPROCESS_FUNCTIONS = ["run", "call", "check_call", "check_output", "Popen"];
function findSubprocessCalls(view) {
  const bare = importedNames(view, ["subprocess"]).filter((name) => SUBPROCESS_FUNCTIONS.includes(name));
  const callee = bare.length > 0 ? `|(?<![\\w.])(?<!def\\s{1,4})(?:${bare.join("|")})` : "";
  return findCalls(view, new RegExp(`(?:\\bsubprocess\\.(?:${SUBPROCESS_FUNCTIONS.join("|")})${callee})\\s*\\(`, "g"));
}
var PY_ALWAYS_SHELL = /\b(?:os\.(?:system|popen)|subprocess\.(?:getoutput|getstatusoutput))\s*\(/g;
function rateCommand(view, call) {
  const command = call.args[0];
  if (!command)
    return [];
  const kind = classifyExpression(view, command);
  if (kind === "literal")
    return [];
  return { start: call.start, end: call.end, confidence: kind === "formatted" ? 0.9 : 0.6 };
}
var commandInjectionRules = [
  {
    id: "vuln/command-injection",
    takesInput: true,
    description: "child_process exec/execSync runs a shell on a command built by interpolation or concatenation",
    title: "Shell command built from values (command injection risk): use execFile with an argument array",
    languages: ["js", "ts"],
    severity: "high",
    confidence: 0.9,
    effortHours: 2,
    keywords: ["child_process"],
    detect: (view) => findShellCalls(view).filter((call) => call.args[0] && classifyExpression(view, call.args[0]) === "formatted"),
    examples: {
      positive: [
        "const { exec } = require('child_process');\nexec(`git log ${branch}`);",
        "import cp from 'node:child_process';\ncp.execSync('rm -rf ' + dir);",
        "require('child_process').exec('ls ' + req.query.dir, cb);"
      ],
      negative: [
        "const { execFile } = require('child_process');\nexecFile('git', ['log', branch]);",
        "const { exec } = require('child_process');\nexec('git status');",
        "const cp = require('child_process');\nconst m = /a(b)/.exec(`x ${y}`);",
        "const cp = require('child_process');\n// exec(`rm ${x}`)"
      ]
    }
  },
  {
    id: "vuln/command-injection",
    takesInput: true,
    description: "subprocess with shell=True, os.system or os.popen on a command that is not a constant",
    title: "Shell command built from values (command injection risk): pass an argument list without shell=True",
    languages: ["py"],
    severity: "high",
    confidence: 0.9,
    effortHours: 2,
    keywords: ["subprocess", "os.system", "os.popen"],
    detect: (view) => [
      ...findSubprocessCalls(view).filter((call) => call.args.some((arg) => /^shell\s*=\s*True$/.test(codeOf(view, arg)))).flatMap((call) => rateCommand(view, call)),
      ...findCalls(view, PY_ALWAYS_SHELL).flatMap((call) => rateCommand(view, call))
    ],
    examples: {
      positive: [
        'subprocess.run(f"tar xf {name}", shell=True)',
        'os.system("rm -rf " + path)',
        "subprocess.Popen(cmd, shell=True)",
        'from subprocess import PIPE, Popen\nPopen("ls " + folder, shell=True, stdout=PIPE)',
        "os.popen('ls %s' % folder)"
      ],
      negative: [
        'subprocess.run(["tar", "xf", name])',
        'subprocess.run("make all", shell=True)',
        'os.system("clear")',
        "subprocess.run(cmd, shell=False)",
        "from subprocess import Popen\nPopen(cmd, shell=use_shell)",
        'Popen("ls " + folder, shell=True)',
        '# os.system("rm " + path)'
      ]
    }
  }
];

// dist/src/analyzers/vuln/rules/cors.js
var HEADER_WILDCARD = /['"`]Access-Control-Allow-Origin['"`]\s*(?:,|\]\s*=|:)\s*['"`]\*['"`]/gi;
var corsRules = [
  {
    id: "vuln/cors-credentials-any-origin",
    description: "CORS allows credentials for any (wildcard or reflected) origin",
    title: "CORS sends credentials to any origin: list the allowed origins",
    languages: ["js", "ts"],
    severity: "high",
    confidence: 0.9,
    effortHours: 1,
    keywords: ["cors"],
    detect: (view) => findCalls(view, /(?<![\w$.])cors\s*\(/g).filter((call) => {
      const options = call.args.map((arg) => bareOf(view, arg)).join(",");
      return /\borigin\s*:\s*(?:['"`]\*['"`]|true)/.test(options) && /\bcredentials\s*:\s*true\b/.test(options);
    }),
    examples: {
      positive: [
        "app.use(cors({ origin: '*', credentials: true }))",
        "app.use(cors({ origin: true, credentials: true }))"
      ],
      negative: [
        "app.use(cors())",
        "app.use(cors({ origin: 'https://app.example.com', credentials: true }))",
        "app.use(cors({ origin: '*' }))"
      ]
    }
  },
  {
    id: "vuln/cors-credentials-any-origin",
    description: "flask-cors with supports_credentials=True and the default or a wildcard origin",
    title: "CORS sends credentials to any origin: list the allowed origins",
    languages: ["py"],
    severity: "high",
    confidence: 0.9,
    effortHours: 1,
    keywords: ["CORS"],
    detect: (view) => findCalls(view, /\bCORS\s*\(/g).filter((call) => {
      const options = call.args.map((arg) => bareOf(view, arg));
      const origins = options.find((option) => /^(?:origins|resources)\s*=/.test(option));
      return options.some((option) => /^supports_credentials\s*=\s*True$/.test(option)) && (!origins || /['"]\*['"]/.test(origins));
    }),
    examples: {
      positive: ["CORS(app, supports_credentials=True)", "CORS(app, origins='*', supports_credentials=True)"],
      negative: ["CORS(app)", "CORS(app, origins=['https://app.example.com'], supports_credentials=True)"]
    }
  },
  {
    id: "vuln/permissive-cors",
    description: "Access-Control-Allow-Origin set to * by hand",
    title: "CORS header allows any origin: restrict it unless the endpoint is truly public",
    languages: ["js", "ts", "py"],
    severity: "medium",
    confidence: 0.6,
    effortHours: 1,
    keywords: ["Access-Control-Allow-Origin", "access-control-allow-origin"],
    pattern: HEADER_WILDCARD,
    examples: {
      positive: [
        "res.setHeader('Access-Control-Allow-Origin', '*');",
        "res.header({ 'Access-Control-Allow-Origin': '*' })"
      ],
      negative: [
        "res.setHeader('Access-Control-Allow-Origin', allowed);",
        "// res.setHeader('Access-Control-Allow-Origin', '*')"
      ]
    }
  }
];

// dist/src/analyzers/vuln/rules/debug-settings.js
var PY_PRODUCTION_SETTINGS = /(?:^|\/)(?:(?:settings|production|prod)(?:[_.-](?!dev|local|test)[\w.-]{0,40})?\.py|settings\/(?=[\w.-]{0,40}prod)[\w.-]{1,40}\.py)$/;
var JS_PRODUCTION_CONFIG = /(?:^|\/)(?:production|prod)(?:\.config)?\.(?:[cm]?js|ts)$/;
var debugSettingsRules = [
  {
    id: "vuln/debug-server-exposed",
    description: "A development server with the debugger on, bound to every interface: remote code execution",
    title: "Debug server bound to 0.0.0.0 (the debugger runs code for anyone who can reach it)",
    languages: ["py"],
    severity: "high",
    confidence: 0.9,
    effortHours: 1,
    keywords: ["0.0.0.0"],
    detect: (view) => findCalls(view, /\.run\s*\(/g).filter((call) => {
      const args = call.args.map((arg) => bareOf(view, arg));
      return args.some((arg) => /^(?:host\s*=\s*)?['"]0\.0\.0\.0['"]$/.test(arg)) && args.some((arg) => /^debug\s*=\s*True$/.test(arg));
    }),
    examples: {
      positive: ["app.run(host='0.0.0.0', debug=True)", 'app.run("0.0.0.0", port=80, debug=True)'],
      negative: ["app.run(debug=True)", "app.run(host='0.0.0.0', debug=False)", "app.run(host='0.0.0.0')"]
    }
  },
  {
    id: "vuln/debug-in-production",
    description: "DEBUG = True in a production settings module: stack traces, settings and SQL leak to visitors",
    title: "Debug mode on in production settings (leaks internals to visitors)",
    languages: ["py"],
    severity: "medium",
    confidence: 0.8,
    effortHours: 1,
    keywords: ["DEBUG"],
    paths: PY_PRODUCTION_SETTINGS,
    examplePath: "app/settings.py",
    pattern: /^[ \t]{0,8}DEBUG\s*=\s*True\b/gm,
    examples: {
      positive: ["DEBUG = True", "SECRET_KEY = env('KEY')\nDEBUG = True\n"],
      negative: ["DEBUG = env.bool('DEBUG', False)", "DEBUG = False", "TEMPLATE_DEBUG_NOTE = True"]
    }
  },
  {
    id: "vuln/debug-in-production",
    description: "debug: true in a production config module",
    title: "Debug mode on in production config (leaks internals to visitors)",
    languages: ["js", "ts"],
    severity: "medium",
    confidence: 0.7,
    effortHours: 1,
    keywords: ["debug"],
    paths: JS_PRODUCTION_CONFIG,
    examplePath: "config/production.js",
    pattern: /\bdebug\s*:\s*true\b/g,
    examples: {
      positive: ["module.exports = { port: 80, debug: true };"],
      negative: ["module.exports = { port: 80, debug: false };", "const note = 'debug: true';"]
    }
  }
];

// dist/src/analyzers/vuln/rules/deserialization.js
var UNSAFE_MODULES = ["pickle", "cPickle", "_pickle", "dill", "cloudpickle", "marshal"];
var UNSAFE_FUNCTIONS = ["load", "loads", "Unpickler"];
function findUnpickling(view) {
  const bare = importedNames(view, UNSAFE_MODULES).filter((name) => UNSAFE_FUNCTIONS.includes(name));
  const callee = bare.length > 0 ? `|(?<![\\w.])(?<!def\\s{1,4})(?:${bare.join("|")})` : "";
  return findCalls(view, new RegExp(`(?:\\b(?:${UNSAFE_MODULES.join("|")})\\.(?:${UNSAFE_FUNCTIONS.join("|")})${callee})\\s*\\(`, "g"));
}
function isRoundTrip(view, call) {
  const data = call.args[0] ? view.code.slice(call.args[0].start, call.args[0].end) : "";
  if (/\bdumps?\s*\(/.test(data))
    return true;
  const scope = enclosingPythonDef(view, call.start);
  return scope !== void 0 && /\.dumps?\s*\(/.test(view.code.slice(scope.start, call.start));
}
var SAFE_YAML_LOADER = /\b(?:Safe|CSafe|Base)Loader\b/;
var deserializationRules = [
  {
    id: "vuln/unsafe-deserialization",
    takesInput: true,
    description: "pickle, marshal, dill or yaml.load without a safe loader run code embedded in the data they read",
    title: "Unsafe deserialization (runs code embedded in the data): use json, yaml.safe_load or a signed format",
    languages: ["py"],
    severity: "high",
    confidence: 0.7,
    effortHours: 3,
    keywords: ["pickle", "Pickle", "marshal", "dill", "yaml"],
    detect: (view) => [
      ...findUnpickling(view).filter((call) => !isRoundTrip(view, call)),
      ...findCalls(view, /\b(?:yaml\.unsafe_load(?:_all)?|jsonpickle\.decode)\s*\(/g),
      ...findCalls(view, /\byaml\.load(?:_all)?\s*\(/g).filter((call) => !call.args.slice(1).some((arg) => SAFE_YAML_LOADER.test(bareOf(view, arg))))
    ],
    examples: {
      positive: [
        "data = pickle.loads(request.data)",
        "from pickle import Unpickler\nvalue = Unpickler(f).load()",
        "cfg = yaml.load(stream)",
        "yaml.load(f, Loader=yaml.Loader)",
        "obj = marshal.load(fh)",
        "def restore(blob):\n    return pickle.loads(blob)\n\ndef save(obj):\n    return pickle.dumps(obj)"
      ],
      negative: [
        "cfg = yaml.safe_load(stream)",
        "cfg = yaml.load(f, Loader=yaml.SafeLoader)",
        "cfg = yaml.load(f, yaml.CSafeLoader)",
        "data = json.loads(body)",
        "blob = pickle.dumps(obj)",
        "from json import loads\nvalue = loads(text)",
        "from _pickle import load\nclass Reader:\n    def load(self):\n        pass",
        "# pickle.loads(data)",
        // round trips of the code's own objects
        "copy = pickle.loads(pickle.dumps(request))",
        "def test_pickles(obj):\n    data = pickle.dumps(obj)\n    assert pickle.loads(data) == obj"
      ]
    }
  },
  {
    id: "vuln/unsafe-deserialization",
    takesInput: true,
    description: "node-serialize unserialize() evaluates functions embedded in its input (CVE-2017-5941)",
    title: "Unsafe deserialization with node-serialize (runs code in the data): use JSON.parse",
    languages: ["js", "ts"],
    severity: "high",
    confidence: 0.9,
    effortHours: 3,
    keywords: ["node-serialize"],
    detect: (view) => findCalls(view, /(?<![\w$])(?:\w{1,40}\.)?unserialize\s*\(/g),
    examples: {
      positive: [
        "const serialize = require('node-serialize');\nconst obj = serialize.unserialize(req.cookies.profile);"
      ],
      negative: [
        "const serialize = require('node-serialize');\nconst text = serialize.serialize(obj);",
        "const obj = JSON.parse(req.cookies.profile);"
      ]
    }
  }
];

// dist/src/analyzers/vuln/rules/insecure-randomness.js
function findSecretRandoms(view, pattern) {
  return matchesIn(view, pattern).filter((match) => mentionsSecret(lineAround(view.code, match.index))).map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
var FIXTURE_CONTEXTS2 = ["test", "docs", "example"];
var insecureRandomnessRules = [
  {
    id: "vuln/insecure-randomness",
    description: "Math.random() used to make a token, secret, password, nonce, OTP or salt",
    title: "Predictable random value for a secret: use crypto.randomBytes or crypto.randomUUID",
    languages: ["js", "ts"],
    severity: "medium",
    confidence: 0.8,
    effortHours: 1,
    keywords: ["Math.random"],
    outsideInputOnlyIn: FIXTURE_CONTEXTS2,
    detect: (view) => findSecretRandoms(view, /\bMath\.random\s*\(\s*\)/g),
    examples: {
      positive: [
        "const resetToken = Math.random().toString(36).slice(2);",
        "user.otp = Math.floor(Math.random() * 1e6);"
      ],
      negative: [
        "const delay = Math.random() * 1000;",
        "const token = crypto.randomBytes(32).toString('hex');",
        "// const token = Math.random()"
      ]
    }
  },
  {
    id: "vuln/insecure-randomness",
    description: "the random module used to make a token, secret, password, nonce, OTP or salt",
    title: "Predictable random value for a secret: use the secrets module",
    languages: ["py"],
    severity: "medium",
    confidence: 0.8,
    effortHours: 1,
    keywords: ["random."],
    outsideInputOnlyIn: FIXTURE_CONTEXTS2,
    detect: (view) => findSecretRandoms(view, /(?<![\w.])random\.(?:random|randint|randrange|choice|choices|sample|getrandbits|uniform)\s*\(/g),
    examples: {
      positive: ["token = ''.join(random.choice(alphabet) for _ in range(32))", "salt = random.getrandbits(64)"],
      negative: [
        "token = secrets.token_hex(16)",
        "colour = random.choice(colours)",
        "sleep(random.random() * backoff)"
      ]
    }
  }
];

// dist/src/analyzers/vuln/rules/path-traversal.js
var SANITISED = /\b(?:basename|secure_filename|safe_join|sanitize\w{0,20})\s*\(/;
function readsRequest(view, call, input) {
  const path = call.args[0];
  if (!path)
    return false;
  const code = codeOf(view, path);
  return input.test(code) && !SANITISED.test(code);
}
var JS_REQUEST = /\breq(?:uest)?\.(?:params|query|body|path|url|originalUrl|cookies|headers|files?)\b/;
var PY_REQUEST = /\brequest\.(?:args|form|values|files|GET|POST|data|json|get_json|query_params|path_params|match_info|cookies|headers|view_args)\b/;
var pathTraversalRules = [
  {
    id: "vuln/path-traversal",
    takesInput: true,
    description: "A file path taken from request input is read, sent, written or deleted",
    title: 'File path from request input (path traversal risk): resolve under a fixed root and reject ".."',
    languages: ["js", "ts"],
    severity: "high",
    confidence: 0.8,
    effortHours: 2,
    keywords: ["req"],
    detect: (view) => findCalls(view, /\.(?:sendFile|sendfile|download|readFile|readFileSync|createReadStream|writeFile|writeFileSync|appendFile|unlink|unlinkSync|rm|rmSync|readdir)\s*\(/g).filter((call) => readsRequest(view, call, JS_REQUEST)).filter((call) => !call.args.slice(1).some((arg) => /\broot\s*:/.test(codeOf(view, arg)))),
    examples: {
      positive: [
        "res.sendFile(req.params.name)",
        "fs.readFile(path.join(uploads, req.query.file), cb)",
        "await fsp.unlink(`/tmp/${req.body.name}`)"
      ],
      negative: [
        "res.sendFile(req.params.name, { root: publicDir })",
        "res.sendFile(path.join(dir, path.basename(req.params.name)))",
        "fs.readFile(path.join(__dirname, 'index.html'), cb)"
      ]
    }
  },
  {
    id: "vuln/path-traversal",
    takesInput: true,
    description: "A file path taken from request input is opened, sent or deleted",
    title: "File path from request input (path traversal risk): use send_from_directory or secure_filename",
    languages: ["py"],
    severity: "high",
    confidence: 0.8,
    effortHours: 2,
    keywords: ["request"],
    detect: (view) => findCalls(view, /(?<![\w.])(?:open|send_file|FileResponse|Path)\s*\(|\b(?:io\.open|os\.(?:remove|unlink|listdir)|shutil\.rmtree)\s*\(/g).filter((call) => readsRequest(view, call, PY_REQUEST)),
    examples: {
      positive: [
        "open(request.args['name']).read()",
        "return send_file(os.path.join(UPLOADS, request.args.get('f')))",
        "os.remove(request.form['path'])"
      ],
      negative: [
        "return send_from_directory(UPLOADS, request.args['f'])",
        "open(os.path.join(UPLOADS, secure_filename(request.args['f'])))",
        "open('config.yaml')"
      ]
    }
  }
];

// dist/src/analyzers/vuln/rules/sql-injection.js
var NAME = '[\\w.`"\\[\\]{}$%?:@*()]{1,80}';
var COLUMN = `${NAME}(?:\\s+(?:AS|as)\\s+\\w{1,40})?`;
var SQL_SHAPE = new RegExp([
  `\\b(?:SELECT|select)\\s+(?:(?:DISTINCT|distinct)\\s+)?${COLUMN}(?:\\s*,\\s*${COLUMN}){0,40}\\s+(?:FROM|from)\\s+${NAME}`,
  `\\b(?:INSERT|insert)\\s+(?:(?:OR|or)\\s+\\w{1,10}\\s+)?(?:INTO|into)\\s+${NAME}`,
  `\\b(?:UPDATE|update)\\s+${NAME}\\s+(?:SET|set)\\s`,
  `\\b(?:DELETE|delete)\\s+(?:FROM|from)\\s+${NAME}`
].join("|"));
var PLACEHOLDER = "${value}";
var SQL_CALLEES = "(?:\\b(?:execute|executemany|executescript|query|raw|extra|read_sql|read_sql_query|text|run|all|get|prepare|exec|unsafe)|\\$(?:queryRawUnsafe|executeRawUnsafe))";
var SQL_CALL = new RegExp(`${SQL_CALLEES}\\s*\\(\\s*$`);
var ASSIGNED = /(?<![\w$.])([A-Za-z_$][\w$]{0,80})\s*(?::[^=;\n]{1,80})?\+?=\s*$/;
var MAX_CHAIN = 20;
var SQL_KEYWORDS = ["SELECT", "select", "INSERT", "insert", "UPDATE", "update", "DELETE", "delete"];
function followConcatenation(view, byStart, end) {
  let cursor = end;
  for (let step = 0; step < MAX_CHAIN; step++) {
    const plus = /^\s*\+\s*(?![+=])/.exec(view.code.slice(cursor, cursor + 200));
    if (!plus)
      return { end: cursor, isDynamic: false };
    const next = byStart.get(cursor + plus[0].length) ?? byStart.get(cursor + plus[0].length + 1);
    if (!next)
      return { end: cursor + plus[0].length, isDynamic: true };
    cursor = next.end;
  }
  return { end: cursor, isDynamic: false };
}
function templateEnd(text, regions, index) {
  for (let next = index + 1; next < Math.min(regions.length, index + 50); next++) {
    const piece = regions[next];
    if (piece.kind === "string" && text[piece.start] === "}" && text[piece.end - 1] === "`")
      return piece.end;
  }
  return regions[index].end;
}
function matchAt(view, start, end) {
  const before = view.code.slice(Math.max(0, start - 80), start).replace(/[rRbBuUfF]{1,2}$/, "");
  if (SQL_CALL.test(before))
    return [{ start, end, confidence: 0.9 }];
  const name = ASSIGNED.exec(before)?.[1];
  if (!name || ["const", "let", "var"].includes(name))
    return [];
  const runs = new RegExp(`${SQL_CALLEES}\\s*\\(\\s*${name.replace(/\$/g, "\\$")}(?![\\w$])`);
  return runs.test(view.code) ? [{ start, end, confidence: 0.8 }] : [];
}
function findJsSql(view) {
  const { text, regions } = view;
  const byStart = new Map(regions.map((region) => [region.start, region]));
  const found = [];
  regions.forEach((region, index) => {
    if (region.kind !== "string")
      return;
    const open = text[region.start];
    if (open === "`" && region.closeLength === 2) {
      const isTagged = /[\w$.)\]]/.test(text[region.start - 1] ?? "");
      const end = templateEnd(text, regions, index);
      if (!isTagged && SQL_SHAPE.test(text.slice(region.start, end)))
        found.push(...matchAt(view, region.start, end));
    } else if (open === '"' || open === "'") {
      const content = text.slice(region.start + 1, region.end - region.closeLength);
      if (!/select|insert|update|delete/i.test(content))
        return;
      const chain = followConcatenation(view, byStart, region.end);
      if (chain.isDynamic && SQL_SHAPE.test(content + PLACEHOLDER))
        found.push(...matchAt(view, region.start, chain.end));
    }
  });
  return found;
}
function findPySql(view) {
  const { text, code, regions } = view;
  const byStart = new Map(regions.map((region) => [region.start, region]));
  return regions.flatMap((region) => {
    if (region.kind !== "string")
      return [];
    const content = text.slice(region.start + region.openLength, region.end - region.closeLength);
    if (!/select|insert|update|delete/i.test(content))
      return [];
    const prefix = /[rRbBuUfF]{0,2}$/.exec(code.slice(Math.max(0, region.start - 2), region.start))?.[0] ?? "";
    const after = code.slice(region.end, region.end + 40);
    const isFString = /[fF]/.test(prefix) && hasReplacementField(content);
    const isFormatted = isFString || /^\s*%\s*[^=\s]/.test(after) || /^\s*\.\s*format\s*\(/.test(after);
    const chain = isFormatted ? { end: region.end, isDynamic: true } : followConcatenation(view, byStart, region.end);
    const shaped = SQL_SHAPE.test(isFString || /^\s*\.\s*format/.test(after) ? content : content + PLACEHOLDER);
    return chain.isDynamic && shaped ? matchAt(view, region.start - prefix.length, chain.end) : [];
  });
}
var sqlInjectionRules = [
  {
    id: "vuln/sql-injection",
    takesInput: true,
    description: "SQL text built by concatenation or template interpolation instead of bound parameters",
    title: "SQL built from values (SQL injection risk): use bound parameters",
    languages: ["js", "ts"],
    severity: "high",
    confidence: 0.9,
    effortHours: 2,
    keywords: SQL_KEYWORDS,
    detect: findJsSql,
    examples: {
      positive: [
        "db.query(`SELECT * FROM users WHERE id = ${req.params.id}`)",
        `connection.query("SELECT name FROM users WHERE email = '" + email + "'")`,
        'const sql = "DELETE FROM " + table;\ndb.query(sql);',
        "knex.raw(`UPDATE accounts SET balance = ${amount} WHERE id = 1`)"
      ],
      negative: [
        "db.query('SELECT * FROM users WHERE id = $1', [id])",
        "db.query(sql`SELECT * FROM users WHERE id = ${id}`)",
        "const msg = 'Select a file from ' + folder;",
        'db.query("SELECT * FROM users " + "WHERE active = 1")',
        "const q = `SELECT * FROM users`;",
        '// db.query("SELECT * FROM t WHERE id=" + id)',
        // expected SQL in a test: compared, never run
        "expect(compile(q)).toBe(`SELECT name FROM ${table} WHERE id = ?`);",
        'const expected = "DELETE FROM " + table;\nassert.equal(render(q), expected);'
      ]
    }
  },
  {
    id: "vuln/sql-injection",
    takesInput: true,
    description: "SQL text built with f-strings, % formatting, .format or concatenation instead of bound parameters",
    title: "SQL built from values (SQL injection risk): pass parameters to execute()",
    languages: ["py"],
    severity: "high",
    confidence: 0.9,
    effortHours: 2,
    keywords: SQL_KEYWORDS,
    detect: findPySql,
    examples: {
      positive: [
        'cursor.execute(f"SELECT * FROM users WHERE id = {user_id}")',
        `cursor.execute("SELECT * FROM users WHERE name = '%s'" % name)`,
        'query = "DELETE FROM {} WHERE id = 1".format(table)\ncursor.execute(query)',
        'cur.execute("INSERT INTO logs VALUES (" + value + ")")'
      ],
      negative: [
        'cursor.execute("SELECT * FROM users WHERE id = %s", (user_id,))',
        'cursor.execute("SELECT * FROM users WHERE id = ?", [user_id])',
        'print(f"Select a file from {folder}")',
        'cursor.execute(f"SELECT * FROM users WHERE id = {{literal}}")',
        '# cursor.execute(f"SELECT * FROM t WHERE id = {x}")',
        // expected SQL in a test: compared with what a statement compiles to, never run
        'self.assert_sql(stmt, "SELECT t.a FROM t WHERE t.b = %s" % placeholder)',
        'expected = f"UPDATE {table} SET x = :x"\nassert str(stmt) == expected'
      ]
    }
  }
];

// dist/src/analyzers/vuln/rules/tls-verification.js
var tlsVerificationRules = [
  {
    id: "vuln/tls-verification-disabled",
    description: "TLS certificate verification turned off: any network attacker can impersonate the server",
    title: "TLS certificate verification disabled (man-in-the-middle risk)",
    languages: ["js", "ts"],
    severity: "high",
    confidence: 0.9,
    effortHours: 1,
    keywords: ["rejectUnauthorized", "strictSSL", "NODE_TLS_REJECT_UNAUTHORIZED"],
    pattern: /\b(?:rejectUnauthorized|strictSSL)\s*:\s*false\b|\bprocess\.env(?:\.NODE_TLS_REJECT_UNAUTHORIZED|\[\s*['"`]NODE_TLS_REJECT_UNAUTHORIZED['"`]\s*\])\s*=\s*['"`]?0\b/g,
    examples: {
      positive: [
        "https.request({ host, rejectUnauthorized: false })",
        "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
        "process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = '0';"
      ],
      negative: [
        "https.request({ host, rejectUnauthorized: true })",
        "const doc = 'set rejectUnauthorized: false only in tests';",
        "if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') warn();"
      ]
    }
  },
  {
    id: "vuln/tls-verification-disabled",
    description: "TLS certificate or hostname verification turned off: any network attacker can impersonate the server",
    title: "TLS certificate verification disabled (man-in-the-middle risk)",
    languages: ["py"],
    severity: "high",
    confidence: 0.9,
    effortHours: 1,
    keywords: ["verify", "unverified", "CERT_NONE", "check_hostname"],
    pattern: /\bverify\s*=\s*False\b|\bssl\._create_unverified_context\b|\b(?:verify_mode|cert_reqs)\s*=\s*(?:ssl\.)?CERT_NONE\b|\bcheck_hostname\s*=\s*False\b/g,
    examples: {
      positive: [
        "requests.get(url, verify=False)",
        "ctx = ssl._create_unverified_context()",
        "ctx.verify_mode = ssl.CERT_NONE",
        "ctx.check_hostname = False"
      ],
      negative: [
        "requests.get(url, verify=True)",
        "requests.get(url, verify=ca_bundle)",
        "if ctx.verify_mode == ssl.CERT_NONE:",
        "# requests.get(url, verify=False)"
      ]
    }
  }
];

// dist/src/analyzers/vuln/rules/weak-crypto.js
function findSecretHashes(view, pattern) {
  return matchesIn(view, pattern, "bare").filter((match) => {
    const line = lineAround(view.bare, match.index);
    return mentionsSecret(line) && !/usedforsecurity\s*=\s*False/.test(line);
  }).map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
var weakCryptoRules = [
  {
    id: "vuln/weak-hash",
    description: "md5 or sha1 used for a password, token or signature: both are broken for security use",
    title: "Weak hash (md5/sha1) for a secret: use bcrypt/scrypt/argon2 for passwords, sha256+ or HMAC otherwise",
    languages: ["js", "ts"],
    severity: "medium",
    confidence: 0.7,
    effortHours: 2,
    keywords: ["md5", "sha1", "MD5", "SHA1"],
    detect: (view) => findSecretHashes(view, /\bcreateH(?:ash|mac)\(\s*['"`](?:md5|sha1)['"`]/gi),
    examples: {
      positive: [
        "const hashed = crypto.createHash('md5').update(password).digest('hex');",
        "const signature = createHash('sha1').update(body).digest('hex');"
      ],
      negative: [
        "const etag = crypto.createHash('md5').update(body).digest('hex');",
        "const hashed = crypto.createHash('sha256').update(password).digest('hex');"
      ]
    }
  },
  {
    id: "vuln/weak-hash",
    description: "md5 or sha1 used for a password, token or signature: both are broken for security use",
    title: "Weak hash (md5/sha1) for a secret: use hashlib.scrypt/bcrypt for passwords, sha256+ or hmac otherwise",
    languages: ["py"],
    severity: "medium",
    confidence: 0.7,
    effortHours: 2,
    keywords: ["md5", "sha1"],
    detect: (view) => findSecretHashes(view, /\bhashlib\.(?:md5|sha1)\s*\(|\bhashlib\.new\(\s*['"](?:md5|sha1)['"]/gi),
    examples: {
      positive: [
        "digest = hashlib.md5(password.encode()).hexdigest()",
        "token_hash = hashlib.new('sha1', token).hexdigest()"
      ],
      negative: [
        "cache_key = hashlib.md5(url.encode()).hexdigest()",
        "digest = hashlib.sha256(password.encode()).hexdigest()",
        "h = hashlib.md5(token, usedforsecurity=False)"
      ]
    }
  },
  {
    id: "vuln/weak-cipher",
    description: "DES, 3DES, RC4, Blowfish or ECB mode, or createCipher (MD5 key derivation, no IV)",
    title: "Weak cipher or mode (DES/RC4/ECB): use AES-GCM or ChaCha20-Poly1305",
    languages: ["js", "ts"],
    severity: "medium",
    confidence: 0.8,
    effortHours: 3,
    keywords: ["createCipher", "createDecipher"],
    pattern: /\bcreate(?:De)?[Cc]ipheriv\(\s*['"`](?:des(?:-\w{1,10}){0,3}|rc[24](?:-\w{1,10})?|bf(?:-\w{1,10})?|blowfish|[\w-]{1,20}-ecb)['"`]|\bcreate(?:De)?[Cc]ipher\s*\(/g,
    examples: {
      positive: [
        "const c = crypto.createCipheriv('des-ede3-cbc', key, iv);",
        "crypto.createCipheriv('aes-128-ecb', key, null)",
        "const c = crypto.createCipher('aes-256-cbc', pass);"
      ],
      negative: ["const c = crypto.createCipheriv('aes-256-gcm', key, iv);", "const name = 'createCipher(';"]
    }
  },
  {
    id: "vuln/weak-cipher",
    description: "DES, 3DES, RC4, Blowfish or ECB mode",
    title: "Weak cipher or mode (DES/RC4/ECB): use AES-GCM or ChaCha20-Poly1305",
    languages: ["py"],
    severity: "medium",
    confidence: 0.8,
    effortHours: 3,
    keywords: ["DES", "ARC4", "ARC2", "Blowfish", "ECB"],
    pattern: /\b(?:DES3?|ARC[24]|Blowfish)\.new\s*\(|\bMODE_ECB\b|\bmodes\.ECB\s*\(|\balgorithms\.(?:ARC4|TripleDES|Blowfish|IDEA|CAST5|SEED)\s*\(/g,
    examples: {
      positive: [
        "cipher = DES.new(key, DES.MODE_CBC, iv)",
        "cipher = AES.new(key, AES.MODE_ECB)",
        "Cipher(algorithms.AES(key), modes.ECB())"
      ],
      negative: [
        "cipher = AES.new(key, AES.MODE_GCM)",
        "Cipher(algorithms.AES(key), modes.GCM(iv))",
        'mode = "MODE_ECB"'
      ]
    }
  }
];

// dist/src/analyzers/vuln/rules/index.js
var vulnRules = [
  ...codeExecutionRules,
  ...commandInjectionRules,
  ...sqlInjectionRules,
  ...deserializationRules,
  ...weakCryptoRules,
  ...insecureRandomnessRules,
  ...tlsVerificationRules,
  ...corsRules,
  ...pathTraversalRules,
  ...debugSettingsRules
];

// dist/src/analyzers/vuln/index.js
var meta = {
  id: "vuln/patterns",
  category: "vuln",
  languages: ["js", "ts", "py"],
  defaultSeverity: "high",
  description: "Dangerous code patterns: injection, unsafe deserialization, weak crypto, disabled TLS checks, debug exposure"
};
var MAX_CONTENT = 240;
function analyze({ path, text, changed }, rules = vulnRules) {
  const language = languageOf(path);
  if (!isVulnLanguage(language))
    return [];
  const applicable = rules.filter((rule) => rule.languages.includes(language) && (!rule.paths || rule.paths.test(path)) && rule.keywords.some((keyword) => text.includes(keyword)));
  if (applicable.length === 0)
    return [];
  const view = buildView(path, text, language);
  const context = contextOf(path);
  let starts;
  let lines;
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const rule of applicable) {
    const fixturesHere = rule.outsideInputOnlyIn?.includes(context) ?? false;
    for (const match of runRule(rule, view)) {
      if (fixturesHere && !OUTSIDE_INPUT.test(view.code.slice(match.start, match.end)))
        continue;
      starts ??= lineStarts(text);
      const line = lineAt(starts, match.start);
      const endLine = lineAt(starts, Math.max(match.start, match.end - 1));
      const key = `${rule.id}:${line}`;
      if (seen.has(key) || !touches(changed, line, endLine))
        continue;
      seen.add(key);
      const input = rule.takesInput ? OUTSIDE_INPUT.test(view.code.slice(match.start, match.end)) ? "outside" : "callers" : void 0;
      const call = readCallName(view.code.slice(match.start, match.end));
      const codes = equivalentCodes(rule.id, language, call);
      const suppressed = codes ? findSuppression({ language, lines: lines ??= text.split(/\r?\n/), line, codes }) : void 0;
      findings.push(toFinding(rule, view, match, line, endLine, starts, { input, call, suppressed }));
    }
  }
  return findings.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}
var OUTSIDE_INPUT = /\b(?:req|request|sys\.argv|os\.environ|environ|process\.(?:argv|env)|input\s*\(|sys\.stdin|stdin|recv\w{0,10}\s*\(|location|document)\b/;
function listRuleIds() {
  return vulnRules.map((rule) => rule.id);
}
function isVulnLanguage(language) {
  return language === "js" || language === "ts" || language === "py";
}
function runRule(rule, view) {
  if (rule.detect)
    return rule.detect(view);
  if (!rule.pattern)
    return [];
  return matchesIn(view, rule.pattern, "bare").map((match) => ({
    start: match.index,
    end: match.index + match[0].length
  }));
}
function toFinding(rule, view, match, line, endLine, starts, known) {
  const facts = { language: view.language };
  if (known.input)
    facts["input"] = known.input;
  if (known.call)
    facts["call"] = known.call;
  if (known.suppressed)
    facts["suppressed"] = known.suppressed;
  return createFinding(meta, {
    ruleId: rule.id,
    path: view.path,
    line,
    endLine,
    column: match.start - starts[line - 1] + 1,
    title: rule.title,
    severity: rule.severity,
    content: view.bare.slice(match.start, Math.min(match.end, match.start + MAX_CONTENT)),
    confidence: match.confidence ?? rule.confidence,
    effortHours: rule.effortHours,
    facts
  });
}
export {
  analyze,
  isVulnLanguage,
  listRuleIds,
  meta,
  runRule
};
