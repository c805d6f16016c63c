import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  compareText
} from "./chunk-PPIWG3NF.js";

// dist/src/findings/result.js
var ok = (value) => ({ ok: true, value });
var fail = (error) => ({ ok: false, error });

// dist/src/ledger/types.js
var LEDGER_VERSION = 1;
var LEDGER_PATH = ".value/ledger.json";
var INLINE_ALLOW_BY = "inline comment";

// dist/src/ledger/format.js
var LEDGER_HEADER = `{
  "version": ${LEDGER_VERSION},
  "entries": [
`;
var LEDGER_FOOTER = "\n  ]\n}\n";
var emptyLedger = `{
  "version": ${LEDGER_VERSION},
  "entries": []
}
`;
var keyOrder = [
  "path",
  "line",
  "endLine",
  "id",
  "ruleId",
  "category",
  "severity",
  "title",
  "evidence",
  "fingerprint",
  "status",
  "firstSeen",
  "confidence",
  "effortHours",
  "facts",
  "history",
  "allow",
  "resolved",
  "done"
];
var CONFLICT_MARKER = /^(?:<{7}|>{7}|={7})(?: |$)/m;
function compareEntries(a, b) {
  return compareText(a.path, b.path) || a.line - b.line || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint);
}
function formatEntry(entry) {
  const ordered = {};
  for (const key of keyOrder)
    if (entry[key] !== void 0)
      ordered[key] = sortKeys(entry[key]);
  return asciiJson(ordered);
}
function asciiJson(value) {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function formatLines(lines) {
  return lines.length === 0 ? emptyLedger : LEDGER_HEADER + lines.join(",\n") + LEDGER_FOOTER;
}
function formatLedger(entries) {
  return formatLines([...entries].sort(compareEntries).map(formatEntry));
}
function parseLedger(text, file) {
  const recover = `restore it with 'git checkout HEAD -- ${file}' or rebuild it with 'git-value scan'`;
  if (CONFLICT_MARKER.test(text)) {
    return fail({
      code: "LEDGER_CONFLICTED",
      file,
      message: `${file} has merge conflict markers`,
      fix: `register the ledger merge driver ('git-value init') and redo the merge, or ${recover}`
    });
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return fail({
      code: "LEDGER_CORRUPT",
      file,
      message: `${file} is not valid JSON (${error.message})`,
      fix: recover
    });
  }
  const ledger = parsed;
  if (!ledger || typeof ledger !== "object" || !Array.isArray(ledger.entries)) {
    return fail({ code: "LEDGER_CORRUPT", file, message: `${file} has no "entries" list`, fix: recover });
  }
  if (ledger.version !== LEDGER_VERSION) {
    return fail({
      code: "LEDGER_CORRUPT",
      file,
      message: `${file} has schema version ${String(ledger.version)}, this git-value reads version ${LEDGER_VERSION}`,
      fix: `upgrade git-value, or ${recover}`
    });
  }
  for (const [index, entry] of ledger.entries.entries()) {
    const problem = checkEntry(entry);
    if (problem)
      return fail({ code: "LEDGER_CORRUPT", file, message: `${file}: entry ${index + 1} ${problem}`, fix: recover });
  }
  return ok({ version: LEDGER_VERSION, entries: ledger.entries });
}
function checkEntry(entry) {
  if (!entry || typeof entry !== "object")
    return "is not an object";
  const record = entry;
  for (const key of [
    "path",
    "id",
    "ruleId",
    "category",
    "severity",
    "title",
    "fingerprint",
    "status",
    "firstSeen"
  ]) {
    if (typeof record[key] !== "string")
      return `has no string "${key}"`;
  }
  for (const key of ["line", "confidence", "effortHours"]) {
    if (typeof record[key] !== "number")
      return `has no number "${key}"`;
  }
  if (!["open", "allowed", "resolved"].includes(record.status))
    return `has an unknown status "${String(record.status)}"`;
  if (record.history !== void 0)
    return checkHistory(record.history);
  return void 0;
}
function checkHistory(history) {
  const record = history ?? {};
  const isList = (value) => Array.isArray(value) && value.every((item) => typeof item === "string");
  if (typeof history !== "object" || !isList(record.commits) || !isList(record.paths))
    return 'has a "history" without "commits" and "paths" lists';
  if (typeof record.commitCount !== "number" || typeof record.inHead !== "boolean")
    return 'has a "history" without a number "commitCount" and a boolean "inHead"';
  return void 0;
}
function sortKeys(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => compareText(a, b)));
}

export {
  ok,
  fail,
  LEDGER_PATH,
  INLINE_ALLOW_BY,
  LEDGER_HEADER,
  LEDGER_FOOTER,
  emptyLedger,
  compareEntries,
  formatEntry,
  asciiJson,
  formatLines,
  formatLedger,
  parseLedger
};
