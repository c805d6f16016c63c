import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readEslintCode, readEslintrc, readEslintrcObject } from '../../src/config/project-linters/eslint.js';
import { readGolangci } from '../../src/config/project-linters/golangci.js';
import {
  decideComplexity,
  decideIgnored,
  type LinterSettings,
  type LintDecision,
} from '../../src/config/project-linters/policy.js';
import {
  readBanditToml,
  readFlake8Ini,
  readFlake8Toml,
  readPylintIni,
  readPylintToml,
} from '../../src/config/project-linters/python-linters.js';
import { parseToml, readRuffToml, ruffSelects } from '../../src/config/project-linters/ruff.js';

// The project's own linter configuration, read from synthetic files of each format: where it switches
// complexity off, sets a threshold, or ignores a security rule we have an equivalent of (issue 11).
const linters = suite('project linters: what the project decided');

const policy = (...settings: Array<LinterSettings | undefined>) => ({
  linters: settings.filter((item): item is LinterSettings => item !== undefined),
});

/** 'off: <reason part>', 'threshold <cyclomatic>/<cognitive>', or 'none'. */
function describe(decision: LintDecision | undefined): string {
  if (!decision) return 'none';
  if (decision.kind === 'off') return `off: ${decision.reason}`;
  return `threshold ${decision.cyclomatic ?? '-'}/${decision.cognitive ?? '-'}`;
}

