import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  detectTool
} from "./chunk-AMKUNOFQ.js";
import {
  findRuntimeDeclarations
} from "./chunk-H46VYJWE.js";
import {
  asRecord,
  baseName,
  hasPythonDependency,
  readRepoFacts
} from "./chunk-R7BXTBGS.js";
import {
  GO_LIBRARY_FLOOR,
  RELEASES_REVIEWED_ON,
  RUNTIME_NAMES,
  compareVersions,
  highestSemverMajor,
  judgeRuntime,
  parseVersionPrefix
} from "./chunk-XLIRTYAW.js";
import {
  createFinding
} from "./chunk-A3QA2ZQT.js";
import "./chunk-ONKLCXXC.js";
import {
  languageOf
} from "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/analyzers/modern/dependency-families.js
var EXTENSION = /^([a-z0-9][a-z0-9.]*)-(?:plugin|config|preset|loader|launcher|reporter|adapter)(?:-|$)/;
function familyOf(name, declared) {
  if (name.startsWith("@types/")) {
    const described = name.slice("@types/".length);
    const scoped = described.includes("__") ? `@${described.replace("__", "/")}` : described;
    return familyOf(scoped, declared);
  }
  if (name.startsWith("@")) {
    const scope = name.slice(1, name.indexOf("/") > 0 ? name.indexOf("/") : void 0);
    return scope;
  }
  const extension = EXTENSION.exec(name)?.[1];
  if (extension)
    return extension;
  const head = name.split("-")[0];
  if (head !== name && declared.has(head))
    return head;
  return name;
}

