import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);

// dist/src/findings/context.js
var CONTEXTS = ["source", "test", "docs", "example", "generated", "vendored", "build"];
var NON_SHIPPED = /* @__PURE__ */ new Set(["test", "docs", "example", "generated", "vendored"]);
var VENDORED_DIRS = /* @__PURE__ */ new Set([
  "node_modules",
  "vendor",
  "vendored",
  "third_party",
  "third-party",
  "thirdparty",
  "bower_components",
  "jspm_packages",
  ".yarn",
  ".pnpm-store",
  "site-packages",
  "_vendor"
]);
var GENERATED_DIRS = /* @__PURE__ */ new Set(["__generated__", "generated", ".next", ".nuxt", "coverage", "__pycache__"]);
var FOLDER_CONTEXT = new Map([
  // tests: pytest, Jest/Vitest, Go, JUnit/Maven, RSpec, Perl, Cypress/Playwright, benchmarks
  ...[
    "test",
    "tests",
    "testing",
    "__tests__",
    "__test__",
    "__mocks__",
    "__snapshots__",
    "__fixtures__",
    "spec",
    "specs",
    "testdata",
    "test-data",
    "test_data",
    "fixtures",
    "fixture",
    "e2e",
    "integration-tests",
    "cypress",
    "playwright",
    "bench",
    "benches",
    "benchmark",
    "benchmarks",
    "t"
  ].map((name) => [name, "test"]),
  ...[
    "docs",
    "doc",
    "documentation",
    "docs_src",
    "docs-src",
    "man",
    "website",
    "site",
    "changelog",
    "changelogs",
    "changes",
    "adr",
    "rfcs"
  ].map((name) => [name, "docs"]),
  ...[
    "examples",
    "example",
    "samples",
    "sample",
    "demo",
    "demos",
    "playground",
    "sandbox",
    "tutorial",
    "tutorials",
    "quickstart"
  ].map((name) => [name, "example"]),
  ...[
    ".github",
    ".circleci",
    ".gitlab",
    ".husky",
    ".devcontainer",
    ".vscode",
    ".idea",
    "scripts",
    "tools",
    "ci"
  ].map((name) => [name, "build"])
]);
var TEST_FILE = /(?:[._-](?:test|tests|spec|specs|e2e|bench|stories|story)\.[a-z0-9]{1,6}$)|(?:^test_[^/]*\.py$)|(?:^conftest\.py$)|(?:_test\.(?:go|py|rb|exs?|dart|c|cc|cpp|rs)$)|(?:(?:Test|Tests|IT|Spec)\.(?:java|kt|scala|cs|groovy|swift)$)|(?:^Test[A-Z][^/]*\.(?:java|kt|cs)$)|(?:_spec\.rb$)|(?:\.snap$)/;
var GENERATED_FILE = /(?:\.min\.(?:js|css|mjs)$)|(?:\.(?:js|css)\.map$)|(?:\.pb\.go$)|(?:_pb2(?:_grpc)?\.pyi?$)|(?:\.g\.dart$)|(?:\.generated\.[a-z0-9]{1,6}$)|(?:^(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|poetry\.lock|uv\.lock|Pipfile\.lock|Cargo\.lock|go\.sum|composer\.lock|Gemfile\.lock|pdm\.lock|flake\.lock)$)/;
var EXAMPLE_FILE = /(?:\.(?:example|sample|dist|template|tmpl|tpl)$)|(?:\.(?:example|sample|template)\.[a-z0-9]{1,6}$)|(?:^\.env\.(?:example|sample|template|dist)$)/i;
var DOCS_FILE = /(?:\.(?:md|mdx|markdown|rst|adoc|asciidoc|txt|rdoc|pod|ipynb|tex)$)|(?:^(?:README|CHANGELOG|CHANGES|HISTORY|History|CONTRIBUTING|AUTHORS|NEWS|SECURITY|CODE_OF_CONDUCT|LICENSE|NOTICE|MAINTAINERS|CODEOWNERS)(?:\.[a-z]+)?$)/;
var BUILD_FILE = /(?:^(?:Dockerfile|Containerfile|Makefile|GNUmakefile|Rakefile|Justfile|Jenkinsfile|Vagrantfile|Procfile|BUILD|BUILD\.bazel|WORKSPACE|CMakeLists\.txt|setup\.py|setup\.cfg|tox\.ini|noxfile\.py|pyproject\.toml|package\.json|tsconfig(?:\.[\w-]+)?\.json|go\.mod|Cargo\.toml|pom\.xml|build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?|Gemfile|\.gitlab-ci\.yml|\.travis\.yml|\.pre-commit-config\.yaml|\.gitattributes|\.gitignore|\.editorconfig|\.npmrc|\.yarnrc(?:\.yml)?|pnpm-workspace\.yaml|lerna\.json|turbo\.json|nx\.json)$)|(?:^docker-compose[\w.-]*\.ya?ml$)|(?:^compose[\w.-]*\.ya?ml$)|(?:\.config\.(?:js|cjs|mjs|ts|cts|mts|json)$)|(?:\.conf\.(?:js|cjs|mjs|ts)$)|(?:^(?:[Gg]ulpfile|Gruntfile|Jakefile|Makefile)\.(?:js|cjs|mjs|ts)$)|(?:^\.[\w-]+rc(?:\.(?:js|cjs|mjs|json|ya?ml))?$)|(?:^\.[\w.-]+\.(?:ya?ml|toml|json|cfg|ini)$)|(?:^\.[\w-]*ignore$)|(?:^\.git-blame-ignore-revs$)/;
function classifyPath(path, overrides = []) {
  for (const override of overrides)
    if (override.matches(path))
      return {
        context: override.context,
        reason: typeof override.reason === "string" ? override.reason : override.reason(path)
      };
  const parts = path.split("/");
  const file = parts[parts.length - 1] ?? path;
  const folders = parts.slice(0, -1);
  for (const folder of folders) {
    const lower = folder.toLowerCase();
    if (VENDORED_DIRS.has(lower))
      return { context: "vendored", reason: `inside a '${folder}/' folder (third-party code)` };
    if (GENERATED_DIRS.has(lower))
      return { context: "generated", reason: `inside a '${folder}/' folder (generated output)` };
  }
  if (GENERATED_FILE.test(file))
    return { context: "generated", reason: `'${file}' is a generated, minified or lock file` };
  const goPackage = file.endsWith(".go");
  for (const folder of folders) {
    const context = FOLDER_CONTEXT.get(folder.toLowerCase());
    if (context === "docs" && goPackage)
      continue;
    if (context)
      return { context, reason: `inside a '${folder}/' folder` };
  }
  if (TEST_FILE.test(file))
    return { context: "test", reason: `'${file}' is named as a test` };
  if (EXAMPLE_FILE.test(file))
    return { context: "example", reason: `'${file}' is named as an example or template` };
  if (DOCS_FILE.test(file))
    return { context: "docs", reason: `'${file}' is documentation` };
  if (BUILD_FILE.test(file))
    return { context: "build", reason: `'${file}' is build, CI or tool configuration` };
  return { context: "source", reason: "no test, docs, example, generated, vendored or build convention matches" };
}
function contextOf(path, overrides = []) {
  return classifyPath(path, overrides).context;
}
function createContextResolver(overrides = []) {
  const decided = /* @__PURE__ */ new Map();
  return (path) => {
    let decision = decided.get(path);
    if (!decision) {
      decision = classifyPath(path, overrides);
      decided.set(path, decision);
    }
    return decision;
  };
}
var GENERATED_BANNER = /@generated\b|\bDO NOT EDIT\b|\bCode generated\b.*\bDO NOT EDIT|\b(?:auto-?generated|automatically generated)\b/i;
var SOURCE_MAP_LINK = /^\s*(?:\/\/|\/\*)[#@] sourceMappingURL=/;
var BANNER_LINES = 5;
function readGeneratedMark(text) {
  let start = 0;
  for (let line = 0; line < BANNER_LINES && start < text.length; line++) {
    const end = text.indexOf("\n", start);
    const content = text.slice(start, end === -1 ? text.length : end);
    if (GENERATED_BANNER.test(content.slice(0, 300)))
      return "its first lines say it is generated";
    if (end === -1)
      break;
    start = end + 1;
  }
  const trimmed = text.trimEnd();
  const lastLine = trimmed.slice(trimmed.lastIndexOf("\n") + 1);
  if (SOURCE_MAP_LINK.test(lastLine))
    return "it ends with a source-map link (bundler output)";
  return void 0;
}
var DEPRECATED_BANNER = /^\s*(?:\/\*\*?|\*|\/\/|#)\s*(?:@deprecated\b|Deprecated:)/;
var HEADER_LINES = 20;
var CODE_STARTS = /^\s*(?:(?:package|import|export|const|let|var|function|class|def|from)\b|module\.exports|['"]use strict)/;
function readDeprecatedMark(text) {
  let start = 0;
  for (let line = 0; line < HEADER_LINES && start < text.length; line++) {
    const end = text.indexOf("\n", start);
    const content = text.slice(start, end === -1 ? text.length : Math.min(end, start + 300));
    if (DEPRECATED_BANNER.test(content))
      return "its header marks it deprecated";
    if (CODE_STARTS.test(content))
      break;
    if (end === -1)
      break;
    start = end + 1;
  }
  return void 0;
}

export {
  CONTEXTS,
  NON_SHIPPED,
  classifyPath,
  contextOf,
  createContextResolver,
  readGeneratedMark,
  readDeprecatedMark
};
