import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  readPackageVersion
} from "./chunk-ERLR2NR4.js";
import {
  groupEntries
} from "./chunk-4QSM2DIM.js";
import {
  SECURITY_WINDOW_DAYS,
  estimateRawEffort,
  isSecurity,
  rankItems,
  roundTo,
  scoreEntry
} from "./chunk-P7OXN2SN.js";
import {
  decodeBlob,
  readBlobs
} from "./chunk-VW4Q3NL6.js";
import {
  runGit,
  runGitText,
  writeFileAtomic
} from "./chunk-SHS6TC54.js";
import {
  LEDGER_PATH,
  asciiJson,
  fail,
  ok
} from "./chunk-JDFRV7HZ.js";
import {
  isForeignPath
} from "./chunk-R7BXTBGS.js";
import {
  configOverrides
} from "./chunk-IV5GIZ6B.js";
import {
  allAnalyzers,
  enablesDocCoverage,
  isEnabled,
  unitEffortOf
} from "./chunk-UGXMGD3O.js";
import {
  classifyPath,
  createContextResolver
} from "./chunk-BG2DLXK5.js";
import {
  compareText
} from "./chunk-PPIWG3NF.js";
import {
  languageOf
} from "./chunk-3FEP5BVN.js";

// dist/src/git/history.js
function commitDate(cwd, commit) {
  const shown = runGitText(["show", "-s", "--format=%cI", commit], { cwd });
  return shown.ok ? ok(shown.value.trim().slice(0, 10)) : shown;
}
function readChurn(cwd, sinceDays, now) {
  const head = runGitText(["show", "-s", "--format=%ct", "HEAD"], { cwd, okCodes: [128] });
  const headMs = head.ok ? Number(head.value.trim()) * 1e3 : Number.NaN;
  const end = Number.isFinite(headMs) && headMs > 0 ? Math.min(headMs, now.getTime()) : now.getTime();
  const since = new Date(end - sinceDays * 864e5).toISOString();
  const log = runGit(["log", `--since=${since}`, "--no-merges", "--format=%x00", "--name-only", "-z", "--no-renames", "HEAD"], { cwd, okCodes: [128] });
  const churn = /* @__PURE__ */ new Map();
  if (!log.ok || log.value.status !== 0)
    return ok(churn);
  for (const name of log.value.stdout.toString("utf8").split("\0")) {
    const path = name.replace(/^\n+/, "");
    if (path)
      churn.set(path, (churn.get(path) ?? 0) + 1);
  }
  return ok(churn);
}
function listFileCommits(cwd, path, limit) {
  const log = runGitText(["log", `-${limit}`, "--format=%H %cI", "--", path], { cwd, okCodes: [128] });
  if (!log.ok)
    return log;
  return ok(log.value.split("\n").filter(Boolean).map((line) => {
    const [commit, date] = line.split(" ");
    const time = new Date(date ?? "");
    return {
      commit,
      date: (date ?? "").slice(0, 10),
      time: Number.isNaN(time.getTime()) ? date ?? "" : time.toISOString()
    };
  }));
}
function readFileAt(cwd, path, commits) {
  if (commits.length === 0)
    return ok([]);
  const batch = runGit(["cat-file", "--batch"], {
    cwd,
    input: commits.map(({ commit }) => `${commit}:${path}`).join("\n") + "\n"
  });
  if (!batch.ok)
    return batch;
  const out = batch.value.stdout;
  const snapshots = [];
  let at = 0;
  for (const { commit, date } of commits) {
    const headerEnd = out.indexOf(10, at);
    if (headerEnd === -1)
      break;
    const header = out.toString("latin1", at, headerEnd).split(" ");
    at = headerEnd + 1;
    if (header[1] !== "blob")
      continue;
    const size = Number(header[2]);
    snapshots.push({ commit, date, text: out.toString("utf8", at, at + size) });
    at += size + 1;
  }
  return ok(snapshots);
}
function firstCommitAfter(cwd, parent) {
  const listed = runGitText(["rev-list", "--reverse", "--ancestry-path", `${parent}..HEAD`], { cwd, okCodes: [128] });
  if (!listed.ok)
    return void 0;
  return listed.value.split("\n")[0] || void 0;
}
function isShallow(cwd) {
  const answer = runGitText(["rev-parse", "--is-shallow-repository"], { cwd });
  return answer.ok && answer.value.trim() === "true";
}

// dist/src/git/tracked-files.js
function listTrackedFiles(cwd, options = {}) {
  if (options.sizes) {
    const listed2 = runGit(["ls-files", "-s", "-z", "--debug", "--full-name"], { cwd });
    if (!listed2.ok)
      return listed2;
    const parsed = parseWithSizes(listed2.value.stdout.toString("utf8"));
    if (parsed)
      return ok(parsed);
  }
  const listed = runGit(["ls-files", "-s", "-z", "--full-name"], { cwd });
  if (!listed.ok)
    return listed;
  const files = [];
  const conflicted = /* @__PURE__ */ new Set();
  for (const record of listed.value.stdout.toString("utf8").split("\0"))
    addRecord(record, files, conflicted);
  return ok({ files, conflicted: [...conflicted] });
}
function addRecord(record, files, conflicted, indexSize) {
  const tab = record.indexOf("	");
  if (tab === -1)
    return;
  const [mode, blob, stage] = record.slice(0, tab).split(" ");
  const path = record.slice(tab + 1);
  if (stage !== "0")
    conflicted.add(path);
  else
    files.push({ path, mode, blob, ...indexSize === void 0 ? {} : { indexSize } });
}
var SIZE = "\n  size: ";
var FLAGS = "	flags: ";
function parseWithSizes(text) {
  const files = [];
  const conflicted = /* @__PURE__ */ new Set();
  let at = 0;
  while (at < text.length) {
    const nul = text.indexOf("\0", at);
    if (nul === -1 || !text.startsWith("  ctime: ", nul + 1))
      return void 0;
    const sizeAt = text.indexOf(SIZE, nul);
    const flagsAt = sizeAt === -1 ? -1 : text.indexOf(FLAGS, sizeAt);
    const end = flagsAt === -1 ? -1 : text.indexOf("\n", flagsAt);
    if (end === -1)
      return void 0;
    const size = Number(text.slice(sizeAt + SIZE.length, flagsAt));
    if (!Number.isSafeInteger(size))
      return void 0;
    addRecord(text.slice(at, nul), files, conflicted, size);
    at = end + 1;
  }
  return { files, conflicted: [...conflicted] };
}

// dist/src/workflow/path-contexts.js
import { readFileSync } from "node:fs";
import { join } from "node:path";