const complexityRows: Array<[name: string, settings: LinterSettings | undefined, path: string, expected: string]> = [
  [
    'ruff: an explicit select without C90 switches complexity off',
    readRuffToml('pyproject.toml', '[tool.ruff.lint]\nselect = ["B", "E", "F", "I", "UP", "W"]\n'),
    'src/app.py',
    'off: pyproject.toml [tool.ruff.lint] selects B, E, F, I, UP, W: not C901 (mccabe complexity) nor PLR0912 (too many branches)',
  ],
  [
    'ruff: extend-select with PLR and an ignore of PLR0912 (dotted keys) is off, naming the ignore',
    readRuffToml(
      'pyproject.toml',
      '[tool.ruff]\nlint.extend-select = ["B", "PLR"]\nlint.ignore = [\n  "PLR0912", # Too many branches\n]\n',
    ),
    'src/app.py',
    'off: pyproject.toml [tool.ruff] ignores PLR0912 (too many branches) and does not select C901 (mccabe complexity)',
  ],
  [
    'ruff: C901 selected with max-complexity 15 is a threshold',
    readRuffToml(
      'pyproject.toml',
      '[tool.ruff.lint]\nselect = ["E", "C90"]\n\n[tool.ruff.lint.mccabe]\nmax-complexity = 15\n',
    ),
    'src/app.py',
    'threshold 15/-',
  ],
  [
    "ruff: C901 selected without max-complexity takes mccabe's default 10",
    readRuffToml('ruff.toml', '[lint]\nselect = ["ALL"]\n'),
    'src/app.py',
    'threshold 10/-',
  ],
  [
    'ruff: per-file-ignores exempts a folder from C901',
    readRuffToml(
      '.ruff.toml',
      'select = ["C901"]\n[per-file-ignores]\n"src/legacy/**" = ["C901"]\n"tests/*" = ["E501"]\n',
    ),
    'src/legacy/old.py',
    "off: .ruff.toml switches its complexity check off for 'src/legacy/**' (C901)",
  ],
  [
    'ruff: per-file-ignores of another rule leaves the threshold',
    readRuffToml('.ruff.toml', 'select = ["C901"]\n[per-file-ignores]\n"tests/*" = ["E501"]\n'),
    'tests/test_a.py',
    'threshold 10/-',
  ],
  [
    'ruff: no select and no ignore decides nothing (ruff runs its defaults)',
    readRuffToml('pyproject.toml', '[tool.ruff]\nline-length = 100\n'),
    'src/app.py',
    'none',
  ],
  ['ruff: a TOML file ruff would refuse decides nothing', readRuffToml('ruff.toml', 'select = ["E"\n'), 'a.py', 'none'],
  [
    'ruff: complexity of another language is not its business',
    readRuffToml('ruff.toml', 'select = ["E"]\n'),
    'src/app.js',
    'none',
  ],
  [
    'flake8: max-complexity in setup.cfg is a threshold',
    readFlake8Ini('setup.cfg', '[metadata]\nname = x\n\n[flake8]\nmax-line-length = 100\nmax-complexity = 12\n'),
    'pkg/mod.py',
    'threshold 12/-',
  ],
  [
    'flake8: extend-ignore of C901 (continuation lines) is off',
    readFlake8Ini('.flake8', '[flake8]\nextend-ignore =\n    E203,\n    C901  # too noisy\nmax-complexity = 10\n'),
    'pkg/mod.py',
    'off: .flake8 [flake8] ignores C901 (mccabe complexity)',
  ],
  [
    'flake8: per-file-ignores exempts a file from C901',
    readFlake8Ini('tox.ini', '[flake8]\nmax-complexity = 10\nper-file-ignores =\n    pkg/big.py: C901,E501\n'),
    'pkg/big.py',
    "off: tox.ini [flake8] switches its complexity check off for 'pkg/big.py' (C901,E501)".replace(
      '(C901,E501)',
      '(C901, E501)',
    ),
  ],
  [
    'flake8: without max-complexity decides nothing',
    readFlake8Ini('tox.ini', '[flake8]\nmax-line-length = 100\n'),
    'a.py',
    'none',
  ],
  [
    'pylint: disabling too-many-branches in .pylintrc is off',
    readPylintIni('.pylintrc', '[MESSAGES CONTROL]\ndisable=\n    fixme,\n    too-many-branches,\n'),
    'a.py',
    'off: .pylintrc [messages control] disables too-many-branches',
  ],
  [
    'pylint: [tool.pylint.main] disable by id',
    readPylintToml('pyproject.toml', parseToml('[tool.pylint.main]\ndisable = ["R0912", "C0114"]\n') ?? {}),
    'a.py',
    'off: pyproject.toml [tool.pylint.main] disables R0912',
  ],
  [
    "pylint: the mccabe extension's max-complexity is a threshold",
    readPylintIni('pylintrc', '[MAIN]\nload-plugins=pylint.extensions.mccabe\nmax-complexity=18\n'),
    'a.py',
    'threshold 18/-',
  ],
  [
    'ESLint (JSON eslintrc): complexity off',
    readEslintrc('.eslintrc.json', '{ // comments are allowed\n "rules": { "complexity": "off" } }'),
    'lib/a.js',
    "off: .eslintrc.json turns the 'complexity' rule off",
  ],
  [
    'ESLint (YAML eslintrc): [error, 15] is a threshold',
    readEslintrc('.eslintrc.yml', 'rules:\n  complexity: [error, 15]\n'),
    'lib/a.ts',
    'threshold 15/-',
  ],
  [
    "ESLint: 'error' alone is the rule's default 20; {max} is read",
    readEslintrcObject('package.json "eslintConfig"', { rules: { complexity: ['warn', { max: 12 }] } }),
    'lib/a.js',
    'threshold 12/-',
  ],
  [
    'ESLint: an override turning complexity off for a folder',
    readEslintrcObject('.eslintrc.json', {
      rules: { complexity: ['error', 10] },
      overrides: [{ files: ['scripts/**'], rules: { complexity: 'off' } }],
    }),
    'scripts/release.js',
    "off: .eslintrc.json switches its complexity check off for 'scripts/**' (complexity)",
  ],
  [
    'ESLint (flat config, read as text, never run): a literal threshold and sonarjs cognitive',
    readEslintCode(
      'eslint.config.js',
      'export default [{\n  rules: {\n    complexity: ["error", 25],\n    "sonarjs/cognitive-complexity": ["error", 30],\n  },\n}];\n',
    ),
    'src/a.js',
    'threshold 25/30',
  ],
  [
    'ESLint (flat config): two different literal settings decide nothing',
    readEslintCode(
      'eslint.config.mjs',
      'export default [{ rules: { complexity: "off" } }, { rules: { complexity: ["error", 9] } }];',
    ),
    'src/a.js',
    'none',
  ],
  [
    'ESLint: a config that chooses its rules and leaves complexity out (off by default) is off',
    readEslintrc('.eslintrc.yml', 'rules:\n  eqeqeq: error\n'),
    'lib/a.js',
    "off: .eslintrc.yml chooses its rules without 'complexity' (off unless a config turns it on)",
  ],
  [
    'ESLint: extending a config that turns complexity on (xo) decides nothing',
    readEslintrcObject('.eslintrc.json', { extends: ['xo'], rules: { eqeqeq: 'error' } }),
    'lib/a.js',
    'none',
  ],
  [
    'ESLint: eslint:all turns every rule on: no decision against complexity',
    readEslintrcObject('.eslintrc.json', { extends: 'eslint:all', rules: { 'no-magic-numbers': 'off' } }),
    'lib/a.js',
    'none',
  ],
  [
    'ESLint: an override that turns complexity on for some files: no decision from the top level',
    readEslintrcObject('.eslintrc.json', {
      rules: { eqeqeq: 'error' },
      overrides: [{ files: ['src/**'], rules: { complexity: ['error', 12] } }],
    }),
    'lib/a.js',
    'none',
  ],
  [
    'ESLint: a config with no rules of its own (env only) decides nothing',
    readEslintrc('.eslintrc.yml', 'env:\n  node: true\n'),
    'lib/a.js',
    'none',
  ],
  [
    'ESLint (flat config): rules chosen as literals, complexity nowhere: off',
    readEslintCode('eslint.config.js', 'export default [{\n  rules: {\n    eqeqeq: "error",\n  },\n}];\n'),
    'src/a.js',
    "off: eslint.config.js chooses its rules without 'complexity' (off unless a config turns it on)",
  ],
  [
    'ESLint (flat config): complexity set through a variable (not a literal) decides nothing',
    readEslintCode(
      'eslint.config.js',
      'const max = 12;\nexport default [{ rules: { complexity: ["error", max] } }];\n',
    ),
    'src/a.js',
    'none',
  ],
  [
    'ESLint (flat config): sonarjs recommended turns cognitive complexity on: no decision',
    readEslintCode(
      'eslint.config.js',
      'import sonarjs from "eslint-plugin-sonarjs";\nexport default [sonarjs.configs.recommended, { rules: { eqeqeq: "error" } }];\n',
    ),
    'src/a.js',
    'none',
  ],
  [
    'golangci v2: default none and an enable list without gocyclo is off',
    readGolangci(
      '.golangci.yml',
      'version: "2"\nlinters:\n  default: none\n  enable:\n    - errcheck\n    #- gocyclo\n    - govet\n',
    ),
    'cmd.go',
    'off: .golangci.yml enables errcheck, govet: not gocyclo, gocognit or cyclop',
  ],
  [
    'golangci v1: gocyclo enabled with min-complexity 20, gocognit with its default',
    readGolangci(
      '.golangci.yaml',
      'linters:\n  disable-all: true\n  enable: [gocyclo, gocognit]\nlinters-settings:\n  gocyclo:\n    min-complexity: 20\n',
    ),
    'cmd.go',
    'threshold 20/30',
  ],
  [
    'golangci: an exclusion rule by path (a regular expression) exempts tests',
    readGolangci(
      '.golangci.yml',
      'version: "2"\nlinters:\n  enable: [gocyclo]\n  exclusions:\n    rules:\n      - path: _test\\.go\n        linters: [gocyclo]\n',
    ),
    'cmd_test.go',
    "off: .golangci.yml switches its complexity check off for '_test\\.go' (gocyclo)",
  ],
  [
    'golangci: explicitly disabled',
    readGolangci('.golangci.yml', 'linters:\n  enable-all: true\n  disable: [gocyclo, cyclop, gocognit, lll]\n'),
    'cmd.go',
    'off: .golangci.yml disables gocyclo, cyclop, gocognit',
  ],
];

