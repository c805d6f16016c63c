import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  numberIn,
  strings,
  table
} from "./chunk-ECLHGQCE.js";
import "./chunk-4K3HMJS3.js";

// dist/src/config/project-linters/python-linters.js
function parseIni(text) {
  const sections = /* @__PURE__ */ new Map();
  let current;
  let lastKey;
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*[#;]/.test(raw) || raw.trim() === "")
      continue;
    const header = /^\[([^\]]+)\]\s*$/.exec(raw.trim());
    if (header && !/^\s/.test(raw)) {
      current = /* @__PURE__ */ new Map();
      sections.set(header[1].trim().toLowerCase(), current);
      lastKey = void 0;
      continue;
    }
    if (!current)
      continue;
    if (/^\s/.test(raw) && lastKey !== void 0) {
      current.set(lastKey, `${current.get(lastKey) ?? ""}
${raw.trim()}`);
      continue;
    }
    const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(raw);
    if (!pair)
      continue;
    lastKey = pair[1].trim().toLowerCase().replace(/_/g, "-");
    current.set(lastKey, pair[2].trim());
  }
  return sections;
}
function listOf(value) {
  if (value === void 0)
    return [];
  return value.split("\n").map((line) => line.replace(/\s+#.*$/, "")).join(",").split(/[,\s]+/).filter(Boolean);
}
function readFlake8Ini(file, text) {
  const section = parseIni(text).get("flake8");
  return section ? readFlake8(`${file} [flake8]`, section) : void 0;
}
function readFlake8Toml(file, root) {
  const flake8 = table(table(root["tool"])?.["flake8"]);
  if (!flake8)
    return void 0;
  const section = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(flake8)) {
    const text = Array.isArray(value) ? value.join("\n") : typeof value === "string" || typeof value === "number" ? String(value) : void 0;
    if (text !== void 0)
      section.set(key.toLowerCase().replace(/_/g, "-"), text);
  }
  return readFlake8(`${file} [tool.flake8]`, section);
}
function readFlake8(source, section) {
  const ignored = [...listOf(section.get("ignore")), ...listOf(section.get("extend-ignore"))];
  const perPath = listOf(section.get("per-file-ignores")?.replace(/\s*:\s*/g, ":")).join(" ").split(/\s+(?=[^\s:]+:)/).flatMap((entry) => {
    const [pattern, codes] = entry.split(":");
    return pattern && codes ? [{ pattern: pattern.replace(/^\.\//, ""), codes: codes.split(/[,\s]+/).filter(Boolean) }] : [];
  });
  const maxComplexity = Number(section.get("max-complexity"));
  const prefixIgnores = (list, code) => list.some((entry) => code.startsWith(entry));
  let complexity;
  if (prefixIgnores(ignored, "C901"))
    complexity = { off: "ignores C901 (mccabe complexity)" };
  else if (Number.isFinite(maxComplexity) && maxComplexity > 0)
    complexity = { codes: ["C901"], cyclomatic: maxComplexity, because: `sets max-complexity = ${maxComplexity}` };
  return {
    linter: "flake8",
    source,
    languages: ["py"],
    ...complexity ? { complexity } : {},
    ignored,
    perPath,
    ignores: prefixIgnores
  };
}
var PYLINT_COMPLEXITY = ["too-many-branches", "R0912"];
function pylintSettings(source, disabled, enabled, maxComplexity) {
  const names = disabled.map((name) => name.trim()).filter(Boolean);
  const all = names.includes("all") && !PYLINT_COMPLEXITY.some((name) => enabled.includes(name));
  let complexity;
  const off = PYLINT_COMPLEXITY.find((name) => names.includes(name)) ?? (all ? "all" : void 0);
  if (off)
    complexity = { off: `disables ${off === "all" ? "every check but those it enables" : off}` };
  else if (maxComplexity !== void 0)
    complexity = {
      codes: ["too-complex"],
      cyclomatic: maxComplexity,
      because: `sets max-complexity = ${maxComplexity}`
    };
  return {
    linter: "pylint",
    source,
    languages: ["py"],
    ...complexity ? { complexity } : {},
    // a security rule counts as switched off only by name: `disable = all` decides nothing about eval
    ignored: names,
    perPath: []
  };
}
function readPylintIni(file, text) {
  const sections = parseIni(text);
  const wanted = [...sections.keys()].filter((name) => /^(?:pylint\.)?(?:main|master|messages control|design)$/.test(name));
  if (wanted.length === 0)
    return void 0;
  const listed = (key) => wanted.flatMap((name) => listOf(sections.get(name)?.get(key)));
  const max = wanted.map((name) => Number(sections.get(name)?.get("max-complexity"))).find(Number.isFinite);
  return pylintSettings(`${file} [${wanted.join("], [")}]`, listed("disable"), listed("enable"), max);
}
function readPylintToml(file, root) {
  const pylint = table(table(root["tool"])?.["pylint"]);
  if (!pylint)
    return void 0;
  const parts = ["main", "master", "messages_control", "messages control", "design"].map((name) => [name, table(pylint[name])]).filter((part) => part[1] !== void 0);
  const listed = (key) => parts.flatMap(([, part]) => strings(part[key]) ?? []).flatMap((entry) => entry.split(","));
  const max = parts.map(([, part]) => numberIn(part, "max-complexity")).find((value) => value !== void 0);
  return pylintSettings(`${file} [tool.pylint.${parts[0]?.[0] ?? "main"}]`, listed("disable"), listed("enable"), max);
}
function readBandit(file, skips) {
  if (skips.length === 0)
    return void 0;
  return { linter: "bandit", source: file, languages: ["py"], ignored: skips, perPath: [] };
}
function readBanditToml(file, root) {
  const bandit = table(table(root["tool"])?.["bandit"]);
  return bandit ? readBandit(`${file} [tool.bandit]`, strings(bandit["skips"]) ?? []) : void 0;
}
function readBanditIni(file, text) {
  const section = parseIni(text).get("bandit");
  return section ? readBandit(`${file} [bandit]`, listOf(section.get("skips"))) : void 0;
}
export {
  parseIni,
  readBandit,
  readBanditIni,
  readBanditToml,
  readFlake8Ini,
  readFlake8Toml,
  readPylintIni,
  readPylintToml
};