// dist/src/findings/context-layout.js
var LAYOUT_FILES = ["pyproject.toml", "pytest.ini", "setup.cfg", "tox.ini", "package.json"];
function learnTestRoots(read) {
  const roots = [];
  const add = (values, from) => {
    for (const value of values) {
      const root = normaliseRoot(value);
      if (root && !roots.some((known) => known.root === root))
        roots.push({ root, from });
    }
  };
  const pyproject = read("pyproject.toml");
  if (pyproject)
    add(readTomlTestPaths(pyproject), "pyproject.toml");
  for (const [file, sections] of [
    ["pytest.ini", ["pytest"]],
    ["tox.ini", ["pytest"]],
    ["setup.cfg", ["tool:pytest"]]
  ]) {
    const text = read(file);
    if (text)
      add(readIniTestPaths(text, sections), file);
  }
  const manifest = read("package.json");
  if (manifest)
    add(readJestRoots(manifest), "package.json");
  return roots;
}
function testRootOverrides(roots) {
  return roots.map(({ root, from }) => {
    const pattern = rootPattern(root);
    return {
      matches: (path) => pattern.test(path),
      context: "test",
      reason: `under '${root}/', a test path declared in ${from}`
    };
  });
}
function normaliseRoot(value) {
  const root = value.trim().replace(/^<rootDir>/, "").replace(/^\.?\/+/, "").replace(/\/+$/, "");
  if (!root || root === "." || root.includes("..") || /[\s"'`]/.test(root))
    return void 0;
  return root;
}
function rootPattern(root) {
  const source = root.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*");
  return new RegExp(`^${source}(?:/|$)`);
}
function readTomlTestPaths(text) {
  const section = sectionBody(text, (header) => header === "tool.pytest.ini_options" || header === "tool.pytest");
  if (section === void 0)
    return [];
  const match = /^\s*testpaths\s*=\s*(\[[^\]]*\]|"[^"\n]*"|'[^'\n]*')/m.exec(section);
  if (!match)
    return [];
  return [...match[1].matchAll(/"([^"\n]*)"|'([^'\n]*)'/g)].map((m) => m[1] ?? m[2]);
}
function readIniTestPaths(text, sections) {
  const section = sectionBody(text, (header) => sections.includes(header));
  if (section === void 0)
    return [];
  const lines = section.split("\n");
  const start = lines.findIndex((line) => /^testpaths\s*[=:]/.test(line));
  if (start === -1)
    return [];
  const values = [lines[start].replace(/^testpaths\s*[=:]/, "")];
  for (const line of lines.slice(start + 1)) {
    if (!/^\s+\S/.test(line))
      break;
    values.push(line);
  }
  return values.join(" ").replace(/[#;].*$/gm, "").split(/\s+/).filter(Boolean);
}
function sectionBody(text, wanted) {
  const lines = text.split(/\r?\n/);
  let body;
  for (const line of lines) {
    const header = /^\s*\[([^\]]+)\]\s*(?:#.*)?$/.exec(line);
    if (header) {
      if (body)
        break;
      if (wanted(header[1].trim().replace(/^"|"$/g, "")))
        body = [];
      continue;
    }
    body?.push(line);
  }
  return body?.join("\n");
}
function readJestRoots(text) {
  try {
    const manifest = JSON.parse(text);
    const roots = manifest.jest?.roots;
    return Array.isArray(roots) ? roots.filter((root) => typeof root === "string") : [];
  } catch {
    return [];
  }
}
var ALWAYS_PUBLISHED = /^(?:package\.json|README(?:\.[^/]*)?|LICEN[CS]E(?:\.[^/]*)?|CHANGELOG(?:\.[^/]*)?)$/i;
function packageLayoutOverrides(manifests, conventional) {
  const layouts = [];
  for (const [manifest, text] of manifests) {
    const layout = readPackageLayout(manifest, text);
    if (layout)
      layouts.push(layout);
  }
  if (layouts.length === 0)
    return [];
  const all = [...manifests.keys()].map((manifest) => manifest.slice(0, manifest.length - "package.json".length));
  all.sort((a, b) => b.length - a.length);
  const byDir = new Map(layouts.map((layout) => [layout.dir, layout]));
  const reasons = /* @__PURE__ */ new Map();
  const reasonFor = (path) => {
    if (reasons.has(path))
      return reasons.get(path);
    let reason;
    const dir = all.find((candidate) => path.startsWith(candidate));
    const layout = dir === void 0 ? void 0 : byDir.get(dir);
    if (layout && conventional(path) === "source")
      reason = unpublishedReason(layout, path.slice(layout.dir.length));
    reasons.set(path, reason);
    return reason;
  };
  return [
    {
      matches: (path) => reasonFor(path) !== void 0,
      context: "build",
      reason: (path) => reasonFor(path) ?? "not published by its npm package"
    }
  ];
}
function unpublishedReason(layout, relative) {
  if (layout.commands.has(relative) || ALWAYS_PUBLISHED.test(relative))
    return void 0;
  if (layout.published) {
    return layout.published(relative) ? void 0 : `left out of "files" in ${layout.manifest} (not published)`;
  }
  if (relative.startsWith("bin/"))
    return `in bin/ but not a command "bin" declares in ${layout.manifest} (a maintainer's script)`;
  return void 0;
}
function readPackageLayout(manifest, text) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!parsed || typeof parsed !== "object")
    return void 0;
  const dir = manifest.slice(0, manifest.length - "package.json".length);
  const clean = (value) => value.replace(/^\.\//, "").replace(/\/+$/, "");
  const commands = /* @__PURE__ */ new Set();
  const bin = parsed.bin;
  if (typeof bin === "string")
    commands.add(clean(bin));
  else if (bin && typeof bin === "object") {
    for (const value of Object.values(bin))
      if (typeof value === "string")
        commands.add(clean(value));
  }
  if (typeof parsed.main === "string")
    commands.add(clean(parsed.main));
  const files = Array.isArray(parsed.files) ? parsed.files.filter((entry) => typeof entry === "string") : void 0;
  const layout = { dir, manifest, commands };
  if (files && files.length > 0) {
    const include = files.filter((entry) => !entry.startsWith("!")).map((entry) => filePattern(clean(entry)));
    const exclude = files.filter((entry) => entry.startsWith("!")).map((entry) => filePattern(clean(entry.slice(1))));
    layout.published = (relative) => include.some((pattern) => pattern.test(relative)) && !exclude.some((pattern) => pattern.test(relative));
  }
  return layout;
}
function filePattern(entry) {
  let source = "";
  for (let at = 0; at < entry.length; at++) {
    const char = entry[at];
    if (entry.startsWith("**/", at)) {
      source += "(?:[^/]*/)*";
      at += 2;
    } else if (entry.startsWith("**", at)) {
      source += ".*";
      at += 1;
    } else if (char === "*")
      source += "[^/]*";
    else if (char === "?")
      source += "[^/]";
    else
      source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}(?:/.*)?$`);
}

// dist/src/git/attributes.js
var LINGUIST_ATTRIBUTES = ["linguist-generated", "linguist-vendored", "linguist-documentation"];
function readLinguistAttributes(cwd, paths) {
  const found = /* @__PURE__ */ new Map();
  const safe = paths.filter((path) => !path.includes("\0"));
  if (safe.length === 0)
    return ok(found);
  const run = runGit(["check-attr", "--cached", "--stdin", "-z", ...LINGUIST_ATTRIBUTES], {
    cwd,
    input: `${safe.join("\0")}\0`
  });
  if (!run.ok)
    return run;
  const fields = run.value.stdout.toString("utf8").split("\0");
  for (let at = 0; at + 2 < fields.length; at += 3) {
    const value = readValue(fields[at + 2]);
    if (value === void 0)
      continue;
    const path = fields[at];
    const values = found.get(path) ?? {};
    values[fields[at + 1]] = value;
    found.set(path, values);
  }
  return ok(found);
}
function readValue(info) {
  if (info === "set" || info === "true")
    return true;
  if (info === "unset" || info === "false")
    return false;
  return void 0;
}
function mentionsLinguist(text) {
  return text !== void 0 && text.includes("linguist-");
}

// dist/src/workflow/repo-reader.js
var MAX_READ_BYTES = 4 * 1024 * 1024;
var MAX_ROUNDS = 5;
function runWithStagedReads(cwd, files, compute, prefetch) {
  const blobOf = new Map(files.map((file) => [file.path, file.blob]));
  const cache = /* @__PURE__ */ new Map();
  if (prefetch)
    readInto(cwd, cache, blobOf, files.filter((file) => prefetch.test(file.path)).map((file) => file.path));
  for (let round = 1; ; round++) {
    const wanted = /* @__PURE__ */ new Set();
    const result = compute((path) => {
      if (cache.has(path))
        return cache.get(path);
      if (blobOf.has(path))
        wanted.add(path);
      else
        cache.set(path, void 0);
      return void 0;
    });
    if (wanted.size === 0 || round === MAX_ROUNDS)
      return result;
    readInto(cwd, cache, blobOf, [...wanted]);
  }
}
function readInto(cwd, cache, blobOf, paths) {
  if (paths.length === 0)
    return;
  const blobs = readBlobs(cwd, [...new Set(paths.map((path) => blobOf.get(path)))]);
  for (const path of paths) {
    const bytes = blobs.ok ? blobs.value.get(blobOf.get(path)) : void 0;
    const decoded = bytes ? decodeBlob(bytes, MAX_READ_BYTES) : void 0;
    cache.set(path, decoded && "text" in decoded ? decoded.text : void 0);
  }
}

// dist/src/workflow/path-contexts.js
var ATTRIBUTE_CONTEXT = {
  "linguist-generated": "generated",
  "linguist-vendored": "vendored",
  "linguist-documentation": "docs"
};
function attributeOverrides(values) {
  if (values.size === 0)
    return [];
  const overrides = [];
  for (const attribute of LINGUIST_ATTRIBUTES) {
    const context = ATTRIBUTE_CONTEXT[attribute];
    overrides.push({
      matches: (path) => values.get(path)?.[attribute] === true,
      context,
      reason: `${attribute} is set for it in .gitattributes`
    });
    overrides.push({
      matches: (path) => values.get(path)?.[attribute] === false && classifyPath(path).context === context,
      context: "source",
      reason: `${attribute} is unset for it in .gitattributes`
    });
  }
  return overrides;
}
function readPathContexts(root, gitDir, config, files) {
  const attributeFiles = files.map((file) => file.path).filter((path) => /(?:^|\/)\.gitattributes$/.test(path));
  const manifests = files.map((file) => file.path).filter((path) => /(?:^|\/)package\.json$/.test(path) && !/(?:^|\/)node_modules\//.test(path));
  const wanted = new RegExp(`^(?:${[...LAYOUT_FILES].map((name) => name.replace(".", "\\.")).join("|")})$|(?:^|/)(?:\\.gitattributes|package\\.json)$`);
  const read = runWithStagedReads(root, files.filter((file) => wanted.test(file.path) && !/(?:^|\/)node_modules\//.test(file.path)), (reader) => ({
    roots: learnTestRoots(reader),
    attributes: attributeFiles.some((path) => mentionsLinguist(reader(path))),
    manifests: new Map(manifests.map((path) => [path, reader(path) ?? ""]))
  }));
  const overrides = [...configOverrides(config)];
  if (read.attributes || mentionsLinguist(readInfoAttributes(gitDir))) {
    const values = readLinguistAttributes(root, files.map((file) => file.path));
    if (!values.ok)
      return values;
    overrides.push(...attributeOverrides(values.value));
  }
  overrides.push(...testRootOverrides(read.roots));
  overrides.push(...packageLayoutOverrides(read.manifests, (path) => classifyPath(path).context));
  return ok(createContextResolver(overrides));
}
function readInfoAttributes(gitDir) {
  if (!gitDir)
    return void 0;
  try {
    return readFileSync(join(gitDir, "info", "attributes"), "utf8");
  } catch {
    return void 0;
  }
}

// dist/src/ledger/coverage-format.js
var COVERAGE_PATH = ".value/coverage.json";
var VERSION = 1;
function formatCoverage(files) {
  const byPath = /* @__PURE__ */ new Map();
  for (const file of files)
    if (file.public > 0)
      byPath.set(file.path, file);
  const lines = [...byPath.values()].sort((a, b) => compareText(a.path, b.path)).map((file) => asciiJson({ path: file.path, documented: file.documented, public: file.public }));
  return lines.length === 0 ? `{
  "version": ${VERSION},
  "docstrings": []
}
` : `{
  "version": ${VERSION},
  "docstrings": [
${lines.join(",\n")}
  ]
}
`;
}
function parseCoverage(text) {
  const files = /* @__PURE__ */ new Map();
  for (const raw of text.split("\n")) {
    const line = raw.trim().replace(/,$/, "");
    if (!line.startsWith('{"path":'))
      continue;
    try {
      const entry = JSON.parse(line);
      if (typeof entry.path === "string" && isCount(entry.documented) && isCount(entry.public) && entry.documented <= entry.public) {
        files.set(entry.path, { path: entry.path, documented: entry.documented, public: entry.public });
      }
    } catch {
    }
  }
  return files;
}
function isCount(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

// dist/src/workflow/coverage-store.js
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
function readCoverage(root) {
  try {
    return parseCoverage(readFileSync2(join2(root, COVERAGE_PATH), "utf8"));
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
function updateCoverage(root, paths, measured) {
  let before = "";
  try {
    before = readFileSync2(join2(root, COVERAGE_PATH), "utf8");
  } catch {
    before = "";
  }
  const kept = paths === "all" ? [] : [...parseCoverage(before).values()].filter((file) => !paths.has(file.path));
  const text = formatCoverage([...kept, ...measured]);
  if (text === before)
    return ok(void 0);
  return writeFileAtomic(join2(root, COVERAGE_PATH), text, COVERAGE_PATH);
}

// dist/src/report/text.js
var CATEGORY_LABELS = {
  secret: "Hardcoded credentials",
  vuln: "Security vulnerabilities",
  debt: "Technical debt",
  quality: "Code quality",
  perf: "Performance",
  modern: "Modernization"
};
var WORD_CHAR = /[\p{L}\p{N}_]/u;
function familyOf(ruleId) {
  const slash = ruleId.indexOf("/");
  return slash < 0 ? ruleId : ruleId.slice(0, slash);
}
function shortenTitle(title, max) {
  const flat = title.replace(/\s+/g, " ").trim();
  if (flat.length <= max)
    return flat;
  let end = -1;
  for (let index = max - 2; index >= 0 && end < 0; index--) {
    if (WORD_CHAR.test(flat[index]) && !WORD_CHAR.test(flat[index + 1] ?? " "))
      end = index + 1;
  }
  const cut = end >= Math.floor(max / 2) ? flat.slice(0, end) : flat.slice(0, max - 1);
  return `${cut}\u2026`;
}
function escapeMarkdown(text) {
  return text.replace(/\r?\n/g, " ").replace(/([\\|`*_[\]<>])/g, "\\$1");
}
function linkToLine(path, line, prefix = "") {
  const target = `${prefix}${path.split("/").map(encodeURIComponent).join("/")}#L${line}`;
  return `[${escapeMarkdown(`${path}:${line}`)}](${target})`;
}
function linkPrefixFor(reportPath) {
  const depth = reportPath.split("/").length - 1;
  return "../".repeat(Math.max(0, depth));
}
function formatScore(value) {
  return value.toFixed(2);
}
function formatHours(value) {
  return `${value.toFixed(1)} h`;
}
function formatPercent(value, digits = 0) {
  return `${(value * 100).toFixed(digits)}%`;
}
function pluralise(count, singular, plural = `${singular}s`) {
  return `${count} ${count === 1 ? singular : plural}`;
}
function compareText2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// dist/src/report/backlog-model.js
function byId(a, b) {
  return compareText2(a.id, b.id);
}
function countSources(items) {
  const counts = /* @__PURE__ */ new Map();
  for (const item of items)
    counts.set(familyOf(item.ruleId), (counts.get(familyOf(item.ruleId)) ?? 0) + 1);
  return [...counts].map(([family, findings]) => ({ family, findings })).sort((a, b) => b.findings - a.findings || compareText2(a.family, b.family));
}
function buildBacklogModel(input) {
  const open = rankItems(input.items.filter((item) => item.status === "open"));
  const allowed = input.items.filter((item) => item.status === "allowed").sort(byId);
  const resolved = input.items.filter((item) => item.status === "resolved").sort((a, b) => compareText2(b.resolved?.at ?? "", a.resolved?.at ?? "") || byId(a, b));
  return {
    ...input,
    sources: input.sources ? [...input.sources] : countSources(open),
    trend: [...input.trend].sort((a, b) => compareText2(a.date, b.date) || compareText2(a.time ?? "", b.time ?? "") || (a.order ?? 0) - (b.order ?? 0) || compareText2(a.commit, b.commit)),
    open,
    allowed,
    resolved
  };
}
function pickNextItem(model) {
  const { minScore, maxRisk } = model.config.backlog;
  return model.open.find((item) => item.scores.composite >= minScore && item.risk <= maxRisk);
}

