import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  detectSignal,
  detectTool
} from "./chunk-AMKUNOFQ.js";
import {
  baseName,
  readRepoFacts
} from "./chunk-R7BXTBGS.js";
import {
  languageOf
} from "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/analyzers/maturity/test-kinds.js
var codeLanguages = /* @__PURE__ */ new Set([
  "js",
  "ts",
  "py",
  "go",
  "java",
  "kotlin",
  "scala",
  "c",
  "cpp",
  "csharp",
  "ruby",
  "php",
  "rust",
  "swift",
  "dart"
]);
var testPath = /(^|\/)(tests?|__tests__|specs?|testing)\/|\.(test|spec)\.[cm]?[jt]sx?$|(^|\/)test_[^/]{1,100}\.py$|_test\.(py|go)$|Tests?\.(java|kt|cs)$|_spec\.rb$/;
var kindSignals = {
  integration: {
    path: /(^|[/._-])(integration|integrations|integ)([/._-]|$)/i,
    tool: { jsPackages: ["testcontainers", "supertest"], pythonPackages: ["testcontainers", "pytest-docker"] }
  },
  e2e: {
    path: /(^|[/._-])(e2e|end-to-end|cypress|playwright)([/._-]|$)/i,
    tool: {
      fileNames: /^(playwright|cypress)\.config\.[cm]?[jt]s$/,
      jsPackages: ["@playwright/test", "cypress", "webdriverio", "nightwatch"],
      pythonPackages: ["pytest-playwright", "selenium"]
    }
  },
  performance: {
    path: /(^|[/._-])(bench|benches|benchmark|benchmarks|performance|load-tests?|loadtests?|k6)([/._-]|$)/i,
    tool: {
      fileNames: /^(locustfile\.py|asv\.conf\.json)$/,
      jsPackages: ["benchmark", "tinybench", "mitata", "autocannon", "artillery", "k6"],
      pythonPackages: ["pytest-benchmark", "asv", "locust"]
    }
  }
};
var frameworks = {
  jsPackages: ["jest", "vitest", "mocha", "uvu", "ava", "tap", "jasmine", "@japa/runner"],
  pythonPackages: ["pytest", "nose2", "hypothesis"]
};
function takeTestInventory(facts) {
  const code = facts.ownFiles.filter((path) => codeLanguages.has(languageOf(path)));
  const files = code.filter((path) => testPath.test(path));
  const kinds = { unit: [], integration: [], e2e: [], performance: [] };
  for (const kind of ["integration", "e2e", "performance"]) {
    const { path, tool } = kindSignals[kind];
    const pool = kind === "performance" ? code : files;
    kinds[kind] = [...summarise(pool.filter((file) => path.test(file))), ...detectSignal(facts, tool)];
  }
  const special = new Set(files.filter((file) => Object.values(kindSignals).some((signal) => signal.path.test(file))));
  kinds.unit = summarise(files.filter((file) => !special.has(file)));
  return { files, frameworks: detectSignal(facts, frameworks), kinds };
}
function summarise(paths) {
  if (paths.length <= 3)
    return [...paths];
  return [...paths.slice(0, 3), `and ${paths.length - 3} more`];
}

