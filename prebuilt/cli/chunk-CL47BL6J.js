import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  groupEntries
} from "./chunk-3SSG65XT.js";
import {
  LINGUIST_ATTRIBUTES,
  mentionsLinguist,
  readLinguistAttributes
} from "./chunk-UKNR456Y.js";
import {
  COVERAGE_PATH,
  formatCoverage,
  parseCoverage
} from "./chunk-PDIVDX4P.js";
import {
  decodeBlob
} from "./chunk-L42DG4D7.js";
import {
  openWorkspace
} from "./chunk-H44W4G64.js";
import {
  closeLedgerSource,
  isShallow,
  listFileCommits,
  openLedger,
  readBlobs,
  readChangeHistory,
  readFileAt,
  startChangeHistory,
  startFileCommits,
  writeFileAtomic
} from "./chunk-AP6QHR2Z.js";
import {
  LEDGER_PATH,
  runGit
} from "./chunk-TNT4O3F4.js";
import {
  estimateRawEffort,
  rankItems,
  roundTo,
  scoreEntry
} from "./chunk-QDHQR4L2.js";
import {
  findRuntimeDeclarations
} from "./chunk-H46VYJWE.js";
import {
  compareVersions
} from "./chunk-XLIRTYAW.js";
import {
  readPackageVersion
} from "./chunk-CJEBQUOT.js";
import {
  ok
} from "./chunk-HUUDYLWZ.js";
import {
  configOverrides
} from "./chunk-RYSKVT2F.js";
import {
  allAnalyzers,
  complexityThresholdsOf,
  enablesDocCoverage,
  isEnabled,
  unitEffortOf
} from "./chunk-RGYNK77T.js";
import {
  classifyPath,
  createContextResolver
} from "./chunk-UUPKITBT.js";
import {
  hashParts
} from "./chunk-ONKLCXXC.js";

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
function packageLayoutOverrides(manifests, conventional, paths = []) {
  const layouts = [];
  for (const [manifest, text] of manifests) {
    const layout = readPackageLayout(manifest, text);
    if (layout)
      layouts.push(layout);
  }
  const held = /* @__PURE__ */ new Set();
  for (const path of layouts.some((layout) => layout.published) ? paths : [])
    for (let at = path.length; at > 0; at = path.lastIndexOf("/", at - 1))
      held.add(path.slice(0, at));
  const built = new Set(layouts.filter((layout) => publishesBuildOutput(layout, held)).map((layout) => layout.dir));
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
    const relative = layout ? path.slice(layout.dir.length) : "";
    if (layout && conventional(path) === "source" && !(built.has(layout.dir) && relative.startsWith("src/")))
      reason = unpublishedReason(layout, relative);
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
function publishesBuildOutput(layout, held) {
  if (!layout.published || held.size === 0)
    return false;
  return layout.includes.some((entry) => entry !== "" && !/[*?]/.test(entry) && !held.has(`${layout.dir}${entry}`));
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
  const layout = { dir, manifest, commands, includes: [] };
  if (files && files.length > 0) {
    layout.includes = files.filter((entry) => !entry.startsWith("!")).map(clean);
    const include = layout.includes.map(filePattern);
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

// dist/src/findings/context-lint-exclusions.js
var LINT_EXCLUSION_FILES = [
  "pyproject.toml",
  "ruff.toml",
  ".ruff.toml",
  "setup.cfg",
  "tox.ini",
  ".flake8",
  ".eslintignore",
  "eslint.config.js",
  "eslint.config.mjs",
  "eslint.config.cjs",
  "eslint.config.ts",
  ".golangci.yml",
  ".golangci.yaml"
];
var PYTHON = /\.pyi?$/;
var JAVASCRIPT = /\.(?:js|mjs|cjs|jsx)$/;
var JAVASCRIPT_AND_TYPESCRIPT = /\.(?:js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;
var GO = /\.go$/;
function learnLintExclusions(read) {
  const found = [];
  const add = (values, extensions, from, asRegex = false) => {
    for (const written of values) {
      const pattern = asRegex ? regexOnPathOrFolders(written) : globPattern(written);
      if (pattern)
        found.push({ pattern, written, extensions, from });
    }
  };
  const pyproject = read("pyproject.toml");
  if (pyproject)
    add(readRuffExclusions(pyproject, "tool.ruff"), PYTHON, "pyproject.toml [tool.ruff]");
  for (const file of ["ruff.toml", ".ruff.toml"]) {
    const text = read(file);
    if (text)
      add(readRuffExclusions(text, ""), PYTHON, file);
  }
  for (const file of ["setup.cfg", "tox.ini", ".flake8"]) {
    const text = read(file);
    if (text)
      add(readFlake8Exclusions(text), PYTHON, `${file} [flake8]`);
  }
  const eslintignore = read(".eslintignore");
  if (eslintignore)
    add(eslintignore.split(/\r?\n/).filter((line) => line.trim() && !/^\s*[#!]/.test(line)), JAVASCRIPT, ".eslintignore");
  for (const file of ["eslint.config.js", "eslint.config.mjs", "eslint.config.cjs", "eslint.config.ts"]) {
    const text = read(file);
    if (!text)
      continue;
    const typescript = /typescript-eslint/.test(text) ? JAVASCRIPT_AND_TYPESCRIPT : JAVASCRIPT;
    add(readFlatConfigIgnores(text), typescript, `${file} (global ignores)`);
  }
  for (const file of [".golangci.yml", ".golangci.yaml"]) {
    const text = read(file);
    if (text)
      add(readGolangciExclusions(text), GO, file, true);
  }
  return found;
}
function lintExclusionOverrides(exclusions, conventional) {
  if (exclusions.length === 0)
    return [];
  const decided = /* @__PURE__ */ new Map();
  const exclusionOf = (path) => {
    if (decided.has(path))
      return decided.get(path);
    const declaration = /\.d\.[cm]?ts$/.test(path);
    const found = declaration ? void 0 : exclusions.find((exclusion2) => exclusion2.extensions.test(path) && exclusion2.pattern.test(path));
    const exclusion = found && conventional(path) === "source" ? found : void 0;
    decided.set(path, exclusion);
    return exclusion;
  };
  return [
    {
      matches: (path) => exclusionOf(path) !== void 0,
      context: "vendored",
      reason: (path) => {
        const exclusion = exclusionOf(path);
        return exclusion ? `its project's linter skips it ('${exclusion.written}' in ${exclusion.from}): not held to the project's standards, counted as vendored` : "skipped by its linter";
      }
    }
  ];
}
var STRING = /"([^"\n]*)"|'([^'\n]*)'/g;
var strings = (text) => [...text.matchAll(STRING)].map((match) => match[1] ?? match[2]);
function readRuffExclusions(text, table) {
  const prefix = table ? `${table}.` : "";
  const found = [];
  const main = sectionBody2(text, (header) => header === table, table === "");
  for (const match of (main ?? "").matchAll(/^\s*(?:extend-)?exclude\s*=\s*\[([^\]]*)\]/gm))
    found.push(...strings(match[1]));
  for (const header of [`${prefix}lint`, table]) {
    const body = header === "" ? main : sectionBody2(text, (name) => name === header, false);
    for (const match of (body ?? "").matchAll(/^\s*(?:lint\.)?(?:extend-)?per-file-ignores\.("[^"\n]+"|'[^'\n]+')\s*=\s*\[([^\]]*)\]/gm))
      if (strings(match[2]).includes("ALL"))
        found.push(...strings(match[1]));
  }
  for (const header of [
    `${prefix}lint.per-file-ignores`,
    `${prefix}per-file-ignores`,
    `${prefix}lint.extend-per-file-ignores`
  ]) {
    const body = sectionBody2(text, (name) => name === header, false);
    for (const match of (body ?? "").matchAll(/^\s*("[^"\n]+"|'[^'\n]+')\s*=\s*\[([^\]]*)\]/gm))
      if (strings(match[2]).includes("ALL"))
        found.push(...strings(match[1]));
  }
  return found;
}
function readFlake8Exclusions(text) {
  const body = sectionBody2(text, (header) => header === "flake8", false);
  if (body === void 0)
    return [];
  const lines = body.split("\n");
  const found = [];
  lines.forEach((line, index) => {
    const key = /^(?:extend-)?exclude\s*[=:](.*)$/.exec(line);
    if (!key)
      return;
    const values = [key[1]];
    for (const next of lines.slice(index + 1)) {
      if (!/^\s+\S/.test(next))
        break;
      values.push(next);
    }
    found.push(...values.join(",").replace(/[#;].*$/gm, "").split(",").map((value) => value.trim()).filter(Boolean));
  });
  return found;
}
function readFlatConfigIgnores(text) {
  const found = [];
  for (const match of text.matchAll(/\bglobalIgnores\(\s*\[([^\]]*)\]/g))
    found.push(...strings(match[1]));
  for (const match of text.matchAll(/\{\s*(?:name\s*:\s*(?:"[^"\n]*"|'[^'\n]*')\s*,\s*)?ignores\s*:\s*\[([^\]]*)\]\s*,?\s*(?:name\s*:\s*(?:"[^"\n]*"|'[^'\n]*')\s*,?\s*)?\}/g))
    found.push(...strings(match[1]));
  return found.filter((pattern) => !pattern.startsWith("!"));
}
function readGolangciExclusions(text) {
  const lines = text.split(/\r?\n/);
  const found = [];
  lines.forEach((line, index) => {
    const key = /^(\s*)(skip-dirs|exclude-dirs|skip-files|exclude-files|paths)\s*:\s*$/.exec(line);
    if (!key)
      return;
    const indent = key[1].length;
    if (key[2] === "paths" && !isUnder(lines, index, indent, "exclusions"))
      return;
    for (const next of lines.slice(index + 1)) {
      const item = /^(\s*)-\s+["']?([^"'#\n]+?)["']?\s*(?:#.*)?$/.exec(next);
      if (!item || item[1].length < indent)
        break;
      found.push(item[2]);
    }
  });
  return found;
}
function isUnder(lines, index, indent, parent) {
  for (let at = index - 1; at >= 0; at--) {
    const key = /^(\s*)([\w-]+)\s*:/.exec(lines[at]);
    if (key && key[1].length < indent)
      return key[2] === parent;
  }
  return false;
}
function sectionBody2(text, wanted, fromTop) {
  const lines = text.split(/\r?\n/);
  let body = fromTop ? [] : void 0;
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
function globPattern(written) {
  const glob = written.trim().replace(/^\.\//, "");
  if (!glob || /[!()[\]]/.test(glob) || glob === "." || glob === "*" || glob === "**")
    return void 0;
  const anchored = glob.replace(/\/+$/, "").includes("/") || glob.startsWith("/");
  const body = glob.replace(/^\/+/, "").replace(/\/+$/, "");
  let source = "";
  for (let at = 0; at < body.length; at++) {
    const char = body[at];
    if (body.startsWith("**/", at)) {
      source += "(?:[^/]*/)*";
      at += 2;
    } else if (body.startsWith("**", at)) {
      source += ".*";
      at += 1;
    } else if (char === "*")
      source += "[^/]*";
    else if (char === "?")
      source += "[^/]";
    else if (char === "{") {
      const close = body.indexOf("}", at);
      if (close < 0)
        return void 0;
      source += `(?:${body.slice(at + 1, close).split(",").map((part) => part.replace(/[.+^$|\\]/g, "\\$&")).join("|")})`;
      at = close;
    } else
      source += char.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  return new RegExp(`${anchored ? "^" : "(?:^|/)"}${source}(?:/|$)`);
}
function regexOnPathOrFolders(written) {
  let regex;
  try {
    regex = new RegExp(written);
  } catch {
    return void 0;
  }
  return {
    test: (path) => {
      for (let at = path.length; at > 0; at = path.lastIndexOf("/", at - 1))
        if (regex.test(path.slice(0, at)))
          return true;
      return false;
    }
  };
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
  const rootFiles = /* @__PURE__ */ new Set([...LAYOUT_FILES, ...LINT_EXCLUSION_FILES]);
  const wanted = new RegExp(`^(?:${[...rootFiles].map((name) => name.replace(/\./g, "\\.")).join("|")})$|(?:^|/)(?:\\.gitattributes|package\\.json)$`);
  const read = runWithStagedReads(root, files.filter((file) => wanted.test(file.path) && !/(?:^|\/)node_modules\//.test(file.path)), (reader) => ({
    roots: learnTestRoots(reader),
    lintExclusions: learnLintExclusions(reader),
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
  overrides.push(...lintExclusionOverrides(read.lintExclusions, (path) => classifyPath(path).context));
  overrides.push(...packageLayoutOverrides(read.manifests, (path) => classifyPath(path).context, files.map((file) => file.path)));
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
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// dist/src/report/backlog-model.js
function byId(a, b) {
  return compareText(a.id, b.id);
}
function countSources(items) {
  const counts = /* @__PURE__ */ new Map();
  for (const item of items)
    counts.set(familyOf(item.ruleId), (counts.get(familyOf(item.ruleId)) ?? 0) + 1);
  return [...counts].map(([family, findings]) => ({ family, findings })).sort((a, b) => b.findings - a.findings || compareText(a.family, b.family));
}
function buildBacklogModel(input) {
  const open = rankItems(input.items.filter((item) => item.status === "open"));
  const allowed = input.items.filter((item) => item.status === "allowed").sort(byId);
  const resolved = input.items.filter((item) => item.status === "resolved").sort((a, b) => compareText(b.resolved?.at ?? "", a.resolved?.at ?? "") || byId(a, b));
  return {
    ...input,
    sources: input.sources ? [...input.sources] : countSources(open),
    trend: [...input.trend].sort((a, b) => compareText(a.date, b.date) || compareText(a.time ?? "", b.time ?? "") || (a.order ?? 0) - (b.order ?? 0) || compareText(a.commit, b.commit)),
    open,
    allowed,
    resolved
  };
}
function pickNextItem(model) {
  const { minScore, maxRisk } = model.config.backlog;
  return model.open.find((item) => item.scores.composite >= minScore && item.risk <= maxRisk);
}

// dist/src/workflow/backlog-input.js
import { existsSync as existsSync2, readFileSync as readFileSync5, readdirSync } from "node:fs";
import { basename, join as join5 } from "node:path";

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
  return values.reduce((sum, value) => sum + value, 0) / values.length;
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
import { mkdirSync, readFileSync as readFileSync2 } from "node:fs";
import { dirname, join as join2, resolve } from "node:path";

// dist/src/report/trend.js
function summariseSnapshot(commit, date, entries) {
  const open = groupEntries(entries.filter((entry) => entry.status === "open"));
  const debtHours = open.reduce((total, item) => total + estimateRawEffort(item, void 0), 0);
  return { commit, date, open: open.length, debtHours: roundTo(debtHours, 2) };
}

// dist/src/workflow/ledger-trend.js
var TREND_POINTS = 60;
var CACHE_VERSION = 2;
function readLedgerTrend(cwd, source = {}, listed) {
  const cacheFile = source.gitDir ? join2(source.gitDir, "git-value", "trend-cache.json") : void 0;
  const { points: cache, listing } = readCache(cacheFile);
  const key = listingKey(source);
  const reused = key !== void 0 && listing?.key === key ? listing.commits : void 0;
  const commits = reused ? ok(reused) : listed ?? listFileCommits(cwd, LEDGER_PATH, TREND_POINTS);
  if (!commits.ok)
    return commits;
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
  if (missing.length > broken.size || key !== void 0 && !reused)
    writeCache(cacheFile, commits.value, cache, key);
  return ok(commits.value.flatMap(({ commit, date, time }, index) => {
    const point = cache.get(commit);
    return point ? [{ commit, date, time, order: commits.value.length - index, ...point }] : [];
  }));
}
function startLedgerCommits(cwd, source) {
  const key = listingKey(source);
  const cacheFile = source.gitDir ? join2(source.gitDir, "git-value", "trend-cache.json") : void 0;
  const { listing } = key === void 0 ? {} : readCache(cacheFile);
  if (key !== void 0 && listing?.key === key)
    return { result: Promise.resolve(ok(listing.commits)), stop: () => {
    } };
  return startFileCommits(cwd, LEDGER_PATH, TREND_POINTS);
}
function listingKey({ gitDir, head }) {
  if (!gitDir || !head)
    return void 0;
  const shallow = [gitDir, commonDir(gitDir)].map((dir) => readIfPresent(join2(dir, "shallow"))).join("\n");
  return `${head} ${hashParts([shallow], 16)}`;
}
function commonDir(gitDir) {
  const named = readIfPresent(join2(gitDir, "commondir")).trim();
  return named ? resolve(gitDir, named) : gitDir;
}
function readIfPresent(path) {
  try {
    return readFileSync2(path, "utf8");
  } catch {
    return "";
  }
}
function readCache(file) {
  if (!file)
    return { points: /* @__PURE__ */ new Map() };
  try {
    const parsed = JSON.parse(readFileSync2(file, "utf8"));
    if (parsed.version !== CACHE_VERSION || !parsed.points)
      return { points: /* @__PURE__ */ new Map() };
    const points = new Map(Object.entries(parsed.points).filter(([, point]) => typeof point?.open === "number" && typeof point?.debtHours === "number"));
    const { key, commits } = parsed.listing ?? {};
    return typeof key === "string" && Array.isArray(commits) && commits.every(isFileCommit) ? { points, listing: { key, commits } } : { points };
  } catch {
    return { points: /* @__PURE__ */ new Map() };
  }
}
function isFileCommit(value) {
  const commit = value;
  return typeof commit === "object" && commit !== null && typeof commit.commit === "string" && typeof commit.date === "string" && typeof commit.time === "string";
}
function writeCache(file, listed, cache, key) {
  if (!file)
    return;
  const commits = listed.map(({ commit }) => commit);
  const points = Object.fromEntries(commits.filter((commit) => cache.has(commit)).map((commit) => [commit, cache.get(commit)]));
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch {
    return;
  }
  writeFileAtomic(file, `${JSON.stringify({ version: CACHE_VERSION, points, ...key !== void 0 ? { listing: { key, commits: listed } } : {} })}
`, file, { flush: false });
}

// dist/src/workflow/coverage-store.js
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join3 } from "node:path";
function readCoverage(root) {
  try {
    return parseCoverage(readFileSync3(join3(root, COVERAGE_PATH), "utf8"));
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
function updateCoverage(root, paths, measured) {
  let before = "";
  try {
    before = readFileSync3(join3(root, COVERAGE_PATH), "utf8");
  } catch {
    before = "";
  }
  const kept = paths === "all" ? [] : [...parseCoverage(before).values()].filter((file) => !paths.has(file.path));
  const text = formatCoverage([...kept, ...measured]);
  if (text === before)
    return ok(void 0);
  return writeFileAtomic(join3(root, COVERAGE_PATH), text, COVERAGE_PATH, { root });
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

// dist/src/workflow/project-linters.js
import { existsSync, readFileSync as readFileSync4 } from "node:fs";
import { join as join4 } from "node:path";
var ESLINT_FLAT = [
  "eslint.config.js",
  "eslint.config.mjs",
  "eslint.config.cjs",
  "eslint.config.ts",
  "eslint.config.mts",
  "eslint.config.cts"
];
var ESLINTRC_DATA = [".eslintrc.json", ".eslintrc.yaml", ".eslintrc.yml", ".eslintrc"];
var ESLINTRC_CODE = [".eslintrc.js", ".eslintrc.cjs"];
var GOLANGCI = [".golangci.yml", ".golangci.yaml", ".golangci.json"];
async function readProjectLinters(root) {
  const read = (name) => {
    const file = join4(root, name);
    try {
      return existsSync(file) ? readFileSync4(file, "utf8") : void 0;
    } catch {
      return void 0;
    }
  };
  const found = (names) => names.map((name) => [name, read(name)]).find((pair) => pair[1] !== void 0);
  const linters = [];
  const add = (settings) => settings && linters.push(settings);
  const pyproject = read("pyproject.toml");
  const setupCfg = read("setup.cfg");
  const toxIni = read("tox.ini");
  const flake8 = read(".flake8");
  const pylintrc = found(["pylintrc", ".pylintrc"]);
  const bandit = read(".bandit");
  if (pyproject || setupCfg || toxIni || flake8 || pylintrc || bandit || read("ruff.toml") || read(".ruff.toml")) {
    const ruff = await import("./chunk-L332SSBE.js");
    const python = await import("./chunk-3IXFI5NW.js");
    const ruffFile = found([".ruff.toml", "ruff.toml"]);
    if (ruffFile)
      add(ruff.readRuffToml(ruffFile[0], ruffFile[1]));
    else if (pyproject)
      add(ruff.readRuffToml("pyproject.toml", pyproject));
    const flake8File = [
      [".flake8", flake8],
      ["setup.cfg", setupCfg],
      ["tox.ini", toxIni]
    ].find(([, text]) => text !== void 0 && /^\[flake8\]/m.test(text));
    const parsed = pyproject ? ruff.parseToml(pyproject) : void 0;
    if (flake8File)
      add(python.readFlake8Ini(flake8File[0], flake8File[1]));
    else if (parsed)
      add(python.readFlake8Toml("pyproject.toml", parsed));
    if (pylintrc)
      add(python.readPylintIni(pylintrc[0], pylintrc[1]));
    else if (parsed && ruff.table(ruff.table(parsed["tool"])?.["pylint"]))
      add(python.readPylintToml("pyproject.toml", parsed));
    else if (setupCfg && /^\[pylint\./m.test(setupCfg))
      add(python.readPylintIni("setup.cfg", setupCfg));
    if (parsed)
      add(python.readBanditToml("pyproject.toml", parsed));
    if (bandit)
      add(python.readBanditIni(".bandit", bandit));
  }
  const flat = found(ESLINT_FLAT);
  const rcData = found(ESLINTRC_DATA);
  const rcCode = found(ESLINTRC_CODE);
  const manifest = read("package.json");
  if (flat || rcData || rcCode || manifest && manifest.includes('"eslintConfig"')) {
    const eslint = await import("./chunk-MEETCF3R.js");
    if (flat)
      add(eslint.readEslintCode(flat[0], flat[1]));
    else if (rcCode)
      add(eslint.readEslintCode(rcCode[0], rcCode[1]));
    else if (rcData)
      add(eslint.readEslintrc(rcData[0], rcData[1]));
    else if (manifest) {
      try {
        const config = JSON.parse(manifest).eslintConfig;
        add(eslint.readEslintrcObject('package.json "eslintConfig"', config));
      } catch {
      }
    }
  }
  const golangci = found(GOLANGCI);
  if (golangci)
    add((await import("./chunk-5U3XHZJ6.js")).readGolangci(golangci[0], golangci[1]));
  return { linters };
}

// dist/src/workflow/backlog-input.js
function startBacklogHistory(repo, config, now) {
  const { root } = repo;
  const changes = startChangeHistory(root, config.scoring.hotspotWindowDays, config.scoring.fixWindowDays, now);
  const ledgerCommits = startLedgerCommits(root, { gitDir: repo.gitDir, head: repo.head });
  return {
    changes: changes.result,
    ledgerCommits: ledgerCommits.result,
    stop: () => {
      changes.stop();
      ledgerCommits.stop();
    }
  };
}
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
  const history = request.history ? await request.history.changes : readChangeHistory(root, config.scoring.hotspotWindowDays, config.scoring.fixWindowDays, now);
  if (!history.ok)
    return history;
  const churn = { value: history.value.churn };
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
    contextOf: contexts.value,
    fixes: history.value.fixes,
    complexityThresholds: complexityThresholdsOf(config),
    runtimeMinimum: readRuntimeMinimum(root, paths),
    ...config.scoring.projectLinters ? { projectLinters: await readProjectLinters(root) } : {}
  };
  const trend = request.history ? readLedgerTrend(root, { gitDir: request.gitDir, head: request.head }, await request.history.ledgerCommits) : readLedgerTrend(root, { gitDir: request.gitDir, head: request.head });
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
  const manifest = join5(root, "package.json");
  if (existsSync2(manifest)) {
    try {
      const name = JSON.parse(readFileSync5(manifest, "utf8")).name;
      if (typeof name === "string" && name)
        return name;
    } catch {
    }
  }
  return basename(root);
}
function readTriggers(root) {
  const read = (path) => existsSync2(join5(root, path)) ? readFileSync5(join5(root, path), "utf8") : "";
  const configs = ["lefthook.yml", ".lefthook.yml", ".pre-commit-config.yaml", "package.json", ".simple-git-hooks.json"].map(read).filter((text) => text.includes(".value/bin/git-value"));
  const hook = (name) => read(join5(".husky", name)).includes("git-value") || read(join5(".git", "hooks", name)).includes(".value/bin/git-value") || configs.some((text) => text.includes(name));
  const workflows = join5(root, ".github", "workflows");
  const weekly = existsSync2(workflows) && readdirSync(workflows).some((name) => /\.ya?ml$/.test(name) && readFileSync5(join5(workflows, name), "utf8").includes("git-value scan"));
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
function readRuntimeMinimum(root, paths) {
  const declarations = findRuntimeDeclarations(paths.filter((path) => !path.includes("/")), (path) => {
    try {
      return readFileSync5(join5(root, path), "utf8");
    } catch {
      return void 0;
    }
  });
  const minimum = {};
  for (const declaration of declarations) {
    if (declaration.pinned || declaration.runtime === "go")
      continue;
    const known = minimum[declaration.runtime];
    if (!known || compareVersions(declaration.version, known) < 0)
      minimum[declaration.runtime] = declaration.version;
  }
  return minimum;
}

// dist/src/workflow/backlog.js
async function scoreBacklog(workspace, entries, now, notes = [], known = {}) {
  const input = await gatherBacklogInput({
    root: workspace.repo.root,
    gitDir: workspace.repo.gitDir,
    ...workspace.repo.head ? { head: workspace.repo.head } : {},
    config: workspace.config,
    entries,
    now,
    notes,
    toolVersion: readPackageVersion(),
    ...known.tracked ? { tracked: known.tracked } : {},
    ...known.contexts ? { contexts: known.contexts } : {},
    ...known.history ? { history: known.history } : {}
  });
  if (!input.ok)
    return input;
  const { context, ...rest } = input.value;
  return ok({ model: buildBacklogModel(rest), context });
}
async function readCurrentBacklog(env) {
  const workspace = await openWorkspace(env);
  if (!workspace.ok)
    return workspace;
  const ledger = openLedger(workspace.value.repo, "whole");
  if (!ledger.ok)
    return ledger;
  closeLedgerSource(ledger.value);
  const scored = await scoreBacklog(workspace.value, ledger.value.entries ?? [], env.now);
  return scored.ok ? ok({ workspace: workspace.value, ...scored.value }) : scored;
}

export {
  updateCoverage,
  listTrackedFiles,
  runWithStagedReads,
  readPathContexts,
  CATEGORY_LABELS,
  familyOf,
  shortenTitle,
  escapeMarkdown,
  linkToLine,
  linkPrefixFor,
  formatScore,
  formatHours,
  formatPercent,
  pluralise,
  compareText,
  pickNextItem,
  startBacklogHistory,
  readTriggers,
  scoreBacklog,
  readCurrentBacklog
};
