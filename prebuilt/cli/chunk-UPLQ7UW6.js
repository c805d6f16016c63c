import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  fail,
  ok
} from "./chunk-HUUDYLWZ.js";
import {
  allAnalyzers,
  optionsOf
} from "./chunk-RGYNK77T.js";

// dist/src/config/load.js
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";

// dist/src/config/defaults.js
var defaultConfig = {
  block: { minScore: 70, categories: ["secret", "vuln"] },
  ignore: ["node_modules/**", ".git/**", ".value/**", "BACKLOG.md", "**/*.min.js.map"],
  maxFileBytes: 20 * 1024 * 1024,
  contexts: { source: [], test: [], docs: [], example: [], generated: [], vendored: [], build: [] },
  analyzers: Object.fromEntries(allAnalyzers.map((entry) => [entry.name, { enabled: true, ...entry.defaults }])),
  scoring: {
    weights: {
      nascent: { wsjf: 0.4, ice: 0.3, technicalDebt: 0.2, security: 0.1 },
      developing: { wsjf: 0.5, ice: 0.2, technicalDebt: 0.2, security: 0.1 },
      maturing: { wsjf: 0.6, ice: 0.1, technicalDebt: 0.2, security: 0.1 },
      advanced: { wsjf: 0.5, ice: 0.1, technicalDebt: 0.3, security: 0.1 }
    },
    categoryMultipliers: { secret: 2, vuln: 2, perf: 1.5, debt: 1.3, quality: 1.3, modern: 1.1 },
    highValueScore: 50,
    hotspotWindowDays: 365,
    criticalPaths: [],
    projectLinters: true,
    fixWindowDays: 730,
    complexityNeedsEvidence: true
  },
  backlog: { path: "BACKLOG.md", top: 20, minScore: 15, maxRisk: 0.7 },
  sarif: { includeSecrets: true }
};

// dist/src/config/validate.js
var objectLists = new Set(allAnalyzers.flatMap((entry) => (entry.objectLists ?? []).map((option) => `analyzers.${entry.name}.${option}`)));
function validateConfig(raw, file) {
  const inPackage = /(?:^|[/\\])package\.json$/.test(file);
  const problem = inPackage ? checkValue(raw, defaultConfig, "", "value") : checkValue(raw, defaultConfig, "");
  if (problem) {
    return fail({
      code: "CONFIG_INVALID",
      file,
      message: `${file}: ${problem}`,
      fix: inPackage ? `correct that option (every option and its default is in .valuerc.example.json), or remove the "value" key from ${file} to use the defaults` : `correct that option (every option and its default is in .valuerc.example.json), or delete ${file} to use the defaults`
    });
  }
  return ok(mergeConfig(defaultConfig, raw));
}
function checkValue(value, shape, path, prefix = "") {
  const name = (at) => prefix && at ? `${prefix}.${at}` : prefix || at;
  const where = path ? name(path) : prefix ? `"${prefix}"` : "the top level";
  if (Array.isArray(shape)) {
    if (!Array.isArray(value))
      return `option '${name(path)}' must be a list, not ${describe(value)}`;
    return objectLists.has(path) ? void 0 : value.map((item, i) => typeof item === "string" ? void 0 : `option '${name(path)}[${i}]' must be a string, not ${describe(item)}`).find(Boolean);
  }
  if (shape !== null && typeof shape === "object") {
    if (value === null || typeof value !== "object" || Array.isArray(value))
      return `${where} must be an object, not ${describe(value)}`;
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith("$"))
        continue;
      const childPath = path ? `${path}.${key}` : key;
      const childShape = shape[key];
      if (childShape === void 0)
        return `unknown option '${name(childPath)}'`;
      const problem = checkValue(child, childShape, childPath, prefix);
      if (problem)
        return problem;
    }
    return void 0;
  }
  if (typeof value !== typeof shape)
    return `option '${name(path)}' must be a ${typeof shape}, not ${describe(value)}`;
  if (typeof value === "number" && (!Number.isFinite(value) || value < 0))
    return `option '${name(path)}' must be a non-negative number`;
  return void 0;
}
function describe(value) {
  if (value === null)
    return "null";
  if (Array.isArray(value))
    return "a list";
  return typeof value === "string" ? `the string "${value.slice(0, 40)}"` : `a ${typeof value}`;
}
function mergeConfig(base, override) {
  if (override === void 0)
    return base;
  if (base === null || typeof base !== "object" || Array.isArray(base) || override === null || typeof override !== "object" || Array.isArray(override))
    return override;
  const merged = { ...base };
  for (const [key, value] of Object.entries(override))
    merged[key] = mergeConfig(merged[key], value);
  return merged;
}

