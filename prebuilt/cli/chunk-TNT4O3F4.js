import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  fail,
  ok
} from "./chunk-HUUDYLWZ.js";
import {
  compareText
} from "./chunk-A3QA2ZQT.js";

// dist/src/ledger/types.js
var LEDGER_VERSION = 1;
var LEDGER_PATH = ".value/ledger.json";
var HISTORY_RECORD_PATH = ".value/history-scan.json";
var INLINE_ALLOW_BY = "inline comment";
var HISTORY_LIST_LIMIT = 10;

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
  const recover = `run 'git-value scan --rebuild' (it keeps every decision it can read)`;
  if (CONFLICT_MARKER.test(text)) {
    return fail({ code: "LEDGER_CONFLICTED", file, message: `${file} has merge conflict markers`, fix: recover });
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
    const problem = entryProblem(entry);
    if (problem)
      return fail({ code: "LEDGER_CORRUPT", file, message: `${file}: entry ${index + 1} ${problem}`, fix: recover });
  }
  return ok({ version: LEDGER_VERSION, entries: ledger.entries });
}
function entryProblem(entry) {
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

// dist/src/git/exec.js
import { spawnSync } from "node:child_process";
function gitEnv() {
  return { ...process.env, GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" };
}
function runGit(args, options) {
  const child = spawnSync("git", args, {
    cwd: options.cwd,
    input: options.input,
    maxBuffer: 1024 * 1024 * 1024,
    env: options.env ? { ...gitEnv(), ...options.env } : gitEnv()
  });
  const brokenPipe = child.error?.code === "EPIPE" && child.status !== null;
  if (child.error && !brokenPipe) {
    return fail({
      code: "GIT_FAILED",
      message: `could not run git: ${child.error.message}`,
      fix: "install git and make sure it is on PATH"
    });
  }
  const status = child.status ?? 128;
  if (status !== 0 && !(options.okCodes ?? []).includes(status)) {
    const stderr = child.stderr.toString("utf8").trim();
    const locked = /index\.lock': File exists/.test(stderr);
    return fail({
      code: "GIT_FAILED",
      message: `git ${args[0]} failed: ${stderr.split("\n")[0] ?? ""}`,
      fix: locked ? "another git process is using the index: wait for it; if none is running, delete .git/index.lock" : "run the same git command yourself to see what git needs",
      cause: stderr
    });
  }
  return ok(options.captureStderr ? { stdout: child.stdout, status, stderr: child.stderr.toString("utf8") } : { stdout: child.stdout, status });
}
function runGitText(args, options) {
  const result = runGit(args, options);
  return result.ok ? ok(result.value.stdout.toString("utf8")) : result;
}

// dist/src/ledger/repo-paths.js
import { lstatSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
function resolveInside(root, target, displayName, outside = "refused") {
  const absolute = resolve(root, target);
  if (isOutside(root, absolute)) {
    if (outside === "allowed")
      return ok(absolute);
    return fail({
      code: "UNSAFE_PATH",
      file: displayName,
      message: `${displayName} is outside the repository; git-value keeps its files inside it`,
      fix: "give a path inside the repository (backlog.path in .valuerc.json)"
    });
  }
  let realRoot;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = root;
  }
  let existing = absolute;
  const missing = [];
  for (; ; ) {
    try {
      lstatSync(existing);
      break;
    } catch {
      missing.unshift(basename(existing));
      existing = dirname(existing);
    }
  }
  let real;
  try {
    real = join(realpathSync(existing), ...missing);
  } catch {
    real = "";
  }
  if (real && !isOutside(realRoot, real))
    return ok(real);
  const link = relative(root, existing) || ".";
  return fail({
    code: "UNSAFE_PATH",
    file: displayName,
    message: `${displayName} leads out of the repository through the symbolic link ${link}${real ? ` (to ${real})` : ""}; git-value does not write there`,
    fix: `replace the link with a folder or file of the repository ('git rm ${link}'), or check out a trusted branch`
  });
}
function isOutside(root, path) {
  const rest = relative(root, path);
  return rest === ".." || rest.startsWith(`..${sep}`) || isAbsolute(rest);
}

export {
  gitEnv,
  runGit,
  runGitText,
  LEDGER_PATH,
  HISTORY_RECORD_PATH,
  INLINE_ALLOW_BY,
  HISTORY_LIST_LIMIT,
  LEDGER_HEADER,
  LEDGER_FOOTER,
  emptyLedger,
  compareEntries,
  formatEntry,
  asciiJson,
  formatLines,
  formatLedger,
  parseLedger,
  entryProblem,
  resolveInside
};
