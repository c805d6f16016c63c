// Where a file lives says what a finding in it risks: a credential in shipped code reaches production,
// the same string in a test fixture or a tutorial usually does not. One classification, shared by the
// gate (secrets), scoring, every report and `explain`, so they never disagree about a path.

export const CONTEXTS = ['source', 'test', 'docs', 'example', 'generated', 'vendored', 'build'] as const;
export type Context = (typeof CONTEXTS)[number];

/** Contexts whose code does not ship: a finding there is worth less and blocks only when plausible. */
export const NON_SHIPPED: ReadonlySet<Context> = new Set(['test', 'docs', 'example', 'generated', 'vendored']);

/** How the context was decided, for `explain`: the folder or file convention, or an override. */
export interface ContextDecision {
  context: Context;
  reason: string;
}

/** A path predicate with the context it sets (config globs, `linguist-*` attributes), checked first. */
export interface ContextOverride {
  matches(path: string): boolean;
  context: Context;
  /** Why, for `explain`; a function when the reason names something particular to the path. */
  reason: string | ((path: string) => string);
}

// Folder names by context; the outermost folder that names a context wins (`examples/tests/x.py` is an
// example, `tests/fixtures/docs/a.md` a test), except vendored and generated folders, which win wherever
// they sit (a `node_modules/` inside a test folder is still someone else's code).
const VENDORED_DIRS = new Set([
  'node_modules',
  'vendor',
  'vendored',
  'third_party',
  'third-party',
  'thirdparty',
  'bower_components',
  'jspm_packages',
  '.yarn',
  '.pnpm-store',
  'site-packages',
  '_vendor',
]);
const GENERATED_DIRS = new Set(['__generated__', 'generated', '.next', '.nuxt', 'coverage', '__pycache__']);
const FOLDER_CONTEXT: ReadonlyMap<string, Context> = new Map<string, Context>([
  // tests: pytest, Jest/Vitest, Go, JUnit/Maven, RSpec, Perl, Cypress/Playwright, benchmarks
  ...(
    [
      'test',
      'tests',
      'testing',
      '__tests__',
      '__test__',
      '__mocks__',
      '__snapshots__',
      '__fixtures__',
      'spec',
      'specs',
      'testdata',
      'test-data',
      'test_data',
      'fixtures',
      'fixture',
      'e2e',
      'integration-tests',
      'cypress',
      'playwright',
      'bench',
      'benches',
      'benchmark',
      'benchmarks',
      't',
    ] as const
  ).map((name) => [name, 'test'] as const),
  ...(
    [
      'docs',
      'doc',
      'documentation',
      'docs_src',
      'docs-src',
      'man',
      'website',
      'site',
      'changelog',
      'changelogs',
      'changes',
      'adr',
      'rfcs',
    ] as const
  ).map((name) => [name, 'docs'] as const),
  ...(
    [
      'examples',
      'example',
      'samples',
      'sample',
      'demo',
      'demos',
      'playground',
      'sandbox',
      'tutorial',
      'tutorials',
      'quickstart',
    ] as const
  ).map((name) => [name, 'example'] as const),
  ...(
    [
      '.github',
      '.circleci',
      '.gitlab',
      '.husky',
      '.devcontainer',
      '.vscode',
      '.idea',
      'scripts',
      'tools',
      'ci',
    ] as const
  ).map((name) => [name, 'build'] as const),
]);

// `src/test/java/…` and `src/main/…` are Maven's layout: `test` under `src` is a test tree, which the
// folder rule already gives; `src/main` stays source.
const TEST_FILE =
  /(?:[._-](?:test|tests|spec|specs|e2e|bench|stories|story)\.[a-z0-9]{1,6}$)|(?:^test_[^/]*\.py$)|(?:^conftest\.py$)|(?:_test\.(?:go|py|rb|exs?|dart|c|cc|cpp|rs)$)|(?:(?:Test|Tests|IT|Spec)\.(?:java|kt|scala|cs|groovy|swift)$)|(?:^Test[A-Z][^/]*\.(?:java|kt|cs)$)|(?:_spec\.rb$)|(?:\.snap$)/;
