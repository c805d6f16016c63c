import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  codeMask
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

// dist/src/analyzers/perf/code-model.js
function loopsAround(model, offset) {
  return model.loops.filter((loop) => loop.bodyStart <= offset && offset < loop.bodyEnd).sort((a, b) => a.bodyStart - b.bodyStart);
}
function regionsAround(model, offset) {
  return model.regions.filter((region) => region.start <= offset && offset < region.end);
}
var keywords = /* @__PURE__ */ new Set([
  "this",
  "true",
  "false",
  "null",
  "undefined",
  "new",
  "typeof",
  "await",
  "async",
  "function",
  "return",
  "const",
  "let",
  "var",
  "of",
  "in",
  "None",
  "True",
  "False",
  "not",
  "and",
  "or",
  "is",
  "lambda",
  "self",
  "for",
  "if",
  "else"
]);
function namesIn(code) {
  return [...code.matchAll(/(?<![\w$.])[A-Za-z_$][\w$]{0,80}/g)].map((match) => match[0]).filter((name) => !keywords.has(name));
}
function indexBrackets(masked) {
  const closeAt = new Int32Array(masked.length).fill(masked.length);
  const stack = [];
  for (let at = 0; at < masked.length; at++) {
    const code = masked.charCodeAt(at);
    if (code === 40 || code === 91 || code === 123)
      stack.push(at);
    else if (code === 41 || code === 93 || code === 125) {
      const open = stack.pop();
      if (open !== void 0)
        closeAt[open] = at + 1;
    }
  }
  return (open) => closeAt[open] ?? masked.length;
}