// dist/src/config/load.js
var searchPlaces = [
  "package.json",
  ".valuerc",
  ".valuerc.json",
  ".valuerc.yaml",
  ".valuerc.yml",
  ".valuerc.js",
  ".valuerc.ts",
  ".valuerc.mjs",
  ".valuerc.cjs",
  ".config/valuerc",
  ".config/valuerc.json",
  ".config/valuerc.yaml",
  ".config/valuerc.yml",
  ".config/valuerc.js",
  ".config/valuerc.ts",
  ".config/valuerc.mjs",
  ".config/valuerc.cjs",
  "value.config.js",
  "value.config.ts",
  "value.config.mjs",
  "value.config.cjs"
];
var codeConfig = /\.(?:[cm]?js|ts)$/;
async function loadConfig(options) {
  const found = findConfigFile(options.from, options.root);
  if (!found)
    return ok({ config: defaultConfig });
  const file = relative(options.root, found) || found;
  if (codeConfig.test(found) && !options.allowCodeConfig) {
    return fail({
      code: "UNSAFE_CONFIG",
      file,
      message: `${file} is a JavaScript config: loading it would run code from the repository`,
      fix: "use .valuerc.json instead, or opt in with GIT_VALUE_ALLOW_CODE_CONFIG=1 (never in CI on untrusted branches)"
    });
  }
  const raw = await readConfigFile(found, file);
  if (!raw.ok)
    return raw;
  if (raw.value === void 0)
    return ok({ config: defaultConfig });
  const validated = validateConfig(raw.value, file);
  if (!validated.ok)
    return validated;
  const checked = await checkAnalyzerOptions(validated.value, file);
  return checked.ok ? ok({ config: validated.value, file }) : checked;
}
async function checkAnalyzerOptions(config, file) {
  for (const entry of allAnalyzers) {
    const options = optionsOf(entry, config);
    const set = (entry.objectLists ?? []).some((option) => options[option]?.length);
    if (!set || !entry.loadOptionCheck)
      continue;
    const problem = (await entry.loadOptionCheck())(options);
    if (problem)
      return fail({
        code: "CONFIG_INVALID",
        file,
        message: `${file}: option 'analyzers.${entry.name}.${problem.option}' ${problem.problem}`,
        fix: problem.fix
      });
  }
  return ok(void 0);
}
function findConfigFile(from, root) {
  for (let dir = from; ; dir = dirname(dir)) {
    const found = findConfigIn(dir);
    if (found)
      return found;
    if (dir === root || dirname(dir) === dir || !dir.startsWith(root))
      return void 0;
  }
}
function findConfigIn(dir) {
  const names = listNames(dir);
  let nested;
  for (const place of searchPlaces) {
    const present = place.startsWith(".config/") ? (nested ??= names.has(".config") ? listNames(join(dir, ".config")) : /* @__PURE__ */ new Set()).has(place.slice(".config/".length)) : names.has(place);
    if (!present)
      continue;
    const candidate = join(dir, place);
    if (place !== "package.json" || hasValueKey(candidate))
      return candidate;
  }
  return void 0;
}
function listNames(dir) {
  try {
    return new Set(readdirSync(dir));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
function hasValueKey(packageJson) {
  try {
    const parsed = JSON.parse(readFileSync(packageJson, "utf8"));
    return parsed !== null && typeof parsed === "object" && "value" in parsed;
  } catch {
    return false;
  }
}
async function readConfigFile(path, file) {
  const isJson = path.endsWith(".json") || path.endsWith("valuerc");
  if (isJson) {
    let text;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      return fail({
        code: "CONFIG_INVALID",
        file,
        message: `cannot read ${file}: ${error.message}`,
        fix: `check the file's permissions`
      });
    }
    try {
      const parsed = JSON.parse(text);
      return ok(path.endsWith("package.json") ? parsed.value : parsed);
    } catch (error) {
      if (path.endsWith("valuerc"))
        return readWithCosmiconfig(path, file);
      return fail({
        code: "CONFIG_INVALID",
        file,
        message: `${file} is not valid JSON: ${error.message}`,
        fix: `fix the syntax, or delete ${file} to use the defaults`
      });
    }
  }
  return readWithCosmiconfig(path, file);
}
async function readWithCosmiconfig(path, file) {
  const { cosmiconfig } = await import("./chunk-6CYJWXBG.js");
  try {
    const loaded = await cosmiconfig("value").load(path);
    return ok(loaded?.config);
  } catch (error) {
    return fail({
      code: "CONFIG_INVALID",
      file,
      message: `${file} could not be read: ${error.message.split("\n")[0]}`,
      fix: `fix the syntax, or delete ${file} to use the defaults`
    });
  }
}

export {
  defaultConfig,
  loadConfig,
  findConfigFile,
  findConfigIn
};