// dist/src/cli/reports.js
import { existsSync as existsSync2, readFileSync as readFileSync5 } from "node:fs";
import { isAbsolute, join as join6 } from "node:path";

// dist/src/report/backlog-discovery.js
var MAX_EVIDENCE_SHOWN = 4;
function renderDiscovery(model) {
  const lines = ["## Continuous discovery status", "", "### Active analyzers", ""];
  if (model.activeAnalyzers.length) {
    lines.push("| Analyzer | What it finds | Findings |", "|----------|---------------|---------:|");
    for (const analyzer of model.activeAnalyzers)
      lines.push(`| \`${escapeMarkdown(analyzer.id)}\` | ${escapeMarkdown(analyzer.description)} | ${analyzer.findings} |`);
  } else
    lines.push("No analyzers enabled (see `analyzers` in `.valuerc.json`).");
  lines.push("", "### Repository features detected", "");
  if (model.maturity.features.length) {
    for (const feature of model.maturity.features) {
      const shown = feature.evidence.slice(0, MAX_EVIDENCE_SHOWN).map((evidence) => `\`${escapeMarkdown(evidence)}\``);
      const more = feature.evidence.length - shown.length;
      lines.push(`- **${escapeMarkdown(feature.name)}**: ${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`);
    }
  } else
    lines.push("No features detected (no tests, CI, linters or docs found among the tracked files).");
  const { block, backlog } = model.config;
  const ready = model.open.filter((item) => item.scores.composite >= backlog.minScore && item.risk <= backlog.maxRisk).length;
  lines.push("", "### Execution readiness", `- **Commit gate**: a commit adding a ${block.categories.map((category) => `\`${category}\``).join(" or ")} finding scoring \u2265 ${block.minScore} is refused`, `- **Minimum score**: ${backlog.minScore} composite points to be proposed`, `- **Risk tolerance**: ${formatPercent(backlog.maxRisk)} maximum risk level`, `- **Ready now**: ${ready} open item(s) clear both${pickNextItem(model) ? "" : " (none to propose)"}`);
  return lines;
}
function renderScoringConfig(model) {
  const { scoring } = model.config;
  const level = model.maturity.level;
  const weights = scoring.weights[level];
  const multipliers = Object.entries(scoring.categoryMultipliers).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([category, value]) => `- **${CATEGORY_LABELS[category] ?? category}** (\`${category}\`): ${value.toFixed(1)}\xD7`);
  return [
    "## Scoring configuration",
    "",
    `**Repository-adaptive weights (maturity level ${level}):**`,
    `- **WSJF** (cost of delay / job size): ${formatPercent(weights.wsjf)}`,
    `- **ICE** (impact \xD7 confidence \xD7 ease): ${formatPercent(weights.ice)}`,
    `- **Technical debt** (principal \xD7 interest): ${formatPercent(weights.technicalDebt)}`,
    `- **Security boost** (added for ${model.config.block.categories.map((c) => `\`${c}\``).join(", ")} findings): ${formatPercent(weights.security)}`,
    "",
    "**Category multipliers:**",
    ...multipliers,
    "",
    "**Scoring factors:**",
    `- **Hotspots**: commits touching the file in the ${scoring.hotspotWindowDays} days up to the last commit, relative to the busiest file, \xD7 a complexity factor; raises risk reduction and debt interest`,
    `- **Security vulnerability window**: time criticality of a security finding grows from 5 to 10 over its first ${SECURITY_WINDOW_DAYS} days in the repository`,
    `- **Critical paths**: ${scoring.criticalPaths.length ? scoring.criticalPaths.map((glob) => `\`${escapeMarkdown(glob)}\``).join(", ") : "none configured (`scoring.criticalPaths`)"}; findings there gain 2 points of business value`,
    "- **Tests, docs and examples**: non-security findings there count half the business value",
    `- **High-value threshold**: ${scoring.highValueScore}`
  ];
}
function renderLearning(model) {
  const lines = ["## Triggers and learning", "", "### Triggers", ""];
  if (model.triggers.length) {
    for (const trigger of model.triggers)
      lines.push(`- **${escapeMarkdown(trigger.name)}** (${trigger.installed ? "installed" : "not installed"}): ${escapeMarkdown(trigger.description)}`);
  } else
    lines.push("No triggers installed: `git-value init` installs the hooks.");
  lines.push("", "### Prediction accuracy", "");
  const calibration = model.calibration;
  if (!calibration || calibration.samples === 0) {
    lines.push(`No recorded outcomes yet. Record the actual effort of a fixed item with \`git-value done ID --hours N\`; a category's estimates are calibrated once it has ${calibration?.minSamples ?? 3} outcomes.`);
    return lines;
  }
  const mape = (value) => value === null ? "n/a" : formatPercent(value, 1);
  lines.push(`- **Recorded outcomes**: ${calibration.samples}`, `- **Mean absolute percentage error**: ${mape(calibration.mapeBefore)} before calibration, ${mape(calibration.mapeAfter)} after (${calibration.method}: each outcome predicted by a factor computed without it)`, "", "| Category | Outcomes | Factor (median actual / predicted) | MAPE before | MAPE after |", "|----------|---------:|-----------------------------------:|------------:|-----------:|");
  for (const entry of calibration.categories) {
    const factor = entry.samples >= calibration.minSamples ? `${entry.factor.toFixed(2)}\xD7` : `1.00\xD7 (needs ${calibration.minSamples})`;
    lines.push(`| ${CATEGORY_LABELS[entry.category]} | ${entry.samples} | ${factor} | ${mape(entry.mapeBefore)} | ${mape(entry.mapeAfter)} |`);
  }
  return lines;
}

