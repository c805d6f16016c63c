import { languageOf } from '../../findings/languages.js';
import { baseName, type RepoFacts } from './repo-facts.js';
import { summarise, type TestInventory } from './test-kinds.js';
import { detectSignal, detectTool, type ToolSignal } from './tooling-signals.js';

// The features a repository's maturity is measured by, with weights: the practices that catch
// defects before users do (tests, CI, linting, type checking, security scanning) weigh most.

export interface Feature {
  name: string;
  weight: number;
  detect(facts: RepoFacts, tests: TestInventory): string[];
}

const staticallyTyped = new Set(['go', 'rust', 'java', 'kotlin', 'scala', 'csharp', 'swift', 'dart']);

const otherLinters: ToolSignal = {
  fileNames:
    /^(\.golangci\.(ya?ml|toml|json)|\.?clippy\.toml|\.rubocop\.yml|checkstyle\.xml|\.swiftlint\.yml|\.hadolint\.ya?ml|\.shellcheckrc|\.stylelintrc(\.\w{2,5})?|\.markdownlint(\.\w{2,5}|-cli2\.\w{2,5})?|\.yamllint(\.ya?ml)?)$/,
};
const otherFormatters: ToolSignal = {
  fileNames: /^(\.?rustfmt\.toml|\.clang-format|\.scalafmt\.conf|\.editorconfig-checker\.json)$/,
};

const signals: Record<string, ToolSignal> = {
  monitoring: {
    fileNames:
      /^(prometheus\.ya?ml|alertmanager\.ya?ml|otel[\w-]{0,40}\.ya?ml|datadog\.ya?ml|newrelic\.(js|ini|yml)|sentry\.properties)$/,
    paths: /(^|\/)(grafana|dashboards)\/.{1,200}\.json$/,
    jsPackages: [
      '@opentelemetry/api',
      '@opentelemetry/sdk-node',
      'prom-client',
      '@sentry/node',
      'dd-trace',
      'newrelic',
    ],
    pythonPackages: [
      'opentelemetry-api',
      'opentelemetry-sdk',
      'prometheus-client',
      'prometheus_client',
      'sentry-sdk',
      'ddtrace',
    ],
    contents: [
      { path: /(^|\/)(dockerfile[^/]{0,40}|containerfile)$/i, text: /^\s{0,10}HEALTHCHECK\s/im },
      { path: /\.ya?ml$/, text: /^\s{0,40}(healthcheck|livenessProbe|readinessProbe):/m },
    ],
  },
  securityScanning: {
    fileNames:
      /^(\.gitleaks\.toml|gitleaks\.toml|\.secretlintrc(\.\w{2,5})?|\.bandit|\.semgrep\.ya?ml|\.snyk|\.trivyignore|\.secrets\.baseline|\.valuerc(\.json)?)$/,
    paths: /^\.semgrep\//,
    jsPackages: ['secretlint', '@secretlint/secretlint-rule-preset-recommend', 'eslint-plugin-security'],
    pythonPackages: ['bandit', 'safety', 'pip-audit', 'detect-secrets'],
    contents: [
      {
        path: /^(\.github\/workflows\/[^/]{1,100}\.ya?ml|\.gitlab-ci\.yml|\.circleci\/config\.ya?ml|azure-pipelines\.ya?ml|\.pre-commit-config\.ya?ml)$/,
        text: /github\/codeql-action|gitleaks|trufflehog|semgrep|trivy|snyk|npm audit|pip-audit|\bbandit\b/,
      },
      { path: /(^|\/)pyproject\.toml$/, text: /^\[tool\.bandit\]/m },
    ],
  },
  dependencyAutomation: {
    paths:
      /^(\.github\/dependabot\.ya?ml|renovate\.json5?|\.renovaterc(\.json5?)?|\.github\/renovate\.json5?|\.gitlab\/renovate\.json5?)$/,
    packageJsonKeys: ['renovate'],
  },
  preCommitHooks: {
    fileNames:
      /^(\.pre-commit-config\.ya?ml|lefthook\.ya?ml|\.lefthook\.ya?ml|\.lintstagedrc(\.\w{2,5})?|lint-staged\.config\.[cm]?js)$/,
    paths: /^\.husky\/(pre-commit|pre-push|commit-msg)$/,
    jsPackages: ['husky', 'simple-git-hooks', 'lefthook', 'lint-staged'],
    packageJsonKeys: ['simple-git-hooks', 'lint-staged'],
    pythonPackages: ['pre-commit'],
  },
};

function fromPaths(pattern: RegExp) {
  return (facts: RepoFacts) => summarise(facts.ownFiles.filter((path) => pattern.test(path)));
}