// dist/src/analyzers/maturity/feature-table.js
var staticallyTyped = /* @__PURE__ */ new Set(["go", "rust", "java", "kotlin", "scala", "csharp", "swift", "dart"]);
var otherLinters = {
  fileNames: /^(\.golangci\.(ya?ml|toml|json)|\.?clippy\.toml|\.rubocop\.yml|checkstyle\.xml|\.swiftlint\.yml|\.hadolint\.ya?ml|\.shellcheckrc|\.stylelintrc(\.\w{2,5})?|\.markdownlint(\.\w{2,5}|-cli2\.\w{2,5})?|\.yamllint(\.ya?ml)?)$/
};
var otherFormatters = {
  fileNames: /^(\.?rustfmt\.toml|\.clang-format|\.scalafmt\.conf|\.editorconfig-checker\.json)$/
};
var signals = {
  monitoring: {
    fileNames: /^(prometheus\.ya?ml|alertmanager\.ya?ml|otel[\w-]{0,40}\.ya?ml|datadog\.ya?ml|newrelic\.(js|ini|yml)|sentry\.properties)$/,
    paths: /(^|\/)(grafana|dashboards)\/.{1,200}\.json$/,
    jsPackages: [
      "@opentelemetry/api",
      "@opentelemetry/sdk-node",
      "prom-client",
      "@sentry/node",
      "dd-trace",
      "newrelic"
    ],
    pythonPackages: [
      "opentelemetry-api",
      "opentelemetry-sdk",
      "prometheus-client",
      "prometheus_client",
      "sentry-sdk",
      "ddtrace"
    ],
    contents: [
      { path: /(^|\/)(dockerfile[^/]{0,40}|containerfile)$/i, text: /^\s{0,10}HEALTHCHECK\s/im },
      { path: /\.ya?ml$/, text: /^\s{0,40}(healthcheck|livenessProbe|readinessProbe):/m }
    ]
  },
  securityScanning: {
    fileNames: /^(\.gitleaks\.toml|gitleaks\.toml|\.secretlintrc(\.\w{2,5})?|\.bandit|\.semgrep\.ya?ml|\.snyk|\.trivyignore|\.secrets\.baseline|\.valuerc(\.json)?)$/,
    paths: /^\.semgrep\//,
    jsPackages: ["secretlint", "@secretlint/secretlint-rule-preset-recommend", "eslint-plugin-security"],
    pythonPackages: ["bandit", "safety", "pip-audit", "detect-secrets"],
    contents: [
      {
        path: /^(\.github\/workflows\/[^/]{1,100}\.ya?ml|\.gitlab-ci\.yml|\.circleci\/config\.ya?ml|azure-pipelines\.ya?ml|\.pre-commit-config\.ya?ml)$/,
        text: /github\/codeql-action|gitleaks|trufflehog|semgrep|trivy|snyk|npm audit|pip-audit|\bbandit\b/
      },
      { path: /(^|\/)pyproject\.toml$/, text: /^\[tool\.bandit\]/m }
    ]
  },
  dependencyAutomation: {
    paths: /^(\.github\/dependabot\.ya?ml|renovate\.json5?|\.renovaterc(\.json5?)?|\.github\/renovate\.json5?|\.gitlab\/renovate\.json5?)$/,
    packageJsonKeys: ["renovate"]
  },
  preCommitHooks: {
    fileNames: /^(\.pre-commit-config\.ya?ml|lefthook\.ya?ml|\.lefthook\.ya?ml|\.lintstagedrc(\.\w{2,5})?|lint-staged\.config\.[cm]?js)$/,
    paths: /^\.husky\/(pre-commit|pre-push|commit-msg)$/,
    jsPackages: ["husky", "simple-git-hooks", "lefthook", "lint-staged"],
    packageJsonKeys: ["simple-git-hooks", "lint-staged"],
    pythonPackages: ["pre-commit"]
  }
};
function fromPaths(pattern) {
  return (facts) => summarise(facts.ownFiles.filter((path) => pattern.test(path)));
}
function detectContainers(facts) {
  return facts.ownFiles.flatMap((path) => {
    const name = baseName(path).toLowerCase();
    if (/^(docker-)?compose(\.[\w-]{1,40})?\.ya?ml$/.test(name) || name === "chart.yaml" || name === "kustomization.yaml")
      return [path];
    if (!(name === "dockerfile" || name === "containerfile" || name.startsWith("dockerfile.") || name.endsWith(".dockerfile")))
      return [];
    const stages = (facts.read(path) ?? "").split("\n").filter((line) => /^\s{0,10}FROM\s/i.test(line)).length;
    return [stages > 1 ? `Docker multi-stage build: ${path} (${stages} FROM stages)` : path];
  });
}
function detectStaticTypes(facts) {
  const typed = facts.ownFiles.filter((path) => staticallyTyped.has(languageOf(path)));
  const tools = [...detectTool(facts, "jsTypeChecker"), ...detectTool(facts, "pythonTypeChecker")];
  return typed.length > 0 ? [...tools, `statically typed language: ${typed.length} files (${languageOf(typed[0])})`] : tools;
}
var features = [
  {
    name: "Tests",
    weight: 3,
    detect: (_, tests) => tests.files.length === 0 ? [] : [`${tests.files.length} test files`, ...summarise(tests.files), ...tests.frameworks]
  },
  { name: "Unit tests", weight: 1, detect: (_, tests) => tests.kinds.unit },
  { name: "Integration tests", weight: 1, detect: (_, tests) => tests.kinds.integration },
  { name: "End-to-end tests", weight: 1, detect: (_, tests) => tests.kinds.e2e },
  { name: "Performance tests or benchmarks", weight: 1, detect: (_, tests) => tests.kinds.performance },
  { name: "Continuous integration", weight: 3, detect: (facts) => summarise(detectTool(facts, "ci")) },
  {
    name: "Linter",
    weight: 2,
    detect: (facts) => [
      ...detectTool(facts, "jsLinter"),
      ...detectTool(facts, "pythonLinter"),
      ...detectSignal(facts, otherLinters)
    ]
  },
  {
    name: "Formatter",
    weight: 1,
    detect: (facts) => [
      ...detectTool(facts, "jsFormatter"),
      ...detectTool(facts, "pythonFormatter"),
      ...detectSignal(facts, otherFormatters)
    ]
  },
  { name: "Type checking", weight: 2, detect: detectStaticTypes },
  { name: "Containerisation", weight: 1, detect: detectContainers },
  { name: "Monitoring", weight: 1, detect: (facts) => detectSignal(facts, signals.monitoring) },
  {
    name: "Security scanning",
    weight: 2,
    detect: (facts) => detectSignal(facts, signals.securityScanning)
  },
  { name: "Security policy", weight: 1, detect: fromPaths(/^(\.github\/|docs\/)?SECURITY\.md$/i) },
  {
    name: "Dependency automation",
    weight: 1,
    detect: (facts) => detectSignal(facts, signals.dependencyAutomation)
  },
  { name: "README", weight: 2, detect: fromPaths(/^README(\.\w{1,8})?$/i) },
  {
    name: "Documentation folder",
    weight: 1,
    detect: fromPaths(/^(docs?\/.{1,200}\.(md|mdx|rst|adoc|txt|html)|mkdocs\.ya?ml|docs?\/conf\.py)$/i)
  },
  {
    name: "Architecture decision records",
    weight: 1,
    detect: fromPaths(/(^|\/)(adrs?|decisions)\/.{1,200}\.(md|mdx|rst|adoc)$/i)
  },
  {
    name: "Runbooks",
    weight: 1,
    detect: fromPaths(/(^|\/)runbooks?([/._-].{0,200})?\.(md|mdx|rst|adoc)$|(^|\/)runbooks?\/.{1,200}\.(md|mdx|rst|adoc)$/i)
  },
  { name: "Contributing guide", weight: 1, detect: fromPaths(/^(\.github\/|docs\/)?CONTRIBUTING(\.\w{1,8})?$/i) },
  {
    name: "Changelog",
    weight: 1,
    detect: fromPaths(/^(CHANGELOG|CHANGES|HISTORY|RELEASES)(\.\w{1,8})?$|^\.changeset\/config\.json$/i)
  },
  { name: "License", weight: 1, detect: fromPaths(/^(LICEN[CS]E|COPYING)([.-]\w{1,12})?$/i) },
  { name: "Pre-commit hooks", weight: 1, detect: (facts) => detectSignal(facts, signals.preCommitHooks) }
];