// dist/src/report/backlog-history.js
var TREND_POINTS = 12;
var RESOLVED_SHOWN = 10;
var COMMIT_WIDTH = 10;
function renderTrend(model) {
  const lines = ["## Trend", ""];
  const points = model.trend.slice(-TREND_POINTS);
  if (!points.length) {
    lines.push("No ledger history yet: the trend starts with the first commit of `.value/ledger.json`.");
    return lines;
  }
  lines.push(`Open items and total technical debt at the last ${points.length} commit(s) that changed the ledger.`, "", "| Date | Commit | Open items | Debt hours | Change |", "|------|--------|-----------:|-----------:|-------:|");
  points.forEach((point, index) => {
    const previous = index > 0 ? points[index - 1] : void 0;
    const change = previous ? point.open - previous.open : 0;
    lines.push(`| ${point.date.slice(0, 10)} | \`${point.commit.slice(0, COMMIT_WIDTH)}\` | ${point.open} | ${point.debtHours.toFixed(1)} | ${previous ? change > 0 ? `+${change}` : String(change) : "\u2013"} |`);
  });
  return lines;
}
function renderAllowed(model) {
  const lines = ["## Allowed findings (audit)", ""];
  if (!model.allowed.length) {
    lines.push("None: no finding has been allowed.");
    return lines;
  }
  const prefix = linkPrefixFor(model.config.backlog.path);
  lines.push("| ID | Rule | Location | Allowed by | On | Reason |", "|----|------|----------|------------|----|--------|");
  for (const item of model.allowed) {
    lines.push(`| \`${item.id}\` | \`${item.ruleId}\` | ${linkToLine(item.path, item.line, prefix)} | ${escapeMarkdown(item.allow?.by ?? "unknown")} | ${item.allow?.at ?? "\u2013"} | ${escapeMarkdown(item.allow?.reason ?? "no reason recorded")} |`);
  }
  return lines;
}
function renderResolved(model) {
  const lines = ["## Recently resolved", ""];
  const shown = model.resolved.slice(0, RESOLVED_SHOWN);
  if (!shown.length) {
    lines.push("Nothing resolved yet.");
    return lines;
  }
  lines.push("| ID | Title | Resolved in | On | Estimated | Actual |", "|----|-------|-------------|----|----------:|-------:|");
  for (const item of shown) {
    const commit = item.resolved?.commit ?? "unknown";
    lines.push(`| \`${item.id}\` | ${escapeMarkdown(shortenTitle(item.title, 50))} | \`${escapeMarkdown(commit.slice(0, COMMIT_WIDTH))}\` | ${item.resolved?.at ?? "\u2013"} | ${item.effortHours.toFixed(1)} h | ${item.done ? `${item.done.hours.toFixed(1)} h` : "\u2013"} |`);
  }
  if (model.resolved.length > shown.length)
    lines.push("", `${model.resolved.length - shown.length} older resolved item(s) are in the ledger.`);
  return lines;
}
function renderNextSteps(model) {
  const next = pickNextItem(model);
  const steps = [];
  if (next) {
    steps.push(`Fix \`${next.id}\` (${formatScore(next.scores.composite)}): ${escapeMarkdown(shortenTitle(next.title, 60))} at ${linkToLine(next.path, next.line, linkPrefixFor(model.config.backlog.path))}.`, `Record its actual effort with \`git-value done ${next.id} --hours N\`, so estimates calibrate.`);
  } else
    steps.push("Nothing to propose: lower `backlog.minScore` or raise `backlog.maxRisk` to see more.");
  const unrecorded = model.resolved.filter((item) => !item.done).length;
  if (unrecorded)
    steps.push(`${unrecorded} resolved item(s) have no recorded effort: \`git-value done ID --hours N\` for each you remember.`);
  if (model.allowed.length)
    steps.push(`Review the ${model.allowed.length} allowed finding(s) above: each allow is bound to its fingerprint.`);
  const missing = model.triggers.filter((trigger) => !trigger.installed);
  if (missing.length)
    steps.push(`Install the missing trigger(s) (${missing.map((trigger) => escapeMarkdown(trigger.name)).join(", ")}) with \`git-value init\`.`);
  return ["## Next steps", "", ...steps.map((step, index) => `${index + 1}. ${step}`)];
}
function renderFooter(model) {
  const version = model.toolVersion ? ` ${model.toolVersion}` : "";
  return [
    "---",
    "",
    `*Generated by git-value${version} from \`.value/ledger.json\` at ${model.generatedAt}. Scores are recomputed on every render; \`git-value explain ID\` shows how.*`
  ];
}