// dist/src/analyzers/modern/import-counts.js
var SPECIFIER = /(?:\brequire\s*\(\s*|\bimport\s*\(\s*|\bfrom\s+|\bimport\s+)['"]([^'"\n]{1,200})['"]/g;
function packageOfSpecifier(specifier) {
  if (/^(?:\.|\/|node:|[a-z]+:\/\/)/.test(specifier))
    return void 0;
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}
function countImportingFiles(facts, wanted) {
  const counts = /* @__PURE__ */ new Map();
  if (wanted.size === 0)
    return counts;
  for (const path of facts.ownFiles) {
    const language = languageOf(path);
    if (language !== "js" && language !== "ts")
      continue;
    const text = facts.read(path);
    if (text === void 0)
      continue;
    const seen = /* @__PURE__ */ new Set();
    for (const match of text.matchAll(SPECIFIER)) {
      const name = packageOfSpecifier(match[1]);
      if (name && wanted.has(name) && !seen.has(name)) {
        seen.add(name);
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
  }
  return counts;
}

// dist/src/analyzers/modern/update-bot-policy.js
var RENOVATE_FILES = [
  "renovate.json",
  "renovate.json5",
  ".renovaterc",
  ".renovaterc.json",
  ".github/renovate.json",
  ".github/renovate.json5",
  ".gitlab/renovate.json"
];
var DEPENDABOT_FILES = [".github/dependabot.yml", ".github/dependabot.yaml"];
function readDeclinedUpgrades(facts) {
  const declined = /* @__PURE__ */ new Map();
  for (const file of RENOVATE_FILES) {
    const text = facts.read(file);
    if (text === void 0)
      continue;
    const plain = text.replace(/(^|[^:"'])\/\/[^\n]*/g, "$1");
    for (const match of plain.matchAll(/["']?ignoreDeps["']?\s*:\s*\[([^\]]*)\]/g))
      for (const name of quoted(match[1]))
        declined.set(name, `${file} lists it in ignoreDeps`);
    for (const match of plain.matchAll(/\{[^{}]*\}/g)) {
      const rule = match[0];
      if (!/["']?enabled["']?\s*:\s*false/.test(rule))
        continue;
      if (/matchUpdateTypes/.test(rule) && !/["']major["']/.test(rule))
        continue;
      const names = /["']?matchPackageNames["']?\s*:\s*\[([^\]]*)\]/.exec(rule)?.[1];
      for (const name of quoted(names ?? ""))
        declined.set(name, `${file} disables its updates (packageRules)`);
    }
  }
  for (const file of DEPENDABOT_FILES) {
    const text = facts.read(file);
    if (text !== void 0)
      for (const name of readDependabotIgnores(text))
        declined.set(name, `${file} ignores its major updates`);
  }
  return declined;
}
var quoted = (text) => [...text.matchAll(/"([^"\n]+)"|'([^'\n]+)'/g)].map((m) => m[1] ?? m[2]);
function readDependabotIgnores(text) {
  const lines = text.split(/\r?\n/);
  const names = [];
  lines.forEach((line, index) => {
    const entry = /^(\s*)-\s+dependency-name\s*:\s*["']?([^"'#\s]+)["']?/.exec(line);
    if (!entry || entry[2] === "*" || /[*]/.test(entry[2]))
      return;
    const indent = entry[1].length;
    const rest = [];
    for (const next of lines.slice(index + 1)) {
      const depth = /^(\s*)\S/.exec(next)?.[1]?.length;
      if (depth === void 0)
        continue;
      if (depth <= indent)
        break;
      rest.push(next);
    }
    const body = rest.join("\n");
    const types = /update-types\s*:/.test(body);
    if (!types || /semver-major/.test(body))
      names.push(entry[2]);
  });
  return names;
}

// dist/src/analyzers/modern/dependency-majors.js
var HOURS_PER_MAJOR = 1;
var JUMP_HOURS_CAP = 4;
var IMPORT_HOURS = 0.25;
var UPGRADE_HOURS_CAP = 16;
var DEPENDENCY_MAJOR_RULE_ID = "modern/dependency-major-behind";
var checkedFields = ["dependencies", "devDependencies"];
function findDependencyMajorsBehind(meta2, facts, latestVersions = {}) {
  const behind = facts.packageJsons.flatMap(({ path, json }) => findMajorsBehind(facts, path, json, latestVersions));
  const declinedUpgrades = behind.length > 0 ? readDeclinedUpgrades(facts) : /* @__PURE__ */ new Map();
  const importers = countImportingFiles(facts, new Set(behind.map((upgrade) => upgrade.name.replace(/^@types\//, ""))));
  return behind.map((upgrade) => {
    const { path, field, name, range, gap, source, version } = upgrade;
    const declared = new Set(checkedFields.flatMap((field2) => Object.keys(asRecord(manifestOf(facts, path)[field2]))));
    const importedBy = importers.get(name.replace(/^@types\//, "")) ?? 0;
    const effortHours = Math.min(UPGRADE_HOURS_CAP, Math.min(JUMP_HOURS_CAP, HOURS_PER_MAJOR * gap) + IMPORT_HOURS * importedBy);
    const runtime = field === "dependencies";
    const declined = declinedUpgrades.get(name);
    const advice = `${name} "${range}" is ${gap} major version${gap > 1 ? "s" : ""} behind ${source} (${version}): upgrade and widen the range`;
    return createFinding(meta2, {
      ruleId: DEPENDENCY_MAJOR_RULE_ID,
      path,
      line: upgrade.line,
      title: declined ? `${advice} (a note: ${declined})` : advice,
      content: `${field} ${name} ${range}`,
      severity: declined ? "info" : rateUpgrade(runtime, gap),
      confidence: 0.9,
      effortHours,
      facts: {
        dependency: name,
        declared: range,
        target: version,
        source: source === "latest" ? "registry" : "lockfile",
        field,
        group: familyOf(name, declared),
        importedBy,
        ...declined ? { declined } : {}
      }
    });
  });
}
function rateUpgrade(runtime, gap) {
  if (runtime)
    return gap > 1 ? "medium" : "low";
  return gap > 1 ? "low" : "info";
}
function manifestOf(facts, path) {
  return facts.packageJsons.find((manifest) => manifest.path === path)?.json ?? {};
}
function findMajorsBehind(facts, path, json, latestVersions) {
  const folder = path.slice(0, path.length - "package.json".length);
  const locked = readLockedVersions(facts.read(`${folder}package-lock.json`));
  const text = facts.read(path) ?? "";
  const found = [];
  for (const field of checkedFields) {
    for (const [name, range] of Object.entries(asRecord(json[field]))) {
      if (typeof range !== "string")
        continue;
      const admitted = highestSemverMajor(range);
      const candidates = [
        ["the lockfile", locked.get(name)],
        ["latest", latestVersions[name]]
      ];
      const newest = candidates.map(([source, version]) => ({ source, version, major: parseVersionPrefix(version ?? "")?.[0] })).filter((candidate) => candidate.major !== void 0 && candidate.major > admitted).sort((a, b) => b.major - a.major)[0];
      if (!newest)
        continue;
      found.push({
        path,
        field,
        name,
        range,
        gap: newest.major - admitted,
        source: newest.source,
        version: newest.version ?? "",
        line: findKeyLine(text, field, name)
      });
    }
  }
  return found;
}
function readLockedVersions(text) {
  const versions = /* @__PURE__ */ new Map();
  if (text === void 0)
    return versions;
  let lock;
  try {
    lock = asRecord(JSON.parse(text));
  } catch {
    return versions;
  }
  for (const [key, entry] of Object.entries(asRecord(lock.packages))) {
    const version = asRecord(entry).version;
    if (key.startsWith("node_modules/") && !key.includes("/node_modules/") && typeof version === "string")
      versions.set(key.slice(13), version);
  }
  for (const [name, entry] of Object.entries(asRecord(lock.dependencies))) {
    const version = asRecord(entry).version;
    if (!versions.has(name) && typeof version === "string")
      versions.set(name, version);
  }
  return versions;
}
function findKeyLine(text, field, name) {
  const section = text.indexOf(`"${field}"`);
  const key = text.indexOf(`"${name}"`, Math.max(section, 0));
  return key < 0 ? 1 : text.slice(0, key).split("\n").length;
}

// dist/src/analyzers/modern/runtime-findings.js
var RUNTIME_RULE_IDS = { endOfLife: "modern/runtime-eol", behindLts: "modern/runtime-behind-lts" };
function findRuntimeFindings(meta2, input) {
  return findRuntimeDeclarations(input.files, input.read).flatMap((declaration) => judgeDeclaration(meta2, declaration, input.today));
}
function judgeDeclaration(meta2, declaration, today) {
  const { path, line, runtime, version, pinned, text } = declaration;
  const status = judgeRuntime(runtime, version, today, pinned);
  const name = `${RUNTIME_NAMES[runtime]} ${runtime === "node" ? version[0] : version.slice(0, 2).join(".")}`;
  const facts = {
    runtime,
    version: version.join("."),
    releasesReviewedOn: RELEASES_REVIEWED_ON
  };
  if (status.kind === "end-of-life") {
    const since = status.release ? `since ${status.release.endOfLife}` : "for years";
    if (status.release)
      facts.endOfLife = status.release.endOfLife;
    const target = describe(status.replacement, "a supported release");
    if (declaration.breaking)
      facts.waitsFor = "the next major release";
    if (declaration.floor) {
      facts.waitsFor = "code that needs a newer Go";
      facts.floor = declaration.floor;
    }
    const title = pinned ? `${name} is past end of life (${since}): move to ${target}` : declaration.floor ? `Declared minimum ${name} is past end of life (${since}), kept low on purpose so older toolchains can still build this library: raise it only when its code needs a newer Go, ${describeGoFloor(version)} (a note: ${declaration.floor})` : declaration.breaking ? `Declared minimum ${name} is past end of life (${since}): raise it to ${target} in the next major release (a note: ${declaration.breaking})` : `Declared minimum ${name} is past end of life (${since}): raise it to ${target}`;
    return [
      createFinding(meta2, {
        ruleId: RUNTIME_RULE_IDS.endOfLife,
        path,
        line,
        title,
        content: text,
        facts,
        ...declaration.breaking || declaration.floor ? { severity: "info" } : {},
        confidence: 0.9,
        effortHours: pinned ? 2 : 1
      })
    ];
  }
  if (status.kind === "behind-lts") {
    facts.endOfLife = status.release.endOfLife;
    const title = `${name} is behind the current LTS (${describe(status.currentLts, "")}); supported until ${status.release.endOfLife}`;
    return [
      createFinding(meta2, {
        ruleId: RUNTIME_RULE_IDS.behindLts,
        path,
        line,
        title,
        content: text,
        facts,
        severity: "low",
        confidence: 0.7,
        effortHours: 2
      })
    ];
  }
  return [];
}
function describeGoFloor(version) {
  return compareVersions(version, parseVersionPrefix(GO_LIBRARY_FLOOR) ?? []) < 0 ? `to Go ${GO_LIBRARY_FLOOR} (the first release that fetches the toolchain a module asks for), not to the newest` : "to the oldest release that has what it needs";
}
function describe(release, fallback) {
  if (!release)
    return fallback;
  const version = `${RUNTIME_NAMES[release.runtime]} ${release.version}`;
  return release.ltsFrom ? `${version} LTS` : version;
}

// dist/src/analyzers/modern/async-test-plugins.js
var testFile = /(^|\/)(test_[\w-]{1,100}|[\w-]{1,100}_test|conftest)\.py$/;
var plugins = ["pytest-asyncio", "anyio", "pytest-anyio", "pytest-trio", "pytest-aiohttp", "pytest-tornasync"];
var pluginConfig = /\basyncio_mode\b|\bpytest_asyncio\b|\bpytest_trio\b/;
var selfRunning = /IsolatedAsyncioTestCase|AsyncTestCase|pytest\.mark\.(anyio|trio)\b/;
var ownHook = /^[ \t]{0,40}def[ \t]{1,10}pytest_pyfunc_call\b/m;
var drivesCoroutine = /\b(?:run_until_complete|asyncio\.run|asyncio\.Runner|anyio\.run|trio\.run|run_coroutine_threadsafe|start_blocking_portal)\s{0,10}\(/;
function findAsyncTestsWithoutPlugin(facts) {
  if (plugins.some((plugin) => hasPythonDependency(facts, plugin)))
    return [];
  const configured = facts.ownFiles.some((path) => /(^|\/)(pyproject\.toml|pytest\.ini|setup\.cfg|tox\.ini|conftest\.py)$/.test(path) && pluginConfig.test(facts.read(path) ?? ""));
  if (configured)
    return [];
  const candidates = facts.ownFiles.filter((path) => testFile.test(path)).map((path) => ({ path, text: facts.read(path) ?? "" })).filter(({ text }) => /^\s{0,40}async\s{1,10}def\s{1,10}test_/m.test(text) && !selfRunning.test(text));
  if (candidates.length === 0)
    return [];
  const python = facts.ownFiles.filter((path) => path.endsWith(".py"));
  if (python.some((path) => ownHook.test(facts.read(path) ?? "")))
    return [];
  const isRunner = findRunners(facts, python);
  return candidates.flatMap(({ path, text }) => {
    const lines = text.split("\n");
    const index = lines.findIndex((_, at) => isUnrunTest(lines, at, isRunner));
    if (index < 0)
      return [];
    return [
      {
        path,
        line: index + 1,
        title: `Async tests in ${baseName(path)} without an async plugin: add pytest-asyncio (or anyio) or they never run`,
        content: lines[index].trim()
      }
    ];
  });
}
function findRunners(facts, python) {
  const texts = python.map((path) => facts.read(path) ?? "");
  const definedIn = /* @__PURE__ */ new Map();
  texts.forEach((text, index) => {
    for (const def of text.matchAll(DEF_LINE)) {
      const name = def[1];
      const files = definedIn.get(name);
      if (files)
        files.add(index);
      else
        definedIn.set(name, /* @__PURE__ */ new Set([index]));
    }
  });
  const functionsOf = /* @__PURE__ */ new Map();
  const bodiesOf = (name) => [...definedIn.get(name) ?? []].flatMap((index) => {
    let functions = functionsOf.get(index);
    if (!functions)
      functionsOf.set(index, functions = readFunctions(texts[index]));
    return functions.get(name) ?? [];
  });
  const known = /* @__PURE__ */ new Map();
  const drives = (name, depth) => {
    const cached = known.get(name);
    if (cached !== void 0)
      return cached;
    known.set(name, false);
    const records = bodiesOf(name);
    const result = records.some((record) => record.drives) || depth < 4 && records.some((record) => record.calls.some((call) => call !== name && definedIn.has(call) && drives(call, depth + 1)));
    known.set(name, result);
    return result;
  };
  return (name) => drives(name, 0);
}
var DEF_LINE = /^[^\S\n]{0,40}(?:async[^\S\n]{1,10})?def[^\S\n]{1,10}(\w{1,80})[^\S\n]{0,10}\(/gm;
function readFunctions(text) {
  const functions = /* @__PURE__ */ new Map();
  const lines = text.split("\n");
  lines.forEach((line, at) => {
    const def = /^(\s{0,40})(?:async\s{1,10})?def\s{1,10}(\w{1,80})\s{0,10}\(/.exec(line);
    if (!def)
      return;
    const indent = def[1].length;
    const body = [];
    for (let next = at + 1; next < lines.length && body.length < 80; next++) {
      const text2 = lines[next];
      if (text2.trim() !== "" && (/^\s*/.exec(text2)?.[0].length ?? 0) <= indent)
        break;
      body.push(text2);
    }
    const name = def[2];
    const joined = body.join("\n");
    const record = {
      drives: drivesCoroutine.test(joined),
      calls: [...new Set([...joined.matchAll(/(\w{1,80})\s{0,10}\(/g)].map((call) => call[1]))]
    };
    const list = functions.get(name);
    if (list)
      list.push(record);
    else
      functions.set(name, [record]);
  });
  return functions;
}
function decoratorsAbove(lines, at) {
  const indent = indentOf(lines[at]);
  const names = [];
  for (let above = at - 1; above >= 0; above--) {
    const line = lines[above];
    if (line.trim() === "")
      break;
    const lead = indentOf(line);
    const decorator = lead === indent ? /^\s*@([\w.]{1,200})/.exec(line) : null;
    if (decorator)
      names.push(decorator[1].split(".").at(-1));
    else if (lead < indent || lead === indent && !/^\s*[)\]}]/.test(line))
      break;
  }
  return names;
}
function indentOf(line) {
  return /^\s*/.exec(line)?.[0].length ?? 0;
}
function enclosingBlock(lines, at) {
  const indent = indentOf(lines[at]);
  for (let above = at - 1; above >= 0 && indent > 0; above--) {
    const line = lines[above];
    if (line.trim() === "" || indentOf(line) >= indent || /^\s*[)\]}@#]/.test(line))
      continue;
    if (/^\s*class\s/.test(line))
      return { kind: "class", line: above };
    if (/^\s*(?:async\s+)?def\s/.test(line))
      return { kind: "function", line: above };
  }
  return { kind: "module", line: -1 };
}
function isUnrunTest(lines, at, isRunner) {
  if (!/^\s{0,40}async\s{1,10}def\s{1,10}test_/.test(lines[at]))
    return false;
  const block = enclosingBlock(lines, at);
  if (block.kind === "function")
    return false;
  const runBy = (line) => decoratorsAbove(lines, line).some(isRunner);
  return !runBy(at) && !(block.kind === "class" && runBy(block.line));
}

// dist/src/analyzers/modern/missing-lockfiles.js
var jsLockfiles = [
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lockb",
  "bun.lock"
];
var pythonManagers = [
  { manifest: "Pipfile", lockfile: "Pipfile.lock", tool: "pipenv lock" },
  { manifest: "pyproject.toml", marker: /^\[tool\.poetry\]/m, lockfile: "poetry.lock", tool: "poetry lock" },
  { manifest: "pyproject.toml", marker: /^\[tool\.pdm\]/m, lockfile: "pdm.lock", tool: "pdm lock" },
  { manifest: "pyproject.toml", marker: /^\[tool\.uv\]/m, lockfile: "uv.lock", tool: "uv lock" }
];
function findMissingLockfiles(facts) {
  const present = new Set(facts.ownFiles);
  const gaps = [];
  for (const { path, json } of facts.packageJsons) {
    const declaresDependencies = ["dependencies", "devDependencies"].some((field) => Object.keys(asRecord(json[field])).length > 0);
    const folders = ancestorFolders(path);
    const covered = folders.some((folder) => jsLockfiles.some((lock) => present.has(`${folder}${lock}`)));
    const nested = folders.slice(1).some((folder) => present.has(`${folder}package.json`));
    if (declaresDependencies && !covered && !nested && !declinesLockfile(facts, folders)) {
      gaps.push({
        path,
        title: "No lockfile for package.json: commit package-lock.json (or yarn/pnpm/bun lock) for reproducible installs",
        content: "javascript"
      });
    }
  }
  for (const path of facts.ownFiles) {
    const folder = path.slice(0, path.length - baseName(path).length);
    for (const manager of pythonManagers) {
      if (baseName(path) !== manager.manifest || present.has(`${folder}${manager.lockfile}`))
        continue;
      if (manager.marker && !manager.marker.test(facts.read(path) ?? ""))
        continue;
      gaps.push({
        path,
        title: `No ${manager.lockfile} beside ${manager.manifest}: run \`${manager.tool}\` and commit it`,
        content: manager.lockfile
      });
    }
  }
  return gaps;
}
function declinesLockfile(facts, folders) {
  return folders.some((folder) => /^[ \t]*package-lock[ \t]*=[ \t]*false\b/m.test(facts.read(`${folder}.npmrc`) ?? ""));
}
function ancestorFolders(path) {
  const parts = path.split("/").slice(0, -1);
  return parts.map((_, index) => `${parts.slice(0, parts.length - index).join("/")}/`).concat("");
}

// dist/src/analyzers/modern/declined-advice.js
var NOT_PACKAGE_CODE = /(^|\/)(test|tests|__tests__|spec|specs|e2e|fixtures?|docs?|examples?|samples?|benchmarks?|bench|scripts|tools|dist|build|node_modules|vendor)\//;
var JSDOC_TYPE = /@(?:param|returns?|type|typedef|property)\s{1,10}\{[^}\n]{1,200}\}/;
var JSDOC_SHARE = 0.5;
var MIN_TYPED_FILES = 3;
function findDeclinedTypeChecking(facts, ecosystem) {
  if (ecosystem !== "javascript")
    return void 0;
  for (const { path, json } of facts.packageJsons) {
    for (const key of ["types", "typings"])
      if (typeof json[key] === "string")
        return `${path} publishes type declarations ("${key}")`;
    const exported = JSON.stringify(asRecord(json.exports));
    if (/"types"\s*:/.test(exported))
      return `${path} publishes type declarations (exports "types")`;
  }
  const declarations = facts.ownFiles.filter((path) => /\.d\.[cm]?ts$/.test(path) && !NOT_PACKAGE_CODE.test(path));
  if (declarations.length > 0)
    return `it ships hand-written type declarations (${declarations[0]})`;
  const sources = facts.ownFiles.filter((path) => languageOf(path) === "js" && !NOT_PACKAGE_CODE.test(path));
  const typed = sources.filter((path) => JSDOC_TYPE.test(facts.read(path) ?? ""));
  if (typed.length >= MIN_TYPED_FILES && typed.length >= JSDOC_SHARE * sources.length)
    return `its sources carry JSDoc types (${typed.length} of ${sources.length} files)`;
  return void 0;
}
function findDeclinedFormatter(facts, ecosystem) {
  const linter = detectTool(facts, ecosystem === "javascript" ? "jsLinter" : "pythonLinter")[0];
  return linter ? `the project lints (${linter}); formatting the whole tree is its choice` : void 0;
}

// dist/src/analyzers/modern/project-kinds.js
var MIN_SOURCE_FILES = 3;
var manifests = {
  javascript: /^package\.json$/,
  python: /^(pyproject\.toml|setup\.cfg|setup\.py|Pipfile|requirements\.txt)$/
};
function countSourceFiles(facts, ecosystem) {
  const languages = ecosystem === "javascript" ? ["js", "ts"] : ["py"];
  return facts.ownFiles.filter((path) => languages.includes(languageOf(path))).length;
}
function isProject(facts, ecosystem) {
  return countSourceFiles(facts, ecosystem) >= MIN_SOURCE_FILES;
}
function primaryManifest(facts, ecosystem) {
  const depth = (path) => path.split("/").length;
  const found = facts.ownFiles.filter((path) => manifests[ecosystem].test(baseName(path))).sort((a, b) => depth(a) - depth(b) || a.localeCompare(b));
  return found[0] ?? ".";
}

// dist/src/analyzers/modern/tooling-gap-rules.js
var jsSources = { "src/a.js": "export const a = 1;\n", "src/b.js": "", "src/c.js": "" };
var pySources = { "app/a.py": "A = 1\n", "app/b.py": "", "app/c.py": "" };
function findToolGap(tools, what, advice, declinedBy) {
  return (facts) => ["javascript", "python"].filter((ecosystem) => isProject(facts, ecosystem) && detectTool(facts, tools[ecosystem]).length === 0).map((ecosystem) => {
    const gap = {
      path: primaryManifest(facts, ecosystem),
      title: `No ${what} for the ${ecosystem} code: add ${advice[ecosystem]}`,
      content: ecosystem
    };
    const declined = declinedBy?.(facts, ecosystem);
    return declined ? { ...gap, title: `${gap.title} (a note: ${declined})`, declined } : gap;
  });
}
function findNoCi(facts) {
  const hasCode = isProject(facts, "javascript") || isProject(facts, "python");
  if (!hasCode || detectTool(facts, "ci").length > 0)
    return [];
  return [
    {
      path: ".",
      title: "No continuous integration: add a workflow that builds and tests every push (.github/workflows/ci.yml)",
      content: "ci"
    }
  ];
}
var toolingGapRules = [
  {
    id: "modern/no-ci",
    severity: "medium",
    find: findNoCi,
    examples: {
      positive: [{ ...jsSources, "package.json": "{}" }, pySources],
      negative: [
        { ...jsSources, ".github/workflows/ci.yml": "on: push" },
        { ...pySources, ".gitlab-ci.yml": "" },
        { "README.md": "# notes" }
      ]
    }
  },
  {
    id: "modern/no-linter",
    severity: "low",
    find: findToolGap({ javascript: "jsLinter", python: "pythonLinter" }, "linter", {
      javascript: "ESLint or Biome",
      python: "Ruff or flake8"
    }),
    examples: {
      positive: [
        { ...jsSources, "package.json": '{"devDependencies":{"prettier":"^3"}}' },
        { ...pySources, "pyproject.toml": "[tool.black]\n" }
      ],
      negative: [
        { ...jsSources, "eslint.config.js": "" },
        { ...jsSources, "package.json": '{"devDependencies":{"@biomejs/biome":"1"}}' },
        { ...pySources, "pyproject.toml": "[tool.ruff]\nline-length = 100\n" },
        { ...pySources, "requirements-dev.txt": "flake8==7.0\n" }
      ]
    }
  },
  {
    id: "modern/no-formatter",
    severity: "low",
    find: findToolGap({ javascript: "jsFormatter", python: "pythonFormatter" }, "formatter", { javascript: "Prettier or Biome", python: "Ruff format or Black" }, findDeclinedFormatter),
    examples: {
      positive: [
        { ...jsSources, "package.json": '{"devDependencies":{"mocha":"^10"}}' },
        { ...pySources, "setup.cfg": "[metadata]\nname = app\n" }
      ],
      negative: [
        { ...jsSources, ".prettierrc": "{}" },
        { ...jsSources, "package.json": '{"prettier":{"semi":false}}' },
        // layout enforced by ESLint rules, fixed by eslint --fix
        { ...jsSources, ".eslintrc.yml": "rules:\n  indent: [error, 2]\n  eol-last: error\n" },
        { ...jsSources, "eslint.config.js": 'import stylistic from "@stylistic/eslint-plugin";\nexport default [];\n' },
        { ...jsSources, "package.json": '{"devDependencies":{"standard":"^17"}}' },
        { ...pySources, "pyproject.toml": "[tool.black]\n" },
        { ...pySources, ".pre-commit-config.yaml": "- id: ruff-format\n" }
      ],
      // a linter without layout rules (axios): reformatting the tree is the project's call
      declined: [
        { ...jsSources, ".eslintrc.json": "{}" },
        {
          ...jsSources,
          ".eslintrc.cjs": 'module.exports = { extends: "eslint:recommended", rules: { "no-cond-assign": 0 } };\n'
        },
        { ...pySources, "pyproject.toml": "[tool.ruff]\n" }
      ]
    }
  },
  {
    id: "modern/no-type-checking",
    severity: "low",
    find: findToolGap({ javascript: "jsTypeChecker", python: "pythonTypeChecker" }, "type checking", { javascript: 'TypeScript, or a jsconfig.json with "checkJs": true', python: "mypy or pyright in CI" }, findDeclinedTypeChecking),
    examples: {
      positive: [
        { ...jsSources, "jsconfig.json": '{"compilerOptions":{}}' },
        { ...jsSources, "src/a.js": "/** @param x the value */\nexport const a = (x) => x;\n" },
        { ...pySources, "setup.cfg": "[flake8]\n" },
        // declarations in tests type-check the tests, not what the package publishes
        { ...jsSources, "test/types/index.d.ts": "export {};\n" }
      ],
      negative: [
        { ...jsSources, "tsconfig.json": "{}" },
        { ...jsSources, "jsconfig.json": '{"compilerOptions":{"checkJs": true}}' },
        { ...pySources, "pyproject.toml": "[tool.mypy]\nstrict = true\n" },
        { ...pySources, "pyrightconfig.json": "{}" }
      ],
      // types published another way: a "types" field, hand-written declarations, JSDoc types (Express)
      declined: [
        { ...jsSources, "package.json": '{"name":"lib","types":"index.d.ts"}' },
        { ...jsSources, "index.d.ts": "export declare function a(): number;\n" },
        {
          "lib/a.js": "/**\n * @param {String} path\n * @return {Router}\n */\nexports.a = function (path) {};\n",
          "lib/b.js": "/** @type {number} */\nexports.b = 1;\n",
          "lib/c.js": "/** @returns {boolean} */\nexports.c = () => true;\n"
        }
      ]
    }
  },
  {
    id: "modern/no-lockfile",
    severity: "low",
    find: findMissingLockfiles,
    examples: {
      positive: [
        { "package.json": '{"dependencies":{"express":"^4.19.0"}}' },
        { "package.json": '{"dependencies":{"a":"1"}}', ".npmrc": "package-lock=true\n" },
        { Pipfile: '[packages]\nrequests = "*"\n' },
        { "pyproject.toml": '[tool.poetry]\nname = "x"\n' }
      ],
      negative: [
        { "package.json": '{"dependencies":{"express":"^4.19.0"}}', "package-lock.json": "{}" },
        { "package.json": '{"name":"empty"}' },
        { "package.json": '{"dependencies":{"a":"1"}}', "pnpm-lock.yaml": "" },
        { "package.json": '{"workspaces":["web"]}', "yarn.lock": "", "web/package.json": '{"dependencies":{"a":"1"}}' },
        { Pipfile: "[packages]\n", "Pipfile.lock": "{}" },
        { "package.json": '{"dependencies":{"a":"1"}}', ".npmrc": "package-lock = false\n" },
        { "pyproject.toml": '[project]\nname = "lib"\n' }
      ]
    }
  },
  {
    id: "modern/async-tests-without-plugin",
    severity: "medium",
    find: findAsyncTestsWithoutPlugin,
    examples: {
      positive: [
        {
          "tests/test_api.py": "import pytest\n\nasync def test_get():\n    assert await get()\n",
          "requirements-dev.txt": "pytest\n"
        },
        {
          "tests/test_api.py": '@mock.patch("api.clock")\nasync def test_get(clock):\n    assert await get()\n',
          "tests/helpers.py": "def patch_clock(fn):\n    return fn\n"
        }
      ],
      negative: [
        {
          "tests/test_api.py": "async def test_get():\n    assert await get()\n",
          "requirements-dev.txt": "pytest\npytest-asyncio>=0.23\n"
        },
        {
          "tests/test_api.py": "async def test_get():\n    pass\n",
          "pyproject.toml": '[tool.pytest.ini_options]\nasyncio_mode = "auto"\n'
        },
        {
          "tests/test_api.py": "class T(unittest.IsolatedAsyncioTestCase):\n    async def test_get(self):\n        pass\n"
        },
        { "tests/test_api.py": "def test_get():\n    assert get()\n" },
        // the project runs coroutines itself: its own pytest_pyfunc_call hook, or its own decorator
        {
          "tests/test_api.py": "async def test_get():\n    assert await get()\n",
          "tests/conftest.py": "def pytest_pyfunc_call(pyfuncitem):\n    loop.run_until_complete(pyfuncitem.obj())\n"
        },
        {
          "lib/testing/loop.py": "class Loop:\n    def run(self, fn, *args):\n        return self.loop.run_until_complete(fn(*args))\n\nLOOP = Loop()\n\ndef run_coroutine(fn, *args):\n    return LOOP.run(fn, *args)\n",
          "lib/testing/decorators.py": "def coroutine_test(fn):\n    def wrapper(*args):\n        return run_coroutine(fn, *args)\n    return wrapper\n",
          "tests/test_api.py": '@coroutine_test\n@pytest.mark.parametrize(\n    "kw", [{}, {"x": 1}]\n)\nasync def test_get(kw):\n    async def test_helper():\n        pass\n    assert await get(**kw)\n'
        },
        {
          "lib/testing/runner.py": "def async_test(fn):\n    def wrapper(*args, **kwargs):\n        return asyncio.run(fn(*args, **kwargs))\n    return wrapper\n",
          "tests/test_api.py": "from lib.testing.runner import async_test\n\nclass TestApi:\n    @async_test\n    async def test_get(self):\n        assert await get()\n"
        },
        { "app/client.py": "async def test_connection():\n    pass\n" }
      ]
    }
  }
];

// dist/src/analyzers/modern/index.js
var meta = {
  id: "modern/runtime",
  category: "modern",
  languages: "any",
  defaultSeverity: "medium",
  description: "Runtimes past end of life or behind LTS, tooling gaps, dependency majors left behind"
};
function listRuleIds() {
  return [...Object.values(RUNTIME_RULE_IDS), DEPENDENCY_MAJOR_RULE_ID, ...toolingGapRules.map((rule) => rule.id)];
}
function analyzeRepo(input) {
  const facts = readRepoFacts(input);
  const gaps = toolingGapRules.flatMap((rule) => rule.find(facts).map((gap) => createFinding(meta, {
    ruleId: rule.id,
    path: gap.path,
    line: gap.line ?? 1,
    title: gap.title,
    content: gap.content,
    severity: gap.declined ? "info" : rule.severity,
    confidence: 0.8,
    effortHours: 2,
    ...gap.declined ? { facts: { declined: gap.declined } } : {}
  })));
  return [
    ...findRuntimeFindings(meta, input),
    ...gaps,
    ...findDependencyMajorsBehind(meta, facts, readLatestVersions(input.options))
  ];
}
function readLatestVersions(options) {
  const latest = options?.latestVersions;
  if (!latest || typeof latest !== "object")
    return {};
  return Object.fromEntries(Object.entries(latest).filter((entry) => typeof entry[1] === "string"));
}
export {
  analyzeRepo,
  listRuleIds,
  meta
};
