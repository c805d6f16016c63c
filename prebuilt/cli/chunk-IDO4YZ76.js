import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  classifyMarker,
  formatCondition
} from "./chunk-GLXZBTI5.js";
import {
  defaultOptionsOf
} from "./chunk-RGYNK77T.js";
import {
  scanComments
} from "./chunk-4ZIBFFFW.js";
import {
  createFinding
} from "./chunk-A3QA2ZQT.js";
import "./chunk-ONKLCXXC.js";
import {
  touches
} from "./chunk-OZTETU2B.js";
import {
  languageOf
} from "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/analyzers/markers/find-markers.js
var DECORATION = /^[\s*#/!;-]{0,80}/;
var TITLE_CUT = /^(?:\(([^)\n]{0,80})\))?[\s:\-–—]{0,10}/;
function buildMarkerPattern(tags) {
  return new RegExp(`(?<![\\w$@\`'"-])(@?)(${tags.join("|")})(?![\\w$]|[-.]\\w)`, "gi");
}
function findMarkers(comment, pattern) {
  const hits = [];
  const lines = comment.text.split("\n");
  lines.forEach((rawLine, index) => {
    const from = index === 0 ? comment.openLength : 0;
    const to = index === lines.length - 1 ? rawLine.length - comment.closeLength : rawLine.length;
    const body = rawLine.slice(from, Math.max(from, to)).replace(/\r$/, "");
    const decoration = DECORATION.exec(body)[0].length;
    const hit = firstMarker(body, decoration, pattern);
    if (hit) {
      const column = index === 0 ? comment.column + from + hit.index : hit.index + 1;
      hits.push({ ...hit.marker, line: comment.line + index, column });
    }
  });
  return hits;
}
function firstMarker(body, textStart, pattern) {
  pattern.lastIndex = textStart;
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) {
    const [whole, at, word] = match;
    const after = body.slice(match.index + whole.length);
    const form = formOf(at, word, match.index === textStart, after);
    if (form) {
      const cut = TITLE_CUT.exec(after);
      const marker = { tag: word.toUpperCase(), note: after.slice(cut[0].length).trim(), form };
      return { index: match.index, marker: cut[1] === void 0 ? marker : { ...marker, parenthesised: cut[1] } };
    }
  }
  return void 0;
}
function formOf(at, word, isAtStart, after) {
  if (at)
    return "explicit";
  const isTagged = after.startsWith(":") || after.startsWith("(");
  if (word === word.toUpperCase())
    return isAtStart || isTagged ? "explicit" : void 0;
  return isAtStart && after.startsWith(":") ? "lower" : void 0;
}

