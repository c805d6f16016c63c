import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  configOverrides
} from "./chunk-IV5GIZ6B.js";
import {
  fileAnalyzers,
  handlesLanguage,
  isEnabled,
  optionsOf
} from "./chunk-UGXMGD3O.js";
import {
  classifyPath,
  readGeneratedMark
} from "./chunk-BG2DLXK5.js";
import {
  disambiguateFingerprints
} from "./chunk-PPIWG3NF.js";
import {
  lineStarts
} from "./chunk-4THWTKPR.js";
import {
  languageOf
} from "./chunk-3FEP5BVN.js";

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
var INLINE_ALLOW = "git-value:allow";
var NOT_OURS = /* @__PURE__ */ new Set(["generated", "vendored"]);
var readsEveryFile = (entry) => entry.category === "secret" || entry.category === "vuln";
function enabledAnalyzers(config, mode) {
  return fileAnalyzers.filter((entry) => isEnabled(entry, config) && (mode === "scan" || entry.hook));
}
async function analyzeFiles(files, configFor, pick, contextOf) {
  const each = await analyzeEach(files, configFor, pick, contextOf);
  const run = { findings: [], ranPrefixes: each.ranPrefixes, notes: [], docCoverage: [] };
  for (const result of each.results) {
    run.findings.push(...result.findings);
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
  const context = generatedMark ? "generated" : byPath;
  const fileFindings = [];
  const result = { findings: [], notes: [] };
  const generated = loaded.some(({ entry }) => !entry.hook) && isGeneratedLooking(file.text);
  for (const { entry, module } of loaded) {
    if (!handlesLanguage(entry, language))
      continue;
    if (NOT_OURS.has(context) && !readsEveryFile(entry))
      continue;
    if (!entry.hook && generated) {
      result.notes.push(`${entry.name} analyzer skipped ${file.path}: minified or generated (a syntax tree of it costs seconds per MB)`);
      continue;
    }
    try {
      fileFindings.push(...module.analyze({
        path: file.path,
        text: file.text,
        changed: file.changed,
        options: options.get(entry.name),
        context
      }));
      const measured = context === "source" ? module.measureDocCoverage?.(file.path, file.text) : void 0;
      if (measured && measured.total > 0)
        result.docCoverage = { path: file.path, documented: measured.documented, public: measured.total };
    } catch (error) {
      if (entry.failClosed)
        throw error;
      result.notes.push(`${entry.name} analyzer skipped ${file.path}: ${error.message}`);
    }
  }
  const findings = markInlineAllowed(file.text, disambiguateFingerprints(oneFindingPerLine(fileFindings)));
  result.findings = generatedMark ? findings.map(markGenerated) : findings;
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
  enabledAnalyzers,
  analyzeFiles,
  analyzeEach
};