function detectContainers(facts: RepoFacts): string[] {
  return facts.ownFiles.flatMap((path) => {
    const name = baseName(path).toLowerCase();
    if (
      /^(docker-)?compose(\.[\w-]{1,40})?\.ya?ml$/.test(name) ||
      name === 'chart.yaml' ||
      name === 'kustomization.yaml'
    )
      return [path];
    if (!(
      name === 'dockerfile' ||
      name === 'containerfile' ||
      name.startsWith('dockerfile.') ||
      name.endsWith('.dockerfile')
    ))
      return [];
    const stages = (facts.read(path) ?? '').split('\n').filter((line) => /^\s{0,10}FROM\s/i.test(line)).length;
    return [stages > 1 ? `Docker multi-stage build: ${path} (${stages} FROM stages)` : path];
  });
}

function detectStaticTypes(facts: RepoFacts): string[] {
  const typed = facts.ownFiles.filter((path) => staticallyTyped.has(languageOf(path)));
  const tools = [...detectTool(facts, 'jsTypeChecker'), ...detectTool(facts, 'pythonTypeChecker')];
  return typed.length > 0
    ? [...tools, `statically typed language: ${typed.length} files (${languageOf(typed[0] as string)})`]
    : tools;
}

export const features: readonly Feature[] = [
  {
    name: 'Tests',
    weight: 3,
    detect: (_, tests) =>
      tests.files.length === 0
        ? []
        : [`${tests.files.length} test files`, ...summarise(tests.files), ...tests.frameworks],
  },
  { name: 'Unit tests', weight: 1, detect: (_, tests) => tests.kinds.unit },
  { name: 'Integration tests', weight: 1, detect: (_, tests) => tests.kinds.integration },
  { name: 'End-to-end tests', weight: 1, detect: (_, tests) => tests.kinds.e2e },
  { name: 'Performance tests or benchmarks', weight: 1, detect: (_, tests) => tests.kinds.performance },
  { name: 'Continuous integration', weight: 3, detect: (facts) => summarise(detectTool(facts, 'ci')) },
  {
    name: 'Linter',
    weight: 2,
    detect: (facts) => [
      ...detectTool(facts, 'jsLinter'),
      ...detectTool(facts, 'pythonLinter'),
      ...detectSignal(facts, otherLinters),
    ],
  },
  {
    name: 'Formatter',
    weight: 1,
    detect: (facts) => [
      ...detectTool(facts, 'jsFormatter'),
      ...detectTool(facts, 'pythonFormatter'),
      ...detectSignal(facts, otherFormatters),
    ],
  },
  { name: 'Type checking', weight: 2, detect: detectStaticTypes },
  { name: 'Containerisation', weight: 1, detect: detectContainers },
  { name: 'Monitoring', weight: 1, detect: (facts) => detectSignal(facts, signals.monitoring as ToolSignal) },
  {
    name: 'Security scanning',
    weight: 2,
    detect: (facts) => detectSignal(facts, signals.securityScanning as ToolSignal),
  },
  { name: 'Security policy', weight: 1, detect: fromPaths(/^(\.github\/|docs\/)?SECURITY\.md$/i) },
  {
    name: 'Dependency automation',
    weight: 1,
    detect: (facts) => detectSignal(facts, signals.dependencyAutomation as ToolSignal),
  },
  { name: 'README', weight: 2, detect: fromPaths(/^README(\.\w{1,8})?$/i) },
  {
    name: 'Documentation folder',
    weight: 1,
    detect: fromPaths(/^(docs?\/.{1,200}\.(md|mdx|rst|adoc|txt|html)|mkdocs\.ya?ml|docs?\/conf\.py)$/i),
  },
  {
    name: 'Architecture decision records',
    weight: 1,
    detect: fromPaths(/(^|\/)(adrs?|decisions)\/.{1,200}\.(md|mdx|rst|adoc)$/i),
  },
  {
    name: 'Runbooks',
    weight: 1,
    detect: fromPaths(
      /(^|\/)runbooks?([/._-].{0,200})?\.(md|mdx|rst|adoc)$|(^|\/)runbooks?\/.{1,200}\.(md|mdx|rst|adoc)$/i,
    ),
  },
  { name: 'Contributing guide', weight: 1, detect: fromPaths(/^(\.github\/|docs\/)?CONTRIBUTING(\.\w{1,8})?$/i) },
  {
    name: 'Changelog',
    weight: 1,
    detect: fromPaths(/^(CHANGELOG|CHANGES|HISTORY|RELEASES)(\.\w{1,8})?$|^\.changeset\/config\.json$/i),
  },
  { name: 'License', weight: 1, detect: fromPaths(/^(LICEN[CS]E|COPYING)([.-]\w{1,12})?$/i) },
  { name: 'Pre-commit hooks', weight: 1, detect: (facts) => detectSignal(facts, signals.preCommitHooks as ToolSignal) },
];
