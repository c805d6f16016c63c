import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);

// dist/src/analyzers/registry.js
var fileAnalyzers = [
  { name: "secrets", rulePrefix: "secret/", languages: "any", hook: true, load: () => import("./chunk-YYFR4CSY.js") },
  { name: "markers", rulePrefix: "debt/", languages: "any", hook: true, load: () => import("./chunk-D5QD4GYA.js") },
  {
    name: "vuln",
    rulePrefix: "vuln/",
    languages: ["js", "ts", "py"],
    hook: true,
    load: () => import("./chunk-ORIXRWAB.js")
  },
  {
    name: "perf",
    rulePrefix: "perf/",
    languages: ["js", "ts", "py"],
    hook: true,
    load: () => import("./chunk-6JFHZUCI.js")
  },
  // parser-backed (Babel, tree-sitter): 50-150 ms to load, so scan and refresh only
  {
    name: "complexity",
    rulePrefix: "quality/complexity",
    languages: ["js", "ts", "py", "go", "java", "c", "cpp", "csharp", "ruby", "php", "rust"],
    hook: false,
    load: () => import("./chunk-4XW6QVEM.js")
  },
  {
    name: "docstring",
    rulePrefix: "quality/docstring",
    languages: ["js", "ts", "py", "go", "java"],
    hook: false,
    load: () => import("./chunk-K5MSS37V.js")
  }
];
var repoAnalyzers = [
  { name: "modern", rulePrefix: "modern/", load: () => import("./chunk-KAMRLJMT.js") }
];
function handlesLanguage(entry, language) {
  return entry.languages === "any" || entry.languages.includes(language);
}

export {
  fileAnalyzers,
  repoAnalyzers,
  handlesLanguage
};
