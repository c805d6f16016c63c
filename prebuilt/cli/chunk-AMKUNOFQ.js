import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  hasPythonDependency
} from "./chunk-R7BXTBGS.js";

// dist/src/analyzers/maturity/tooling-signals.js
var preCommit = /(^|\/)\.pre-commit-config\.ya?ml$/;
var toolSignals = {
  ci: {
    paths: /^(\.github\/workflows\/[^/]{1,100}\.ya?ml|\.gitlab-ci\.yml|\.circleci\/config\.ya?ml|Jenkinsfile|azure-pipelines\.ya?ml|\.buildkite\/.{1,200}|\.travis\.yml|bitbucket-pipelines\.yml|\.drone\.ya?ml|appveyor\.ya?ml|\.woodpecker\.ya?ml|\.woodpecker\/.{1,200}|\.gitea\/workflows\/.{1,200}|\.forgejo\/workflows\/.{1,200}|cloudbuild\.ya?ml|\.semaphore\/.{1,200}|\.ci\/.{1,200})$/
  },
  jsLinter: {
    fileNames: /^(\.eslintrc(\.(js|cjs|json|ya?ml))?|eslint\.config\.(js|mjs|cjs|ts|mts|cts)|\.oxlintrc\.json|biome\.jsonc?|\.jshintrc|tslint\.json|deno\.jsonc?)$/,
    jsPackages: ["eslint", "@biomejs/biome", "oxlint", "xo", "standard", "tslint", "jshint"],
    packageJsonKeys: ["eslintConfig"]
  },
  jsFormatter: {
    fileNames: /^(\.prettierrc(\.(json|ya?ml|json5|js|cjs|mjs|toml))?|prettier\.config\.(js|cjs|mjs|ts)|biome\.jsonc?|\.?dprint\.jsonc?|deno\.jsonc?)$/,
    // ESLint layout rules fixed by `eslint --fix` do a formatter's job: @stylistic, `indent`, or a style preset.
    jsPackages: [
      "prettier",
      "@biomejs/biome",
      "dprint",
      "@stylistic/eslint-plugin",
      "standard",
      "neostandard",
      "xo",
      "eslint-config-standard",
      "eslint-config-airbnb",
      "eslint-config-airbnb-base"
    ],
    packageJsonKeys: ["prettier"],
    contents: [
      {
        path: /(^|\/)(\.eslintrc(\.(js|cjs|json|ya?ml))?|eslint\.config\.(js|mjs|cjs|ts|mts|cts))$/,
        text: /@stylistic\/|(?:^|[\s{,])["']?indent["']?\s{0,10}:/m
      }
    ]
  },
  jsTypeChecker: {
    fileNames: /^(tsconfig(\.[\w-]{1,40})?\.json|\.flowconfig)$/,
    jsPackages: ["typescript", "flow-bin"],
    contents: [{ path: /(^|\/)jsconfig\.json$/, text: /"checkJs"\s{0,10}:\s{0,10}true/ }]
  },
  pythonLinter: {
    fileNames: /^(\.flake8|\.pylintrc|pylintrc|\.?ruff\.toml)$/,
    pythonPackages: ["ruff", "flake8", "pylint", "pyflakes"],
    contents: [
      { path: /(^|\/)pyproject\.toml$/, text: /^\[tool\.(ruff|pylint|flake8)\b/m },
      { path: /(^|\/)(setup\.cfg|tox\.ini)$/, text: /^\[(flake8|pylint)/m },
      { path: preCommit, text: /\b(ruff|flake8|pylint)\b/ }
    ]
  },
  pythonFormatter: {
    fileNames: /^\.style\.yapf$/,
    pythonPackages: ["black", "yapf", "autopep8"],
    contents: [
      { path: /(^|\/)pyproject\.toml$/, text: /^\[tool\.(black|yapf|autopep8|ruff\.format)\]/m },
      { path: /(^|\/)\.?ruff\.toml$/, text: /^\[format\]/m },
      { path: preCommit, text: /\b(black|ruff-format|yapf|autopep8)\b/ }
    ]
  },
  pythonTypeChecker: {
    fileNames: /^(\.?mypy\.ini|pyrightconfig\.json)$/,
    pythonPackages: ["mypy", "pyright", "pytype", "pyre-check", "basedpyright"],
    contents: [
      { path: /(^|\/)pyproject\.toml$/, text: /^\[tool\.(mypy|pyright|basedpyright|pytype)\b/m },
      { path: /(^|\/)setup\.cfg$/, text: /^\[mypy/m },
      { path: preCommit, text: /\b(mirrors-mypy|mypy|pyright)\b/ }
    ]
  }
};
function detectTool(facts, name) {
  return detectSignal(facts, toolSignals[name]);
}
function detectSignal(facts, signal) {
  const evidence = [];
  const { ownFiles, ownBaseNames } = facts;
  for (let index = 0; index < ownFiles.length; index++) {
    const path = ownFiles[index];
    if (signal.fileNames?.test(ownBaseNames[index]) || signal.paths?.test(path))
      evidence.push(path);
    else if (signal.contents?.some((probe) => probe.path.test(path) && probe.text.test(facts.read(path) ?? ""))) {
      evidence.push(path);
    }
  }
  for (const pkg of signal.jsPackages ?? [])
    if (facts.jsDependencies.has(pkg))
      evidence.push(`package.json dependency ${pkg}`);
  for (const { path, json } of facts.packageJsons) {
    for (const key of signal.packageJsonKeys ?? [])
      if (key in json)
        evidence.push(`${path} "${key}"`);
  }
  for (const pkg of signal.pythonPackages ?? [])
    if (hasPythonDependency(facts, pkg))
      evidence.push(`Python dependency ${pkg}`);
  return evidence;
}

export {
  detectTool,
  detectSignal
};
