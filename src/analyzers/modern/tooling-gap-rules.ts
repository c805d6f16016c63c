import type { Severity } from '../../findings/types.js';
import { detectTool, type ToolName } from '../maturity/tooling-signals.js';
import type { RepoFacts } from '../maturity/repo-facts.js';
import { findAsyncTestsWithoutPlugin } from './async-test-plugins.js';
import { findMissingLockfiles } from './missing-lockfiles.js';
import { findDeclinedFormatter, findDeclinedTypeChecking } from './declined-advice.js';
import { isProject, primaryManifest, type Ecosystem } from './project-kinds.js';

export interface ToolingGap {
  path: string;
  line?: number;
  title: string;
  /** What identifies the gap regardless of line: the ecosystem, or the file's offending code. */
  content: string;
  /** The project visibly chose otherwise: kept as a note (severity info, under the backlog's minimum), not an item. */
  declined?: string;
}

/** A fake repository for examples: path → content. */
export type RepoExample = Record<string, string>;

export interface ToolingGapRule {
  id: string;
  severity: Severity;
  find(facts: RepoFacts): ToolingGap[];
  /** positive: one item; negative: nothing; declined: one note (severity info), the advice visibly declined. */
  examples: { positive: RepoExample[]; negative: RepoExample[]; declined?: RepoExample[] };
}

const jsSources: RepoExample = { 'src/a.js': 'export const a = 1;\n', 'src/b.js': '', 'src/c.js': '' };
const pySources: RepoExample = { 'app/a.py': 'A = 1\n', 'app/b.py': '', 'app/c.py': '' };

type DeclinedCheck = (facts: RepoFacts, ecosystem: Ecosystem) => string | undefined;

function findToolGap(
  tools: Record<Ecosystem, ToolName>,
  what: string,
  advice: Record<Ecosystem, string>,
  declinedBy?: DeclinedCheck,
) {
  return (facts: RepoFacts): ToolingGap[] =>
    (['javascript', 'python'] as const)
      .filter((ecosystem) => isProject(facts, ecosystem) && detectTool(facts, tools[ecosystem]).length === 0)
      .map((ecosystem) => {
        const gap: ToolingGap = {
          path: primaryManifest(facts, ecosystem),
          title: `No ${what} for the ${ecosystem} code: add ${advice[ecosystem]}`,
          content: ecosystem,
        };
        const declined = declinedBy?.(facts, ecosystem);
        return declined ? { ...gap, title: `${gap.title} (a note: ${declined})`, declined } : gap;
      });
}

function findNoCi(facts: RepoFacts): ToolingGap[] {
  const hasCode = isProject(facts, 'javascript') || isProject(facts, 'python');
  if (!hasCode || detectTool(facts, 'ci').length > 0) return [];
  return [
    {
      path: '.',
      title: 'No continuous integration: add a workflow that builds and tests every push (.github/workflows/ci.yml)',
      content: 'ci',
    },
  ];
}