// dist/src/report/backlog-coverage.js
var LOWEST_SHOWN = 10;
var MIN_SYMBOLS_LISTED = 3;
var LANGUAGE_NAMES = {
  js: "JavaScript",
  ts: "TypeScript",
  py: "Python",
  go: "Go",
  java: "Java"
};
function summariseDocCoverage(files) {
  const byLanguage = /* @__PURE__ */ new Map();
  for (const file of files) {
    const language = LANGUAGE_NAMES[languageOf(file.path)] ?? languageOf(file.path);
    const row = byLanguage.get(language) ?? { language, documented: 0, public: 0, files: 0 };
    row.documented += file.documented;
    row.public += file.public;
    row.files++;
    byLanguage.set(language, row);
  }
  const ratio = (file) => file.documented / file.public;
  return {
    documented: files.reduce((total, file) => total + file.documented, 0),
    public: files.reduce((total, file) => total + file.public, 0),
    byLanguage: [...byLanguage.values()].sort((a, b) => b.public - a.public || (a.language < b.language ? -1 : 1)),
    lowest: files.filter((file) => file.public >= MIN_SYMBOLS_LISTED && file.documented < file.public).sort((a, b) => ratio(a) - ratio(b) || b.public - b.documented - (a.public - a.documented) || (a.path < b.path ? -1 : 1)).slice(0, LOWEST_SHOWN)
  };
}
function percent(documented, total) {
  return total === 0 ? "\u2013" : `${(100 * documented / total).toFixed(1)} %`;
}
function renderDocCoverage(model) {
  const lines = ["## Documentation coverage", ""];
  if (!model.docCoverage) {
    lines.push("The docstring analyzer is off (`analyzers.docstring.enabled`).");
    return lines;
  }
  const summary = summariseDocCoverage(model.docCoverage);
  if (summary.public === 0) {
    lines.push("No public functions, methods or classes measured yet in JavaScript, TypeScript, Python, Go or Java (`git-value scan` measures every file; refresh after merges keeps it current).");
    return lines;
  }
  lines.push(`**Repository**: ${percent(summary.documented, summary.public)} of public functions, methods and classes have a docstring or doc comment (${summary.documented} of ${summary.public}, in ${model.docCoverage.length} files; as of the last scan, refreshed after merges).`, "", "| Language | Files | Documented | Public | Coverage |", "|----------|------:|-----------:|-------:|---------:|", ...summary.byLanguage.map((row) => `| ${row.language} | ${row.files} | ${row.documented} | ${row.public} | ${percent(row.documented, row.public)} |`));
  if (summary.lowest.length > 0) {
    lines.push("", `**Lowest coverage** (files with at least ${MIN_SYMBOLS_LISTED} public symbols):`, "", "| File | Documented | Public | Coverage |", "|------|-----------:|-------:|---------:|");
    for (const file of summary.lowest)
      lines.push(`| \`${escapeMarkdown(file.path)}\` | ${file.documented} | ${file.public} | ${percent(file.documented, file.public)} |`);
  }
  return lines;
}

// dist/src/report/metrics.js
function sum(values) {
  return values.reduce((total, value) => total + value, 0);
}
function summariseCategories(items) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const group = groups.get(item.category);
    if (group)
      group.push(item);
    else
      groups.set(item.category, [item]);
  }
  return [...groups].map(([category, group]) => {
    const totalScore = sum(group.map((item) => item.scores.composite));
    return {
      category,
      count: group.length,
      averageScore: totalScore / group.length,
      totalEffort: sum(group.map((item) => item.effortHours)),
      totalScore
    };
  }).sort((a, b) => b.count - a.count || b.totalScore - a.totalScore || (a.category < b.category ? -1 : 1));
}
function bandEfforts(items) {
  const bands = { quickWins: 0, medium: 0, large: 0 };
  for (const item of items) {
    if (item.effortHours <= 2)
      bands.quickWins++;
    else if (item.effortHours <= 5)
      bands.medium++;
    else
      bands.large++;
  }
  return bands;
}
function summariseMetrics(model) {
  const items = model.open;
  const scores = items.map((item) => item.scores.composite);
  return {
    total: items.length,
    highValue: scores.filter((score) => score >= model.config.scoring.highValueScore).length,
    averageScore: items.length ? sum(scores) / items.length : 0,
    categories: new Set(items.map((item) => item.category)).size,
    highRisk: items.filter((item) => item.risk > model.config.backlog.maxRisk).length,
    totalEffort: sum(items.map((item) => item.effortHours)),
    totalDebtHours: sum(items.map((item) => item.scores.technicalDebt)),
    byCategory: summariseCategories(items),
    effortBands: bandEfforts(items)
  };
}

