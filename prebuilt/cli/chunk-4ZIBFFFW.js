import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  lineAt,
  lineStarts
} from "./chunk-OZTETU2B.js";

// dist/src/analyzers/comments/special-literals.js
function closeWith(text, at, kind, openLength, close) {
  const end = text.indexOf(close, at + openLength);
  return end === -1 ? { kind, end: text.length, openLength, closeLength: 0 } : { kind, end: end + close.length, openLength, closeLength: close.length };
}
function readLuaLongBracket(text, at) {
  const long = /(--)?\[(={0,8})\[/y;
  long.lastIndex = at;
  const match = long.exec(text);
  return match ? closeWith(text, at, match[1] ? "comment" : "string", match[0].length, `]${match[2]}]`) : void 0;
}
function readRustLiteral(text, at) {
  if (text[at] === "'") {
    if (text[at + 1] === "\\") {
      const close = text.indexOf("'", at + 3);
      return close !== -1 && close <= at + 12 ? { kind: "string", end: close + 1, openLength: 1, closeLength: 1 } : null;
    }
    const width = (text.codePointAt(at + 1) ?? 0) > 65535 ? 2 : 1;
    return text[at + 1 + width] === "'" ? { kind: "string", end: at + 2 + width, openLength: 1, closeLength: 1 } : null;
  }
  if (/\w/.test(text[at - 1] ?? ""))
    return void 0;
  const raw = /b?r(#{0,8})"/y;
  raw.lastIndex = at;
  const match = raw.exec(text);
  return match ? closeWith(text, at, "string", match[0].length, `"${match[1]}`) : void 0;
}
var REGEX_BEFORE = new Set("(,=:[!&|?{};+-*%<>~^".split(""));
var REGEX_KEYWORDS = /* @__PURE__ */ new Set([
  "return",
  "typeof",
  "case",
  "do",
  "else",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "yield",
  "await",
  "instanceof"
]);
function startsRegex(text, at, last) {
  let before = at - 1;
  while (before >= 0) {
    if (last && before < last.end && before >= last.start) {
      if (last.kind === "string")
        return false;
      before = last.start - 1;
    } else if (/\s/.test(text[before]))
      before--;
    else
      break;
  }
  if (before < 0)
    return true;
  const previous = text[before];
  if (REGEX_BEFORE.has(previous))
    return text[before - 1] !== previous || previous !== "+" && previous !== "-";
  if (!/[\w$]/.test(previous))
    return false;
  const word = /[\w$]{1,12}$/.exec(text.slice(Math.max(0, before - 11), before + 1));
  return Boolean(word && REGEX_KEYWORDS.has(word[0]));
}
function readRegexLiteral(text, at) {
  let inClass = false;
  for (let cursor = at + 1; cursor < text.length; cursor++) {
    const char = text[cursor];
    if (char === "\\")
      cursor++;
    else if (char === "\n")
      return void 0;
    else if (char === "[")
      inClass = true;
    else if (char === "]")
      inClass = false;
    else if (char === "/" && !inClass)
      return { kind: "string", end: cursor + 1, openLength: 1, closeLength: 1 };
  }
  return void 0;
}

// dist/src/analyzers/comments/syntax.js
var slash = [{ open: "//" }];
var hash = [{ open: "#" }];
var hashAfterSpace = [{ open: "#", afterSpace: true }];
var cBlock = [{ open: "/*", close: "*/" }];
var nestedBlock = [{ open: "/*", close: "*/", nests: true }];
var double = { open: '"', close: '"', escapes: true, multiline: false };
var single = { open: "'", close: "'", escapes: true, multiline: false };
var doubleMulti = { ...double, multiline: true };
var singleMulti = { ...single, multiline: true };
var singleRaw = { open: "'", close: "'", escapes: false, multiline: true };
var tripleDouble = { open: '"""', close: '"""', escapes: true, multiline: true };
var tripleSingle = { open: "'''", close: "'''", escapes: true, multiline: true };
var template = {
  open: "`",
  close: "`",
  escapes: true,
  multiline: true,
  interpolation: { open: "${", close: "}" }
};
var cLike = { lineComments: slash, blockComments: cBlock, quotes: [double, single] };
var jsLike = { ...cLike, quotes: [double, single, template], regexLiterals: true };
var jvmNested = { lineComments: slash, blockComments: nestedBlock, quotes: [tripleDouble, double, single] };
var hashFamily = { lineComments: hash, blockComments: [], quotes: [double, single] };
var markup = { lineComments: [], blockComments: [{ open: "<!--", close: "-->" }], quotes: [] };
var syntaxes = {
  js: jsLike,
  ts: jsLike,
  json: cLike,
  java: { ...cLike, quotes: [tripleDouble, double, single] },
  kotlin: jvmNested,
  scala: jvmNested,
  swift: jvmNested,
  dart: { ...jvmNested, quotes: [tripleDouble, tripleSingle, double, single] },
  go: { ...cLike, quotes: [double, single, { open: "`", close: "`", escapes: false, multiline: true }] },
  c: cLike,
  cpp: cLike,
  csharp: cLike,
  rust: { lineComments: slash, blockComments: nestedBlock, quotes: [doubleMulti], rustLiterals: true },
  php: {
    lineComments: [...slash, { open: "#", afterSpace: true }],
    blockComments: cBlock,
    quotes: [doubleMulti, singleMulti]
  },
  css: { lineComments: [{ open: "//", afterSpace: true }], blockComments: cBlock, quotes: [double, single] },
  py: { lineComments: hash, blockComments: [], quotes: [tripleDouble, tripleSingle, double, single] },
  shell: { lineComments: hashAfterSpace, blockComments: [], quotes: [doubleMulti, singleRaw] },
  ruby: {
    lineComments: hash,
    blockComments: [{ open: "=begin", close: "=end", lineStart: true }],
    quotes: [{ ...doubleMulti, interpolation: { open: "#{", close: "}" } }, singleMulti]
  },
  perl: {
    lineComments: hash,
    blockComments: ["=pod", "=head", "=begin", "=over", "=item", "=for", "=encoding"].map((open) => ({
      open,
      close: "=cut",
      lineStart: true
    })),
    quotes: [doubleMulti, singleMulti]
  },
  r: { ...hashFamily, quotes: [doubleMulti, singleMulti] },
  yaml: { ...hashFamily, lineComments: hashAfterSpace, quoteAfter: ":-[{,?" },
  toml: {
    ...hashFamily,
    quotes: [tripleDouble, tripleSingle, double, { ...single, escapes: false }],
    quoteAfter: "=[{,"
  },
  ini: {
    lineComments: [
      { open: ";", afterSpace: true },
      { open: "#", afterSpace: true }
    ],
    blockComments: [],
    quotes: [double, single],
    quoteAfter: "=:"
  },
  properties: {
    lineComments: [
      { open: "#", lineStart: true },
      { open: "!", lineStart: true }
    ],
    blockComments: [],
    quotes: []
  },
  dotenv: { ...hashFamily, lineComments: hashAfterSpace, quoteAfter: "=" },
  make: { lineComments: hash, blockComments: [], quotes: [] },
  dockerfile: { lineComments: [{ open: "#", lineStart: true }], blockComments: [], quotes: [] },
  terraform: {
    lineComments: [...hash, ...slash],
    blockComments: cBlock,
    quotes: [{ ...double, interpolation: { open: "${", close: "}" } }]
  },
  sql: {
    lineComments: [{ open: "--" }],
    blockComments: cBlock,
    quotes: [{ ...singleRaw }, { open: '"', close: '"', escapes: false, multiline: true }]
  },
  lua: { lineComments: [{ open: "--" }], blockComments: [], quotes: [double, single], luaLongBrackets: true },
  html: markup,
  xml: markup,
  markdown: markup,
  vue: markup,
  svelte: markup
};
function syntaxOf(language) {
  return syntaxes[language];
}

// dist/src/analyzers/comments/scan-regions.js
var openerCache = /* @__PURE__ */ new WeakMap();
function openersOf(syntax) {
  const cached = openerCache.get(syntax);
  if (cached)
    return cached;
  const all = [
    ...syntax.blockComments.map((rule) => ({ kind: "block", open: rule.open, rule })),
    ...syntax.lineComments.map((rule) => ({ kind: "line", open: rule.open, rule })),
    ...syntax.quotes.map((rule) => ({ kind: "quote", open: rule.open, rule }))
  ];
  const table = /* @__PURE__ */ new Map();
  for (const opener of all.sort((a, b) => b.open.length - a.open.length)) {
    const code = opener.open.charCodeAt(0);
    table.set(code, [...table.get(code) ?? [], opener]);
  }
  openerCache.set(syntax, table);
  return table;
}
function scanRegions(text, language) {
  const syntax = syntaxOf(language);
  return syntax ? new RegionScanner(text, syntax).scan() : [];
}
var RegionScanner = class {
  text;
  syntax;
  regions = [];
  frames = [];
  openers;
  candidates;
  candidatesInFrame;
  constructor(text, syntax) {
    this.text = text;
    this.syntax = syntax;
    this.openers = openersOf(syntax);
    const special = [
      syntax.regexLiterals ? "/" : "",
      syntax.rustLiterals ? "'rb" : "",
      syntax.luaLongBrackets ? "-[" : ""
    ];
    const chars = [...[...this.openers.keys()].map((code) => String.fromCharCode(code)), ...special].join("");
    const brackets = syntax.quotes.map((rule) => rule.interpolation ? rule.interpolation.open.slice(-1) + rule.interpolation.close : "").join("");
    this.candidates = classOf(chars);
    this.candidatesInFrame = classOf(chars + brackets);
  }
  scan() {
    const { text, frames } = this;
    let at = 0;
    while (at < text.length) {
      const jump = frames.length === 0 ? this.candidates : this.candidatesInFrame;
      jump.lastIndex = at;
      if (!jump.exec(text))
        break;
      at = jump.lastIndex - 1;
      const frame = frames[frames.length - 1];
      if (frame && this.isInterpolationEnd(frame, text[at])) {
        frames.pop();
        at = this.scanString(at, 1, frame.rule);
        continue;
      }
      const next = this.tryOpen(at);
      at = next === -1 ? at + 1 : next;
    }
    return this.regions;
  }
  /** Counts brackets inside `${…}` so `${ {a: 1}.a }` resumes the template only at its own `}`. */
  isInterpolationEnd(frame, char) {
    const interpolation = frame.rule.interpolation;
    if (char === interpolation.open[interpolation.open.length - 1])
      frame.depth++;
    else if (char === interpolation.close) {
      if (frame.depth === 0)
        return true;
      frame.depth--;
    }
    return false;
  }
  /** Index after the comment/string opening at `at`, or -1 when nothing opens there. */
  tryOpen(at) {
    const { text, syntax } = this;
    const special = syntax.luaLongBrackets ? readLuaLongBracket(text, at) : syntax.rustLiterals ? readRustLiteral(text, at) : void 0;
    if (special === null)
      return at + 1;
    if (special)
      return this.pushLiteral(at, special);
    for (const opener of this.openers.get(text.charCodeAt(at)) ?? []) {
      if (!text.startsWith(opener.open, at))
        continue;
      if (opener.kind === "line" && this.allowsLineComment(at, opener.rule))
        return this.scanLineComment(at);
      if (opener.kind === "block" && (!opener.rule.lineStart || this.isColumnOne(at)))
        return this.scanBlockComment(at, opener.rule);
      if (opener.kind === "quote" && this.allowsQuote(at))
        return this.scanString(at, opener.open.length, opener.rule);
    }
    const regex = syntax.regexLiterals && text[at] === "/" && startsRegex(text, at, this.regions[this.regions.length - 1]) ? readRegexLiteral(text, at) : void 0;
    return regex ? this.pushLiteral(at, regex) : -1;
  }
  allowsLineComment(at, rule) {
    if (rule.lineStart)
      return this.isFirstOnLine(at);
    if (!rule.afterSpace || at === 0)
      return true;
    const before = this.text[at - 1];
    return before === " " || before === "	" || before === "\n" || before === "\r";
  }
  allowsQuote(at) {
    const allowed = this.syntax.quoteAfter;
    if (!allowed)
      return true;
    const before = this.skipBlanksBack(at);
    return before < 0 || this.text[before] === "\n" || allowed.includes(this.text[before]);
  }
  isFirstOnLine(at) {
    const before = this.skipBlanksBack(at);
    return before < 0 || this.text[before] === "\n";
  }
  /** Index of the last character before `at` that is not a space or tab (-1 at the start). */
  skipBlanksBack(at) {
    let before = at - 1;
    while (before >= 0 && (this.text[before] === " " || this.text[before] === "	"))
      before--;
    return before;
  }
  isColumnOne(at) {
    return at === 0 || this.text[at - 1] === "\n";
  }
  scanLineComment(at) {
    const newline = this.text.indexOf("\n", at);
    const end = newline === -1 ? this.text.length : newline;
    return this.push("comment", at, end, 0, 0);
  }
  scanBlockComment(at, rule) {
    const { text } = this;
    let depth = 1;
    let cursor = at + rule.open.length;
    while (depth > 0) {
      const close = rule.lineStart ? this.findAtColumnOne(rule.close, cursor) : text.indexOf(rule.close, cursor);
      const nested = rule.nests ? text.indexOf(rule.open, cursor) : -1;
      if (close === -1)
        return this.push("comment", at, text.length, rule.open.length, 0);
      if (nested !== -1 && nested < close) {
        depth++;
        cursor = nested + rule.open.length;
      } else {
        depth--;
        cursor = close + rule.close.length;
      }
    }
    const lineEnd = rule.lineStart ? text.indexOf("\n", cursor) : cursor;
    return this.push("comment", at, lineEnd === -1 ? text.length : lineEnd, rule.open.length, rule.lineStart ? 0 : rule.close.length);
  }
  findAtColumnOne(token, from) {
    const at = this.text.indexOf(`
${token}`, Math.max(0, from - 1));
    return at === -1 ? -1 : at + 1;
  }
  /** Scans string content from `at + openLength`; pushes the piece and returns the index after it. */
  scanString(at, openLength, rule) {
    const { text } = this;
    const interpolation = rule.interpolation;
    const stops = stopsOf(rule);
    for (let cursor = at + openLength; cursor < text.length; cursor++) {
      stops.lastIndex = cursor;
      if (!stops.exec(text))
        break;
      cursor = stops.lastIndex - 1;
      const code = text.charCodeAt(cursor);
      if (code === 92 && rule.escapes)
        cursor++;
      else if (text.startsWith(rule.close, cursor))
        return this.push("string", at, cursor + rule.close.length, openLength, rule.close.length);
      else if (code === 10 && !rule.multiline)
        return this.push("string", at, cursor, openLength, 0);
      else if (interpolation && text.startsWith(interpolation.open, cursor)) {
        this.frames.push({ rule, depth: 0 });
        return this.push("string", at, cursor + interpolation.open.length, openLength, interpolation.open.length);
      }
    }
    return this.push("string", at, text.length, openLength, 0);
  }
  pushLiteral(at, literal) {
    return this.push(literal.kind, at, literal.end, literal.openLength, literal.closeLength);
  }
  push(kind, start, end, openLength, closeLength) {
    this.regions.push({ kind, start, end, openLength, closeLength });
    return end;
  }
};
var stopCache = /* @__PURE__ */ new WeakMap();
function stopsOf(rule) {
  let stops = stopCache.get(rule);
  if (!stops) {
    stops = classOf([rule.escapes ? "\\" : "", rule.multiline ? "" : "\n", rule.close[0], rule.interpolation?.open[0] ?? ""].join(""));
    stopCache.set(rule, stops);
  }
  return stops;
}
function classOf(chars) {
  const members = [...new Set(chars)].map((char) => /[\\\]\[^-]/.test(char) ? `\\${char}` : char).join("");
  return new RegExp(members ? `[${members}]` : "[^\\s\\S]", "g");
}

// dist/src/analyzers/comments/index.js
function scanComments(text, language, regions = scanRegions(text, language)) {
  const starts = lineStarts(text);
  return regions.filter((region) => region.kind === "comment").map((region) => {
    const line = lineAt(starts, region.start);
    return {
      text: text.slice(region.start, region.end),
      start: region.start,
      end: region.end,
      line,
      endLine: lineAt(starts, Math.max(region.start, region.end - 1)),
      column: region.start - starts[line - 1] + 1,
      openLength: region.openLength,
      closeLength: region.closeLength
    };
  });
}
function codeMask(text, language, options = {}, regions = scanRegions(text, language)) {
  const masks = codeMasks(text, language, regions);
  return options.keepStrings ? masks.bare : masks.code;
}
function codeMasks(text, language, regions = scanRegions(text, language)) {
  const encoding = /[^\x00-\xff]/.test(text) ? "utf16le" : "latin1";
  const units = encoding === "latin1" ? new Uint8Array(text.length) : new Uint16Array(text.length);
  const bytes = Buffer.from(units.buffer, 0, units.byteLength);
  bytes.write(text, encoding);
  const space = encoding === "latin1" || IS_LITTLE_ENDIAN ? 32 : 8192;
  for (const region of regions)
    if (region.kind === "comment")
      blankUnits(units, space, text, region.start, region.end);
  const bare = bytes.toString(encoding);
  for (const region of regions)
    if (region.kind === "string")
      blankUnits(units, space, text, region.start + region.openLength, region.end - region.closeLength);
  return { code: bytes.toString(encoding), bare };
}
var IS_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
function blankUnits(units, space, text, from, to) {
  if (to <= from)
    return;
  units.fill(space, from, to);
  const newline = text.indexOf("\n", from);
  if (newline === -1 || newline >= to)
    return;
  const shift = space === 32 ? 0 : 8;
  for (let at = newline - 1 >= from ? newline - 1 : newline; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13)
      units[at] = code << shift;
  }
}
function kindAt(regions, offset) {
  let low = 0;
  let high = regions.length - 1;
  while (low <= high) {
    const mid = low + high >> 1;
    const region = regions[mid];
    if (offset < region.start)
      high = mid - 1;
    else if (offset >= region.end)
      low = mid + 1;
    else
      return region.kind;
  }
  return "code";
}

export {
  scanRegions,
  scanComments,
  codeMask,
  codeMasks,
  kindAt
};