const GENERATED_FILE =
  /(?:\.min\.(?:js|css|mjs)$)|(?:\.(?:js|css)\.map$)|(?:\.pb\.go$)|(?:_pb2(?:_grpc)?\.pyi?$)|(?:\.g\.dart$)|(?:\.generated\.[a-z0-9]{1,6}$)|(?:^(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|poetry\.lock|uv\.lock|Pipfile\.lock|Cargo\.lock|go\.sum|composer\.lock|Gemfile\.lock|pdm\.lock|flake\.lock)$)/;
const EXAMPLE_FILE =
  /(?:\.(?:example|sample|dist|template|tmpl|tpl)$)|(?:\.(?:example|sample|template)\.[a-z0-9]{1,6}$)|(?:^\.env\.(?:example|sample|template|dist)$)/i;
const DOCS_FILE =
  /(?:\.(?:md|mdx|markdown|rst|adoc|asciidoc|txt|rdoc|pod|ipynb|tex)$)|(?:^(?:README|CHANGELOG|CHANGES|HISTORY|History|CONTRIBUTING|AUTHORS|NEWS|SECURITY|CODE_OF_CONDUCT|LICENSE|NOTICE|MAINTAINERS|CODEOWNERS)(?:\.[a-z]+)?$)/;
const BUILD_FILE =
  /(?:^(?:Dockerfile|Containerfile|Makefile|GNUmakefile|Rakefile|Justfile|Jenkinsfile|Vagrantfile|Procfile|BUILD|BUILD\.bazel|WORKSPACE|CMakeLists\.txt|setup\.py|setup\.cfg|tox\.ini|noxfile\.py|pyproject\.toml|package\.json|tsconfig(?:\.[\w-]+)?\.json|go\.mod|Cargo\.toml|pom\.xml|build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?|Gemfile|\.gitlab-ci\.yml|\.travis\.yml|\.pre-commit-config\.yaml|\.gitattributes|\.gitignore|\.editorconfig|\.npmrc|\.yarnrc(?:\.yml)?|pnpm-workspace\.yaml|lerna\.json|turbo\.json|nx\.json)$)|(?:^docker-compose[\w.-]*\.ya?ml$)|(?:^compose[\w.-]*\.ya?ml$)|(?:\.config\.(?:js|cjs|mjs|ts|cts|mts|json)$)|(?:\.conf\.(?:js|cjs|mjs|ts)$)|(?:^(?:[Gg]ulpfile|Gruntfile|Jakefile|Makefile)\.(?:js|cjs|mjs|ts)$)|(?:^\.[\w-]+rc(?:\.(?:js|cjs|mjs|json|ya?ml))?$)|(?:^\.[\w.-]+\.(?:ya?ml|toml|json|cfg|ini)$)|(?:^\.[\w-]*ignore$)|(?:^\.git-blame-ignore-revs$)/;

/**
 * Pure: the context of a repository path (forward slashes, repo-relative). Overrides (config globs,
 * `linguist-generated` / `linguist-vendored` / `linguist-documentation` attributes) are checked first.
 */