export const toolingGapRules: ToolingGapRule[] = [
  {
    id: 'modern/no-ci',
    severity: 'medium',
    find: findNoCi,
    examples: {
      positive: [{ ...jsSources, 'package.json': '{}' }, pySources],
      negative: [
        { ...jsSources, '.github/workflows/ci.yml': 'on: push' },
        { ...pySources, '.gitlab-ci.yml': '' },
        { 'README.md': '# notes' },
      ],
    },
  },
  {
    id: 'modern/no-linter',
    severity: 'low',
    find: findToolGap({ javascript: 'jsLinter', python: 'pythonLinter' }, 'linter', {
      javascript: 'ESLint or Biome',
      python: 'Ruff or flake8',
    }),
    examples: {
      positive: [
        { ...jsSources, 'package.json': '{"devDependencies":{"prettier":"^3"}}' },
        { ...pySources, 'pyproject.toml': '[tool.black]\n' },
      ],
      negative: [
        { ...jsSources, 'eslint.config.js': '' },
        { ...jsSources, 'package.json': '{"devDependencies":{"@biomejs/biome":"1"}}' },
        { ...pySources, 'pyproject.toml': '[tool.ruff]\nline-length = 100\n' },
        { ...pySources, 'requirements-dev.txt': 'flake8==7.0\n' },
      ],
    },
  },
  {
    id: 'modern/no-formatter',
    severity: 'low',
    find: findToolGap(
      { javascript: 'jsFormatter', python: 'pythonFormatter' },
      'formatter',
      { javascript: 'Prettier or Biome', python: 'Ruff format or Black' },
      findDeclinedFormatter,
    ),
    examples: {
      positive: [
        { ...jsSources, 'package.json': '{"devDependencies":{"mocha":"^10"}}' },
        { ...pySources, 'setup.cfg': '[metadata]\nname = app\n' },
      ],
      negative: [
        { ...jsSources, '.prettierrc': '{}' },
        { ...jsSources, 'package.json': '{"prettier":{"semi":false}}' },
        // layout enforced by ESLint rules, fixed by eslint --fix
        { ...jsSources, '.eslintrc.yml': 'rules:\n  indent: [error, 2]\n  eol-last: error\n' },
        { ...jsSources, 'eslint.config.js': 'import stylistic from "@stylistic/eslint-plugin";\nexport default [];\n' },
        { ...jsSources, 'package.json': '{"devDependencies":{"standard":"^17"}}' },
        { ...pySources, 'pyproject.toml': '[tool.black]\n' },
        { ...pySources, '.pre-commit-config.yaml': '- id: ruff-format\n' },
      ],
      // a linter without layout rules (axios): reformatting the tree is the project's call
      declined: [
        { ...jsSources, '.eslintrc.json': '{}' },
        {
          ...jsSources,
          '.eslintrc.cjs': 'module.exports = { extends: "eslint:recommended", rules: { "no-cond-assign": 0 } };\n',
        },
        { ...pySources, 'pyproject.toml': '[tool.ruff]\n' },
      ],
    },
  },
  {
    id: 'modern/no-type-checking',
    severity: 'low',
    find: findToolGap(
      { javascript: 'jsTypeChecker', python: 'pythonTypeChecker' },
      'type checking',
      { javascript: 'TypeScript, or a jsconfig.json with "checkJs": true', python: 'mypy or pyright in CI' },
      findDeclinedTypeChecking,
    ),
    examples: {
      positive: [
        { ...jsSources, 'jsconfig.json': '{"compilerOptions":{}}' },
        { ...jsSources, 'src/a.js': '/** @param x the value */\nexport const a = (x) => x;\n' },
        { ...pySources, 'setup.cfg': '[flake8]\n' },
        // declarations in tests type-check the tests, not what the package publishes
        { ...jsSources, 'test/types/index.d.ts': 'export {};\n' },
      ],
      negative: [
        { ...jsSources, 'tsconfig.json': '{}' },
        { ...jsSources, 'jsconfig.json': '{"compilerOptions":{"checkJs": true}}' },
        { ...pySources, 'pyproject.toml': '[tool.mypy]\nstrict = true\n' },
        { ...pySources, 'pyrightconfig.json': '{}' },
      ],
      // types published another way: a "types" field, hand-written declarations, JSDoc types (Express)
      declined: [
        { ...jsSources, 'package.json': '{"name":"lib","types":"index.d.ts"}' },
        { ...jsSources, 'index.d.ts': 'export declare function a(): number;\n' },
        {
          'lib/a.js': '/**\n * @param {String} path\n * @return {Router}\n */\nexports.a = function (path) {};\n',
          'lib/b.js': '/** @type {number} */\nexports.b = 1;\n',
          'lib/c.js': '/** @returns {boolean} */\nexports.c = () => true;\n',
        },
      ],
    },
  },
  {
    id: 'modern/no-lockfile',
    severity: 'low',
    find: findMissingLockfiles,
    examples: {
      positive: [
        { 'package.json': '{"dependencies":{"express":"^4.19.0"}}' },
        { 'package.json': '{"dependencies":{"a":"1"}}', '.npmrc': 'package-lock=true\n' },
        { Pipfile: '[packages]\nrequests = "*"\n' },
        { 'pyproject.toml': '[tool.poetry]\nname = "x"\n' },
      ],
      negative: [
        { 'package.json': '{"dependencies":{"express":"^4.19.0"}}', 'package-lock.json': '{}' },
        { 'package.json': '{"name":"empty"}' },
        { 'package.json': '{"dependencies":{"a":"1"}}', 'pnpm-lock.yaml': '' },
        { 'package.json': '{"workspaces":["web"]}', 'yarn.lock': '', 'web/package.json': '{"dependencies":{"a":"1"}}' },
        { Pipfile: '[packages]\n', 'Pipfile.lock': '{}' },
        { 'package.json': '{"dependencies":{"a":"1"}}', '.npmrc': 'package-lock = false\n' },
        { 'pyproject.toml': '[project]\nname = "lib"\n' },
      ],
    },
  },
  {
    id: 'modern/async-tests-without-plugin',
    severity: 'medium',
    find: findAsyncTestsWithoutPlugin,
    examples: {
      positive: [
        {
          'tests/test_api.py': 'import pytest\n\nasync def test_get():\n    assert await get()\n',
          'requirements-dev.txt': 'pytest\n',
        },
        {
          'tests/test_api.py': '@mock.patch("api.clock")\nasync def test_get(clock):\n    assert await get()\n',
          'tests/helpers.py': 'def patch_clock(fn):\n    return fn\n',
        },
      ],
      negative: [
        {
          'tests/test_api.py': 'async def test_get():\n    assert await get()\n',
          'requirements-dev.txt': 'pytest\npytest-asyncio>=0.23\n',
        },
        {
          'tests/test_api.py': 'async def test_get():\n    pass\n',
          'pyproject.toml': '[tool.pytest.ini_options]\nasyncio_mode = "auto"\n',
        },
        {
          'tests/test_api.py':
            'class T(unittest.IsolatedAsyncioTestCase):\n    async def test_get(self):\n        pass\n',
        },
        { 'tests/test_api.py': 'def test_get():\n    assert get()\n' },
        // the project runs coroutines itself: its own pytest_pyfunc_call hook, or its own decorator
        {
          'tests/test_api.py': 'async def test_get():\n    assert await get()\n',
          'tests/conftest.py': 'def pytest_pyfunc_call(pyfuncitem):\n    loop.run_until_complete(pyfuncitem.obj())\n',
        },
        {
          'lib/testing/loop.py':
            'class Loop:\n    def run(self, fn, *args):\n        return self.loop.run_until_complete(fn(*args))\n\nLOOP = Loop()\n\ndef run_coroutine(fn, *args):\n    return LOOP.run(fn, *args)\n',
          'lib/testing/decorators.py':
            'def coroutine_test(fn):\n    def wrapper(*args):\n        return run_coroutine(fn, *args)\n    return wrapper\n',
          'tests/test_api.py':
            '@coroutine_test\n@pytest.mark.parametrize(\n    "kw", [{}, {"x": 1}]\n)\nasync def test_get(kw):\n    async def test_helper():\n        pass\n    assert await get(**kw)\n',
        },
        {
          'lib/testing/runner.py':
            'def async_test(fn):\n    def wrapper(*args, **kwargs):\n        return asyncio.run(fn(*args, **kwargs))\n    return wrapper\n',
          'tests/test_api.py':
            'from lib.testing.runner import async_test\n\nclass TestApi:\n    @async_test\n    async def test_get(self):\n        assert await get()\n',
        },
        { 'app/client.py': 'async def test_connection():\n    pass\n' },
      ],
    },
  },
];