// dist/src/report/backlog-metrics.js
var FAMILY_LABELS = {
  secret: "Secret detection",
  vuln: "Vulnerability patterns",
  debt: "Debt markers",
  quality: "Code quality analysis",
  perf: "Performance analysis",
  modern: "Modernization analysis"
};
function renderMetrics(model) {
  const metrics = summariseMetrics(model);
  const { maxRisk } = model.config.backlog;
  const highestRisk = Math.max(0, ...model.open.map((item) => item.risk));
  const lines = [
    "## Value metrics",
    "",
    "### Overall repository health",
    `- **Open items**: ${metrics.total}`,
    `- **High-value items (score \u2265 ${model.config.scoring.highValueScore})**: ${metrics.highValue}`,
    `- **Average composite score**: ${metrics.averageScore.toFixed(1)}`,
    `- **Categories represented**: ${metrics.categories}`,
    `- **Risk profile**: ${pluralise(metrics.highRisk, "item")} above the ${formatPercent(maxRisk)} risk tolerance (highest risk ${formatPercent(highestRisk)})`,
    `- **Total estimated effort**: ${metrics.totalEffort.toFixed(1)} h; **technical debt**: ${metrics.totalDebtHours.toFixed(1)} h`,
    "",
    "### Value distribution by category",
    ""
  ];
  if (metrics.byCategory.length) {
    lines.push("| Category | Items | Avg score | Total effort |", "|----------|------:|----------:|-------------:|");
    for (const group of metrics.byCategory) {
      lines.push(`| ${CATEGORY_LABELS[group.category]} | ${group.count} | ${group.averageScore.toFixed(1)} | ${group.totalEffort.toFixed(1)} h |`);
    }
  } else
    lines.push("No open items.");
  const bands = metrics.effortBands;
  lines.push("", "### Effort vs impact", `- **Quick wins** (\u2264 2 h): ${pluralise(bands.quickWins, "item")}`, `- **Medium effort** (2\u20135 h): ${pluralise(bands.medium, "item")}`, `- **Large projects** (> 5 h): ${pluralise(bands.large, "item")}`, "", "### Sources");
  if (model.sources.length) {
    for (const source of model.sources)
      lines.push(`- **${FAMILY_LABELS[source.family] ?? escapeMarkdown(source.family)}** (\`${escapeMarkdown(source.family)}/\u2026\`): ${pluralise(source.findings, "finding")}`);
  } else
    lines.push("- No findings from any source.");
  lines.push("", "### Focus areas", "");
  const focus = [...metrics.byCategory].sort((a, b) => b.totalScore - a.totalScore || (a.category < b.category ? -1 : 1)).slice(0, 3);
  if (!focus.length)
    lines.push("Nothing to focus on: no open items.");
  focus.forEach((group, index) => {
    const best = model.open.find((item) => item.category === group.category);
    lines.push(`${index + 1}. **${CATEGORY_LABELS[group.category]}**: ${formatScore(group.totalScore)} score points over ${pluralise(group.count, "item")}${best ? `; start with \`${best.id}\` (${formatScore(best.scores.composite)})` : ""}`);
  });
  return lines;
}

// dist/src/report/expected-impact.js
var CATEGORY_IMPACT = {
  secret: "Security: removes a hardcoded credential (rotate it, then read it from the environment or a secret store)",
  vuln: "Security: removes a dangerous code pattern",
  debt: "Maintainability: settles a debt marker left in the code",
  quality: "Maintainability: makes the code easier to read and change",
  perf: "Performance: removes an anti-pattern on a code path",
  modern: "Future-proofing: brings runtime, tooling or dependencies up to date"
};
function readTerm(item, name) {
  return item.breakdown.find((term) => term.name === name)?.value;
}
function findAnalyzer(item, analyzers) {
  return analyzers.find((analyzer) => analyzer.id === item.ruleId) ?? analyzers.find((analyzer) => familyOf(analyzer.id) === familyOf(item.ruleId));
}
function describeImpact(item, analyzers = []) {
  const parts = [CATEGORY_IMPACT[item.category]];
  const analyzer = findAnalyzer(item, analyzers);
  parts.push(analyzer ? `${analyzer.description} (${item.ruleId})` : `rule ${item.ruleId}`);
  const age = readTerm(item, "age (days)") ?? 0;
  if (isSecurity(item.category))
    parts.push(`closes an exposure window of ${age} day${age === 1 ? "" : "s"}`);
  const hotspot = readTerm(item, "hotspot") ?? 0;
  parts.push(`pays off ${item.scores.technicalDebt.toFixed(1)} h of technical debt${hotspot > 0 ? ` in a hotspot (${hotspot.toFixed(2)})` : ""}`);
  return parts.join("; ");
}

// dist/src/report/backlog-top.js
var TITLE_WIDTH = 60;
function renderHeader(model) {
  const { maturity } = model;
  const triggers = model.triggers.length ? model.triggers.map((trigger) => `${trigger.name} (${trigger.installed ? "installed" : "not installed"})`).join(", ") : "none installed: run `git-value init`";
  const lines = [
    `# Value backlog: ${escapeMarkdown(model.repoName)}`,
    "",
    `**Repository**: ${escapeMarkdown(model.repoName)}  `,
    `**Maturity level**: ${maturity.level} (${maturity.percent}%), from ${maturity.features.length} detected feature(s) listed under "Repository features detected"  `,
    `**Last updated**: ${model.generatedAt}  `,
    `**Refreshed by**: ${triggers}  `
  ];
  for (const note of model.notes)
    lines.push("", `> Note: ${escapeMarkdown(note)}`);
  return lines;
}
function renderNextBest(model) {
  const lines = ["## Next best value item", ""];
  const item = pickNextItem(model);
  const { minScore, maxRisk } = model.config.backlog;
  if (!item) {
    lines.push(model.open.length ? `No open item reaches the minimum score (${minScore}) within the risk tolerance (${formatPercent(maxRisk)}).` : "No open items: the ledger is clean.");
    return lines;
  }
  lines.push(`**[${item.id}] ${escapeMarkdown(item.title)}**`, `- **Composite score**: ${formatScore(item.scores.composite)}`, `- **WSJF**: ${item.scores.wsjf.toFixed(2)} | **ICE**: ${item.scores.ice.toFixed(1)} | **Tech debt**: ${formatHours(item.scores.technicalDebt)}`, `- **Category**: ${CATEGORY_LABELS[item.category]} (\`${item.ruleId}\`, ${item.severity})`, `- **Location**: ${linkToLine(item.path, item.line, linkPrefixFor(model.config.backlog.path))}`, `- **Context**: ${item.context} (${escapeMarkdown(item.contextReason)})`, `- **Estimated effort**: ${formatHours(item.effortHours)}`, `- **Risk level**: ${formatPercent(item.risk)}`, `- **Confidence**: ${formatPercent(item.confidence)}`, `- **Expected impact**: ${escapeMarkdown(describeImpact(item, model.activeAnalyzers))}`, "", `\`git-value explain ${item.id}\` shows every term of these scores and where it came from.`);
  return lines;
}
function renderTopTable(model) {
  const { top, minScore } = model.config.backlog;
  const eligible = model.open.filter((item) => item.scores.composite >= minScore);
  const shown = eligible.slice(0, top);
  const lines = ["## Top value opportunities", ""];
  if (!shown.length) {
    lines.push(`No open item reaches the minimum score of ${minScore}.`);
    return lines;
  }
  const prefix = linkPrefixFor(model.config.backlog.path);
  lines.push("| Rank | ID | Title | Score | Category | Est. hours | Risk | Tags | Context | Location |", "|-----:|----|-------|------:|----------|-----------:|-----:|------|---------|----------|");
  shown.forEach((item, index) => {
    const tags = [item.severity, item.ruleId].map((tag) => `\`${tag}\``).join(", ");
    lines.push(`| ${index + 1} | \`${item.id}\` | ${escapeMarkdown(shortenTitle(item.title, TITLE_WIDTH))} | ${formatScore(item.scores.composite)} | ${CATEGORY_LABELS[item.category]} | ${item.effortHours.toFixed(1)} | ${formatPercent(item.risk)} | ${tags} | ${item.context} | ${linkToLine(item.path, item.line, prefix)} |`);
  });
  const below = model.open.length - eligible.length;
  lines.push("", `Showing ${shown.length} of ${model.open.length} open item(s)${below ? `; ${below} below the minimum score of ${minScore} are left out` : ""}. \`git-value backlog --format json\` lists them all.`);
  return lines;
}

// dist/src/report/backlog-md.js
function renderBacklog(model) {
  const sections = [
    renderHeader(model),
    renderNextBest(model),
    renderTopTable(model),
    renderMetrics(model),
    renderDocCoverage(model),
    renderDiscovery(model),
    renderScoringConfig(model),
    renderLearning(model),
    renderTrend(model),
    renderAllowed(model),
    renderResolved(model),
    renderNextSteps(model),
    renderFooter(model)
  ];
  return `${sections.map((lines) => lines.join("\n")).join("\n\n")}
`;
}

// dist/src/report/json.js
var JSON_SCHEMA_VERSION = 1;
function toJsonItem(item) {
  return {
    id: item.id,
    ruleId: item.ruleId,
    category: item.category,
    severity: item.severity,
    status: item.status,
    path: item.path,
    line: item.line,
    endLine: item.endLine,
    context: item.context,
    contextReason: item.contextReason,
    title: item.title,
    evidence: item.evidence,
    fingerprint: item.fingerprint,
    occurrences: (item.occurrences ?? []).map((occurrence) => ({
      id: occurrence.id,
      line: occurrence.line,
      endLine: occurrence.endLine,
      title: occurrence.title
    })),
    firstSeen: item.firstSeen,
    scores: {
      composite: item.scores.composite,
      wsjf: item.scores.wsjf,
      ice: item.scores.ice,
      technicalDebt: item.scores.technicalDebt
    },
    effortHours: item.effortHours,
    risk: item.risk,
    confidence: item.confidence,
    allow: item.allow,
    resolved: item.resolved,
    done: item.done,
    breakdown: item.breakdown.map((term) => ({
      score: term.score,
      name: term.name,
      value: term.value,
      source: term.source
    }))
  };
}
function renderJson(model) {
  const { config, maturity } = model;
  const document = {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: "git-value", version: model.toolVersion },
    repository: model.repoName,
    generatedAt: model.generatedAt,
    maturity: { level: maturity.level, percent: maturity.percent, features: maturity.features },
    thresholds: {
      blockMinScore: config.block.minScore,
      minScore: config.backlog.minScore,
      maxRisk: config.backlog.maxRisk,
      highValueScore: config.scoring.highValueScore
    },
    weights: config.scoring.weights[maturity.level],
    categoryMultipliers: config.scoring.categoryMultipliers,
    summary: summariseMetrics(model),
    docCoverage: model.docCoverage ? { ...summariseDocCoverage(model.docCoverage), files: model.docCoverage } : null,
    nextItem: pickNextItem(model)?.id ?? null,
    items: model.open.map(toJsonItem),
    allowed: model.allowed.map(toJsonItem),
    resolved: model.resolved.map(toJsonItem),
    sources: model.sources,
    activeAnalyzers: model.activeAnalyzers,
    calibration: model.calibration ?? null,
    trend: model.trend,
    triggers: model.triggers,
    notes: model.notes
  };
  return `${JSON.stringify(document, null, 2)}
`;
}

// dist/src/report/sarif.js
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var MAX_SARIF_RESULTS = 5e3;
var FINGERPRINT_KEY = "gitValue/v1";
var LEVELS = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note"
};
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "1.0"
};
function encodeUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function describeRule(item, model) {
  const analyzer = findAnalyzer(item, model.activeAnalyzers);
  const properties = {
    category: item.category,
    tags: isSecurity(item.category) ? ["security", item.category] : [item.category]
  };
  if (isSecurity(item.category))
    properties["security-severity"] = SECURITY_SEVERITY[item.severity];
  return {
    id: item.ruleId,
    shortDescription: { text: analyzer?.description ?? item.ruleId },
    defaultConfiguration: { level: LEVELS[item.severity] },
    properties
  };
}
function toResult(item, ruleIndex) {
  const region = item.category === "secret" ? { startLine: item.line } : { startLine: item.line, endLine: item.endLine ?? item.line };
  const artifactLocation = { uri: encodeUri(item.path), uriBaseId: "%SRCROOT%" };
  const related = (item.occurrences ?? []).filter((occurrence) => occurrence.line !== item.line).map((occurrence, index) => ({
    id: index + 1,
    physicalLocation: { artifactLocation, region: { startLine: occurrence.line } },
    message: { text: occurrence.title }
  }));
  return {
    ruleId: item.ruleId,
    ruleIndex,
    level: LEVELS[item.severity],
    message: { text: `${item.title} (score ${item.scores.composite.toFixed(2)})` },
    locations: [{ physicalLocation: { artifactLocation, region } }],
    ...related.length ? { relatedLocations: related } : {},
    partialFingerprints: { [FINGERPRINT_KEY]: item.fingerprint },
    properties: {
      id: item.id,
      category: item.category,
      severity: item.severity,
      context: item.context,
      contextReason: item.contextReason,
      occurrences: item.occurrences?.length ?? 1,
      composite: item.scores.composite,
      wsjf: item.scores.wsjf,
      ice: item.scores.ice,
      technicalDebt: item.scores.technicalDebt,
      effortHours: item.effortHours,
      risk: item.risk,
      confidence: item.confidence
    }
  };
}
function renderSarif(model, options) {
  const eligible = model.open.filter((item) => options.includeSecrets || item.category !== "secret");
  const kept = eligible.slice(0, MAX_SARIF_RESULTS);
  const ruleIds = [...new Set(kept.map((item) => item.ruleId))].sort(compareText2);
  const rules = ruleIds.map((id) => describeRule(kept.find((item) => item.ruleId === id), model));
  const runProperties = {
    repository: model.repoName,
    generatedAt: model.generatedAt,
    maturity: `${model.maturity.level} (${model.maturity.percent}%)`,
    secretsIncluded: options.includeSecrets
  };
  if (eligible.length > kept.length) {
    runProperties.truncated = true;
    runProperties.note = `${eligible.length} results, only the ${MAX_SARIF_RESULTS} highest-scored are included (GitHub stores at most ${MAX_SARIF_RESULTS} per run)`;
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name: "git-value", version: options.toolVersion, semanticVersion: options.toolVersion, rules }
        },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root." } } },
        results: kept.map((item) => toResult(item, ruleIds.indexOf(item.ruleId))),
        properties: runProperties
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

