import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);

// dist/src/findings/linter-codes.js
function spellingsOf(code) {
  return code.split("|");
}
var COMPLEXITY_CODES = {
  ruff: ["C901", "PLR0912"],
  flake8: ["C901"],
  pylint: ["too-many-branches|R0912", "too-complex|C0901"],
  bandit: [],
  eslint: ["complexity"],
  golangci: ["gocyclo", "gocognit", "cyclop"]
};
var PY = ["py"];
var JS = ["js", "ts"];
var IGNORABLE_EQUIVALENTS = [
  {
    ruleId: "quality/docstring",
    languages: PY,
    codes: {
      ruff: ["D101", "D102", "D103"],
      flake8: ["D101", "D102", "D103"],
      pylint: [
        "missing-class-docstring|C0115|missing-docstring|C0111",
        "missing-function-docstring|C0116|missing-docstring|C0111"
      ]
    }
  },
  { ruleId: "quality/docstring", languages: JS, codes: { eslint: ["jsdoc/require-jsdoc"] } },
  {
    ruleId: "vuln/dynamic-code-execution",
    languages: PY,
    call: /^exec$/,
    codes: { ruff: ["S102"], bandit: ["B102"], pylint: ["exec-used|W0122"] }
  },
  {
    ruleId: "vuln/dynamic-code-execution",
    languages: PY,
    call: /^eval$/,
    codes: { ruff: ["S307"], bandit: ["B307"], pylint: ["eval-used|W0123"] }
  },
  { ruleId: "vuln/dynamic-code-execution", languages: JS, call: /^eval$/, codes: { eslint: ["no-eval"] } },
  { ruleId: "vuln/dynamic-code-execution", languages: JS, call: /^Function$/, codes: { eslint: ["no-new-func"] } },
  {
    ruleId: "vuln/unsafe-deserialization",
    languages: PY,
    call: /^(?:c?pickle|dill|shelve|jsonpickle|_pickle)\.|read_pickle$/,
    codes: { ruff: ["S301"], bandit: ["B301"] }
  },
  {
    ruleId: "vuln/unsafe-deserialization",
    languages: PY,
    call: /^marshal\./,
    codes: { ruff: ["S302"], bandit: ["B302"] }
  },
  {
    ruleId: "vuln/unsafe-deserialization",
    languages: PY,
    call: /^yaml\.(?:load|unsafe_load)/,
    codes: { ruff: ["S506"], bandit: ["B506"] }
  },
  { ruleId: "vuln/sql-injection", languages: PY, codes: { ruff: ["S608"], bandit: ["B608"] } },
  {
    ruleId: "vuln/command-injection",
    languages: PY,
    call: /^os\.(?:system|popen)/,
    codes: { ruff: ["S605"], bandit: ["B605"] }
  },
  {
    ruleId: "vuln/command-injection",
    languages: PY,
    call: /^subprocess\./,
    codes: { ruff: ["S602"], bandit: ["B602"] }
  },
  { ruleId: "vuln/tls-verification-disabled", languages: PY, codes: { ruff: ["S501"], bandit: ["B501"] } },
  { ruleId: "vuln/insecure-randomness", languages: PY, codes: { ruff: ["S311"], bandit: ["B311"] } },
  { ruleId: "vuln/weak-hash", languages: PY, codes: { ruff: ["S324"], bandit: ["B324"] } }
];
function equivalentCodes(ruleId, language, call) {
  if (ruleId === "quality/complexity")
    return COMPLEXITY_CODES;
  const candidates = IGNORABLE_EQUIVALENTS.filter((equivalent) => equivalent.ruleId === ruleId && equivalent.languages.includes(language));
  const matched = candidates.find((equivalent) => !equivalent.call || call !== void 0 && equivalent.call.test(call));
  return matched && Object.keys(matched.codes).length > 0 ? matched.codes : void 0;
}
function readCallName(code) {
  const match = /^\s*(?:new\s+)?([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*){0,4})\s*\(/.exec(code);
  return match ? match[1].replace(/\s+/g, "").slice(0, 80) : void 0;
}

export {
  spellingsOf,
  COMPLEXITY_CODES,
  equivalentCodes,
  readCallName
};