// dist/src/analyzers/markers/issue-refs.js
var ISSUE_NUMBER = /^#\d{1,9}$/;
var TRACKER_KEY = /^[A-Z][A-Z0-9]{1,9}-\d{1,9}$/;
var OWNER = /^@?[\w][\w.-]{0,38}$/;
var ISSUE_URL = /https?:\/\/[^\s)]{1,200}?\/(?:issues|pull|merge_requests)\/(\d{1,9})/;
var KEY_IN_TEXT = /(?<![\w-])([A-Z][A-Z0-9]{1,9}-\d{1,9})(?![\w-])/;
var NUMBER_IN_TEXT = /(?<![\w&/#])#(\d{1,9})(?!\w)/;
function readMarkerRefs(parenthesised, note) {
  const refs = {};
  for (const item of (parenthesised ?? "").split(/[\s,;]+/)) {
    if (!item)
      continue;
    if (ISSUE_NUMBER.test(item) || TRACKER_KEY.test(item))
      refs.issueRef ??= item;
    else if (OWNER.test(item))
      refs.owner ??= item.replace(/^@/, "");
  }
  if (refs.issueRef)
    return refs;
  const url = ISSUE_URL.exec(note);
  const key = KEY_IN_TEXT.exec(note);
  const number = NUMBER_IN_TEXT.exec(note);
  const issueRef = url ? `#${url[1]}` : key ? key[1] : number ? `#${number[1]}` : void 0;
  if (issueRef)
    refs.issueRef = issueRef;
  return refs;
}

// dist/src/analyzers/markers/tags.js
var DEFAULT_TAGS = defaultOptionsOf("markers")["tags"];
var traits = {
  TODO: { severity: "low", effortHours: 1 },
  FIXME: { severity: "medium", effortHours: 2 },
  // XXX and HACK flag a spot; what the comment says makes it a defect (medium) or a note (marker-ask.ts)
  HACK: { severity: "low", effortHours: 3 },
  XXX: { severity: "low", effortHours: 2 },
  BUG: { severity: "medium", effortHours: 3 },
  OPTIMIZE: { severity: "low", effortHours: 2 }
};
function traitsOf(tag) {
  return traits[tag] ?? { severity: "low", effortHours: 1 };
}
function ruleIdOf(tag) {
  return `debt/${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}
function readTags(options) {
  const configured = options?.["tags"];
  if (!Array.isArray(configured))
    return [...DEFAULT_TAGS];
  const tags = configured.filter((tag) => typeof tag === "string" && /^\w{1,32}$/.test(tag));
  return [...new Set(tags.map((tag) => tag.toUpperCase()))];
}

// dist/src/analyzers/markers/index.js
var meta = {
  id: "debt/markers",
  category: "debt",
  languages: "any",
  defaultSeverity: "low",
  description: "TODO/FIXME/HACK/XXX/BUG/OPTIMIZE markers left in comments"
};
var TITLE_LIMIT = 120;
var patterns = /* @__PURE__ */ new Map();
function patternsFor(tags) {
  const key = tags.join("|");
  let entry = patterns.get(key);
  if (!entry)
    patterns.set(key, entry = { mentions: new RegExp(key, "i"), pattern: buildMarkerPattern(tags) });
  return entry;
}
function analyze({ path, text, changed, options }) {
  const tags = readTags(options);
  if (tags.length === 0)
    return [];
  const { mentions, pattern } = patternsFor(tags);
  if (!mentions.test(text))
    return [];
  const lineStarts = lineStartsOf(text);
  return scanComments(text, languageOf(path)).filter((comment) => mentions.test(comment.text) && touches(changed, comment.line, comment.endLine)).flatMap((comment) => findMarkers(comment, pattern)).filter((hit) => touches(changed, hit.line)).map((hit) => toFinding(path, hit, sentenceOf(text, lineStarts, hit)));
}
function listRuleIds() {
  return DEFAULT_TAGS.map(ruleIdOf);
}
function toFinding(path, hit, sentence) {
  const refs = readMarkerRefs(hit.parenthesised, sentence);
  const facts = { tag: hit.tag };
  if (refs.issueRef)
    facts["issueRef"] = refs.issueRef;
  if (refs.owner)
    facts["owner"] = refs.owner;
  const ask = classifyMarker(hit.tag, hit.parenthesised, sentence, refs.issueRef);
  Object.assign(facts, factsOf(ask));
  const traits2 = traitsOf(hit.tag);
  const reference = hit.parenthesised === void 0 ? "" : `(${hit.parenthesised}) `;
  return createFinding(meta, {
    ruleId: ruleIdOf(hit.tag),
    path,
    line: hit.line,
    column: hit.column,
    title: truncateTitle(hit.note) || `${hit.tag} in ${path}`,
    severity: severityOf(ask, traits2.severity),
    content: `${hit.tag} ${reference}${hit.note}`,
    confidence: hit.form === "explicit" ? 0.9 : 0.7,
    effortHours: traits2.effortHours,
    facts
  });
}
function severityOf(ask, tagSeverity) {
  if (ask.kind !== "work")
    return "info";
  return ask.strength === "bug" ? "medium" : tagSeverity;
}
function factsOf(ask) {
  if (ask.kind === "note")
    return { note: ask.why };
  if (ask.kind === "held")
    return { heldUntil: ask.condition, ...ask.waitsFor ? { waitsFor: formatCondition(ask.waitsFor) } : {} };
  return ask.strength === "ask" ? {} : { ask: ask.strength };
}
var COMMENT_LINE = /^\s{0,80}(?:#|\/\/|\*(?!\/)|--|;)[\s#/*!;-]{0,20}(.*)$/;
var CONTINUATION_LINES = 3;
var NEXT_MARKER = /^@?(?:todo|fixme|xxx|hack|bug|optimize|note)\b/i;
function sentenceOf(text, lineStarts, hit) {
  let sentence = hit.note;
  if (/[.?!]$/.test(sentence))
    return sentence;
  let start = lineStarts()[hit.line] ?? text.length;
  for (let count = 0; count < CONTINUATION_LINES && start < text.length; count++) {
    const end = text.indexOf("\n", start);
    const body = COMMENT_LINE.exec(text.slice(start, end < 0 ? text.length : end))?.[1]?.trim() ?? "";
    if (!body || NEXT_MARKER.test(body) || startsAnotherSentence(sentence, body))
      break;
    sentence = `${sentence} ${body}`;
    if (/[.?!]$/.test(body) || end < 0)
      break;
    start = end + 1;
  }
  return sentence;
}
var MID_PHRASE = /(?:[,(&/-]|\b(?:a|an|the|to|and|or|of|in|on|for|with|when|once|we|is|are|be|if|that|which|by|from|as|but|than))$/i;
function startsAnotherSentence(sentence, next) {
  return /^[A-Z]/.test(next) && !MID_PHRASE.test(sentence);
}
function lineStartsOf(text) {
  let starts;
  return () => {
    if (starts)
      return starts;
    starts = [0];
    for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1))
      starts.push(at + 1);
    return starts;
  };
}
function isDeferred(note) {
  return classifyMarker("TODO", void 0, note).kind === "held";
}
function truncateTitle(note) {
  if (note.length <= TITLE_LIMIT)
    return note;
  const head = note.slice(0, TITLE_LIMIT - 1);
  const space = head.lastIndexOf(" ");
  return `${(space > TITLE_LIMIT / 2 ? head.slice(0, space) : head).trimEnd()}\u2026`;
}
export {
  analyze,
  isDeferred,
  listRuleIds,
  meta,
  truncateTitle
};
