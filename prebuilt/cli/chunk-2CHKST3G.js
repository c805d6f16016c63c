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
  asRecord,
  baseName,
  hasPythonDependency,
  isForeignPath,
  readRepoFacts
} from "./chunk-R7BXTBGS.js";
import {
  createFinding
} from "./chunk-PPIWG3NF.js";
import {
  languageOf
} from "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/analyzers/modern/version-ranges.js
function lowestSemverMajor(range) {
  const lows = range.split("||").map((alternative) => lowerBound(alternative, 1));
  if (lows.length === 0 || lows.some((low) => low === void 0))
    return void 0;
  return Math.min(...lows.map((low) => low[0]));
}
function highestSemverMajor(range) {
  const alternatives = range.split("||").map((alternative) => upperMajor(alternative.trim()));
  return Math.max(...alternatives);
}
function lowestPythonVersion(specifier) {
  const lows = specifier.split("||").map((alternative) => lowerBound(alternative, 2));
  if (lows.length === 0 || lows.some((low) => low === void 0))
    return void 0;
  const sorted = lows.sort((a, b) => compareVersions(a, b));
  const [major, minor] = sorted[0];
  return [major, minor ?? 0];
}
function parseVersionPrefix(text) {
  const match = /^v?(\d{1,4})(?:\.(\d{1,4}))?(?:\.(\d{1,4}))?/.exec(text.trim());
  if (!match)
    return void 0;
  return match.slice(1).filter((part) => part !== void 0).map(Number);
}
function compareVersions(a, b) {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0)
      return difference;
  }
  return 0;
}
function lowerBound(alternative, significantParts) {
  const text = alternative.trim();
  const hyphen = /^(\S{1,40})\s{1,10}-\s{1,10}\S{1,40}$/.exec(text);
  const comparators = (hyphen ? hyphen[1] : text).replace(/(>=|<=|~=|==|!=|[<>=^~])\s{1,10}/g, "$1").split(/[\s,]{1,20}/).filter(Boolean);
  let best;
  for (const comparator of comparators) {
    const match = /^(>=|<=|~=|===?|!=|[<>=^~])?v?(\d{1,4})(?:\.(\d{1,4}|[x*]))?(?:\.(\d{1,4}|[x*]))?/.exec(comparator);
    if (!match)
      continue;
    const operator = match[1] ?? "";
    if (operator.startsWith("<") || operator === "!=")
      continue;
    const parts = [match[2], match[3], match[4]].filter((part) => part !== void 0 && /^\d/.test(part)).map(Number);
    if (operator === ">" && parts.length <= significantParts) {
      const bumped = parts.length - 1;
      parts[bumped] = parts[bumped] + 1;
    }
    if (!best || compareVersions(parts, best) > 0)
      best = parts;
  }
  return best;
}
function upperMajor(alternative) {
  const hyphen = /^\S{1,40}\s{1,10}-\s{1,10}v?(\d{1,4})/.exec(alternative);
  if (hyphen)
    return Number(hyphen[1]);
  let upper = Infinity;
  for (const comparator of alternative.replace(/(<=|>=|[<>=^~])\s{1,10}/g, "$1").split(/\s{1,20}/)) {
    const match = /^(<=|>=|[<>=^~])?v?(\d{1,4})(?:\.(\d{1,4}|[x*]))?(?:\.(\d{1,4}|[x*]))?/.exec(comparator);
    if (!match)
      continue;
    const operator = match[1] ?? "";
    const major = Number(match[2]);
    if (operator === ">" || operator === ">=")
      continue;
    const stopsBefore = operator === "<" && [match[3], match[4]].every((part) => part === void 0 || part === "0");
    upper = Math.min(upper, stopsBefore ? major - 1 : major);
  }
  return upper;
}

