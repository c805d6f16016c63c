import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  baseName,
  isForeignPath
} from "./chunk-R7BXTBGS.js";
import {
  lowestPythonVersion,
  lowestSemverMajor,
  parseVersionPrefix
} from "./chunk-XLIRTYAW.js";

// dist/src/analyzers/modern/go-module-kind.js
var notImported = /(?:^|\/)(?:cmd|internal|testdata|examples?|_examples|vendor)\//;
var MAX_FILES_READ = 20;
function describeGoLibrary(goModPath, files, read) {
  const root = goModPath.slice(0, goModPath.length - baseName(goModPath).length);
  const sources = files.filter((path) => path.startsWith(root) && path.endsWith(".go") && !path.endsWith("_test.go"));
  const atRoot = sources.filter((path) => !path.slice(root.length).includes("/"));
  const candidates = (atRoot.length > 0 ? atRoot : sources.filter((path) => !notImported.test(path.slice(root.length)))).slice(0, MAX_FILES_READ);
  for (const path of candidates) {
    const name = /^package\s+([A-Za-z_]\w*)/m.exec(read(path) ?? "")?.[1];
    if (name && name !== "main")
      return `its module is imported by others: package ${name} in ${path}`;
  }
  return void 0;
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
    if (!reader || text === void 0)
      continue;
    const found = reader(path, text);
    const library = name === "go.mod" && found.some(isGoFloor) ? describeGoLibrary(path, files, read) : void 0;
    declarations.push(...found.map((declaration) => library && isGoFloor(declaration) ? { ...declaration, floor: library } : declaration));
  }
  return declarations;
}
function isGoFloor(declaration) {
  return declaration.runtime === "go" && !declaration.pinned;
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
function readBreakingRaise(manifest) {
  if (manifest.private === true || typeof manifest.name !== "string" || typeof manifest.version !== "string")
    return void 0;
  const major = parseVersionPrefix(manifest.version)?.[0];
  return major !== void 0 && major >= 1 ? `raising engines.node of the published ${manifest.name} ${manifest.version} is a breaking change` : void 0;
}
function readEnginesNode(path, text) {
  let range;
  let breaking;
  try {
    const manifest = JSON.parse(text);
    range = manifest?.engines?.node;
    breaking = manifest ? readBreakingRaise(manifest) : void 0;
  } catch {
    return [];
  }
  if (typeof range !== "string")
    return [];
  const major = lowestSemverMajor(range);
  const engines = text.indexOf('"engines"');
  const nodeKey = text.indexOf('"node"', Math.max(engines, 0));
  const line = nodeKey < 0 ? 1 : text.slice(0, nodeKey).split("\n").length;
  const declared = declare(path, line, "node", major === void 0 ? void 0 : [major], false, `"engines": { "node": "${range}" }`);
  return breaking ? declared.map((declaration) => ({ ...declaration, breaking })) : declared;
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

export {
  findRuntimeDeclarations
};
