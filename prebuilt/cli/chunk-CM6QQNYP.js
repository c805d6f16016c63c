import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  configOverrides,
  note
} from "./chunk-RYSKVT2F.js";
import {
  fileAnalyzers,
  handlesLanguage,
  isEnabled,
  optionsOf
} from "./chunk-RGYNK77T.js";
import {
  classifyPath,
  readDeprecatedMark,
  readGeneratedMark
} from "./chunk-UUPKITBT.js";
import {
  disambiguateFingerprints
} from "./chunk-A3QA2ZQT.js";
import {
  lineStarts
} from "./chunk-OZTETU2B.js";
import {
  languageOf
} from "./chunk-3FEP5BVN.js";

// dist/src/findings/context-marks.js
var HEADER_LINES = 30;
var COMMENT = /^\s*(?:#|\/\/|\/\*|\*)/;
var DOCSTRING_QUOTES = /^\s*[rRuUbB]?("""|''')/;
var COPIED = /\b(?:copied|adapted|vendored|vendorized|ported|forked|imported|borrowed|lifted)\s+(?:(?!this\b)[\w.'’-]+\s+){0,3}?from\s+(?!this\b|here\b)\S/i;
var OWN_PART = /\bfrom\s+(?:the|our|its)\s+[\w.-]+\s+(?:rule|function|method|class|helper|test|module in this)\b/i;
var COPY_OF = /\b(?:a|an)\s+(?:\w+\s+)?copy\s+of\s+\S/i;
var LICENCE_TEXT = /licen[cs]e|\bthis software\b|warrant/i;
function readCopiedMark(text) {
  let inDocstring;
  let start = 0;
  for (let line = 0; line < HEADER_LINES && start < text.length; line++) {
    const end = text.indexOf("\n", start);
    const content = text.slice(start, end === -1 ? text.length : Math.min(end, start + 300));
    const opens = DOCSTRING_QUOTES.exec(content)?.[1];
    const isHeader = inDocstring !== void 0 || opens !== void 0 || COMMENT.test(content) || content.trim() === "";
    if (!isHeader && !/^\s*['"]use strict/.test(content))
      break;
    if (COPIED.test(content) && !OWN_PART.test(content) || COPY_OF.test(content) && !LICENCE_TEXT.test(content))
      return `its header says it was copied from another project ('${content.trim().replace(/^(?:#|\/\/|\/\*\*?|\*)\s*/, "").slice(0, 80)}')`;
    if (opens !== void 0 && inDocstring === void 0) {
      const rest = content.slice(content.indexOf(opens) + 3);
      if (!rest.includes(opens))
        inDocstring = opens;
    } else if (inDocstring !== void 0 && content.includes(inDocstring))
      inDocstring = void 0;
    if (end === -1)
      break;
    start = end + 1;
  }
  return void 0;
}
var META_OPEN = /\bmeta\s*[:=]\s*\{/;
var META_FROZEN = /\b(frozen)\s*:\s*true\b|\b(deprecated)\s*:\s*(?:true\b|\{)/;
var META_SPAN = 2e4;
var PYTHON_MODULE_DEPRECATION = /^warnings\.warn\([^)]{0,400}?\b(?:Pending)?DeprecationWarning\b/m;
function readFrozenMark(text) {
  if (readDeprecatedMark(text) !== void 0)
    return "its header marks it deprecated (frozen until removed)";
  const meta = META_OPEN.exec(text);
  if (meta) {
    const found = META_FROZEN.exec(objectAt(text, meta.index + meta[0].length - 1));
    if (found?.[1])
      return "its metadata says `frozen: true` (bug fixes only, no refactoring)";
    if (found)
      return "its metadata marks it deprecated (frozen until removed)";
  }
  if (PYTHON_MODULE_DEPRECATION.test(text))
    return "importing it warns that it is deprecated (frozen until removed)";
  return void 0;
}
function objectAt(text, open) {
  let depth = 0;
  let quote;
  const stop = Math.min(text.length, open + META_SPAN);
  for (let at = open; at < stop; at++) {
    const char = text[at];
    if (quote) {
      if (char === "\\")
        at++;
      else if (char === quote)
        quote = void 0;
    } else if (char === '"' || char === "'" || char === "`")
      quote = char;
    else if (char === "{")
      depth++;
    else if (char === "}" && --depth === 0)
      return text.slice(open, at + 1);
  }
  return text.slice(open, stop);
}

// dist/src/findings/inline-allow.js
var MAX_REASON = 200;
var CLOSER = /\s*(?:\*\/|-->|%>|#\}|\}\})\s*$/;
var TOKEN_LIKE = /[A-Za-z0-9_+/=.-]{20,}/g;
function readInlineAllowReason(rest) {
  const reason = rest.replace(CLOSER, "").replace(/^[\s:=—–-]+/, "").replace(TOKEN_LIKE, (word) => /\d/.test(word) ? "\u2026" : word).replace(/\s+/g, " ").trim();
  if (!/[A-Za-z]/.test(reason))
    return void 0;
  return reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON - 1)}\u2026` : reason;
}

// dist/src/analyzers/analyze-files.js
function isPassedAsDemo(finding) {
  return typeof finding.facts?.demo === "string";
}
var INLINE_ALLOW = "git-value:allow";
var NOT_OURS = /* @__PURE__ */ new Set(["generated", "vendored"]);
function enabledAnalyzers(config, mode) {
  return fileAnalyzers.filter((entry) => isEnabled(entry, config) && (mode === "scan" || entry.hook));
}
async function analyzeFiles(files, configFor, pick, contextOf) {
  const each = await analyzeEach(files, configFor, pick, contextOf);
  const run = { findings: [], ranPrefixes: each.ranPrefixes, notes: [], docCoverage: [], passed: [] };
  for (const result of each.results) {
    run.findings.push(...result.findings);
    if (result.passed)
      run.passed.push(...result.passed);
    run.notes.push(...result.notes);
    if (result.docCoverage)
      run.docCoverage.push(result.docCoverage);
  }
  return run;
}
async function analyzeEach(files, configFor, pick, contextOf) {
  const groups = /* @__PURE__ */ new Map();
  files.forEach((file, index) => {
    const config = configFor(file.path);
    const group = groups.get(config);
    if (group)
      group.push(index);
    else
      groups.set(config, [index]);
  });
  const results = new Array(files.length);
  const ranPrefixes = [];
  for (const [config, indexes] of groups) {
    const entries = pick(config);
    const overrides = contextOf ? [] : configOverrides(config);
    const classify = contextOf ?? ((path) => classifyPath(path, overrides));
    const part = await analyzeGroup(indexes.map((index) => files[index]), config, entries, classify);
    part.forEach((result, at) => results[indexes[at]] = result);
    for (const entry of entries)
      if (!ranPrefixes.includes(entry.rulePrefix))
        ranPrefixes.push(entry.rulePrefix);
  }
  if (groups.size === 0)
    ranPrefixes.push(...pick(configFor("")).map((entry) => entry.rulePrefix));
  return { results, ranPrefixes };
}
async function analyzeGroup(files, config, entries, contextOf) {
  const needed = entries.filter((entry) => files.some((file) => handlesLanguage(entry, languageOf(file.path))));
  const languagesIn = (entry) => [
    ...new Set(files.map((file) => languageOf(file.path)).filter((language) => handlesLanguage(entry, language)))
  ];
  const loaded = [];
  for (const entry of needed)
    loaded.push({ entry, module: await prepared(entry, languagesIn(entry)) });
  const options = new Map(needed.map((entry) => [entry.name, optionsOf(entry, config)]));
  return files.map((file) => analyzeOne(file, loaded, options, file.context ?? contextOf(file.path).context));
}
function analyzeOne(file, loaded, options, byPath) {
  const language = languageOf(file.path);
  const generatedMark = byPath === "source" || byPath === "build" ? readGeneratedMark(file.text) : void 0;
  const copiedMark = !generatedMark && byPath === "source" ? readCopiedMark(file.text) : void 0;
  const context = generatedMark ? "generated" : copiedMark ? "vendored" : byPath;
  const fileFindings = [];
  const result = { findings: [], notes: [] };
  const generated = loaded.some(({ entry }) => !entry.hook) && isGeneratedLooking(file.text);
  for (const { entry, module } of loaded) {
    if (!handlesLanguage(entry, language))
      continue;
    if (NOT_OURS.has(context) && !entry.readsVendored)
      continue;
    if (!entry.hook && generated) {
      result.notes.push(note("analyzer-skipped", `${entry.name} analyzer skipped ${file.path}: minified or generated (a syntax tree of it costs seconds per MB)`));
      continue;
    }
    try {
      fileFindings.push(...module.analyze({
        path: file.path,
        text: file.text,
        ...file.changed ? { changed: file.changed } : {},
        options: options.get(entry.name),
        context
      }));
      const measured = context === "source" ? module.measureDocCoverage?.(file.path, file.text) : void 0;
      if (measured && measured.total > 0)
        result.docCoverage = { path: file.path, documented: measured.documented, public: measured.total };
    } catch (error) {
      if (entry.failClosed)
        throw error;
      result.notes.push(note("analyzer-skipped", `${entry.name} analyzer skipped ${file.path}: ${error.message}`));
    }
  }
  const passed = fileFindings.filter(isPassedAsDemo);
  if (passed.length > 0)
    result.passed = passed;
  const kept = passed.length > 0 ? fileFindings.filter((finding) => !isPassedAsDemo(finding)) : fileFindings;
  const findings = markInlineAllowed(file.text, disambiguateFingerprints(oneFindingPerLine(kept)));
  const frozen = context === "source" && findings.length > 0 ? readFrozenMark(file.text) : void 0;
  result.findings = generatedMark ? findings.map(markGenerated) : copiedMark ? findings.map((finding) => ({
    ...finding,
    facts: { ...finding.facts, context: "vendored", copied: copiedMark }
  })) : frozen ? findings.map((finding) => ({ ...finding, facts: { ...finding.facts, frozen } })) : findings;
  return result;
}
var PARSE_MAX_BYTES = 1024 * 1024;
var PARSE_MAX_LINE = 1e4;
function isGeneratedLooking(text) {
  if (text.length > PARSE_MAX_BYTES)
    return true;
  for (let start = 0; start < text.length; ) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > PARSE_MAX_LINE)
      return true;
    start = stop + 1;
  }
  return false;
}
async function prepared(entry, languages) {
  const module = await entry.load();
  await module.prepare?.(languages);
  return module;
}
function markGenerated(finding) {
  return { ...finding, facts: { ...finding.facts, context: "generated" } };
}
function oneFindingPerLine(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((finding) => {
    if (finding.category === "secret")
      return true;
    const key = `${finding.ruleId}\0${finding.line}`;
    if (seen.has(key))
      return false;
    seen.add(key);
    return true;
  });
}
function markInlineAllowed(text, findings) {
  if (findings.length === 0 || !text.includes(INLINE_ALLOW))
    return findings;
  const starts = lineStarts(text);
  const lineText = (line) => text.slice(starts[line - 1] ?? text.length, (starts[line] ?? text.length + 1) - 1);
  return findings.map((finding) => {
    const lines = [finding.line, finding.endLine ?? finding.line, finding.line - 1].filter((line) => line >= 1 && line <= starts.length);
    const marked = lines.map(lineText).find((line) => line.includes(INLINE_ALLOW));
    if (marked === void 0)
      return finding;
    const reason = readInlineAllowReason(marked.slice(marked.indexOf(INLINE_ALLOW) + INLINE_ALLOW.length));
    return reason ? { ...finding, inlineAllowed: true, inlineAllowReason: reason } : { ...finding, inlineAllowed: true };
  });
}

export {
  isPassedAsDemo,
  enabledAnalyzers,
  analyzeFiles,
  analyzeEach
};
