import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import "./chunk-4K3HMJS3.js";

// dist/src/analyzers/docstring/entry-points.js
var SOURCE_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".d.ts", ".js", ".mjs", ".cjs", ".jsx"];
var SOURCE_ENTRIES = ["src/index.ts", "src/index.tsx", "src/index.mts", "src/index.js", "src/index.mjs", "index.ts"];
function exportTargets(value, key = ".") {
  if (key.includes("*") || /(?:^|\/)(?:unsafe|internal|private)(?:\/|$)/.test(key))
    return [];
  if (typeof value === "string")
    return value.includes("*") ? [] : [value];
  if (Array.isArray(value))
    return value.flatMap((item) => exportTargets(item, key));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([name, item]) => exportTargets(item, name.startsWith(".") ? name : key));
  return [];
}
function join(folder, relative) {
  const parts = folder === "" ? [] : folder.split("/");
  for (const part of relative.split("/")) {
    if (part === "" || part === ".")
      continue;
    if (part === "..")
      parts.pop();
    else
      parts.push(part);
  }
  return parts.join("/");
}
function resolveFile(tracked, path) {
  if (tracked.has(path) && /\.[cm]?[jt]sx?$/.test(path))
    return path;
  const stem = path.replace(/\.(?:d\.ts|[cm]?[jt]sx?)$/, "");
  for (const extension of SOURCE_EXTENSIONS)
    if (tracked.has(stem + extension))
      return stem + extension;
  for (const extension of SOURCE_EXTENSIONS)
    if (tracked.has(`${path}/index${extension}`))
      return `${path}/index${extension}`;
  return void 0;
}
function entryFiles(folder, manifest, tracked) {
  const declared = [manifest.main, manifest.module, manifest.types, manifest.typings, manifest.browser].filter((value) => typeof value === "string").concat(exportTargets(manifest.exports));
  if (declared.length === 0 && manifest.exports === void 0)
    declared.push("index.js");
  const found = /* @__PURE__ */ new Set();
  let built = false;
  for (const target of declared) {
    const file = resolveFile(tracked, join(folder, target));
    if (file)
      found.add(file);
    else
      built = true;
  }
  if (built)
    for (const entry of SOURCE_ENTRIES) {
      const file = join(folder, entry);
      if (tracked.has(file)) {
        found.add(file);
        break;
      }
    }
  return [...found];
}
var COMMENTS = /\/\*[\s\S]*?\*\/|(?<![:'"`\\])\/\/[^\n]*/g;
var NAME = "[A-Za-z_$][\\w$]*";
var QUOTED = `['"]([^'"\\n]+)['"]`;
var EXPORT_ALL = new RegExp(`\\bexport\\s+(?:type\\s+)?\\*(?:\\s+as\\s+${NAME})?\\s+from\\s*${QUOTED}`, "g");
var EXPORT_FROM = new RegExp(`\\bexport\\s+(?:type\\s+)?\\{([^}]*)\\}\\s*from\\s*${QUOTED}`, "g");
var EXPORT_LIST = new RegExp(`\\bexport\\s+(?:type\\s+)?\\{([^}]*)\\}(?!\\s*from)`, "g");
var IMPORT = new RegExp(`\\bimport\\s+(?:type\\s+)?([^'";]*?)\\s+from\\s*${QUOTED}`, "g");
var REQUIRE = new RegExp(`\\b(?:const|let|var)\\s+(${NAME}|\\{[^}]*\\})\\s*=\\s*require\\(\\s*${QUOTED}\\s*\\)`, "g");
var IMPORT_REQUIRE = new RegExp(`\\bimport\\s+(${NAME})\\s*=\\s*require\\(\\s*${QUOTED}\\s*\\)`, "g");
var EXPORT_ASSIGN = new RegExp(`\\bexport\\s*=\\s*(${NAME})`, "g");
var EXPORT_DEFAULT = new RegExp(`\\bexport\\s+default\\s+(${NAME})\\s*(?:;|$)`, "gm");
var ASSIGNMENT = new RegExp(`^[ \\t]*(?:(?:var|let|const)[ \\t]+)?((?:(?:${NAME})(?:\\.${NAME})*\\s*=(?!=)\\s*)+)(require\\(\\s*${QUOTED}\\s*\\)|\\{[^}]*\\}|${NAME}(?:\\.${NAME})?)`, "gm");
function sourceNames(list) {
  return list.split(",").map((item) => item.trim().replace(/^type\s+/, "")).filter(Boolean).map((item) => item.split(/\s+as\s+/)[0]);
}
function localNames(list) {
  return list.split(",").map((item) => item.trim().replace(/^type\s+/, "")).filter(Boolean).map((item) => {
    const [imported, local] = item.split(/\s+as\s+|\s*:\s*/);
    return [(local ?? imported).trim(), imported.trim()];
  });
}
function reExports(source) {
  const text = source.replace(COMMENTS, " ");
  const found = [];
  const imported = /* @__PURE__ */ new Map();
  for (const [, specifier] of text.matchAll(EXPORT_ALL))
    found.push([specifier, 1]);
  for (const [, list, specifier] of text.matchAll(EXPORT_FROM)) {
    const names = sourceNames(list);
    found.push([specifier, names.includes("default") ? 1 : new Set(names)]);
  }
  for (const [, clause, specifier] of text.matchAll(IMPORT)) {
    const braces = /\{([^}]*)\}/.exec(clause);
    for (const [local, name] of braces ? localNames(braces[1]) : [])
      imported.set(local, [specifier, name]);
    const rest = clause.replace(/\{[^}]*\}/, "").replace(/,/g, " ");
    const namespace = /\*\s*as\s+([A-Za-z_$][\w$]*)/.exec(rest);
    if (namespace)
      imported.set(namespace[1], [specifier, "*"]);
    const byDefault = /^\s*([A-Za-z_$][\w$]*)/.exec(rest.replace(/\*\s*as\s+[A-Za-z_$][\w$]*/, ""));
    if (byDefault)
      imported.set(byDefault[1], [specifier, "default"]);
  }
  for (const [, binding, specifier] of text.matchAll(IMPORT_REQUIRE))
    imported.set(binding, [specifier, "*"]);
  for (const [, binding, specifier] of text.matchAll(REQUIRE)) {
    if (binding.startsWith("{"))
      for (const [local, name] of localNames(binding.slice(1, -1)))
        imported.set(local, [specifier, name]);
    else
      imported.set(binding, [specifier, "*"]);
  }
  const handOn = (value) => {
    const required = /^require\(\s*['"]([^'"]+)['"]/.exec(value);
    if (required)
      return void found.push([required[1], 1]);
    if (value.startsWith("{")) {
      for (const item of value.slice(1, -1).split(",")) {
        const property = item.trim().replace(/^\.\.\./, "");
        const colon = property.indexOf(":");
        handOn((colon === -1 ? property : property.slice(colon + 1)).trim());
      }
      return;
    }
    const [object, member] = value.split(".");
    const from = imported.get(object);
    if (!from)
      return;
    if (member !== void 0)
      found.push([from[0], /* @__PURE__ */ new Set([from[1] === "*" ? member : from[1]])]);
    else
      found.push([from[0], from[1] === "*" || from[1] === "default" ? 1 : /* @__PURE__ */ new Set([from[1]])]);
  };
  for (const [, list] of text.matchAll(EXPORT_LIST))
    for (const name of sourceNames(list))
      handOn(name);
  const exportedObjects = /* @__PURE__ */ new Set();
  for (const [, name] of text.matchAll(EXPORT_DEFAULT)) {
    handOn(name);
    exportedObjects.add(name);
  }
  const assignments = [...text.matchAll(ASSIGNMENT)].map(([, chain, value]) => ({
    targets: chain.split("=").map((target) => target.trim()).filter(Boolean),
    value
  }));
  const isExports = (target) => target === "module.exports" || target === "exports";
  for (const [, value] of text.matchAll(EXPORT_ASSIGN)) {
    handOn(value);
    exportedObjects.add(value);
  }
  for (const { targets, value } of assignments)
    if (targets.some(isExports)) {
      for (const target of targets)
        if (!target.includes("."))
          exportedObjects.add(target);
    }
  for (const { targets, value } of assignments)
    for (const target of targets) {
      const owner = target.slice(0, target.lastIndexOf("."));
      if (isExports(target)) {
        handOn(value);
        if (/^[A-Za-z_$][\w$]*$/.test(value))
          exportedObjects.add(value);
      } else if (target.includes(".") && (isExports(owner) || exportedObjects.has(owner)))
        handOn(value);
    }
  return found;
}
var answered = /* @__PURE__ */ new Map();
function reExportsOf(text) {
  let found = answered.get(text);
  if (!found) {
    found = reExports(text);
    if (answered.size >= 4096)
      answered.clear();
    answered.set(text, found);
  }
  return found;
}
function gatherEntryPoints(files, read, isShipped) {
  const tracked = new Set(files);
  const packages = [];
  const reached = /* @__PURE__ */ new Map();
  const queue = [];
  const reach = (file, what) => {
    const known = reached.get(file);
    if (known === 1)
      return;
    if (what === 1)
      reached.set(file, 1);
    else if (known && [...what].every((name) => known.has(name)))
      return;
    else
      reached.set(file, /* @__PURE__ */ new Set([...known ?? [], ...what]));
    queue.push([file, what]);
  };
  for (const path of files) {
    if (!/(?:^|\/)package\.json$/.test(path) || !isShipped(path))
      continue;
    let manifest;
    try {
      manifest = JSON.parse(read(path) ?? "");
    } catch {
      continue;
    }
    const folder = path.replace(/\/?package\.json$/, "");
    const entries = entryFiles(folder, manifest, tracked);
    if (entries.length === 0)
      continue;
    packages.push(folder);
    for (const entry of entries)
      reach(entry, 1);
  }
  if (packages.length === 0)
    return void 0;
  for (let next = queue.shift(); next; next = queue.shift()) {
    const [file] = next;
    const text = read(file);
    if (text === void 0)
      continue;
    const folder = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
    for (const [specifier, what] of reExportsOf(text)) {
      if (!specifier.startsWith("."))
        continue;
      const target = resolveFile(tracked, join(folder, specifier));
      if (target)
        reach(target, what);
    }
  }
  const reachedOut = {};
  for (const [file, what] of [...reached].sort(([a], [b]) => a < b ? -1 : 1))
    reachedOut[file] = what === 1 ? 1 : [...what].sort();
  return { packages: packages.sort(), reached: reachedOut };
}

// dist/src/analyzers/docstring/python-classes.js
var MARKER_MODULES = /^(?:typing|typing_extensions|abc|enum|dataclasses|builtins)(?:\.|$)/;
var CLASS = /^class[ \t]+([A-Za-z_]\w*)[ \t]*(?:\(([^)]*)\))?[ \t]*:/;
var DEF = /^([ \t]+)(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)[ \t]*\(/;
var FROM_IMPORT = /^[ \t]*from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)/gm;
var IMPORT2 = /^[ \t]*import[ \t]+([^\n#;]+)/gm;
var DOCSTRING_START = /^[ \t]*[rRuU]?(?:"|')/;
function modulePathOf(path) {
  return path.replace(/\.pyi?$/, "").replace(/\/__init__$/, "");
}
function signatureEnd(text, open) {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    const char = text[index];
    if (char === '"' || char === "'") {
      const close = text.indexOf(char, index + 1);
      if (close === -1)
        return -1;
      index = close;
    } else if (char === "(" || char === "[" || char === "{")
      depth++;
    else if (char === ")" || char === "]" || char === "}")
      depth--;
    else if (char === ":" && depth === 0)
      return index + 1;
  }
  return -1;
}
function hasDocstringAfter(text, bodyStart) {
  const lineEnd = text.indexOf("\n", bodyStart);
  const rest = text.slice(bodyStart, lineEnd === -1 ? text.length : lineEnd).trim();
  if (rest !== "" && !rest.startsWith("#"))
    return DOCSTRING_START.test(rest);
  for (let start = lineEnd + 1; start > 0 && start < text.length; ) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end === -1 ? text.length : end);
    const trimmed = line.trim();
    if (trimmed !== "" && !trimmed.startsWith("#"))
      return DOCSTRING_START.test(line);
    if (end === -1)
      break;
    start = end + 1;
  }
  return false;
}
function readModule(path, text) {
  const imports = /* @__PURE__ */ new Map();
  for (const [, module, list] of text.matchAll(FROM_IMPORT))
    for (const item of list.replace(/[()]/g, "").split(",")) {
      const [name, alias] = item.trim().split(/\s+as\s+/);
      if (/^[A-Za-z_]\w*$/.test(name))
        imports.set(alias ?? name, [module, name]);
    }
  for (const [, list] of text.matchAll(IMPORT2))
    for (const item of list.split(",")) {
      const [module, alias] = item.trim().split(/\s+as\s+/);
      if (/^[A-Za-z_][\w.]*$/.test(module))
        imports.set(alias ?? module.split(".")[0], [alias ? module : module.split(".")[0], ""]);
    }
  const classes = /* @__PURE__ */ new Map();
  let current;
  let bodyIndent;
  let offset = 0;
  for (const line of text.split("\n")) {
    const start = offset;
    offset += line.length + 1;
    const header = CLASS.exec(line);
    if (header) {
      current = {
        bases: (header[2] ?? "").split(",").map((base) => base.trim()).filter((base) => base !== "" && !base.includes("=")).map((base) => /^[A-Za-z_][\w.]*/.exec(base)?.[0] ?? "").filter(Boolean),
        methods: /* @__PURE__ */ new Map()
      };
      classes.set(header[1], current);
      bodyIndent = void 0;
      continue;
    }
    if (/^[^\s#@)\]}]/.test(line))
      current = void 0;
    const method = current ? DEF.exec(line) : null;
    if (!current || !method)
      continue;
    bodyIndent ??= method[1];
    const name = method[2];
    if (method[1] !== bodyIndent || name.startsWith("_"))
      continue;
    const end = signatureEnd(text, start + line.indexOf("(", line.indexOf("def")));
    const documented = end !== -1 && hasDocstringAfter(text, end);
    current.methods.set(name, (current.methods.get(name) ?? false) || documented);
  }
  return { path, imports, classes };
}
function gatherInheritance(files, read) {
  const modules = /* @__PURE__ */ new Map();
  for (const path of files) {
    const text = read(path);
    if (text !== void 0)
      modules.set(modulePathOf(path), readModule(path, text));
  }
  const bySuffix = /* @__PURE__ */ new Map();
  const resolveDotted = (dotted) => {
    if (bySuffix.has(dotted))
      return bySuffix.get(dotted);
    const slashed = dotted.replace(/\./g, "/");
    let found2;
    for (const module of modules.keys())
      if (module === slashed || module.endsWith(`/${slashed}`)) {
        found2 = module;
        break;
      }
    bySuffix.set(dotted, found2);
    return found2;
  };
  const resolveModule = (from, written) => {
    const dots = /^\.*/.exec(written)?.[0].length ?? 0;
    if (dots === 0)
      return resolveDotted(written);
    const parts = from.split("/");
    const isPackage = modules.get(from)?.path.endsWith("__init__.py") ?? false;
    const base = parts.slice(0, parts.length - (isPackage ? 0 : 1) - (dots - 1));
    const rest = written.slice(dots);
    return [...base, ...rest ? rest.split(".") : []].join("/");
  };
  const resolveBase = (module, base) => {
    const facts = modules.get(module);
    if (!facts)
      return void 0;
    if (facts.classes.has(base))
      return { project: [module, base] };
    const [root, ...rest] = base.split(".");
    const imported = facts.imports.get(root);
    if (!imported)
      return void 0;
    const [written, importedName] = imported;
    const dotted = [written, importedName, ...rest.slice(0, -1)].filter(Boolean).join(".").replace(/^(\.+)\./, "$1");
    const className = rest.length > 0 ? rest.at(-1) : importedName;
    const target = resolveModule(module, rest.length === 0 ? written : dotted);
    if (target !== void 0 && modules.has(target))
      return { project: followReExport(target, className, 0) };
    if (written.startsWith(".") || MARKER_MODULES.test(written))
      return void 0;
    return { external: `${written}.${className}`.replace(/^\./, "") };
  };
  const followReExport = (module, name, depth) => {
    const facts = modules.get(module);
    if (!facts || facts.classes.has(name) || depth > 4)
      return [module, name];
    const imported = facts.imports.get(name);
    if (!imported || !imported[1])
      return [module, name];
    const target = resolveModule(module, imported[0]);
    return target !== void 0 && modules.has(target) ? followReExport(target, imported[1], depth + 1) : [module, name];
  };
  const memo = /* @__PURE__ */ new Map();
  const inherited = (module, name) => {
    const key = `${module}:${name}`;
    const known = memo.get(key);
    if (known)
      return known;
    const result = { documented: /* @__PURE__ */ new Set() };
    memo.set(key, result);
    for (const base of modules.get(module)?.classes.get(name)?.bases ?? []) {
      const resolved = resolveBase(module, base);
      if (!resolved)
        continue;
      if ("external" in resolved) {
        result.external ??= resolved.external;
        continue;
      }
      const [baseModule, baseName] = resolved.project;
      const baseClass = modules.get(baseModule)?.classes.get(baseName);
      if (!baseClass)
        continue;
      for (const [method, documented] of baseClass.methods)
        if (documented)
          result.documented.add(method);
      const further = inherited(baseModule, baseName);
      result.external ??= further.external;
      for (const method of further.documented)
        result.documented.add(method);
    }
    return result;
  };
  const found = {};
  for (const [module, facts] of modules)
    for (const [name, own] of facts.classes) {
      const { external, documented } = inherited(module, name);
      const overrides = [...own.methods.keys()].filter((method) => !own.methods.get(method) && documented.has(method));
      if (!external && overrides.length === 0)
        continue;
      (found[facts.path] ??= {})[name] = {
        ...external ? { external } : {},
        ...overrides.length ? { documented: overrides } : {}
      };
    }
  return found;
}

// dist/src/analyzers/docstring/reference-docs.js
var DOC_FILE = /\.(?:rst|md|mdx|txt)$/;
var DOC_FOLDER = /(?:^|\/)(?:docs?|documentation)\//;
var DIRECTIVE = /^([ \t]*)\.\.[ \t]+(?:py:)?(auto(?:class|function|method|module|exception|data|attribute|property|decorator)|class|function|method|exception|decorator)::[ \t]*([A-Za-z_][\w.]*)/;
var OPTION = /^[ \t]+:([\w-]+):[ \t]*(.*)$/;
var MKDOCSTRINGS = /^:::[ \t]+([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+)[ \t]*$/;
var AUTOSUMMARY = /^([ \t]*)\.\.[ \t]+autosummary::/;
function isReferenceDocFile(path) {
  return DOC_FILE.test(path) && DOC_FOLDER.test(path);
}
function readReferenceTargets(text, defaultMembers = false) {
  const targets = /* @__PURE__ */ new Map();
  const set = (target, members) => {
    if (members || !targets.has(target))
      targets.set(target, members ? 1 : 0);
  };
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const mkdocs = MKDOCSTRINGS.exec(line);
    if (mkdocs) {
      set(mkdocs[1], true);
      continue;
    }
    const summary = AUTOSUMMARY.exec(line);
    if (summary) {
      for (let next = index + 1; next < lines.length; next++) {
        const entry = lines[next];
        if (entry.trim() === "" || OPTION.test(entry))
          continue;
        if (!/^[ \t]+/.test(entry))
          break;
        const name = /^[ \t]+~?([A-Za-z_][\w.]*)[ \t]*$/.exec(entry)?.[1];
        if (name)
          set(name, false);
      }
      continue;
    }
    const directive = DIRECTIVE.exec(line);
    if (!directive)
      continue;
    const kind = directive[2];
    const target = directive[3];
    let members = defaultMembers && (kind === "automodule" || kind === "autoclass" || kind === "autoexception");
    const named = [];
    for (let next = index + 1; next < lines.length; next++) {
      const option = OPTION.exec(lines[next]);
      if (!option)
        break;
      const [, name, value] = option;
      if (name === "members" || name === "undoc-members" || name === "inherited-members") {
        const listed = name === "members" ? value.split(",").map((item) => item.trim()).filter(Boolean) : [];
        if (listed.length > 0)
          named.push(...listed);
        else
          members = true;
      }
    }
    set(target, members);
    for (const member of named)
      set(`${target}.${member}`, false);
  }
  return targets;
}
function readsMembersByDefault(confText) {
  const options = /autodoc_default_options\s*=\s*\{([^}]*)\}/.exec(confText)?.[1] ?? "";
  return /["']members["']\s*:\s*(?!False|None)/.test(options);
}
function readPackageExports(text) {
  const list = /^__all__\s*(?::[^=]*)?=\s*[[(]([^\])]*)[\])]/m.exec(text)?.[1];
  if (!list)
    return [];
  return [...list.matchAll(/["']([A-Za-z_]\w*)["']/g)].map((match) => match[1]);
}
function gatherReferenceDocs(files, read, isShipped) {
  const confs = files.filter((path) => /(?:^|\/)conf\.py$/.test(path) && DOC_FOLDER.test(path));
  const defaultMembers = confs.some((path) => readsMembersByDefault(read(path) ?? ""));
  const targets = {};
  const sources = [];
  for (const path of files) {
    if (!isReferenceDocFile(path))
      continue;
    const text = read(path);
    if (!text || !(text.includes(".. ") || text.includes(":::")))
      continue;
    const found = readReferenceTargets(text, defaultMembers);
    if (found.size === 0)
      continue;
    sources.push([path, found.size]);
    for (const [target, members] of found)
      if (members === 1 || targets[target] === void 0)
        targets[target] = members;
  }
  if (sources.length === 0)
    return void 0;
  for (const path of files) {
    if (!/(?:^|\/)__init__\.py$/.test(path) || !isShipped(path))
      continue;
    if (path.split("/").slice(0, -1).some((folder) => /^_(?!_)/.test(folder)))
      continue;
    const module = path.replace(/\/?__init__\.py$/, "").replace(/\//g, ".");
    for (const name of readPackageExports(read(path) ?? "")) {
      const target = module ? `${module}.${name}` : name;
      targets[target] ??= 2;
    }
  }
  sources.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { sources: sources.map(([path]) => path), targets };
}

// dist/src/analyzers/docstring/gather-public-api.js
var MANIFESTS = /(?:^|\/)package\.json$/;
var PYTHON_API = /(?:^|\/)__init__\.py$|(?:^|\/)(?:docs?|documentation)\/(?:.*\/)?[^/]+\.(?:rst|md|mdx|txt|py)$/;
function publicApiFiles(files) {
  return hasPython(files) ? new RegExp(`${MANIFESTS.source}|${PYTHON_API.source}|\\.py$`) : MANIFESTS;
}
function hasPython(files) {
  return files.some((path) => path.endsWith(".py"));
}
function gatherPublicApi(files, read, isShipped, options) {
  const api = {};
  if (options["referenceDocs"] !== false && hasPython(files)) {
    const reference = gatherReferenceDocs(files.filter((path) => isReferenceDocFile(path) || PYTHON_API.test(path)), read, isShipped);
    if (reference)
      api.reference = reference;
  }
  if (options["inheritedDocs"] !== false && hasPython(files)) {
    const inheritance = gatherInheritance(files.filter((path) => path.endsWith(".py") && isShipped(path)), read);
    if (Object.keys(inheritance).length > 0)
      api.inheritance = inheritance;
  }
  if (options["entryPoints"] !== false) {
    const entryPoints = gatherEntryPoints(files, read, isShipped);
    if (entryPoints)
      api.entryPoints = entryPoints;
  }
  return api;
}
export {
  gatherPublicApi,
  publicApiFiles
};
