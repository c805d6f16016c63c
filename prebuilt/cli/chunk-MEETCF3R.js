import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  parse
} from "./chunk-MQLSCYTT.js";
import {
  require_dist
} from "./chunk-EJHQVVJF.js";
import {
  __toESM
} from "./chunk-4K3HMJS3.js";

// dist/src/config/project-linters/eslint.js
var import_yaml = __toESM(require_dist(), 1);
var JS = ["js", "ts"];
var COMPLEXITY_DEFAULT = 20;
var COGNITIVE_RULE = "sonarjs/cognitive-complexity";
var COGNITIVE_DEFAULT = 15;
var WATCHED = ["complexity", COGNITIVE_RULE, "no-eval", "no-new-func", "jsdoc/require-jsdoc"];
function readRuleSetting(value) {
  const severity = Array.isArray(value) ? value[0] : value;
  if (severity === 0 || severity === "off")
    return { off: true };
  if (![1, 2, "warn", "error"].includes(severity))
    return void 0;
  const option = Array.isArray(value) ? value[1] : void 0;
  const max = typeof option === "number" ? option : option && typeof option === "object" ? option.max ?? option.maximum : void 0;
  return typeof max === "number" && Number.isFinite(max) ? { off: false, max } : { off: false };
}
var ENABLES_COMPLEXITY = /eslint:all|configs\.all|\bxo\b|sonarjs|complexity/;
function settingsFrom(source, rules, perPath, choosesRules = false) {
  const cyclomatic = rules.get("complexity");
  const cognitive = rules.get(COGNITIVE_RULE);
  let complexity;
  const on = { codes: [], because: "" };
  if (cyclomatic && !cyclomatic.off) {
    on.codes = ["complexity"];
    on.cyclomatic = cyclomatic.max ?? COMPLEXITY_DEFAULT;
  }
  if (cognitive && !cognitive.off) {
    on.codes = [...on.codes, COGNITIVE_RULE];
    on.cognitive = cognitive.max ?? COGNITIVE_DEFAULT;
  }
  if (on.codes.length > 0) {
    on.because = [
      on.cyclomatic !== void 0 ? `sets complexity to ${on.cyclomatic}` : "",
      on.cognitive !== void 0 ? `sets ${COGNITIVE_RULE} to ${on.cognitive}` : ""
    ].filter(Boolean).join(" and ");
    complexity = on;
  } else if (cyclomatic?.off)
    complexity = { off: "turns the 'complexity' rule off" };
  else if (choosesRules && !cyclomatic && !cognitive)
    complexity = { off: "chooses its rules without 'complexity' (off unless a config turns it on)" };
  return {
    linter: "eslint",
    source,
    languages: JS,
    ...complexity ? { complexity } : {},
    ignored: [...rules].filter(([, setting]) => setting.off).map(([name]) => name),
    perPath
  };
}
function watchedRules(rules) {
  const found = /* @__PURE__ */ new Map();
  if (!rules || typeof rules !== "object")
    return found;
  for (const name of WATCHED) {
    const setting = readRuleSetting(rules[name]);
    if (setting)
      found.set(name, setting);
  }
  return found;
}
function readEslintrcObject(source, config) {
  if (!config || typeof config !== "object")
    return void 0;
  const { rules, overrides } = config;
  const perPath = [];
  if (Array.isArray(overrides))
    for (const override of overrides) {
      const off = [...watchedRules(override?.rules)].filter(([, setting]) => setting.off).map(([name]) => name);
      const files = typeof override?.files === "string" ? [override.files] : override?.files;
      if (off.length > 0 && Array.isArray(files)) {
        for (const pattern of files)
          if (typeof pattern === "string")
            perPath.push({ pattern, codes: off });
      }
    }
  const choosesRules = rules !== null && typeof rules === "object" && Object.keys(rules).length > 0 && !ENABLES_COMPLEXITY.test(JSON.stringify(config));
  return settingsFrom(source, watchedRules(rules), perPath, choosesRules);
}
function readEslintrc(file, text) {
  let config;
  try {
    config = /\.ya?ml$/.test(file) ? (0, import_yaml.parse)(text) : parse(text);
    if ((config === void 0 || typeof config !== "object") && !/\.json$/.test(file))
      config = (0, import_yaml.parse)(text);
  } catch {
    return void 0;
  }
  return readEslintrcObject(file, config);
}
function readEslintCode(file, text) {
  const rules = /* @__PURE__ */ new Map();
  for (const name of WATCHED) {
    const key = name.replace(/[/-]/g, (char) => `\\${char}`);
    const pattern = new RegExp(`(?:^|[\\s{,])["']?${key}["']?\\s*:\\s*(\\[[^\\]\\n]*\\]|\\[[^\\]]{0,200}\\]|"[^"\\n]*"|'[^'\\n]*'|\\d+)`, "g");
    const settings = [...text.matchAll(pattern)].map((match) => readLiteral(match[1]));
    const distinct = new Set(settings.map((setting) => JSON.stringify(setting)));
    const only = settings[0];
    if (distinct.size === 1 && only)
      rules.set(name, only);
  }
  const choosesRules = /(?:^|[\s{,])["']?rules["']?\s*:/m.test(text) && !ENABLES_COMPLEXITY.test(text);
  return rules.size > 0 || choosesRules ? settingsFrom(file, rules, [], choosesRules) : void 0;
}
function readLiteral(literal) {
  const json = literal.replace(/'/g, '"').replace(/([{,]\s*)([A-Za-z_$][\w$]*)\s*:/g, '$1"$2":').replace(/,\s*([\]}])/g, "$1");
  try {
    return readRuleSetting(JSON.parse(json));
  } catch {
    return void 0;
  }
}
export {
  readEslintCode,
  readEslintrc,
  readEslintrcObject,
  readRuleSetting
};