// dist/src/analyzers/perf/js-model.js
var callbackMethods = "forEach|map|filter|reduce|reduceRight|some|every|find|findIndex|findLast|findLastIndex|flatMap";
var before = {
  callback: new RegExp(`([\\w$.]{1,120})\\s{0,10}\\.\\s{0,10}(?:${callbackMethods})\\s{0,10}$`),
  handlerCall: /\b(?:app|router|server|api|fastify|route|routes)\s{0,10}\.\s{0,10}(?:get|post|put|patch|delete|all|use|options|head)\s{0,10}$/,
  asyncArrow: /async\s{0,10}(?:\([^()]{0,300}\)|[\w$]{1,80})\s{0,10}(?::[^=;{}]{0,120})?=>\s{0,10}$/y,
  handlerArrow: /\(\s{0,10}(?:req|request)\b[^,()]{0,80},\s{0,10}(?:res|response|reply)\b[^()]{0,120}\)\s{0,10}(?::[^=;{}]{0,120})?=>\s{0,10}$/y,
  functionHead: /function\b[\s*]{0,10}[\w$]{0,80}\s{0,10}\(([^()]{0,300})\)\s{0,10}(?::[^{;]{0,120})?$/y,
  asyncMethod: /async\s{1,10}(?:static\s{1,10})?\*?\s{0,10}[\w$#]{1,80}\s{0,10}\([^()]{0,300}\)\s{0,10}(?::[^{;]{0,120})?$/y
};
function buildJsModel(text, masked) {
  const loops = [];
  const regions = [];
  const closeOf = indexBrackets(masked);
  const brackets = /[({]/g;
  for (let found = brackets.exec(masked); found; found = brackets.exec(masked)) {
    const at = found.index;
    const { word, dotted, end } = readWordBefore(masked, at);
    const head = () => masked.slice(Math.max(0, at - 400), at);
    if (masked[at] === "(") {
      const forAwait = word === "await" && readWordBefore(masked, end).word === "for";
      if (word === "for" || word === "while" || forAwait) {
        const close = closeOf(at);
        const kind = word === "while" ? "while" : forAwait ? "for-await" : "for";
        const start = forAwait ? readWordBefore(masked, end).end : end;
        const bodyStart = close + (/^\s*/.exec(masked.slice(close, close + 200))?.[0].length ?? 0);
        const braced = masked[bodyStart] === "{";
        const bodyEnd = braced ? closeOf(bodyStart) : endOfStatement(masked, bodyStart);
        loops.push({ ...readHeader({ kind, start, header: masked.slice(at + 1, close - 1) }), bodyStart, bodyEnd });
        brackets.lastIndex = braced ? bodyStart + 1 : bodyStart;
        continue;
      }
      if (dotted && callbackNames.has(word))
        loops.push(readCallback(masked, closeOf(at), at, before.callback.exec(head())?.[1]));
      if (dotted && handlerMethods.has(word) && before.handlerCall.test(head()))
        regions.push({ kind: "handler", start: at, end: closeOf(at) });
    } else {
      if (word === "do")
        loops.push({ kind: "do", start: at, bodyStart: at, bodyEnd: closeOf(at), variables: [] });
      const window = head();
      const kind = readFunctionKind(window);
      if (kind)
        regions.push({ kind, start: at, end: closeOf(at) });
    }
  }
  return { text, masked, closeOf, loops, regions };
}
var callbackNames = new Set(callbackMethods.split("|"));
var handlerMethods = /* @__PURE__ */ new Set(["get", "post", "put", "patch", "delete", "all", "use", "options", "head"]);
function readWordBefore(masked, at) {
  let stop = at;
  while (stop > 0 && isSpace(masked.charCodeAt(stop - 1)))
    stop--;
  let start = stop;
  while (start > 0 && isWordChar(masked.charCodeAt(start - 1)))
    start--;
  let dot = start;
  while (dot > 0 && isSpace(masked.charCodeAt(dot - 1)))
    dot--;
  return { word: masked.slice(start, stop), dotted: masked[dot - 1] === ".", end: start };
}
function isSpace(code) {
  return code === 32 || code >= 9 && code <= 13;
}
function isWordChar(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95 || code === 36;
}
function readFunctionKind(head) {
  const arrow = /=>\s{0,10}$/.test(head.slice(-12));
  const asyncAt = head.lastIndexOf("async");
  const functionAt = head.lastIndexOf("function");
  if (arrow && matchesAt(before.handlerArrow, head, head.lastIndexOf("(", head.lastIndexOf("=>"))))
    return "handler";
  if (matchesAt(arrow ? before.asyncArrow : before.asyncMethod, head, asyncAt))
    return "async";
  if (arrow)
    return "function";
  before.functionHead.lastIndex = functionAt;
  const fn = functionAt < 0 ? null : before.functionHead.exec(head);
  if (!fn)
    return void 0;
  const async = /\basync\s{1,10}$/.test(head.slice(Math.max(0, functionAt - 12), functionAt));
  return async ? "async" : /^\s{0,10}(?:req|request)\b[^,]{0,80},\s{0,10}(?:res|response|reply)\b/.test(fn[1] ?? "") ? "handler" : "function";
}
function matchesAt(pattern, text, at) {
  if (at < 0)
    return false;
  pattern.lastIndex = at;
  return pattern.test(text);
}
function endOfStatement(masked, from) {
  const semicolon = masked.indexOf(";", from);
  const newline = masked.indexOf("\n", from);
  const ends = [semicolon === -1 ? masked.length : semicolon + 1, newline === -1 ? masked.length : newline];
  return Math.min(...ends);
}
function readHeader(loop) {
  const iteration = loop.kind === "while" ? null : /^\s{0,10}(?:const|let|var)?\s{0,10}([^;]{1,300}?)\s{1,10}(of|in)\s{1,10}([^;]{1,300})$/.exec(loop.header);
  if (iteration) {
    const iterable = iteration[3].trim();
    const kind = loop.kind === "for-await" ? "for-await" : iteration[2] === "of" ? "for-of" : "for-in";
    return {
      kind,
      start: loop.start,
      variables: namesIn(iteration[1]),
      .../^[\w$.]{1,120}$/.test(iterable) ? { iterable } : {}
    };
  }
  const [init = "", , step = ""] = loop.header.split(";");
  const declared = [...init.matchAll(/\b(?:let|var|const)\s{1,10}([\w$]{1,80})/g)].map((match) => match[1]);
  return { kind: loop.kind, start: loop.start, variables: [.../* @__PURE__ */ new Set([...declared, ...namesIn(step)])] };
}
function readCallback(masked, end, open, receiver) {
  const args = masked.slice(open + 1, end - 1);
  const params = /^\s{0,10}(?:async\s{0,10})?(?:\(([^()]{0,300})\)|([\w$]{1,80}))\s{0,10}(?::[^=;{}]{0,120})?=>/.exec(args) ?? /^\s{0,10}(?:async\s{1,10})?function\b[^(]{0,80}\(([^()]{0,300})\)/.exec(args);
  const variables = params ? namesIn((params[1] ?? params[2] ?? "").replace(/:[^,=]{0,120}/g, "")) : [];
  return {
    kind: "callback",
    start: open,
    bodyStart: open + 1,
    bodyEnd: end - 1,
    variables,
    ...receiver ? { iterable: receiver } : {}
  };
}

// dist/src/analyzers/perf/loop-variance.js
var jsBindings = [
  /\b(?:const|let|var)\s{1,10}([\w$]{1,80})/g,
  /\b(?:const|let|var)\s{0,10}[{[]([^=;]{0,300})[}\]]\s{0,10}=/g,
  /(?<![\w$.])([\w$]{1,80})\s{0,10}(?:[-+*/%&|^]|\*\*|<<|>>>?|\?\?|&&|\|\|)?=(?![=>])/g,
  /([\w$]{1,80})\s{0,10}(?:\+\+|--)|(?:\+\+|--)\s{0,10}([\w$]{1,80})/g,
  /\(([^()]{0,300})\)\s{0,10}(?::[^=;{}()]{0,120})?=>/g,
  /([\w$]{1,80})\s{0,10}=>/g,
  /\bfunction\b[^(]{0,80}\(([^()]{0,300})\)/g,
  /\bcatch\s{0,10}\(([^()]{0,120})\)/g
];
var pyBindings = [
  /^[ \t]{0,80}([\w, ()[\]*]{1,200}?)\s{0,10}(?:[-+*/%&|^@]|\*\*|\/\/|<<|>>)?=(?!=)/gm,
  /\bfor\s{1,10}([\w, ()[\]*]{1,200}?)\s{1,10}in\b/g,
  /\bas\s{1,10}([\w, ()]{1,200})/g,
  /([\w]{1,80})\s{0,10}:=/g,
  /\bdef\s{1,10}\w{1,80}\s{0,10}\(([^)]{0,300})\)/g,
  /\blambda\b([^:]{0,200}):/g
];
function variantNames(model, loop, language) {
  const body = model.masked.slice(loop.bodyStart, loop.bodyEnd);
  const names = new Set(loop.variables);
  for (const pattern of language === "js" ? jsBindings : pyBindings) {
    for (const match of body.matchAll(pattern))
      for (const name of namesIn(match.slice(1).join(" ")))
        names.add(name);
  }
  return names;
}
function declaredNames(model, loop) {
  const body = model.masked.slice(loop.bodyStart, loop.bodyEnd);
  return new Set([...body.matchAll(jsBindings[0]), ...body.matchAll(jsBindings[1])].flatMap((match) => namesIn(match[1] ?? "")));
}
function readArguments(model, open) {
  const close = model.closeOf(open) - 1;
  return { masked: model.masked.slice(open + 1, close), raw: model.text.slice(open + 1, close) };
}
function isLoopInvariant(args, variant) {
  if (args.masked.trim() === "" || /[(]|\bawait\b|\byield\b/.test(args.masked))
    return false;
  if (/(?<![\w])[fF][rR]?["']|(?<![\w])[rR][fF]["']/.test(args.raw))
    return false;
  return namesIn(args.masked).every((name) => !variant.has(name));
}

// dist/src/analyzers/perf/invariant-calls.js
function findInvariantCallsInLoops(model, pattern, language) {
  const hits = [];
  for (const match of model.masked.matchAll(pattern)) {
    const offset = match.index;
    const loop = loopsAround(model, offset).at(-1);
    if (!loop)
      continue;
    const args = readArguments(model, offset + match[0].length - 1);
    if (isLoopInvariant(args, variantNames(model, loop, language)))
      hits.push({ offset });
  }
  return hits;
}
var SMALL_LITERAL = 16;
function isDeclaredArray(model, name, language, within = { start: 0, end: model.masked.length }) {
  const escaped = name.replace(/\$/g, "\\$");
  const indent = within.moduleLevel ? "" : "[ \\t]{0,80}";
  const text = model.masked.slice(within.start, within.end);
  const shapes = language === "js" ? [
    `\\b(?:const|let|var)\\s{1,10}${escaped}\\s{0,10}(?::[^=;]{1,120})?=\\s{0,10}(\\[|new\\s{1,10}Array\\b|Array\\.(?:from|of)\\s{0,10}\\(|Object\\.(?:keys|values|entries)\\s{0,10}\\(|[\\w$.]{1,120}\\.(?:map|filter|slice|concat|flat|flatMap|split|sort|toSorted)\\s{0,10}\\()`,
    `(?<![\\w$])${escaped}\\s{0,10}\\??:\\s{0,10}(?:readonly\\s{1,10})?(?:[\\w$.]{1,80}(?:<[^<>]{0,80}>)?\\[\\]|(?:Readonly)?Array<)`,
    `\\bthis\\.${escaped}\\s{0,10}=\\s{0,10}(\\[)`
  ] : [
    `^${indent}${escaped}\\s{0,10}(?::\\s{0,10}list\\b[^=\\n]{0,80})?=\\s{0,10}(\\[|list\\s{0,10}\\(|sorted\\s{0,10}\\()`,
    `${within.moduleLevel ? "^" : "(?<![\\w])"}${escaped}\\s{0,10}:\\s{0,10}(?:list|List)\\b`
  ];
  return shapes.some((shape) => {
    const match = new RegExp(shape, "md").exec(text);
    if (!match)
      return false;
    if (match[1] !== "[")
      return true;
    const open = within.start + (match.indices?.[1])[0];
    return isLargeLiteral(model, open) || new RegExp(`(?<![\\w$.])${escaped}\\s{0,10}(?:\\.\\s{0,10}(?:push|append|extend|unshift|insert)\\s{0,10}\\(|\\+=)`).test(text);
  });
}
function isLargeLiteral(model, open) {
  const inside = model.masked.slice(open + 1, model.closeOf(open) - 1);
  return inside.split(",").length > SMALL_LITERAL;
}

// dist/src/analyzers/perf/loop-size.js
function loopHeader(model, loop) {
  const lineStart = model.text.lastIndexOf("\n", loop.start - 1) + 1;
  const end = loop.kind === "comprehension" ? loop.bodyEnd : Math.max(loop.bodyStart, loop.start + 1);
  return model.text.slice(lineStart, Math.min(end, lineStart + 600));
}
var largeInput = new RegExp([
  String.raw`\b\w*(?:lines|Lines|rows|Rows|records|Records)\b`,
  String.raw`\b(?:readlines|splitlines|readline|readdirSync|readdir|listdir|scandir|iterdir|os\.walk|walk|glob|rglob|iglob|fetchall|fetchmany|cursor|reader|stdin|iterrows|itertuples|files|filenames)\b`,
  String.raw`\bopen\s{0,10}\(`,
  String.raw`\.read\s{0,10}\(\s{0,10}\)`,
  String.raw`\bsplit\s{0,10}\(\s{0,10}(?:["'\x60](?:\\r)?\\n["'\x60]|/(?:\\r\??)?\\n/)`
].join("|"));
function iteratesLargeInput(model, loops) {
  return loops.some((loop) => largeInput.test(loopHeader(model, loop)));
}
function iteratedExpression(header) {
  const py = /^\s{0,80}(?:async\s{1,10})?for\s{1,10}[^]{1,200}?\s{1,10}in\s{1,10}([^]{1,400}?)\s{0,10}:\s{0,10}$/.exec(header);
  if (py)
    return py[1];
  const js = /\bfor\s{0,10}\(\s{0,10}(?:const|let|var)?\s{0,10}[^;]{1,200}?\s(?:of|in)\s{1,10}([^]{1,400})\)\s{0,10}\{?\s{0,10}$/.exec(header);
  return js?.[1];
}
var smallIterable = new RegExp([
  // a literal tuple, list or set (not a comprehension): `(a, b, c)`, `["x", "y"]`
  String.raw`^(?:enumerate\s{0,10}\(\s{0,10})?[([{](?![^]*\bfor\b)[^]*[)\]}]\)?$`,
  String.raw`(?:\.|\b)(?:args|__notes__|notes|exceptions|__mro__|mro\(\)|__bases__)\)?$`,
  String.raw`(?:^|\.)(?:options|opts|kwargs|kwds|flags)(?:\.(?:items|keys|values)\(\))?\)?$`,
  // MODULE_CONSTANT, an Enum class (`for member in Color`), `list(Color)`, `Object.keys(DEFAULTS)`
  String.raw`^(?:(?:enumerate|list|tuple|sorted|reversed|Object\.(?:keys|values|entries))\s{0,10}\(\s{0,10})?(?:[\w.]{0,80}\.)?(?:[A-Z][A-Z0-9_]{1,80}|[A-Z][a-z]\w{0,80})\)?(?:\.(?:items|keys|values)\(\))?$`,
  String.raw`^range\s{0,10}\(\s{0,10}\d{1,2}\s{0,10}\)$`
].join("|"));
function iteratesSmallCollection(model, loop) {
  if (loop.iterable && (smallIterable.test(loop.iterable) || isSmallLiteralName(model, loop.iterable)))
    return true;
  if (loop.kind === "callback" && callsOnLiteral(model, loop.start))
    return true;
  const iterated = iteratedExpression(loopHeader(model, loop))?.trim();
  return iterated !== void 0 && (smallIterable.test(iterated) || isSmallLiteralName(model, iterated));
}
var SMALL_LITERAL2 = 16;
function callsOnLiteral(model, open) {
  const receiverEnd = /\]\s{0,40}\.\s{0,10}[\w$]{1,40}\s{0,10}$/.exec(model.masked.slice(Math.max(0, open - 100), open));
  if (!receiverEnd)
    return false;
  const at = open - receiverEnd[0].length;
  if (model.masked[at] !== "]")
    return false;
  let depth = 0;
  for (let from = at; from >= Math.max(0, at - 4e3); from--) {
    const char = model.masked[from];
    if (char === "]" || char === ")" || char === "}")
      depth++;
    else if (char === "[" || char === "(" || char === "{")
      depth--;
    if (depth === 0)
      return isSmallLiteral(model, from);
  }
  return false;
}
function isSmallLiteral(model, open) {
  const inside = model.masked.slice(open + 1, model.closeOf(open) - 1);
  return !/\bfor\b|\.\.\./.test(inside) && inside.split(",").length <= SMALL_LITERAL2;
}
function isSmallLiteralName(model, name) {
  if (!/^[A-Za-z_$][\w$]{0,80}$/.test(name))
    return false;
  const escaped = name.replace(/\$/g, "\\$");
  const bindings = [
    ...model.masked.matchAll(new RegExp(`(?<![\\w$.])${escaped}\\s{0,10}(?::[^=;\\n]{1,120})?=(?![=>])\\s{0,10}(?:Object\\.freeze\\s{0,10}\\(\\s{0,10})?([[({])?`, "g"))
  ];
  if (bindings.length !== 1)
    return false;
  const binding = bindings[0];
  if (binding[1] === void 0)
    return false;
  const open = binding.index + binding[0].length - 1;
  return isSmallLiteral(model, open) && !new RegExp(`(?<![\\w$.])${escaped}\\s{0,10}(?:\\.\\s{0,10}(?:push|append|extend|unshift|insert|add|update)\\s{0,10}\\(|\\+=|\\[[^\\]]{0,80}\\]\\s{0,10}=(?!=))`).test(model.masked);
}
var reportingName = /^(?:_{0,2}(?:repr|str|format|toString|inspect|describe|explain)(?:[A-Z_]\w{0,80})?|.{0,80}(?:[Rr]epr|Message|message|_msg|Msg|[Ee]rror|[Ff]ailure|_fail)\w{0,80})$|^__(?:str|repr|format)__$/;
function enclosingFunctionNames(model, offset) {
  return regionsAround(model, offset).filter((region) => region.kind !== "handler").flatMap((region) => {
    const head = model.masked.slice(Math.max(0, region.start - 400), region.start);
    const py = [...head.matchAll(/\bdef\s{1,10}(\w{1,80})\s{0,10}\(/g)].at(-1);
    if (py)
      return [py[1]];
    const name = [
      ...head.matchAll(/(?:function\s{0,10}\*?\s{0,10}([\w$]{1,80})|([\w$]{1,80})\s{0,10}(?::[^=;{}()]{0,120})?=\s{0,10}(?:async\s{1,10})?(?:function\b|\(|[\w$]{1,80}\s{0,10}=>)|([\w$]{1,80})\s{0,10}\()/g)
    ].map((match) => match[1] ?? match[2] ?? match[3]).filter((word) => word !== void 0 && !/^(?:if|for|while|switch|catch|function|return|async|await)$/.test(word)).at(-1);
    return name ? [name] : [];
  });
}
var failureName = /(?:^|_|\b)(?:fail(?:ed|ures?)?|errors|missing|unmatched|mismatch(?:es|ed)?)(?:_|\b|[A-Z])|[a-z](?:Failed|Failures|Errors|Missing|Unmatched)/;
function isReportingPath(model, offset, loop, names) {
  if (enclosingFunctionNames(model, offset).some((name) => reportingName.test(name)))
    return true;
  if (inHandlerBlock(model, offset))
    return true;
  if ([iteratedExpression(loopHeader(model, loop)) ?? loop.iterable ?? "", ...names].some((n) => failureName.test(n)))
    return true;
  const after = model.masked.slice(loop.bodyEnd, loop.bodyEnd + 400);
  return /^\s{0,400}(?:raise|throw)\b/.test(after) && names.some((n) => new RegExp(`\\b${n}\\b`).test(after.slice(0, 200)));
}
function inHandlerBlock(model, offset) {
  const lineStart = model.masked.lastIndexOf("\n", offset - 1) + 1;
  const lineIndent = /^[ \t]*/.exec(model.masked.slice(lineStart, lineStart + 200))?.[0].length ?? 0;
  let indent = lineIndent;
  let at = lineStart;
  let steps = 0;
  while (at > 0 && indent > 0 && steps++ < 400) {
    const previousStart = model.masked.lastIndexOf("\n", at - 2) + 1;
    const line = model.masked.slice(previousStart, at - 1);
    at = previousStart;
    if (line.trim() === "")
      continue;
    const own = /^[ \t]*/.exec(line)?.[0].length ?? 0;
    if (own >= indent)
      continue;
    indent = own;
    const code = line.trim();
    if (/^except\b.{0,200}:$/.test(code))
      return true;
    if (/^(?:async\s{1,10})?def\b|^class\b/.test(code))
      break;
  }
  for (const match of model.masked.slice(Math.max(0, offset - 4e3), offset).matchAll(/\bcatch\s{0,10}(?:\([^()]{0,200}\))?\s{0,10}\{/g)) {
    const open = Math.max(0, offset - 4e3) + match.index + match[0].length - 1;
    if (model.closeOf(open) > offset)
      return true;
  }
  return false;
}
function appendsInLoop(model, loop, name, language) {
  const escaped = name.replace(/\$/g, "\\$");
  const grows = language === "py" ? `(?<![\\w.])${escaped}\\s{0,10}(?:\\.\\s{0,10}(?:append|insert|extend)\\s{0,10}\\(|\\+=)` : `(?<![\\w$])${escaped}\\s{0,10}\\.\\s{0,10}(?:push|unshift)\\s{0,10}\\(`;
  if (!new RegExp(grows).test(model.masked.slice(loop.bodyStart, loop.bodyEnd)))
    return false;
  const scope = regionsAround(model, loop.start).at(-1) ?? { start: 0, end: model.masked.length };
  const shrinks = language === "py" ? `(?<![\\w.])${escaped}\\s{0,10}\\.\\s{0,10}(?:pop|remove|clear)\\s{0,10}\\(|\\bdel\\s{1,10}${escaped}\\s{0,10}\\[` : `(?<![\\w$])${escaped}\\s{0,10}\\.\\s{0,10}(?:pop|shift|splice)\\s{0,10}\\(|(?<![\\w$])${escaped}\\s{0,10}\\.\\s{0,10}length\\s{0,10}(?:=(?!=)|-=|--)`;
  return !new RegExp(shrinks).test(model.masked.slice(scope.start, scope.end));
}
var progressOutput = /(?<![\w$.])(?:console\s{0,10}\.\s{0,10}(?:log|info)|process\s{0,10}\.\s{0,10}stdout\s{0,10}\.\s{0,10}write|print)\s{0,10}\(/g;
function reportsEachItem(model, loop) {
  const body = model.masked.slice(loop.bodyStart, loop.bodyEnd);
  return [...body.matchAll(progressOutput)].some((match) => !inHandlerBlock(model, loop.bodyStart + match.index));
}

// dist/src/analyzers/perf/await-in-loop.js
var orderedMethods = /^(sleep|delay|wait\w{0,20}|setTimeout|timeout|write\w{0,10}|append\w{0,10}|end|close|click|dblclick|type|press|fill|goto|hover|send|emit|acquire|release|lock|unlock|next|read\w{0,10}|prompt|question|commit|rollback|step|flush)$/i;
var orderedReceivers = /^(page|browser|frame|locator|writer|stream|socket|ws|tx|trx|txn|transaction|session|sess|\w{0,20}_session|\w{0,20}Session|conn|connection|\w{0,20}_conn|\w{0,20}Conn|\w{0,20}_connection|\w{0,20}Connection|rl|readline|stdin|stdout|reader|cursor|cur|iterator|queue|mutex|semaphore|limiter|keyboard|mouse)$/i;
var sequentialByDesign = /\b(sequential\w{0,4}|one at a time|in order|serially|rate.?limit\w{0,3}|throttl\w{0,3}|no-await-in-loop|one by one)\b|\b(sleep|delay|setTimeout)\s{0,10}\(/i;
function findAwaitInLoop(model) {
  const hits = [];
  for (const loop of model.loops) {
    if (!["for-of", "for-in", "for"].includes(loop.kind))
      continue;
    const body = model.masked.slice(loop.bodyStart, loop.bodyEnd);
    const lineAbove = model.text.lastIndexOf("\n", model.text.lastIndexOf("\n", loop.start - 1) - 1) + 1;
    if (/\b(break|return|throw)\b/.test(body) || sequentialByDesign.test(model.text.slice(lineAbove, loop.bodyEnd)) || reportsEachItem(model, loop))
      continue;
    const nested = [...model.regions, ...model.loops.filter((inner) => inner.kind === "callback")].map((inner) => "bodyStart" in inner ? { start: inner.bodyStart, end: inner.bodyEnd } : inner).filter((inner) => inner.start > loop.bodyStart && inner.start < loop.bodyEnd);
    const perIteration = /* @__PURE__ */ new Set([...loop.variables, ...declaredNames(model, loop)]);
    const outer = [...variantNames(model, loop, "js")].filter((name) => !perIteration.has(name));
    for (const match of body.matchAll(/\bawait\s{1,10}([\w$.]{1,120})\s{0,10}\(/g)) {
      const offset = loop.bodyStart + match.index;
      const chain = match[1].split(".");
      if (nested.some((inner) => inner.start <= offset && offset < inner.end))
        continue;
      if (chain[0] === "Promise" || chain[0] === "import" || orderedMethods.test(chain.at(-1)) || chain.slice(0, -1).some((part) => orderedReceivers.test(part)))
        continue;
      const used = namesIn(readArguments(model, offset + match[0].length - 1).masked);
      const statement = body.slice(Math.max(body.lastIndexOf(";", match.index), body.lastIndexOf("\n", match.index)) + 1, match.index);
      const assigned = /(?<![\w$.])([\w$]{1,80})\s{0,10}(?:[-+*/%]|\?\?|\|\||&&)?=\s{0,10}$/.exec(statement)?.[1];
      if (!used.some((name) => perIteration.has(name)) || used.some((name) => outer.includes(name)) || assigned && outer.includes(assigned))
        continue;
      hits.push({ offset });
      break;
    }
  }
  return hits;
}

// dist/src/analyzers/perf/js-rules.js
var blockingAlternatives = {
  readFileSync: "fs.promises.readFile",
  writeFileSync: "fs.promises.writeFile",
  appendFileSync: "fs.promises.appendFile",
  readdirSync: "fs.promises.readdir",
  copyFileSync: "fs.promises.copyFile",
  execSync: "a promisified exec",
  execFileSync: "a promisified execFile",
  spawnSync: "spawn",
  pbkdf2Sync: "crypto.pbkdf2",
  scryptSync: "crypto.scrypt",
  generateKeyPairSync: "crypto.generateKeyPair",
  gzipSync: "zlib.gzip",
  gunzipSync: "zlib.gunzip",
  deflateSync: "zlib.deflate",
  inflateSync: "zlib.inflate",
  brotliCompressSync: "zlib.brotliCompress"
};
var blockingCall = new RegExp(`\\b(${Object.keys(blockingAlternatives).join("|")})\\s{0,10}\\(`, "g");
var servesRequests = /\b(?:express|fastify|koa|hono|@nestjs\/|createServer|\.listen\s{0,10}\()|['"](?:node:)?https?['"]/;
function findBlockingCalls(model) {
  const serves = servesRequests.test(model.text);
  return [...model.masked.matchAll(blockingCall)].flatMap((match) => {
    const around = regionsAround(model, match.index).filter((region) => region.kind === "handler" || serves && region.kind !== "function");
    if (around.length === 0)
      return [];
    const where = around.some((region) => region.kind === "handler") ? "a request handler" : "an async function";
    const name = match[1];
    return [
      {
        offset: match.index,
        title: `${name} blocks the event loop in ${where}: use ${blockingAlternatives[name]}`
      }
    ];
  });
}
function findQuadraticLookups(model) {
  const hits = [];
  for (const match of model.masked.matchAll(/(?<![\w$.])([\w$]{1,80}(?:\.[\w$]{1,80}){0,3})\s{0,10}\.\s{0,10}(includes|indexOf)\s{0,10}\(/g)) {
    const offset = match.index;
    const loop = loopsAround(model, offset).at(-1);
    const chain = match[1].split(".");
    const root = chain[0] === "this" ? chain[1] : chain[0];
    if (!loop || loop.kind === "while" || loop.kind === "do" || !root || !isDeclaredArray(model, chain.at(-1), "js"))
      continue;
    const variant = variantNames(model, loop, "js");
    const argsText = readArguments(model, offset + match[0].length - 1).masked;
    if (argsText.includes(","))
      continue;
    const args = namesIn(argsText);
    if (variant.has(root) || !args.some((name) => variant.has(name)))
      continue;
    const array = chain.at(-1);
    if (iteratesSmallCollection(model, loop) || isReportingPath(model, offset, loop, [array]))
      continue;
    if (appendsInLoop(model, loop, array, "js") && !iteratesLargeInput(model, loopsAround(model, offset)))
      continue;
    hits.push({
      offset,
      title: `${match[1]}.${match[2]}() inside a loop is O(n\xD7m): build a Set from ${match[1]} once, before the loop, and use .has()`
    });
  }
  return hits;
}
var jsRules = [
  {
    id: "perf/await-in-loop",
    language: "js",
    confidence: 0.7,
    keyword: /\bawait\b/,
    title: "await inside a loop runs independent calls one at a time: start them together with Promise.all (or a bounded pool)",
    find: findAwaitInLoop,
    examples: {
      positive: [
        "async function load(urls) {\n  for (const url of urls) {\n    const res = await fetch(url);\n    out.push(res);\n  }\n}",
        "async function meta(urls) {\n  for (const url of urls) {\n    try {\n      links[url] = await fetchMeta(url);\n    } catch (error) {\n      console.log(error);\n    }\n  }\n}",
        "async function save(items) {\n  for (let i = 0; i < items.length; i++) await db.save(items[i]);\n}"
      ],
      negative: [
        "async function drain(stream) {\n  for await (const chunk of stream) await handle(chunk);\n}",
        "async function page(api) {\n  let cursor = start;\n  for (const _ of pages) {\n    cursor = await api.next(cursor);\n  }\n}",
        "async function sum(ids) {\n  let total = 0;\n  for (const id of ids) total += await count(id);\n}",
        "async function all(urls) {\n  await Promise.all(urls.map(async (url) => await fetch(url)));\n}",
        "async function first(urls) {\n  for (const url of urls) {\n    const res = await fetch(url);\n    if (res.ok) return res;\n  }\n}",
        "async function polite(urls) {\n  // sequential on purpose: the API is rate limited\n  for (const url of urls) await fetch(url);\n}",
        "async function steps(page, selectors) {\n  for (const selector of selectors) await page.click(selector);\n}",
        "async function wait(promises) {\n  for (const promise of promises) await promise;\n}",
        "async function batched(batches) {\n  for (const batch of batches) await Promise.all(batch.map(send));\n}",
        "async function insertAll(client, rows) {\n  for (const row of rows) await client.connection.query(sql, row);\n}",
        // progress logged per item reads in order: sequential by design (a log in the catch block does not count)
        "async function notify(prs) {\n  for (const pr of prs) {\n    console.log(`Notify PR #${pr.id}`);\n    await notifyPR(pr.id);\n  }\n}"
      ]
    }
  },
  {
    id: "perf/blocking-call-in-async",
    language: "js",
    confidence: 0.7,
    keyword: /Sync\s{0,10}\(/,
    title: "A synchronous call blocks the event loop in async code: use its asynchronous form",
    find: findBlockingCalls,
    examples: {
      positive: [
        'import express from "express";\nasync function load(path) {\n  const text = fs.readFileSync(path, "utf8");\n  return JSON.parse(text);\n}',
        'app.get("/hash", (req, res) => {\n  res.send(crypto.pbkdf2Sync(req.query.p, salt, 100000, 64, "sha512"));\n});',
        'const server = http.createServer();\nconst handler = async (event) => {\n  return execSync("ls").toString();\n};'
      ],
      negative: [
        'const config = JSON.parse(fs.readFileSync("config.json", "utf8"));',
        'function build() {\n  execSync("tsc");\n}',
        'async function main() {\n  const text = fs.readFileSync(path, "utf8");\n  await run(text);\n}',
        'async function load(path) {\n  return fs.promises.readFile(path, "utf8");\n}',
        "async function load() {\n  // readFileSync would block here\n  return read();\n}"
      ]
    }
  },
  {
    id: "perf/regex-in-loop",
    language: "js",
    confidence: 0.8,
    keyword: /RegExp\s{0,10}\(/,
    title: "new RegExp() with the same pattern is compiled on every iteration: compile it once before the loop",
    find: (model) => findInvariantCallsInLoops(model, /(?<![\w$.])(?:new\s{1,10})?RegExp\s{0,10}\(/g, "js"),
    examples: {
      positive: [
        'for (const line of lines) {\n  if (new RegExp("^\\\\d+$").test(line)) n++;\n}',
        'const hits = words.filter((word) => new RegExp(pattern, "i").test(word));'
      ],
      negative: [
        "const re = new RegExp(pattern);\nfor (const line of lines) if (re.test(line)) n++;",
        "for (const word of words) {\n  const re = new RegExp(`\\\\b${word}\\\\b`);\n  found.push(re.test(text));\n}",
        "for (const line of lines) if (/^\\d+$/.test(line)) n++;"
      ]
    }
  },
  {
    id: "perf/json-parse-in-loop",
    language: "js",
    confidence: 0.8,
    keyword: /JSON\s{0,10}\.\s{0,10}parse/,
    title: "JSON.parse() of the same value runs on every iteration: parse it once before the loop",
    find: (model) => findInvariantCallsInLoops(model, /\bJSON\s{0,10}\.\s{0,10}parse\s{0,10}\(/g, "js"),
    examples: {
      positive: [
        "for (const user of users) {\n  const settings = JSON.parse(rawSettings);\n  apply(user, settings);\n}",
        "items.forEach((item) => {\n  render(item, JSON.parse(this.template));\n});"
      ],
      negative: [
        "for (const line of lines) records.push(JSON.parse(line));",
        "const settings = JSON.parse(rawSettings);\nfor (const user of users) apply(user, settings);",
        "for (const msg of messages) {\n  const body = msg.body;\n  handle(JSON.parse(body));\n}",
        "while (true) {\n  const obj = JSON.parse(await next());\n}"
      ]
    }
  },
  {
    id: "perf/quadratic-lookup",
    language: "js",
    confidence: 0.7,
    keyword: /\.\s{0,10}(includes|indexOf)\s{0,10}\(/,
    title: "Array lookup inside a loop over another array is O(n\xD7m): build a Set once and use .has()",
    find: findQuadraticLookups,
    examples: {
      positive: [
        'const seen = [];\nfor (const line of text.split("\\n")) {\n  if (!seen.includes(line)) seen.push(line);\n}',
        "function diff(xs: string[], ys: string[]) {\n  return xs.filter((x) => !ys.includes(x));\n}",
        "const ids = rows.map((row) => row.id);\nconst missing = wanted.filter((id) => ids.indexOf(id) === -1);"
      ],
      negative: [
        'const allowed = new Set(["a", "b"]);\nfor (const name of names) if (allowed.has(name)) keep.push(name);',
        'for (const line of lines) if (line.includes("TODO")) n++;',
        "for (const word of words) if (text.includes(word)) n++;",
        'const parts = path.split("/");\nwhile ((at = parts.indexOf("..", at + 1)) !== -1) drop(at);',
        'const allowed = ["a", "b"];\nif (allowed.includes(name)) go();',
        'const allowed = ["a", "b"];\nfor (const name of names) if (allowed.includes(name)) keep.push(name);',
        // order-preserving de-duplication of a few values: a Set would not be faster
        "const seen = [];\nfor (const item of items) {\n  if (!seen.includes(item.id)) seen.push(item.id);\n}",
        "const seen = [];\nitems.forEach((item) => {\n  if (seen.indexOf(item) === -1) seen.push(item);\n});",
        // a small iterable by construction, an error message
        'function pick(found: string[]) {\n  for (const key of ["a", "b"]) if (found.includes(key)) return key;\n}',
        'function formatError(missing: string[], keys) {\n  return keys.filter((key) => missing.includes(key)).join(", ");\n}',
        'const systemModifiers = ["ctrl", "shift", "alt"];\nconst check = (modifiers: string[]) => systemModifiers.some((m) => !modifiers.includes(m));',
        "function used(helpers: string[]) {\n  return [CREATE, TEXT, STATIC].filter((helper) => helpers.includes(helper));\n}",
        "try {\n  run();\n} catch (error) {\n  const names: string[] = list();\n  for (const n of all) if (names.includes(n)) log(n);\n}"
      ]
    }
  }
];

// dist/src/analyzers/perf/py-model.js
function buildPyModel(text, masked) {
  const lines = readLogicalLines(masked);
  const loops = [];
  const regions = [];
  lines.forEach((line, index) => {
    loops.push(...readComprehensions(line));
    const first = line.code.charCodeAt(0);
    if (first !== 97 && first !== 102 && first !== 119 && first !== 100)
      return;
    const keyword = /^(async\s{1,10})?(for|while|def)\b/.exec(line.code);
    const colon = keyword ? findHeaderColon(line.code, keyword[0].length) : -1;
    if (!keyword || colon < 0)
      return;
    const header = [keyword[0], keyword[1], keyword[2], line.code.slice(keyword[0].length, colon)];
    const inline = line.code.slice(colon + 1).trim() !== "";
    const bodyStart = inline ? line.codeStart + colon + 1 : lines[index + 1]?.start ?? line.end;
    const bodyEnd = inline ? line.end : blockEnd(lines, index);
    if (header[2] === "def") {
      regions.push({ kind: header[1] ? "async" : "function", start: bodyStart, end: bodyEnd });
      return;
    }
    const target = header[2] === "for" ? /^\s{1,10}([^]{1,200}?)\s{1,10}in\s{1,10}([^]{1,400})$/.exec(header[3]) : null;
    const iterable = target?.[2]?.trim();
    loops.push({
      kind: header[2] === "while" ? "while" : header[1] ? "for-await" : "for",
      start: line.start,
      bodyStart,
      bodyEnd,
      variables: target ? namesIn(target[1]) : [],
      ...iterable && /^[\w.]{1,120}$/.test(iterable) ? { iterable } : {}
    });
  });
  return { text, masked, closeOf: indexBrackets(masked), loops, regions };
}
function blockEnd(lines, header) {
  const indent = lines[header].indent;
  let end = lines[header].end;
  for (let index = header + 1; index < lines.length; index++) {
    const line = lines[index];
    if (line.code.trim() === "")
      continue;
    if (line.indent <= indent)
      break;
    end = line.end;
  }
  return end;
}
var NEWLINE = 10;
var BACKSLASH = 92;
function readLogicalLines(masked) {
  const lines = [];
  let start = 0;
  let depth = 0;
  for (let at = 0; at <= masked.length; at++) {
    const char = masked.charCodeAt(at);
    if (char === 40 || char === 91 || char === 123)
      depth++;
    else if (char === 41 || char === 93 || char === 125)
      depth = depth > 0 ? depth - 1 : 0;
    else if (char !== NEWLINE && at < masked.length)
      continue;
    if (at < masked.length && (char !== NEWLINE || depth > 0 || masked.charCodeAt(at - 1) === BACKSLASH))
      continue;
    const code = masked.slice(start, at);
    const leading = /^[ \t]*/.exec(code)?.[0] ?? "";
    lines.push({
      start,
      codeStart: start + leading.length,
      end: at,
      indent: leading.replace(/\t/g, "        ").length,
      code: code.slice(leading.length)
    });
    start = at + 1;
  }
  return lines;
}
function findHeaderColon(code, from) {
  let depth = 0;
  for (let at = from; at < code.length; at++) {
    const char = code[at];
    if (char === "(" || char === "[" || char === "{")
      depth++;
    else if (char === ")" || char === "]" || char === "}")
      depth--;
    else if (char === ":" && depth === 0)
      return at;
  }
  return -1;
}
function readComprehensions(line) {
  if (!line.code.includes("for"))
    return [];
  const statementFor = /^(async\s{1,10})?$/;
  return [...line.code.matchAll(/\bfor\s{1,10}([\w, ()]{1,200}?)\s{1,10}in\b/g)].filter((match) => !statementFor.test(line.code.slice(0, match.index))).map((match) => ({
    kind: "comprehension",
    start: line.codeStart + match.index,
    bodyStart: line.codeStart,
    bodyEnd: line.end,
    variables: namesIn(match[1])
  }));
}

// dist/src/analyzers/perf/py-await-in-loop.js
function findPyAwaitInLoop(model) {
  const hits = [];
  for (const loop of model.loops) {
    if (loop.kind !== "for")
      continue;
    const body = model.masked.slice(loop.bodyStart, loop.bodyEnd);
    const lineAbove = model.text.lastIndexOf("\n", model.text.lastIndexOf("\n", loop.start - 1) - 1) + 1;
    if (/\b(break|return|raise)\b/.test(body) || sequentialByDesign.test(model.text.slice(lineAbove, loop.bodyEnd)) || reportsEachItem(model, loop))
      continue;
    const scopeStart = regionsAround(model, loop.start).at(-1)?.start ?? 0;
    const before2 = model.masked.slice(scopeStart, loop.start);
    const assigned = [...variantNames(model, loop, "py")].filter((name) => !loop.variables.includes(name));
    const carried = new Set(assigned.filter((name) => new RegExp(`^[ \\t]{0,80}${name}\\s{0,10}(?:[-+*/]|//)?=(?!=)`, "m").test(before2)));
    const fresh = /* @__PURE__ */ new Set([...loop.variables, ...assigned.filter((name) => !carried.has(name))]);
    for (const match of body.matchAll(/\bawait\s{1,10}([\w.]{1,120})\s{0,10}\(/g)) {
      const offset = loop.bodyStart + match.index;
      const chain = match[1].split(".");
      if (model.regions.some((region) => region.start > loop.bodyStart && region.start <= offset && offset < region.end))
        continue;
      if (chain[0] === "asyncio" || orderedMethods.test(chain.at(-1)) || chain.slice(0, -1).some((part) => orderedReceivers.test(part)))
        continue;
      const used = namesIn(readArguments(model, offset + match[0].length - 1).masked);
      const statement = body.slice(body.lastIndexOf("\n", match.index) + 1, match.index);
      const target = /^\s{0,80}(\w{1,80})\s{0,10}(?:[-+*/]|\/\/)?=\s{0,10}$/.exec(statement)?.[1];
      if (!used.some((name) => fresh.has(name)) || used.some((name) => carried.has(name)) || target && carried.has(target))
        continue;
      hits.push({ offset });
      break;
    }
  }
  return hits;
}

// dist/src/analyzers/perf/py-rules.js
var usesPandas = /^\s{0,20}(?:import\s{1,10}pandas\b|from\s{1,10}pandas\b)/m;
function findStringConcatenation(model) {
  const hits = [];
  for (const loop of model.loops.filter((candidate) => candidate.kind !== "comprehension")) {
    if (!iteratesLargeInput(model, loopsAround(model, loop.bodyStart)) || iteratesSmallCollection(model, loop))
      continue;
    const body = model.masked.slice(loop.bodyStart, loop.bodyEnd);
    const seen = /* @__PURE__ */ new Set();
    for (const match of body.matchAll(/^[ \t]{0,80}([A-Za-z_]\w{0,80})\s{0,10}(?:\+=|=\s{0,10}([A-Za-z_]\w{0,80})\s{0,10}\+)/gm)) {
      const name = match[1];
      if (match[2] !== void 0 && match[2] !== name || seen.has(name) || !startsAsString(model, loop, name) || isResetInLoop(body, name) || isReportingPath(model, loop.bodyStart, loop, [name]))
        continue;
      seen.add(name);
      hits.push({
        offset: loop.bodyStart + match.index + (match[0].length - match[0].trimStart().length),
        title: `String ${name} grows with += over every item of a long input: each += may copy the whole string (always on PyPy, on CPython whenever another reference to it exists); collect the parts in a list and ''.join() them`
      });
    }
  }
  return hits;
}
function isResetInLoop(body, name) {
  return [...body.matchAll(new RegExp(`^[ \\t]{0,80}${name}\\s{0,10}=(?!=)([^\\n]{0,200})`, "gm"))].some((match) => !new RegExp(`(?<![\\w.])${name}\\b`).test(match[1]));
}
function startsAsString(model, loop, name) {
  const scope = regionsAround(model, loop.start).at(-1)?.start ?? 0;
  const before2 = model.text.slice(scope, loop.start).split("\n");
  const assignment = new RegExp(`^\\s{0,80}${name}\\s{0,10}(?::\\s{0,10}str\\s{0,10})?=(?!=)\\s{0,10}(.{0,200})$`);
  const last = before2.map((line) => assignment.exec(line)?.[1]).filter((value) => value !== void 0).at(-1);
  return last !== void 0 && (/^[rRuUfF]{0,2}(["'])/.test(last) || /^str\s{0,10}\(/.test(last));
}
function findRangeLen(model) {
  return model.loops.flatMap((loop) => {
    const header = /^for\s{1,10}(\w{1,80})\s{1,10}in\s{1,10}range\s{0,10}\(\s{0,10}len\s{0,10}\(\s{0,10}([\w.]{1,120})\s{0,10}\)\s{0,10}\)/.exec(model.masked.slice(loop.start, loop.bodyStart));
    if (!header)
      return [];
    const [, index, sequence] = header;
    const indexed = new RegExp(`(?<![\\w.])${sequence.replace(/\./g, "\\.")}\\s{0,10}\\[\\s{0,10}${index}\\s{0,10}\\]`);
    if (!indexed.test(model.masked.slice(loop.bodyStart, loop.bodyEnd)))
      return [];
    return [
      {
        offset: loop.start,
        title: `for ${index} in range(len(${sequence})) indexes by position: iterate with for ${index}, item in enumerate(${sequence})`
      }
    ];
  });
}
function findPandasRowLoops(model) {
  if (!usesPandas.test(model.masked))
    return [];
  const hits = [];
  for (const match of model.masked.matchAll(/\.\s{0,10}(iterrows|itertuples|apply)\s{0,10}\(/g)) {
    const method = match[1];
    const open = match.index + match[0].length - 1;
    if (method === "apply" && !/\baxis\s{0,10}=\s{0,10}(?:1\b|["']columns["'])/.test(model.text.slice(open, model.closeOf(open))))
      continue;
    const what = method === "apply" ? ".apply(..., axis=1) calls Python once per row" : `.${method}() loops over rows in Python`;
    hits.push({
      offset: match.index,
      title: `pandas ${what}: use vectorised column operations (or numpy) instead`
    });
  }
  return hits;
}
var blockingPython = /(?<![\w.])(time\.sleep|requests\.(?:get|post|put|patch|delete|head|request)|subprocess\.(?:run|call|check_call|check_output)|urllib\.request\.urlopen|urlopen)\s{0,10}\(/g;
var asyncAlternatives = {
  "time.sleep": "await asyncio.sleep()",
  urlopen: "an async HTTP client (httpx, aiohttp)"
};
function findBlockingInAsync(model) {
  return [...model.masked.matchAll(blockingPython)].flatMap((match) => {
    if (regionsAround(model, match.index).at(-1)?.kind !== "async")
      return [];
    const call = match[1];
    const better = asyncAlternatives[call] ?? (call.startsWith("requests") ? "an async HTTP client (httpx, aiohttp)" : call.startsWith("subprocess") ? "asyncio.create_subprocess_exec()" : asyncAlternatives.urlopen);
    return [
      { offset: match.index, title: `${call}() blocks the event loop inside async def: use ${better}` }
    ];
  });
}
function findMembershipInLoop(model) {
  const hits = [];
  for (const match of model.masked.matchAll(/\b(?:if|elif|and|or)\s{1,10}(?:not\s{1,10})?([A-Za-z_][\w.]{0,80})\s{1,10}(?:not\s{1,10})?in\s{1,10}([A-Za-z_]\w{0,80})\b(?!\s{0,10}[.([])/g)) {
    const offset = match.index;
    const loop = loopsAround(model, offset).at(-1);
    const [, item, list] = match;
    const scope = loop && declarationScope(model, offset, list);
    if (!loop || !scope || !isDeclaredArray(model, list, "py", scope))
      continue;
    const variant = variantNames(model, loop, "py");
    if (variant.has(list) || !namesIn(item).some((name) => variant.has(name)))
      continue;
    if (iteratesSmallCollection(model, loop) || isReportingPath(model, offset, loop, [list]))
      continue;
    if (appendsInLoop(model, loop, list, "py") && !iteratesLargeInput(model, loopsAround(model, offset)))
      continue;
    hits.push({
      offset,
      title: `\`${item} in ${list}\` scans the list ${list} on every iteration (O(n\xD7m)): build a set once, before the loop`
    });
  }
  return hits;
}
function declarationScope(model, offset, name) {
  const def = regionsAround(model, offset).filter((region) => region.kind !== "handler").at(-1);
  if (!def)
    return { start: 0, end: model.masked.length, moduleLevel: true };
  const headerStart = model.masked.lastIndexOf("def", def.start);
  const header = model.masked.slice(Math.max(0, headerStart), def.start);
  const parameter = new RegExp(`[(,]\\s{0,10}\\*{0,2}${name}\\s{0,10}(?::\\s{0,10}([^,=)]{1,120}))?(?=[,=)])`).exec(header);
  if (parameter)
    return /^(?:list|List)\b/.test(parameter[1]?.trim() ?? "") ? { start: headerStart, end: def.end } : void 0;
  const body = model.masked.slice(def.start, def.end);
  if (new RegExp(`^[ \\t]{0,80}${name}\\s{0,10}(?::[^=\\n]{1,120})?=(?!=)`, "m").test(body))
    return { start: def.start, end: def.end };
  return { start: 0, end: model.masked.length, moduleLevel: true };
}
var pyRules = [
  {
    id: "perf/await-in-loop",
    language: "py",
    confidence: 0.7,
    keyword: /\bawait\b/,
    title: "await inside a loop runs independent calls one at a time: start them together with asyncio.gather() (or a TaskGroup)",
    find: findPyAwaitInLoop,
    examples: {
      positive: [
        "async def load(urls):\n    pages = []\n    for url in urls:\n        pages.append(await fetch(url))\n    return pages\n"
      ],
      negative: [
        "async def load(urls):\n    await asyncio.gather(*(fetch(url) for url in urls))\n",
        "async def walk(api):\n    cursor = None\n    for _ in range(10):\n        cursor = await api.next(cursor)\n",
        "async def drain(stream):\n    async for chunk in stream:\n        await handle(chunk)\n",
        "async def first(urls):\n    for url in urls:\n        if await ok(url):\n            return url\n",
        "async def polite(urls):\n    for url in urls:\n        await fetch(url)\n        await asyncio.sleep(1)\n",
        // one session or connection runs one statement at a time
        "async def insert_all(session, rows):\n    for row in rows:\n        await session.execute(insert(table).values(row))\n",
        "async def load(self, ids):\n    for id in ids:\n        await self.conn.fetchrow(QUERY, id)\n",
        // progress printed per item reads in order: sequential by design
        'async def publish(packages):\n    for name in packages:\n        print(f"publishing {name}")\n        await upload(name)\n'
      ]
    }
  },
  {
    id: "perf/regex-in-loop",
    language: "py",
    confidence: 0.8,
    keyword: /\bre\s{0,10}\.\s{0,10}compile/,
    title: "re.compile() of the same pattern runs on every iteration: compile it once at module level",
    find: (model) => findInvariantCallsInLoops(model, /\bre\s{0,10}\.\s{0,10}compile\s{0,10}\(/g, "py"),
    examples: {
      positive: ['for line in lines:\n    if re.compile(r"^\\d+$").match(line):\n        n += 1\n'],
      negative: [
        'DIGITS = re.compile(r"^\\d+$")\nfor line in lines:\n    if DIGITS.match(line):\n        n += 1\n',
        "for word in words:\n    pattern = re.compile(re.escape(word))\n",
        'for word in words:\n    hits.append(re.compile(f"^{word}$"))\n'
      ]
    }
  },
  {
    id: "perf/json-parse-in-loop",
    language: "py",
    confidence: 0.8,
    keyword: /\bjson\s{0,10}\.\s{0,10}loads/,
    title: "json.loads() of the same value runs on every iteration: parse it once before the loop",
    find: (model) => findInvariantCallsInLoops(model, /\bjson\s{0,10}\.\s{0,10}loads\s{0,10}\(/g, "py"),
    examples: {
      positive: ["for user in users:\n    settings = json.loads(raw_settings)\n    apply(user, settings)\n"],
      negative: [
        "for line in lines:\n    records.append(json.loads(line))\n",
        "settings = json.loads(raw)\nfor user in users:\n    apply(user, settings)\n"
      ]
    }
  },
  {
    id: "perf/str-concat-in-loop",
    language: "py",
    confidence: 0.7,
    keyword: /\+/,
    title: "String built with += over every item of a long input (the lines of a file, rows): collect the parts in a list and join them",
    find: findStringConcatenation,
    examples: {
      positive: [
        'out = ""\nfor row in rows:\n    out += format_row(row)\n',
        'def render(path):\n    html = "<ul>"\n    for line in open(path):\n        html = html + f"<li>{line}</li>"\n    return html\n',
        'def strip(text):\n    out = ""\n    for line in text.splitlines():\n        if not line.startswith("#"):\n            out += line + "\\n"\n    return out\n'
      ],
      negative: [
        "total = 0\nfor row in rows:\n    total += row.amount\n",
        'parts = []\nfor row in rows:\n    parts.append(format_row(row))\nout = "".join(parts)\n',
        'out = ""\nout += header\n',
        "names = []\nfor row in rows:\n    names += [row.name]\n",
        // a comprehension in the same statement is not a loop around the +=
        'msg = "error"\nif extra:\n    msg += "\\n".join(f"{k}: {v}" for k, v in extra.items())\n',
        // a line buffer reset inside the loop stays one line long
        'line = ""\nfor word in words:\n    if len(line) + len(word) > width:\n        emit(line)\n        line = word\n    else:\n        line += " " + word\n',
        // nothing says the loop is long: CPython extends a local str in place, a few items cost nothing
        'def render(items):\n    html = "<ul>"\n    for item in items:\n        html = html + f"<li>{item}</li>"\n    return html\n',
        // a failure message over the exceptions that did not match
        'def check(failed, rows):\n    s = ""\n    for i in failed:\n        s += f"\\n  {rows[i]!r}"\n    return s\n',
        // small by construction: a literal tuple, an exception\'s notes
        'out = ""\nfor line in ("a", "b", "c"):\n    out += line\n',
        'def describe(exc, lines):\n    text = ""\n    for note in exc.__notes__:\n        text += note\n    return text\n',
        // a repr, a formatting function, an except block
        'def format_lines(self, lines):\n    out = ""\n    for line in lines:\n        out += "  " + line\n    return out\n',
        'def __repr__(self):\n    s = "<"\n    for line in self.lines:\n        s += line\n    return s + ">"\n',
        'try:\n    run()\nexcept Exception:\n    msg = ""\n    for line in log_lines:\n        msg += line\n    print(msg)\n'
      ]
    }
  },
  {
    id: "perf/range-len-loop",
    language: "py",
    confidence: 0.6,
    keyword: /range\s{0,10}\(\s{0,10}len/,
    title: "for i in range(len(x)) indexes by position: iterate with enumerate()",
    find: findRangeLen,
    examples: {
      positive: ["for i in range(len(items)):\n    print(i, items[i])\n"],
      negative: [
        "for i, item in enumerate(items):\n    print(i, item)\n",
        "for i in range(len(items)):\n    items2[i] = 0\n",
        "for i in range(len(a) - 1):\n    print(a[i])\n"
      ]
    }
  },
  {
    id: "perf/pandas-row-loop",
    language: "py",
    confidence: 0.7,
    keyword: /\.\s{0,10}(iterrows|itertuples|apply)\b/,
    title: "pandas row loop: use vectorised column operations instead",
    find: findPandasRowLoops,
    examples: {
      positive: [
        'import pandas as pd\nfor _, row in df.iterrows():\n    total += row["a"]\n',
        "import pandas as pd\nfor row in df.itertuples():\n    print(row.a)\n",
        'import pandas as pd\ndf["c"] = df.apply(lambda r: r.a + r.b, axis=1)\n'
      ],
      negative: [
        'import pandas as pd\ndf["c"] = df["a"] + df["b"]\n',
        'import pandas as pd\ndf["a"] = df["a"].apply(str.strip)\n',
        "for _, row in table.iterrows():\n    pass\n"
      ]
    }
  },
  {
    id: "perf/blocking-call-in-async",
    language: "py",
    confidence: 0.8,
    keyword: /\basync\s{1,10}def\b/,
    title: "A blocking call inside async def stalls the event loop: use its asyncio form",
    find: findBlockingInAsync,
    examples: {
      positive: [
        "async def poll():\n    time.sleep(1)\n",
        "async def fetch(url):\n    return requests.get(url).json()\n"
      ],
      negative: [
        "def poll():\n    time.sleep(1)\n",
        "async def poll():\n    await asyncio.sleep(1)\n",
        "async def fetch(url):\n    def work():\n        return requests.get(url)\n    return await asyncio.to_thread(work)\n"
      ]
    }
  },
  {
    id: "perf/quadratic-lookup",
    language: "py",
    confidence: 0.7,
    keyword: /\bin\b/,
    title: "Membership test on a list inside a loop is O(n\xD7m): build a set once before the loop",
    find: findMembershipInLoop,
    examples: {
      positive: [
        "seen = []\nfor line in open(path):\n    if line not in seen:\n        seen.append(line)\n",
        "def keep(names, rows):\n    allowed = list(rows)\n    return [n for n in names if n in allowed]\n",
        "def dedupe(values: list[str], text):\n    for value in text.splitlines():\n        if value not in values:\n            values.append(value)\n",
        "def known(ids, wanted):\n    found = list(ids)\n    for w in wanted:\n        if w in found:\n            yield w\n",
        // `options` named as an argument does not make the iterable small
        "def pick(rows, options):\n    found = list(load())\n    for row in read(rows, options):\n        if row in found:\n            yield row\n",
        // a depth-first stack that grows and shrinks is not a record of values seen
        "def cycles(edges, nodes):\n    for start in nodes:\n        stack = [start]\n        while stack:\n            top = stack.pop()\n            for node in edges[top]:\n                if node in stack:\n                    found(node)\n                stack.append(node)\n"
      ],
      negative: [
        // order-preserving de-duplication of a few values: a set would not be faster
        "seen = []\nfor x in xs:\n    if x not in seen:\n        seen.append(x)\n",
        "def list_domains(self):\n    domains = []\n    for cookie in iter(self):\n        if cookie.domain not in domains:\n            domains.append(cookie.domain)\n    return domains\n",
        "def multiple(self):\n    domains = []\n    for cookie in iter(self):\n        if cookie.domain in domains:\n            return True\n        domains.append(cookie.domain)\n    return False\n",
        // a small iterable by construction, a failure message
        'def pick(found: list[str]):\n    for name in ("a", "b"):\n        if name in found:\n            return name\n',
        "def message(failed: list[int], raised):\n    for i, exc in enumerate(raised):\n        if i in failed:\n            print(exc)\n",
        "def check(options, seen: list[str]):\n    for key in options:\n        if key in seen:\n            warn(key)\n",
        "def bases(cls, found: list[type]):\n    for base in cls.__bases__:\n        if base in found:\n            return base\n",
        "def _repr_groups(self, found: list[str], names):\n    for name in names:\n        if name in found:\n            yield name\n",
        'allowed = {"a", "b", "c"}\nfor name in names:\n    if name in allowed:\n        keep.append(name)\n',
        'allowed = ["a", "b"]\nif name in allowed:\n    go()\n',
        'allowed = ["a", "b", "c"]\nfor name in names:\n    if name in allowed:\n        keep.append(name)\n',
        'for line in lines:\n    if "x" in line:\n        n += 1\n',
        // another function's `items: list` says nothing about this function's parameter (a dict here)
        "def collect(items: list[str]) -> None:\n    pass\n\ndef pick(items: dict[str, None], keys):\n    return [k for k in keys if k in items]\n",
        "def pick(items, keys):\n    return [k for k in keys if k in items]\n"
      ]
    }
  }
];

// dist/src/analyzers/perf/index.js
var meta = {
  id: "perf/patterns",
  category: "perf",
  languages: ["js", "ts", "py"],
  defaultSeverity: "low",
  description: "Performance anti-patterns: awaits in loops, blocking calls in async code, work repeated per iteration, quadratic lookups"
};
var perfRules = [...jsRules, ...pyRules];
function listRuleIds() {
  return perfRules.map((rule) => rule.id);
}
function analyze({ path, text, changed }) {
  const language = languageOf(path);
  const family = language === "py" ? "py" : language === "js" || language === "ts" ? "js" : void 0;
  if (!family)
    return [];
  const masked = codeMask(text, language);
  const rules = perfRules.filter((rule) => rule.language === family && rule.keyword.test(masked));
  if (rules.length === 0)
    return [];
  const model = family === "js" ? buildJsModel(text, masked) : buildPyModel(text, masked);
  const starts = lineStarts(text);
  const findings = [];
  for (const rule of rules) {
    const reported = /* @__PURE__ */ new Set();
    for (const hit of rule.find(model)) {
      const line = lineAt(starts, hit.offset);
      if (!touches(changed, line) || reported.has(line))
        continue;
      reported.add(line);
      const lineStart = starts[line - 1];
      const content = text.slice(Math.max(lineStart, hit.offset - 120), Math.min(starts[line] ?? text.length, hit.offset + 120));
      findings.push(createFinding(meta, {
        ruleId: rule.id,
        path,
        line,
        title: hit.title ?? rule.title,
        content,
        confidence: rule.confidence
      }));
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId));
}
export {
  analyze,
  listRuleIds,
  meta,
  perfRules
};