// dist/src/analyzers/modern/dependency-majors.js
var DEPENDENCY_MAJOR_RULE_ID = "modern/dependency-major-behind";
var checkedFields = ["dependencies", "devDependencies"];
function findDependencyMajorsBehind(meta2, facts, latestVersions = {}) {
  const findings = [];
  for (const { path, json } of facts.packageJsons) {
    const folder = path.slice(0, path.length - "package.json".length);
    const locked = readLockedVersions(facts.read(`${folder}package-lock.json`));
    const text = facts.read(path) ?? "";
    for (const field of checkedFields) {
      for (const [name, range] of Object.entries(asRecord(json[field]))) {
        if (typeof range !== "string")
          continue;
        const admitted = highestSemverMajor(range);
        const candidates = [
          ["the lockfile", locked.get(name)],
          ["latest", latestVersions[name]]
        ];
        const behind = candidates.map(([source, version]) => ({ source, version, major: parseVersionPrefix(version ?? "")?.[0] })).filter((candidate) => candidate.major !== void 0 && candidate.major > admitted).sort((a, b) => b.major - a.major)[0];
        if (!behind)
          continue;
        const gap = behind.major - admitted;
        findings.push(createFinding(meta2, {
          ruleId: DEPENDENCY_MAJOR_RULE_ID,
          path,
          line: findKeyLine(text, field, name),
          title: `${name} "${range}" is ${gap} major version${gap > 1 ? "s" : ""} behind ${behind.source} (${behind.version}): upgrade and widen the range`,
          content: `${field} ${name} ${range}`,
          severity: gap > 1 ? "medium" : "low",
          confidence: 0.9,
          effortHours: gap > 1 ? 4 : 2,
          facts: {
            dependency: name,
            declared: range,
            target: behind.version ?? "",
            source: behind.source === "latest" ? "registry" : "lockfile"
          }
        }));
      }
    }
  }
  return findings;
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

// dist/src/analyzers/modern/runtime-declarations.js
var nodeCodeNames = {
  erbium: 12,
  fermium: 14,
  gallium: 16,
  hydrogen: 18,
  iron: 20,
  jod: 22,
  krypton: 24
};
var toolVersionNames = {
  nodejs: "node",
  node: "node",
  python: "python",
  golang: "go",
  go: "go"
};
var dockerImages = { node: "node", python: "python", golang: "go" };
var readersByName = {
  "package.json": readEnginesNode,
  ".nvmrc": (path, text) => readPinnedFile(path, text, "node"),
  ".node-version": (path, text) => readPinnedFile(path, text, "node"),
  ".python-version": (path, text) => readPinnedFile(path, text, "python"),
  ".tool-versions": readToolVersions,
  "pyproject.toml": (path, text) => readPythonMinimum(path, text, /^\s{0,20}(?:requires-python|python)\s{0,10}=\s{0,10}["']([^"'\n]{1,80})["']/),
  "setup.cfg": (path, text) => readPythonMinimum(path, text, /^\s{0,20}python_requires\s{0,10}=\s{0,10}([^\n#]{1,80})/),
  "setup.py": (path, text) => readPythonMinimum(path, text, /\bpython_requires\s{0,10}=\s{0,10}["']([^"'\n]{1,80})["']/),
  "go.mod": readGoMod
};
function findRuntimeDeclarations(files, read) {
  const declarations = [];
  for (const path of files) {
    if (isForeignPath(path))
      continue;
    const name = baseName(path);
    const reader = readersByName[name] ?? (isDockerfile(name) ? readDockerfile : void 0);
    const text = reader ? read(path) : void 0;
    if (reader && text !== void 0)
      declarations.push(...reader(path, text));
  }
  return declarations;
}
function isDockerfile(name) {
  const lower = name.toLowerCase();
  return lower === "dockerfile" || lower.startsWith("dockerfile.") || lower.endsWith(".dockerfile") || lower === "containerfile";
}
function eachLine(text) {
  return text.split("\n").map((content, index) => [index + 1, content]);
}
function declare(path, line, runtime, version, pinned, text) {
  const precise = version !== void 0 && version.length >= (runtime === "node" ? 1 : 2);
  return precise ? [{ path, line, runtime, version, pinned, text: text.trim() }] : [];
}
function readEnginesNode(path, text) {
  let range;
  try {
    range = JSON.parse(text)?.engines?.node;
  } catch {
    return [];
  }
  if (typeof range !== "string")
    return [];
  const major = lowestSemverMajor(range);
  const engines = text.indexOf('"engines"');
  const nodeKey = text.indexOf('"node"', Math.max(engines, 0));
  const line = nodeKey < 0 ? 1 : text.slice(0, nodeKey).split("\n").length;
  return declare(path, line, "node", major === void 0 ? void 0 : [major], false, `"engines": { "node": "${range}" }`);
}
function readPinnedFile(path, text, runtime) {
  const found = eachLine(text).find(([, content2]) => content2.trim() !== "" && !content2.trim().startsWith("#"));
  if (!found)
    return [];
  const [line, content] = found;
  const codeName = /^lts\/([a-z]{1,20})$/i.exec(content.trim())?.[1]?.toLowerCase();
  const version = codeName ? nodeCodeNames[codeName] ? [nodeCodeNames[codeName]] : void 0 : parseVersionPrefix(content);
  return declare(path, line, runtime, version, true, `${baseName(path)}: ${content.trim()}`);
}
function readToolVersions(path, text) {
  return eachLine(text).flatMap(([line, content]) => {
    const match = /^\s{0,10}([a-z]{2,10})\s{1,20}(\S{1,40})/.exec(content);
    const runtime = match ? toolVersionNames[match[1]] : void 0;
    return runtime ? declare(path, line, runtime, parseVersionPrefix(match?.[2] ?? ""), true, content) : [];
  });
}
function readPythonMinimum(path, text, pattern) {
  let inPoetryDependencies = false;
  return eachLine(text).flatMap(([line, content]) => {
    if (/^\s{0,10}\[/.test(content))
      inPoetryDependencies = /^\s{0,10}\[tool\.poetry\.dependencies\]/.test(content);
    const match = pattern.exec(content);
    if (!match || /^\s{0,20}python\s{0,10}=/.test(content) && !inPoetryDependencies)
      return [];
    const version = lowestPythonVersion(match[1].trim());
    return declare(path, line, "python", version, false, content);
  });
}
function readGoMod(path, text) {
  return eachLine(text).flatMap(([line, content]) => {
    const directive = /^(go|toolchain)\s{1,10}(?:go)?(\d{1,3}\.\d{1,4})/.exec(content.trim());
    return directive ? declare(path, line, "go", parseVersionPrefix(directive[2]), directive[1] === "toolchain", content) : [];
  });
}
function readDockerfile(path, text) {
  return eachLine(text).flatMap(([line, content]) => {
    const image = /^\s{0,10}FROM\s{1,10}(?:--\S{1,200}\s{1,10}){0,5}(\S{1,300})/i.exec(content)?.[1];
    const [, name, tag] = /(?:^|\/)([a-z0-9._-]{1,100}):([\w.-]{1,100})(?:@\S{1,100})?$/.exec(image ?? "") ?? [];
    const runtime = name ? dockerImages[name] : void 0;
    return runtime ? declare(path, line, runtime, parseVersionPrefix(tag ?? ""), true, content) : [];
  });
}

// dist/src/analyzers/modern/runtime-releases.js
var RELEASES_REVIEWED_ON = "2026-11-24";
var node = [
  { runtime: "node", version: "12", released: "2019-04-23", ltsFrom: "2019-10-21", endOfLife: "2022-04-30" },
  { runtime: "node", version: "13", released: "2019-10-22", endOfLife: "2020-06-01" },
  { runtime: "node", version: "14", released: "2020-04-21", ltsFrom: "2020-10-27", endOfLife: "2023-04-30" },
  { runtime: "node", version: "15", released: "2020-10-20", endOfLife: "2021-06-01" },
  // Node 16 ended early, with OpenSSL 1.1.1.
  { runtime: "node", version: "16", released: "2021-04-20", ltsFrom: "2021-10-26", endOfLife: "2023-09-11" },
  { runtime: "node", version: "17", released: "2021-10-19", endOfLife: "2022-06-01" },
  { runtime: "node", version: "18", released: "2022-04-19", ltsFrom: "2022-10-25", endOfLife: "2025-04-30" },
  { runtime: "node", version: "19", released: "2022-10-18", endOfLife: "2023-06-01" },
  { runtime: "node", version: "20", released: "2023-04-18", ltsFrom: "2023-10-24", endOfLife: "2026-04-30" },
  { runtime: "node", version: "21", released: "2023-10-17", endOfLife: "2024-06-01" },
  { runtime: "node", version: "22", released: "2024-04-24", ltsFrom: "2024-10-29", endOfLife: "2027-04-30" },
  { runtime: "node", version: "23", released: "2024-10-16", endOfLife: "2025-06-01" },
  { runtime: "node", version: "24", released: "2025-05-06", ltsFrom: "2025-10-28", endOfLife: "2028-04-30" },
  { runtime: "node", version: "25", released: "2025-10-15", endOfLife: "2026-06-01", estimated: true },
  {
    runtime: "node",
    version: "26",
    released: "2026-04-21",
    ltsFrom: "2026-10-27",
    endOfLife: "2029-04-30",
    estimated: true
  }
];
var python = [
  { runtime: "python", version: "3.6", released: "2016-12-23", endOfLife: "2021-12-23" },
  { runtime: "python", version: "3.7", released: "2018-06-27", endOfLife: "2023-06-27" },
  { runtime: "python", version: "3.8", released: "2019-10-14", endOfLife: "2024-10-07" },
  { runtime: "python", version: "3.9", released: "2020-10-05", endOfLife: "2025-10-31" },
  { runtime: "python", version: "3.10", released: "2021-10-04", endOfLife: "2026-10-31", estimated: true },
  { runtime: "python", version: "3.11", released: "2022-10-24", endOfLife: "2027-10-31", estimated: true },
  { runtime: "python", version: "3.12", released: "2023-10-02", endOfLife: "2028-10-31", estimated: true },
  { runtime: "python", version: "3.13", released: "2024-10-07", endOfLife: "2029-10-31", estimated: true },
  { runtime: "python", version: "3.14", released: "2025-10-07", endOfLife: "2030-10-31", estimated: true }
];
var goReleases = [
  ["1.19", "2022-08-02"],
  ["1.20", "2023-02-01"],
  ["1.21", "2023-08-08"],
  ["1.22", "2024-02-06"],
  ["1.23", "2024-08-13"],
  ["1.24", "2025-02-11"],
  ["1.25", "2025-08-12"],
  ["1.26", "2026-02-10", true],
  ["1.27", "2026-08-11", true],
  ["1.28", "2027-02-09", true]
];
var go = goReleases.slice(0, -2).map(([version, released, estimated], index) => {
  const [, successorDate, successorEstimated] = goReleases[index + 2];
  const release = { runtime: "go", version, released, endOfLife: successorDate };
  if (estimated || successorEstimated)
    release.estimated = true;
  return release;
});
var RUNTIME_RELEASES = [...node, ...python, ...go];

// dist/src/analyzers/modern/runtime-status.js
var RUNTIME_NAMES = { node: "Node.js", python: "Python", go: "Go" };
function judgeRuntime(runtime, version, today, pinned) {
  const releases = RUNTIME_RELEASES.filter((release2) => release2.runtime === runtime);
  const key = runtime === "node" ? version.slice(0, 1) : version.slice(0, 2);
  const release = releases.find((candidate) => compareVersions(parseKey(candidate.version), key) === 0);
  if (!release) {
    const oldest = releases[0];
    return compareVersions(key, parseKey(oldest.version)) < 0 ? { kind: "end-of-life", replacement: pickReplacement(releases, today, pinned) } : { kind: "unknown" };
  }
  if (release.endOfLife <= today)
    return { kind: "end-of-life", release, replacement: pickReplacement(releases, today, pinned) };
  const currentLts = latestLts(releases, today);
  if (pinned && currentLts && compareVersions(key, parseKey(currentLts.version)) < 0) {
    return { kind: "behind-lts", release, currentLts };
  }
  return { kind: "supported" };
}
function parseKey(version) {
  return version.split(".").map(Number);
}
function latestLts(releases, today) {
  return releases.filter((release) => release.ltsFrom !== void 0 && release.ltsFrom <= today && today < release.endOfLife).at(-1);
}
function pickReplacement(releases, today, pinned) {
  const supported = releases.filter((release) => release.released <= today && today < release.endOfLife);
  const lts = supported.filter((release) => release.ltsFrom !== void 0 && release.ltsFrom <= today);
  const pool = lts.length > 0 ? lts : supported;
  return pinned ? pool.at(-1) : pool[0];
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
    const title = pinned ? `${name} is past end of life (${since}): move to ${describe(status.replacement, "a supported release")}` : `Declared minimum ${name} is past end of life (${since}): raise it to ${describe(status.replacement, "a supported release")}`;
    return [
      createFinding(meta2, {
        ruleId: RUNTIME_RULE_IDS.endOfLife,
        path,
        line,
        title,
        content: text,
        facts,
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
  const python2 = facts.ownFiles.filter((path) => path.endsWith(".py"));
  if (python2.some((path) => ownHook.test(facts.read(path) ?? "")))
    return [];
  const isRunner = findRunners(facts, python2);
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
function findRunners(facts, python2) {
  const bodies = /* @__PURE__ */ new Map();
  for (const path of python2) {
    const lines = (facts.read(path) ?? "").split("\n");
    lines.forEach((line, at) => {
      const def = /^(\s{0,40})(?:async\s{1,10})?def\s{1,10}(\w{1,80})\s{0,10}\(/.exec(line);
      if (!def)
        return;
      const indent = def[1].length;
      const body = [];
      for (let next = at + 1; next < lines.length && body.length < 80; next++) {
        const text = lines[next];
        if (text.trim() !== "" && (/^\s*/.exec(text)?.[0].length ?? 0) <= indent)
          break;
        body.push(text);
      }
      const name = def[2];
      bodies.set(name, [...bodies.get(name) ?? [], body.join("\n")]);
    });
  }
  const known = /* @__PURE__ */ new Map();
  const drives = (name, depth) => {
    const cached = known.get(name);
    if (cached !== void 0)
      return cached;
    known.set(name, false);
    const texts = bodies.get(name) ?? [];
    const result = texts.some((text) => drivesCoroutine.test(text)) || depth < 4 && texts.some((text) => [...text.matchAll(/(\w{1,80})\s{0,10}\(/g)].some((call) => call[1] !== name && bodies.has(call[1]) && drives(call[1], depth + 1)));
    known.set(name, result);
    return result;
  };
  return (name) => drives(name, 0);
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
function findToolGap(tools, what, advice) {
  return (facts) => ["javascript", "python"].filter((ecosystem) => isProject(facts, ecosystem) && detectTool(facts, tools[ecosystem]).length === 0).map((ecosystem) => ({
    path: primaryManifest(facts, ecosystem),
    title: `No ${what} for the ${ecosystem} code: add ${advice[ecosystem]}`,
    content: ecosystem
  }));
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
    find: findToolGap({ javascript: "jsFormatter", python: "pythonFormatter" }, "formatter", {
      javascript: "Prettier or Biome",
      python: "Ruff format or Black"
    }),
    examples: {
      positive: [
        { ...jsSources, ".eslintrc.json": "{}" },
        {
          ...jsSources,
          ".eslintrc.cjs": 'module.exports = { extends: "eslint:recommended", rules: { "no-cond-assign": 0 } };\n'
        },
        { ...pySources, "pyproject.toml": "[tool.ruff]\n" }
      ],
      negative: [
        { ...jsSources, ".prettierrc": "{}" },
        { ...jsSources, "package.json": '{"prettier":{"semi":false}}' },
        // layout enforced by ESLint rules, fixed by eslint --fix
        { ...jsSources, ".eslintrc.yml": "rules:\n  indent: [error, 2]\n  eol-last: error\n" },
        { ...jsSources, "eslint.config.js": 'import stylistic from "@stylistic/eslint-plugin";\nexport default [];\n' },
        { ...pySources, "pyproject.toml": "[tool.black]\n" },
        { ...pySources, ".pre-commit-config.yaml": "- id: ruff-format\n" }
      ]
    }
  },
  {
    id: "modern/no-type-checking",
    severity: "low",
    find: findToolGap({ javascript: "jsTypeChecker", python: "pythonTypeChecker" }, "type checking", {
      javascript: 'TypeScript, or a jsconfig.json with "checkJs": true',
      python: "mypy or pyright in CI"
    }),
    examples: {
      positive: [
        { ...jsSources, "jsconfig.json": '{"compilerOptions":{}}' },
        { ...pySources, "setup.cfg": "[flake8]\n" }
      ],
      negative: [
        { ...jsSources, "tsconfig.json": "{}" },
        { ...jsSources, "jsconfig.json": '{"compilerOptions":{"checkJs": true}}' },
        { ...pySources, "pyproject.toml": "[tool.mypy]\nstrict = true\n" },
        { ...pySources, "pyrightconfig.json": "{}" }
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
    severity: rule.severity,
    confidence: 0.8,
    effortHours: 2
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