const seen = new Set<string>();
for (const [name, settings, path, expected] of complexityRows) {
  linters(`complexity · ${name}`, () => {
    assert.not.ok(seen.has(name), 'duplicate row');
    seen.add(name);
    const language = path.endsWith('.py') ? 'py' : path.endsWith('.go') ? 'go' : path.endsWith('.ts') ? 'ts' : 'js';
    assert.is(describe(decideComplexity(policy(settings), path, language)), expected);
  });
}

linters('complexity · a linter that checks it outweighs one that does not', () => {
  const off = readRuffToml('pyproject.toml', '[tool.ruff.lint]\nselect = ["E"]\n');
  const on = readFlake8Ini('setup.cfg', '[flake8]\nmax-complexity = 14\n');
  assert.is(describe(decideComplexity(policy(off, on), 'a.py', 'py')), 'threshold 14/-');
});

const securityRows: Array<
  [name: string, settings: LinterSettings | undefined, finding: Parameters<typeof decideIgnored>[1], expected: string]
> = [
  [
    'ruff ignores S102: exec is the project’s decision',
    readRuffToml('pyproject.toml', '[tool.ruff]\nlint.extend-select = ["S"]\nlint.ignore = ["S102"]\n'),
    { ruleId: 'vuln/dynamic-code-execution', path: 'src/a.py', language: 'py', facts: { call: 'exec' } },
    'off: pyproject.toml [tool.ruff] ignores S102',
  ],
  [
    'ruff ignores S102 but the finding is an eval (S307): no decision',
    readRuffToml('pyproject.toml', '[tool.ruff]\nlint.extend-select = ["S"]\nlint.ignore = ["S102"]\n'),
    { ruleId: 'vuln/dynamic-code-execution', path: 'src/a.py', language: 'py', facts: { call: 'eval' } },
    'none',
  ],
  [
    'not selecting S is no decision about security',
    readRuffToml('pyproject.toml', '[tool.ruff.lint]\nselect = ["E", "F"]\n'),
    { ruleId: 'vuln/unsafe-deserialization', path: 'src/a.py', language: 'py', facts: { call: 'pickle.loads' } },
    'none',
  ],
  [
    'ruff per-file-ignores of S301 for tests',
    readRuffToml('ruff.toml', '[lint]\nextend-select = ["S"]\n[lint.per-file-ignores]\n"tests/**" = ["S301"]\n'),
    { ruleId: 'vuln/unsafe-deserialization', path: 'tests/test_a.py', language: 'py', facts: { call: 'pickle.loads' } },
    "off: ruff.toml [lint] ignores S301 for 'tests/**'",
  ],
  [
    'ruff ignores the whole S family (prefix)',
    readRuffToml('ruff.toml', 'extend-select = ["S"]\nignore = ["S6"]\n'),
    { ruleId: 'vuln/sql-injection', path: 'db.py', language: 'py' },
    'off: ruff.toml ignores S608',
  ],
  [
    'pylint disables eval-used',
    readPylintToml('pyproject.toml', parseToml('[tool.pylint."messages control"]\ndisable = ["eval-used"]\n') ?? {}),
    { ruleId: 'vuln/dynamic-code-execution', path: 'a.py', language: 'py', facts: { call: 'eval' } },
    'off: pyproject.toml [tool.pylint.messages control] ignores eval-used',
  ],
  [
    'bandit skips B301',
    readBanditToml('pyproject.toml', parseToml('[tool.bandit]\nskips = ["B301", "B101"]\n') ?? {}),
    { ruleId: 'vuln/unsafe-deserialization', path: 'a.py', language: 'py', facts: { call: 'pickle.load' } },
    'off: pyproject.toml [tool.bandit] ignores B301',
  ],
  [
    'ESLint no-new-func off: new Function is the project’s decision',
    readEslintrc('.eslintrc.json', '{ "rules": { "no-new-func": 0 } }'),
    { ruleId: 'vuln/dynamic-code-execution', path: 'src/a.js', language: 'js', facts: { call: 'Function' } },
    'off: .eslintrc.json ignores no-new-func',
  ],
  [
    'ESLint no-new-func off says nothing about eval',
    readEslintrc('.eslintrc.json', '{ "rules": { "no-new-func": 0 } }'),
    { ruleId: 'vuln/dynamic-code-execution', path: 'src/a.js', language: 'js', facts: { call: 'eval' } },
    'none',
  ],
  [
    'ruff ignores D100-D107: missing docstrings are the project’s decision',
    readRuffToml(
      'pyproject.toml',
      '[tool.ruff]\nlint.extend-select = ["D"]\nlint.ignore = ["D100", "D101", "D102", "D103"]\n',
    ),
    { ruleId: 'quality/docstring', path: 'src/a.py', language: 'py' },
    'off: pyproject.toml [tool.ruff] ignores D101, D102, D103',
  ],
  [
    'ruff ignores D102 alone: functions and classes still need docstrings',
    readRuffToml('pyproject.toml', '[tool.ruff]\nlint.extend-select = ["D"]\nlint.ignore = ["D102"]\n'),
    { ruleId: 'quality/docstring', path: 'src/a.py', language: 'py' },
    'none',
  ],
  [
    'flake8 in pyproject.toml (flake8-pyproject) ignores the D family',
    readFlake8Toml('pyproject.toml', parseToml('[tool.flake8]\nignore = [\n  "D",\n  "E203",\n]\n') ?? {}),
    { ruleId: 'quality/docstring', path: 'lib/a.py', language: 'py' },
    'off: pyproject.toml [tool.flake8] ignores D101, D102, D103',
  ],
  [
    "pylint's missing-docstring covers both kinds",
    readPylintIni('.pylintrc', '[MESSAGES CONTROL]\ndisable=missing-docstring\n'),
    { ruleId: 'quality/docstring', path: 'src/a.py', language: 'py' },
    'off: .pylintrc [messages control] ignores missing-class-docstring, missing-function-docstring',
  ],
  [
    'a finding that does not say its call, under a rule covering several, decides nothing',
    readRuffToml('ruff.toml', 'extend-select = ["S"]\nignore = ["S102"]\n'),
    { ruleId: 'vuln/dynamic-code-execution', path: 'a.py', language: 'py' },
    'none',
  ],
];

for (const [name, settings, finding, expected] of securityRows)
  linters(`security · ${name}`, () => assert.is(describe(decideIgnored(policy(settings), finding)), expected));

const selection: Array<[selected: string[], ignored: string[], code: string, runs: boolean]> = [
  [['C'], [], 'C901', true],
  [['C4'], [], 'C901', false],
  [['ALL'], ['C90'], 'C901', false],
  [['C901'], ['C'], 'C901', true],
  [['E'], ['E501'], 'E501', false],
  [['E501'], ['E501'], 'E501', false],
];
for (const [selected, ignored, code, runs] of selection)
  linters(
    `ruff selection · ${selected.join(',')} − ${ignored.join(',') || '∅'} → ${code} ${runs ? 'runs' : 'off'}`,
    () => assert.is(ruffSelects(selected, ignored, code), runs),
  );

linters.run();
