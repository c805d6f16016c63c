import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { classifyPath, createContextResolver } from '../../src/findings/context.js';
import { learnLintExclusions, lintExclusionOverrides } from '../../src/findings/context-lint-exclusions.js';

const exclusions = suite("findings/context-lint-exclusions: what the project's linters skip counts as vendored");

// [name, root-level config files, path, vendored?]
const rows: Array<[name: string, files: Record<string, string>, path: string, vendored: boolean]> = [
  [
    'ruff extend-exclude in pyproject.toml',
    {
      'pyproject.toml':
        '[tool.ruff]\nextend-exclude = ["src/pkg/_compat", "legacy/*.py"]\n\n[tool.ruff.lint]\nselect = ["E"]\n',
    },
    'src/pkg/_compat/six.py',
    true,
  ],
  [
    'ruff exclude by file glob',
    { 'pyproject.toml': '[tool.ruff]\nextend-exclude = ["src/pkg/_compat", "legacy/*.py"]\n' },
    'legacy/old.py',
    true,
  ],
  [
    'ruff per-file-ignores of ALL (table)',
    {
      'pyproject.toml':
        '[tool.ruff.lint.per-file-ignores]\n"src/pkg/compat.py" = ["ALL"]\n"src/pkg/api.py" = ["E501"]\n',
    },
    'src/pkg/compat.py',
    true,
  ],
  [
    'ruff per-file-ignores of some codes only: still linted',
    {
      'pyproject.toml':
        '[tool.ruff.lint.per-file-ignores]\n"src/pkg/compat.py" = ["ALL"]\n"src/pkg/api.py" = ["E501"]\n',
    },
    'src/pkg/api.py',
    false,
  ],
  [
    "ruff per-file-ignores as dotted keys (pytest's spelling), ALL",
    { 'pyproject.toml': '[tool.ruff]\nlint.per-file-ignores."src/_pytest/_py/**/*.py" = [\n    "ALL",\n]\n' },
    'src/_pytest/_py/path.py',
    true,
  ],
  [
    "ruff per-file-ignores as dotted keys of two families (pytest's _py): still linted",
    { 'pyproject.toml': '[tool.ruff]\nlint.per-file-ignores."src/_pytest/_py/**/*.py" = [\n    "B",\n    "PYI",\n]\n' },
    'src/_pytest/_py/path.py',
    false,
  ],
  ['ruff.toml exclude', { 'ruff.toml': 'exclude = ["gen"]\nline-length = 100\n' }, 'app/gen/models.py', true],
  [
    'flake8 exclude with continuation lines',
    { 'setup.cfg': '[flake8]\nexclude = .git,\n    lib/ext,\n    build\nmax-line-length = 99\n' },
    'lib/ext/decorator.py',
    true,
  ],
  [
    'a docs folder excluded stays docs',
    { 'pyproject.toml': '[tool.ruff]\nexclude = ["docs/", "ext/"]\n' },
    'docs/conf.py',
    false,
  ],
  [
    '.eslintignore',
    { '.eslintignore': '# built\ncoverage\nlib/bundled/*.js\n!lib/bundled/ours.js\n' },
    'lib/bundled/jquery.js',
    true,
  ],
  [
    'flat config globalIgnores',
    {
      'eslint.config.js':
        'module.exports = defineConfig([\n  globalIgnores(["lib/legacy/**", "tests/fixtures/**"]),\n]);\n',
    },
    'lib/legacy/parser.js',
    true,
  ],
  [
    'flat config object holding only ignores',
    {
      'eslint.config.mjs':
        'export default [\n  { ignores: ["src/shims/**"] },\n  { files: ["**/*.js"], rules: {} },\n];\n',
    },
    'src/shims/promise.js',
    true,
  ],
  [
    'flat config ignores of one config object: not global',
    { 'eslint.config.js': 'export default [{ files: ["lib/rules/*.js"], ignores: ["**/index.js"], rules: {} }];\n' },
    'lib/rules/index.js',
    false,
  ],
  [
    'ESLint ignoring .ts files it does not lint: not vendored',
    { 'eslint.config.js': 'module.exports = [globalIgnores(["lib/types/**/*.ts"])];\n' },
    'lib/types/index.d.ts',
    false,
  ],
  [
    'type declarations a TypeScript-aware ESLint skips: the compiler checks them',
    {
      'eslint.config.js':
        'const ts = require("typescript-eslint");\nmodule.exports = [globalIgnores(["lib/types/**/*.ts"])];\n',
    },
    'lib/types/index.d.ts',
    false,
  ],
  [
    'TypeScript sources a TypeScript-aware ESLint skips',
    {
      'eslint.config.js':
        'const ts = require("typescript-eslint");\nmodule.exports = [globalIgnores(["src/legacy/**"])];\n',
    },
    'src/legacy/parser.ts',
    true,
  ],
  [
    'golangci v2 exclusion paths',
    {
      '.golangci.yml': 'version: "2"\nlinters:\n  exclusions:\n    paths:\n      - external$\n      - internal/gen\n',
    },
    'external/x/y.go',
    true,
  ],
  [
    'golangci v1 exclude-dirs',
    { '.golangci.yml': 'issues:\n  exclude-dirs:\n    - legacy\n' },
    'pkg/legacy/old.go',
    true,
  ],
  [
    'golangci paths outside exclusions: not an exclusion',
    { '.golangci.yml': 'output:\n  paths:\n    - legacy\n' },
    'legacy/old.go',
    false,
  ],
  ['no configuration', {}, 'src/app.py', false],
];
for (const [name, files, path, vendored] of rows)
  exclusions(name, () => {
    const learned = learnLintExclusions((file) => files[file]);
    const resolve = createContextResolver(
      lintExclusionOverrides(learned, (candidate) => classifyPath(candidate).context),
    );
    const decision = resolve(path);
    assert.is(decision.context === 'vendored', vendored, `${path}: ${decision.context} (${decision.reason})`);
    if (vendored) assert.match(decision.reason, /linter skips it/);
  });

exclusions('a table of both kinds', () => {
  assert.ok(rows.some((row) => row[3]) && rows.some((row) => !row[3]));
  assert.is(new Set(rows.map((row) => row[0])).size, rows.length);
});
exclusions.run();
