import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);

// dist/src/analyzers/registry.js
var fileAnalyzers = [
  {
    name: "secrets",
    rulePrefix: "secret/",
    category: "secret",
    languages: "any",
    hook: true,
    failClosed: true,
    findsCredentials: true,
    readsVendored: true,
    defaults: { rules: [], allowValues: [], passDemoValues: true },
    objectLists: ["rules"],
    loadOptionCheck: async () => (await import("./chunk-D3ZSECKS.js")).checkRuleOptions,
    load: () => import("./chunk-UF7VYLYY.js")
  },
  {
    name: "markers",
    rulePrefix: "debt/",
    category: "debt",
    languages: "any",
    hook: true,
    datedByHistory: true,
    defaults: { tags: ["TODO", "FIXME", "HACK", "XXX", "BUG", "OPTIMIZE"] },
    load: () => import("./chunk-IDO4YZ76.js")
  },
  {
    name: "vuln",
    rulePrefix: "vuln/",
    category: "vuln",
    languages: ["js", "ts", "py"],
    hook: true,
    readsVendored: true,
    defaults: {},
    load: () => import("./chunk-WWJSCQAG.js")
  },
  {
    name: "perf",
    rulePrefix: "perf/",
    category: "perf",
    languages: ["js", "ts", "py"],
    hook: true,
    defaults: {},
    load: () => import("./chunk-DU5UBCFF.js")
  },
  // parser-backed (Babel, tree-sitter): 50-150 ms to load, so scan and refresh only
  {
    name: "complexity",
    rulePrefix: "quality/complexity",
    category: "quality",
    languages: ["js", "ts", "py", "go", "java", "c", "cpp", "csharp", "ruby", "php", "rust"],
    hook: false,
    defaults: { threshold: 10, cognitiveThreshold: 15 },
    unitEffortHours: 1,
    load: () => import("./chunk-Z2PTEZJG.js")
  },
  {
    name: "docstring",
    rulePrefix: "quality/docstring",
    category: "quality",
    languages: ["js", "ts", "py", "go", "java"],
    hook: false,
    measuresDocCoverage: true,
    defaults: { referenceDocs: true, entryPoints: true, inheritedDocs: true },
    inputs: ["public-api"],
    unitEffortHours: 0.25,
    load: () => import("./chunk-WZZFXFTC.js")
  }
];
var repoAnalyzers = [
  {
    name: "modern",
    rulePrefix: "modern/",
    category: "modern",
    languages: "any",
    defaults: { registry: true, registryTimeoutSeconds: 20 },
    inputs: ["npm-latest-versions"],
    load: () => import("./chunk-UVTCMCPB.js")
  }
];
var allAnalyzers = [...fileAnalyzers, ...repoAnalyzers];
function handlesLanguage(entry, language) {
  return entry.languages === "any" || entry.languages.includes(language);
}
function defaultOptionsOf(name) {
  const entry = allAnalyzers.find((candidate) => candidate.name === name);
  if (!entry)
    throw new Error(`no analyzer named ${name} in the registry`);
  return entry.defaults;
}
function credentialAnalyzer() {
  return fileAnalyzers.find((entry) => entry.findsCredentials);
}
function isEnabled(entry, config) {
  return config.analyzers[entry.name]?.enabled ?? true;
}
function optionsOf(entry, config) {
  const { enabled: _enabled, ...options } = config.analyzers[entry.name] ?? {};
  return options;
}
function ranDocCoverage(ranPrefixes) {
  return fileAnalyzers.some((entry) => entry.measuresDocCoverage && ranPrefixes.includes(entry.rulePrefix));
}
function enablesDocCoverage(config) {
  return fileAnalyzers.some((entry) => entry.measuresDocCoverage && isEnabled(entry, config));
}
function isDatedByHistory(ruleId) {
  return fileAnalyzers.some((entry) => entry.datedByHistory && ruleId.startsWith(entry.rulePrefix));
}
function unitEffortOf(ruleId) {
  return fileAnalyzers.find((entry) => ruleId.startsWith(entry.rulePrefix))?.unitEffortHours;
}
function complexityThresholdsOf(config) {
  const defaults = defaultOptionsOf("complexity");
  const options = { ...defaults, ...config.analyzers["complexity"] };
  const number = (value, fallback) => typeof value === "number" ? value : Number(fallback);
  return {
    cyclomatic: number(options["threshold"], defaults["threshold"]),
    cognitive: number(options["cognitiveThreshold"], defaults["cognitiveThreshold"])
  };
}

export {
  fileAnalyzers,
  repoAnalyzers,
  allAnalyzers,
  handlesLanguage,
  defaultOptionsOf,
  credentialAnalyzer,
  isEnabled,
  optionsOf,
  ranDocCoverage,
  enablesDocCoverage,
  isDatedByHistory,
  unitEffortOf,
  complexityThresholdsOf
};