// dist/src/workflow/backlog-input.js
import { existsSync, readFileSync as readFileSync4, readdirSync } from "node:fs";
import { basename, join as join4 } from "node:path";

// dist/src/scoring/calibration.js
var MIN_CALIBRATION_SAMPLES = 3;
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0)
    return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function percentError(predicted, actual) {
  return Math.abs(actual - predicted) / actual;
}
function mean(values) {
  return values.reduce((sum2, value) => sum2 + value, 0) / values.length;
}
function factorOf(samples) {
  return samples.length >= MIN_CALIBRATION_SAMPLES ? median(samples.map((s) => s.actual / s.predicted)) : 1;
}
function calibrateFromOutcomes(entries, complexity) {
  const byCategory = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if (!entry.done || !(entry.done.hours > 0))
      continue;
    const samples = byCategory.get(entry.category) ?? [];
    samples.push({ predicted: estimateRawEffort(entry, complexity?.get(entry.path)), actual: entry.done.hours });
    byCategory.set(entry.category, samples);
  }
  const categories = [];
  const factors = {};
  const before = [];
  const after = [];
  for (const category of [...byCategory.keys()].sort()) {
    const samples = byCategory.get(category);
    const factor = factorOf(samples);
    if (samples.length >= MIN_CALIBRATION_SAMPLES)
      factors[category] = factor;
    const errorsBefore = samples.map((s) => percentError(s.predicted, s.actual));
    const errorsAfter = samples.map((s, index) => {
      const others = samples.filter((_, other) => other !== index);
      return percentError(s.predicted * factorOf(others), s.actual);
    });
    before.push(...errorsBefore);
    after.push(...errorsAfter);
    categories.push({
      category,
      samples: samples.length,
      factor,
      mapeBefore: mean(errorsBefore),
      mapeAfter: mean(errorsAfter)
    });
  }
  return {
    method: "leave-one-out",
    minSamples: MIN_CALIBRATION_SAMPLES,
    samples: before.length,
    factors,
    categories,
    mapeBefore: before.length ? mean(before) : null,
    mapeAfter: after.length ? mean(after) : null
  };
}

// dist/src/workflow/ledger-trend.js
import { mkdirSync, readFileSync as readFileSync3 } from "node:fs";
import { dirname, join as join3 } from "node:path";

// dist/src/report/trend.js
function summariseSnapshot(commit, date, entries) {
  const open = groupEntries(entries.filter((entry) => entry.status === "open"));
  const debtHours = open.reduce((total, item) => total + estimateRawEffort(item, void 0), 0);
  return { commit, date, open: open.length, debtHours: roundTo(debtHours, 2) };
}

