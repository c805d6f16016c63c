import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  layout
} from "./chunk-BX7BPTSK.js";
import {
  languageOf
} from "./chunk-3FEP5BVN.js";

// dist/src/analyzers/parsers/ecmascript-parse.js
var parse;
async function loadEcmaScriptParser() {
  parse ??= (await import("./chunk-YMSWABY6.js")).parse;
}
function isEcmaScriptParserLoaded() {
  return parse !== void 0;
}
function pluginsFor(path) {
  const extension = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  if (extension === "ts" || extension === "mts" || extension === "cts")
    return ["typescript", "decorators-legacy"];
  if (extension === "tsx")
    return ["typescript", "jsx", "decorators-legacy"];
  return ["jsx", "decorators-legacy"];
}
var kept;
function parseEcmaScript(path, text) {
  if (kept?.path === path && kept.text === text)
    return kept.program;
  kept = { path, text, program: parseAnew(path, text) };
  return kept.program;
}
function parseAnew(path, text) {
  if (!parse)
    throw new Error("parseEcmaScript called before prepareParsers() resolved");
  try {
    const file = parse(text, {
      sourceType: "unambiguous",
      errorRecovery: true,
      plugins: pluginsFor(path),
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
      allowImportExportEverywhere: true,
      allowSuperOutsideMethod: true,
      allowUndeclaredExports: true
    });
    return file.program;
  } catch (error) {
    if (error instanceof SyntaxError)
      return void 0;
    throw error;
  }
}
var skippedKeys = /* @__PURE__ */ new Set([
  "loc",
  "start",
  "end",
  "extra",
  "leadingComments",
  "trailingComments",
  "innerComments",
  "range"
]);
function childrenOf(node) {
  const children = [];
  const keys = Object.keys(node);
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index];
    const value = node[key];
    if (value === null || typeof value !== "object" || skippedKeys.has(key))
      continue;
    if (Array.isArray(value)) {
      for (const item of value)
        if (isNode(item))
          children.push(item);
    } else if (isNode(value))
      children.push(value);
  }
  return children;
}
function isNode(value) {
  return typeof value === "object" && value !== null && typeof value.type === "string";
}

// dist/src/analyzers/parsers/grammar-files.js
import { createRequire } from "node:module";
import { getAsset } from "node:sea";
import { fileURLToPath } from "node:url";
function grammarSource(grammar) {
  const file = `tree-sitter-${grammar}.wasm`;
  if (layout === "standalone")
    return new Uint8Array(getAsset(`grammars/${file}`));
  if (layout === "prebuilt")
    return fileURLToPath(new URL(`../grammars/${file}`, import.meta.url));
  return createRequire(import.meta.url).resolve(`tree-sitter-wasms/out/${file}`);
}
function treeSitterInitOptions() {
  if (layout === "standalone")
    return { wasmBinary: new Uint8Array(getAsset("grammars/tree-sitter.wasm")) };
  if (layout === "prebuilt") {
    const runtime = fileURLToPath(new URL("../grammars/tree-sitter.wasm", import.meta.url));
    return { locateFile: () => runtime };
  }
  return {};
}

// dist/src/analyzers/parsers/tree-sitter-parse.js
var grammarOf = {
  py: "python",
  go: "go",
  java: "java",
  c: "c",
  cpp: "cpp",
  csharp: "c_sharp",
  ruby: "ruby",
  php: "php",
  rust: "rust"
};
var parserClass;
var lastLoad = Promise.resolve();
var loading = /* @__PURE__ */ new Map();
var parsers = /* @__PURE__ */ new Map();
async function initParserClass() {
  const imported = (await import("./chunk-TX2KAN4I.js")).default;
  await imported.init(treeSitterInitOptions());
  return imported;
}
function loadGrammar(language) {
  const grammar = grammarOf[language];
  if (!grammar)
    return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = lastLoad.then(async () => {
      parserClass ??= initParserClass();
      const ParserClass = await parserClass;
      const parser = new ParserClass();
      parser.setLanguage(await ParserClass.Language.load(grammarSource(grammar)));
      parsers.set(language, parser);
    });
    lastLoad = pending.catch(() => void 0);
    loading.set(language, pending);
  }
  return pending;
}
function isGrammarLoaded(language) {
  return parsers.has(language);
}
var queries = /* @__PURE__ */ new Map();
function compileQuery(language, source) {
  const key = `${language}\0${source}`;
  let query = queries.get(key);
  if (!query) {
    const parser = parsers.get(language);
    if (!parser)
      throw new Error(`compileQuery(${language}) called before prepareParsers() loaded its grammar`);
    queries.set(key, query = parser.getLanguage().query(source));
  }
  return query;
}
var kept2;
function withSyntaxTree(language, text, use) {
  const parser = parsers.get(language);
  if (!parser)
    throw new Error(`withSyntaxTree(${language}) called before prepareParsers() loaded its grammar`);
  if (kept2?.language !== language || kept2.text !== text) {
    kept2?.tree.delete();
    kept2 = void 0;
    kept2 = { language, text, tree: parser.parse(text) };
  }
  return use(kept2.tree.rootNode);
}

// dist/src/analyzers/parsers/prepare-parsers.js
var parsedLanguages = ["js", "ts", ...Object.keys(grammarOf)];
var isEcmaScript = (language) => language === "js" || language === "ts";
async function prepareParsers(languages = parsedLanguages) {
  if (languages.some(isEcmaScript))
    await loadEcmaScriptParser();
  await Promise.all(languages.map(loadGrammar));
}
function isParserReady(language) {
  return isEcmaScript(language) ? isEcmaScriptParserLoaded() : isGrammarLoaded(language);
}
function parsedLanguageOf(path) {
  const language = languageOf(path);
  return parsedLanguages.includes(language) ? language : void 0;
}

export {
  parseEcmaScript,
  childrenOf,
  compileQuery,
  withSyntaxTree,
  parsedLanguages,
  prepareParsers,
  isParserReady,
  parsedLanguageOf
};
