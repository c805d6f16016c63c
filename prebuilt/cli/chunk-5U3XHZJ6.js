import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  table
} from "./chunk-ECLHGQCE.js";
import {
  require_dist
} from "./chunk-EJHQVVJF.js";
import {
  __toESM
} from "./chunk-4K3HMJS3.js";

// dist/src/config/project-linters/golangci.js
var import_yaml = __toESM(require_dist(), 1);
var COMPLEXITY_LINTERS = ["gocyclo", "cyclop", "gocognit"];
var DEFAULTS = {
  gocyclo: { key: "min-complexity", value: 30 },
  cyclop: { key: "max-complexity", value: 10 },
  gocognit: { key: "min-complexity", value: 30 }
};
function readGolangci(file, text) {
  let root;
  try {
    root = table((0, import_yaml.parse)(text));
  } catch {
    return void 0;
  }
  if (!root)
    return void 0;
  const linters = table(root["linters"]) ?? {};
  const names = (value) => Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
  const enable = names(linters["enable"]);
  const disable = names(linters["disable"]);
  const all = linters["enable-all"] === true || linters["default"] === "all";
  const onlyListed = linters["disable-all"] === true || linters["default"] === "none" || linters["default"] === "standard";
  const on = COMPLEXITY_LINTERS.filter((name) => all ? !disable.includes(name) : enable.includes(name));
  const settings = table(linters["settings"]) ?? table(root["linters-settings"]) ?? {};
  let complexity;
  if (on.length > 0) {
    const limit = (name) => {
      const own = table(settings[name])?.[DEFAULTS[name].key];
      return typeof own === "number" ? own : DEFAULTS[name].value;
    };
    const cyclomatic = on.filter((name) => name !== "gocognit").map(limit);
    const result = {
      codes: on,
      because: on.map((name) => `enables ${name} (${limit(name)})`).join(", ")
    };
    if (cyclomatic.length > 0)
      result.cyclomatic = Math.min(...cyclomatic);
    if (on.includes("gocognit"))
      result.cognitive = limit("gocognit");
    complexity = result;
  } else {
    const disabled = COMPLEXITY_LINTERS.filter((name) => disable.includes(name));
    if (disabled.length > 0)
      complexity = { off: `disables ${disabled.join(", ")}` };
    else if (onlyListed && enable.length > 0)
      complexity = {
        off: `enables ${enable.slice(0, 6).join(", ")}${enable.length > 6 ? "\u2026" : ""}: not gocyclo, gocognit or cyclop`
      };
  }
  const exclusions = table(linters["exclusions"])?.["rules"] ?? table(root["issues"])?.["exclude-rules"];
  const perPath = [];
  if (Array.isArray(exclusions))
    for (const rule of exclusions) {
      const entry = table(rule);
      const path = entry?.["path"];
      if (typeof path !== "string" || entry?.["text"] !== void 0 || entry?.["source"] !== void 0)
        continue;
      perPath.push({ pattern: path, codes: names(entry?.["linters"]), regex: true });
    }
  return {
    linter: "golangci",
    source: file,
    languages: ["go"],
    ...complexity ? { complexity } : {},
    ignored: disable,
    perPath
  };
}
export {
  readGolangci
};