// dist/src/workflow/ledger-trend.js
var TREND_POINTS2 = 60;
var CACHE_VERSION = 2;
function readLedgerTrend(cwd, gitDir) {
  const commits = listFileCommits(cwd, LEDGER_PATH, TREND_POINTS2);
  if (!commits.ok)
    return commits;
  const cacheFile = gitDir ? join3(gitDir, "git-value", "trend-cache.json") : void 0;
  const cache = readCache(cacheFile);
  const missing = commits.value.filter(({ commit }) => !cache.has(commit));
  const snapshots = readFileAt(cwd, LEDGER_PATH, missing);
  if (!snapshots.ok)
    return snapshots;
  const broken = new Set(missing.map(({ commit }) => commit));
  for (const snapshot of snapshots.value) {
    let entries;
    try {
      entries = JSON.parse(snapshot.text).entries ?? [];
    } catch {
      continue;
    }
    const { commit: _commit, date: _date, time: _time, order: _order, ...point } = summariseSnapshot(snapshot.commit, snapshot.date, entries);
    cache.set(snapshot.commit, point);
    broken.delete(snapshot.commit);
  }
  if (missing.length > broken.size)
    writeCache(cacheFile, commits.value.map(({ commit }) => commit), cache);
  return ok(commits.value.flatMap(({ commit, date, time }, index) => {
    const point = cache.get(commit);
    return point ? [{ commit, date, time, order: commits.value.length - index, ...point }] : [];
  }));
}
function readCache(file) {
  if (!file)
    return /* @__PURE__ */ new Map();
  try {
    const parsed = JSON.parse(readFileSync3(file, "utf8"));
    if (parsed.version !== CACHE_VERSION || !parsed.points)
      return /* @__PURE__ */ new Map();
    return new Map(Object.entries(parsed.points).filter(([, point]) => typeof point?.open === "number" && typeof point?.debtHours === "number"));
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
function writeCache(file, commits, cache) {
  if (!file)
    return;
  const points = Object.fromEntries(commits.filter((commit) => cache.has(commit)).map((commit) => [commit, cache.get(commit)]));
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch {
    return;
  }
  writeFileAtomic(file, `${JSON.stringify({ version: CACHE_VERSION, points })}
`, file, { flush: false });
}

// dist/src/workflow/analyzer-status.js
async function describeAnalyzers(config, entries) {
  const enabled = allAnalyzers.filter((entry) => isEnabled(entry, config));
  const statuses = [];
  for (const entry of enabled) {
    const module = await entry.load();
    const findings = entries.filter((item) => item.status === "open" && item.ruleId.startsWith(entry.rulePrefix)).length;
    statuses.push({ id: module.meta.id, description: module.meta.description, findings });
  }
  return statuses;
}

// dist/src/workflow/backlog-input.js
async function gatherBacklogInput(request) {
  const { root, config, entries, now } = request;
  const notes = [...request.notes ?? []];
  const tracked = request.tracked ? ok(request.tracked) : listTrackedFiles(root);
  if (!tracked.ok)
    return tracked;
  const paths = tracked.value.files.map((file) => file.path).sort();
  const today = now.toISOString().slice(0, 10);
  const { detectMaturity, MATURITY_READS } = await import("./chunk-OCJZLZ6C.js");
  const maturity = runWithStagedReads(root, tracked.value.files, (read) => detectMaturity({ files: paths, read }), MATURITY_READS);
  const churn = readChurn(root, config.scoring.hotspotWindowDays, now);
  if (!churn.ok)
    return churn;
  if (isShallow(root))
    notes.push("shallow clone: change frequency and ages are computed from the commits present only");
  const complexity = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const value = Number(entry.facts?.cyclomatic ?? 0);
    if (value > (complexity.get(entry.path) ?? 0))
      complexity.set(entry.path, value);
  }
  const contexts = request.contexts ? ok(request.contexts) : readPathContexts(root, request.gitDir, config, tracked.value.files);
  if (!contexts.ok)
    return contexts;
  const grouped = groupEntries(entries, unitEffortOf);
  const calibration = calibrateFromOutcomes(grouped);
  const context = {
    today,
    maturity: { level: maturity.level, percent: maturity.percent },
    config: config.scoring,
    churn: churn.value,
    maxChurn: Math.max(0, ...churn.value.values()),
    complexity,
    calibration,
    contextOf: contexts.value
  };
  const trend = readLedgerTrend(root, request.gitDir);
  if (!trend.ok)
    return trend;
  const activeAnalyzers = await describeAnalyzers(config, entries);
  return ok({
    repoName: readRepoName(root),
    generatedAt: now.toISOString().replace(/\.\d{3}Z$/, "Z"),
    ...request.toolVersion ? { toolVersion: request.toolVersion } : {},
    items: grouped.map((entry) => scoreEntry(entry, context)),
    maturity: {
      level: maturity.level,
      percent: maturity.percent,
      features: maturity.features.filter((feature) => feature.present).map(({ name, evidence }) => ({ name, evidence }))
    },
    config,
    activeAnalyzers,
    trend: trend.value,
    calibration,
    triggers: readTriggers(root),
    ...enablesDocCoverage(config) ? { docCoverage: [...readCoverage(root).values()] } : {},
    notes,
    context
  });
}
function readRepoName(root) {
  const manifest = join4(root, "package.json");
  if (existsSync(manifest)) {
    try {
      const name = JSON.parse(readFileSync4(manifest, "utf8")).name;
      if (typeof name === "string" && name)
        return name;
    } catch {
    }
  }
  return basename(root);
}
function readTriggers(root) {
  const read = (path) => existsSync(join4(root, path)) ? readFileSync4(join4(root, path), "utf8") : "";
  const configs = ["lefthook.yml", ".lefthook.yml", ".pre-commit-config.yaml", "package.json", ".simple-git-hooks.json"].map(read).filter((text) => text.includes(".value/bin/git-value"));
  const hook = (name) => read(join4(".husky", name)).includes("git-value") || read(join4(".git", "hooks", name)).includes(".value/bin/git-value") || configs.some((text) => text.includes(name));
  const workflows = join4(root, ".github", "workflows");
  const weekly = existsSync(workflows) && readdirSync(workflows).some((name) => /\.ya?ml$/.test(name) && readFileSync4(join4(workflows, name), "utf8").includes("git-value scan"));
  return [
    {
      name: "pre-commit",
      installed: hook("pre-commit"),
      description: "gate on staged changes; ledger updated with each commit"
    },
    { name: "post-merge", installed: hook("post-merge"), description: "refresh after merges and pulls" },
    { name: "pre-push", installed: hook("pre-push"), description: "gate over the commits being pushed" },
    { name: "weekly scan", installed: weekly, description: "scheduled CI workflow running git-value scan" }
  ];
}

// dist/src/workflow/registry-latest.js
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join5 } from "node:path";
var REGISTRY_NOTE = "npm registry:";
var MAX_MANIFESTS = 10;
function collectManifests(paths, read) {
  return paths.filter((path) => (path === "package.json" || path.endsWith("/package.json")) && !isForeignPath(path)).flatMap((path) => {
    const folder = path.slice(0, path.length - "package.json".length);
    const text = read(path);
    const npmrc = read(`${folder}.npmrc`) ?? read(".npmrc");
    const probe = text === void 0 ? void 0 : probeManifest(text);
    return probe ? [{ path, text: probe, ...npmrc === void 0 ? {} : { npmrc } }] : [];
  });
}
function probeManifest(text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return void 0;
  }
  const dependencies = {};
  for (const field of ["devDependencies", "dependencies"]) {
    const declared = json[field];
    if (!declared || typeof declared !== "object" || Array.isArray(declared))
      continue;
    for (const [name, range] of Object.entries(declared)) {
      if (typeof range === "string" && !range.includes(":") && !range.includes("/"))
        dependencies[name] = range;
    }
  }
  if (Object.keys(dependencies).length === 0)
    return void 0;
  return `${JSON.stringify({ name: "git-value-registry-probe", version: "0.0.0", private: true, dependencies }, null, 2)}
`;
}
function lookupLatestVersions(manifests, timeoutMs) {
  if (manifests.length === 0)
    return { latest: {} };
  const latest = {};
  const problems = [];
  const deadline = Date.now() + timeoutMs;
  for (const manifest of manifests.slice(0, MAX_MANIFESTS)) {
    const left = deadline - Date.now();
    if (left <= 0) {
      problems.push(`no time left for ${manifest.path} (analyzers.modern.registryTimeoutSeconds)`);
      break;
    }
    const answer = runOutdated(manifest.text, manifest.npmrc, left);
    if ("error" in answer)
      problems.push(`${manifest.path}: ${answer.error}`);
    else
      Object.assign(latest, answer.latest);
  }
  const skipped = manifests.length > MAX_MANIFESTS ? `; ${manifests.length - MAX_MANIFESTS} more package.json files not looked up` : "";
  if (problems.length === 0)
    return skipped ? { latest, note: `${REGISTRY_NOTE} looked up the first ${MAX_MANIFESTS} package.json files${skipped}` } : { latest };
  return {
    latest,
    note: `${REGISTRY_NOTE} could not get latest versions (${problems.join("; ")}); dependency majors were compared with the lockfile only${skipped}`
  };
}
function runOutdated(packageJson, npmrc, timeoutMs) {
  const folder = mkdtempSync(join5(tmpdir(), "git-value-npm-"));
  try {
    writeFileSync(join5(folder, "package.json"), packageJson);
    if (npmrc !== void 0)
      writeFileSync(join5(folder, ".npmrc"), npmrc);
    const fetchTimeout = String(Math.max(1e3, Math.min(timeoutMs, 15e3)));
    const child = spawnSync("npm", ["outdated", "--json", "--fetch-retries=0", `--fetch-timeout=${fetchTimeout}`], {
      cwd: folder,
      encoding: "utf8",
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, npm_config_update_notifier: "false", npm_config_audit: "false", npm_config_fund: "false" }
    });
    if (child.error) {
      const code = child.error.code;
      return {
        error: code === "ENOENT" ? "npm is not installed" : code === "ETIMEDOUT" ? `no answer within ${Math.round(timeoutMs / 1e3)} s` : child.error.message
      };
    }
    return parseOutdated(child.stdout);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
function parseOutdated(stdout) {
  let json;
  try {
    json = JSON.parse(stdout.trim() || "{}");
  } catch {
    return { error: "npm printed no JSON" };
  }
  if (!json || typeof json !== "object" || Array.isArray(json))
    return { error: "npm printed unexpected JSON" };
  const record = json;
  const failure = record.error;
  if (failure && typeof failure === "object" && !("latest" in failure)) {
    return {
      error: [failure.code, failure.summary].filter((part) => typeof part === "string").join(" ").split("\n")[0]?.slice(0, 200) || "npm failed"
    };
  }
  const latest = {};
  for (const [name, info] of Object.entries(record)) {
    const version = info?.latest;
    if (typeof version === "string" && /^\d/.test(version))
      latest[name] = version;
  }
  return { latest };
}

// dist/src/cli/reports.js
function parseReportOptions(values) {
  const options = {};
  if (values.format !== void 0) {
    if (values.format !== "md" && values.format !== "json" && values.format !== "sarif") {
      return fail({
        code: "USAGE",
        message: `unknown format '${String(values.format)}'`,
        fix: "use --format md, --format json or --format sarif"
      });
    }
    options.format = values.format;
  }
  if (typeof values.output === "string")
    options.output = values.output;
  return ok(options);
}
function readIfPresent(path) {
  return existsSync2(path) ? readFileSync5(path, "utf8") : void 0;
}
function sameApartFromTimestamp(before, after) {
  const strip = (text) => text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/g, "");
  return before !== void 0 && strip(before) === strip(after);
}
function toolVersion() {
  return readPackageVersion();
}
async function loadBacklog(workspace, entries, env, notes = [], known = {}) {
  const input = await gatherBacklogInput({
    root: workspace.repo.root,
    gitDir: workspace.repo.gitDir,
    config: workspace.config,
    entries,
    now: env.now,
    notes,
    toolVersion: toolVersion(),
    ...known.tracked ? { tracked: known.tracked } : {},
    ...known.contexts ? { contexts: known.contexts } : {}
  });
  if (!input.ok)
    return input;
  const { context, ...rest } = input.value;
  return ok({ model: buildBacklogModel(rest), context });
}
function renderFormat(model, format, workspace) {
  if (format === "json")
    return renderJson(model);
  if (format === "sarif")
    return renderSarif(model, { includeSecrets: workspace.config.sarif.includeSecrets, toolVersion: toolVersion() });
  return renderBacklog(model);
}
async function renderReports(workspace, entries, env, options, notes, known = {}) {
  const skippedNotes = notes.filter((note) => note.includes("too large") || note.includes("conflict") || note.startsWith(REGISTRY_NOTE));
  const loaded = await loadBacklog(workspace, entries, env, skippedNotes, known);
  if (!loaded.ok)
    return loaded;
  const { root } = workspace.repo;
  const backlogPath = workspace.config.backlog.path;
  const written = [];
  const backlog = renderBacklog(loaded.value.model);
  if (!sameApartFromTimestamp(readIfPresent(join6(root, backlogPath)), backlog)) {
    const saved = writeFileAtomic(join6(root, backlogPath), backlog, backlogPath);
    if (!saved.ok)
      return saved;
  }
  written.push(backlogPath);
  let stdout = "";
  if (options.format) {
    const text = renderFormat(loaded.value.model, options.format, workspace);
    if (options.output) {
      const target = isAbsolute(options.output) ? options.output : join6(env.cwd, options.output);
      const out = writeFileAtomic(target, text, options.output);
      if (!out.ok)
        return out;
      written.push(options.output);
    } else
      stdout = text;
  }
  const shown = env.env.GIT_VALUE_DEBUG ? notes : skippedNotes;
  const hidden = notes.length - shown.length;
  const noteText = shown.map((note) => `git-value: note: ${note}
`).join("") + (hidden > 0 ? `git-value: ${hidden} binary or special files skipped (GIT_VALUE_DEBUG=1 lists them)
` : "");
  return ok({ stdout, written, notes: noteText });
}

export {
  commitDate,
  listFileCommits,
  readFileAt,
  firstCommitAfter,
  listTrackedFiles,
  runWithStagedReads,
  collectManifests,
  lookupLatestVersions,
  readPathContexts,
  COVERAGE_PATH,
  updateCoverage,
  CATEGORY_LABELS,
  shortenTitle,
  escapeMarkdown,
  formatScore,
  formatHours,
  compareText2 as compareText,
  pickNextItem,
  parseReportOptions,
  loadBacklog,
  renderFormat,
  renderReports
};