// dist/src/analyzers/maturity/detect-maturity.js
var LEVEL_THRESHOLDS = [
  [25, "nascent"],
  [50, "developing"],
  [75, "maturing"],
  [Infinity, "advanced"]
];
function detectMaturity(input) {
  const facts = readRepoFacts(input);
  const tests = takeTestInventory(facts);
  const detected = features.map((feature) => {
    const evidence = [...new Set(feature.detect(facts, tests))];
    return { name: feature.name, present: evidence.length > 0, weight: feature.weight, evidence };
  });
  const total = detected.reduce((sum, feature) => sum + feature.weight, 0);
  const present = detected.reduce((sum, feature) => sum + (feature.present ? feature.weight : 0), 0);
  const percent = Math.round(100 * present / total);
  return { level: levelOf(percent), percent, features: detected };
}
function levelOf(percent) {
  return LEVEL_THRESHOLDS.find(([upTo]) => percent < upTo)[1];
}

// dist/src/analyzers/maturity/index.js
var MATURITY_READS = /(^|\/)(package\.json|pyproject\.toml|setup\.cfg|setup\.py|tox\.ini|Pipfile|environment\.ya?ml|requirements[\w.-]{0,40}\.(txt|in)|jsconfig\.json|(dockerfile|containerfile)[^/]{0,40})$|(^|\/)requirements\/[\w.-]{1,60}\.(txt|in)$|\.ya?ml$/i;
export {
  LEVEL_THRESHOLDS,
  MATURITY_READS,
  detectMaturity,
  levelOf
};