export function classifyPath(path: string, overrides: readonly ContextOverride[] = []): ContextDecision {
  for (const override of overrides)
    if (override.matches(path))
      return {
        context: override.context,
        reason: typeof override.reason === 'string' ? override.reason : override.reason(path),
      };
  const parts = path.split('/');
  const file = parts[parts.length - 1] ?? path;
  const folders = parts.slice(0, -1);
  for (const folder of folders) {
    const lower = folder.toLowerCase();
    if (VENDORED_DIRS.has(lower))
      return { context: 'vendored', reason: `inside a '${folder}/' folder (third-party code)` };
    if (GENERATED_DIRS.has(lower))
      return { context: 'generated', reason: `inside a '${folder}/' folder (generated output)` };
  }
  if (GENERATED_FILE.test(file))
    return { context: 'generated', reason: `'${file}' is a generated, minified or lock file` };
  // Go builds every folder of .go files as a package: `doc/` in cobra is the shipped `cobra/doc` package
  const goPackage = file.endsWith('.go');
  for (const folder of folders) {
    const context = FOLDER_CONTEXT.get(folder.toLowerCase());
    if (context === 'docs' && goPackage) continue;
    if (context) return { context, reason: `inside a '${folder}/' folder` };
  }
  if (TEST_FILE.test(file)) return { context: 'test', reason: `'${file}' is named as a test` };
  if (EXAMPLE_FILE.test(file)) return { context: 'example', reason: `'${file}' is named as an example or template` };
  if (DOCS_FILE.test(file)) return { context: 'docs', reason: `'${file}' is documentation` };
  if (BUILD_FILE.test(file)) return { context: 'build', reason: `'${file}' is build, CI or tool configuration` };
  return { context: 'source', reason: 'no test, docs, example, generated, vendored or build convention matches' };
}

/** Shorthand when only the context matters. */
export function contextOf(path: string, overrides: readonly ContextOverride[] = []): Context {
  return classifyPath(path, overrides).context;
}

/** Memoised classification with fixed overrides: one decision per path, however many findings it has. */
export function createContextResolver(overrides: readonly ContextOverride[] = []): (path: string) => ContextDecision {
  const decided = new Map<string, ContextDecision>();
  return (path) => {
    let decision = decided.get(path);
    if (!decision) {
      decision = classifyPath(path, overrides);
      decided.set(path, decision);
    }
    return decision;
  };
}

// Build output committed beside the sources (axios' dist/, protobuf stubs, parsers generated by tools)
// often says so itself: a generator's banner near the top or a source-map link at the end.
const GENERATED_BANNER =
  /@generated\b|\bDO NOT EDIT\b|\bCode generated\b.*\bDO NOT EDIT|\b(?:auto-?generated|automatically generated)\b/i;
const SOURCE_MAP_LINK = /^\s*(?:\/\/|\/\*)[#@] sourceMappingURL=/;
const BANNER_LINES = 5;

/** Pure: why a file's own text says it is generated (a banner at the top, a source map at the end), or undefined. */
export function readGeneratedMark(text: string): string | undefined {
  let start = 0;
  for (let line = 0; line < BANNER_LINES && start < text.length; line++) {
    const end = text.indexOf('\n', start);
    const content = text.slice(start, end === -1 ? text.length : end);
    if (GENERATED_BANNER.test(content.slice(0, 300))) return 'its first lines say it is generated';
    if (end === -1) break;
    start = end + 1;
  }
  const trimmed = text.trimEnd();
  const lastLine = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
  if (SOURCE_MAP_LINK.test(lastLine)) return 'it ends with a source-map link (bundler output)';
  return undefined;
}

// Code its maintainers have deprecated says so in its header: JSDoc's `@deprecated` in the file comment
// (ESLint's deprecated rules), Go's `// Deprecated:` paragraph before the package clause. Deprecated
// code is frozen until it is removed: its debt is paid by deleting it, not by refactoring it.
const DEPRECATED_BANNER = /^\s*(?:\/\*\*?|\*|\/\/|#)\s*(?:@deprecated\b|Deprecated:)/;
const HEADER_LINES = 20;
const CODE_STARTS =
  /^\s*(?:(?:package|import|export|const|let|var|function|class|def|from)\b|module\.exports|['"]use strict)/;

/** Pure: the file's header marks it deprecated (why, or undefined). */
export function readDeprecatedMark(text: string): string | undefined {
  let start = 0;
  for (let line = 0; line < HEADER_LINES && start < text.length; line++) {
    const end = text.indexOf('\n', start);
    const content = text.slice(start, end === -1 ? text.length : Math.min(end, start + 300));
    if (DEPRECATED_BANNER.test(content)) return 'its header marks it deprecated';
    // the header ends where code starts: `package`, an import or a statement
    if (CODE_STARTS.test(content)) break;
    if (end === -1) break;
    start = end + 1;
  }
  return undefined;
}
