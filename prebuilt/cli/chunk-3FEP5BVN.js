import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);

// dist/src/findings/languages.js
var byExtension = {
  js: "js",
  mjs: "js",
  cjs: "js",
  jsx: "js",
  ts: "ts",
  mts: "ts",
  cts: "ts",
  tsx: "ts",
  py: "py",
  pyi: "py",
  go: "go",
  java: "java",
  kt: "kotlin",
  kts: "kotlin",
  scala: "scala",
  c: "c",
  h: "c",
  cc: "cpp",
  cpp: "cpp",
  cxx: "cpp",
  hpp: "cpp",
  hh: "cpp",
  cs: "csharp",
  rb: "ruby",
  php: "php",
  rs: "rust",
  swift: "swift",
  sh: "shell",
  bash: "shell",
  zsh: "shell",
  yml: "yaml",
  yaml: "yaml",
  md: "markdown",
  markdown: "markdown",
  toml: "toml",
  ini: "ini",
  cfg: "ini",
  conf: "ini",
  properties: "properties",
  json: "json",
  xml: "xml",
  html: "html",
  sql: "sql",
  tf: "terraform",
  hcl: "terraform",
  lua: "lua",
  pl: "perl",
  r: "r",
  dart: "dart",
  vue: "vue",
  svelte: "svelte",
  css: "css",
  scss: "css",
  less: "css",
  env: "dotenv"
};
var byName = {
  dockerfile: "dockerfile",
  makefile: "make",
  ".env": "dotenv",
  gemfile: "ruby",
  rakefile: "ruby",
  ".bashrc": "shell",
  ".zshrc": "shell",
  ".profile": "shell"
};
var cache = /* @__PURE__ */ new Map();
function languageOf(path) {
  let language = cache.get(path);
  if (language === void 0) {
    language = detectLanguage(path);
    if (cache.size > 5e4)
      cache.clear();
    cache.set(path, language);
  }
  return language;
}
function detectLanguage(path) {
  const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  if (byName[name])
    return byName[name];
  if (name.startsWith(".env.") || name.endsWith(".env"))
    return "dotenv";
  if (name.startsWith("dockerfile"))
    return "dockerfile";
  const dot = name.lastIndexOf(".");
  return dot > 0 ? byExtension[name.slice(dot + 1)] ?? "other" : "other";
}

export {
  languageOf
};
