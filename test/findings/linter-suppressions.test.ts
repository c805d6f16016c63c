import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { COMPLEXITY_CODES, equivalentCodes, readCallName } from '../../src/findings/linter-codes.js';
import { findSuppression } from '../../src/findings/linter-suppressions.js';

// Inline linter suppressions on a finding's function or line: the maintainers looked and decided.
const suppressions = suite('linter suppressions written in the code');

const EXEC = equivalentCodes('vuln/dynamic-code-execution', 'py', 'exec') ?? {};
const EVAL_JS = equivalentCodes('vuln/dynamic-code-execution', 'js', 'eval') ?? {};

const rows: Array<
  [name: string, language: string, text: string, line: number, codes: object, found: string | undefined]
> = [
  [
    'noqa C901 on the def line',
    'py',
    'def big(a):  # noqa: C901\n    pass',
    1,
    COMPLEXITY_CODES,
    '`# noqa: C901` on line 1',
  ],
  ['bare noqa', 'py', 'def big(a):  # noqa\n    pass', 1, COMPLEXITY_CODES, '`# noqa` on line 1'],
  [
    'noqa PLR0912 on a multi-line signature',
    'py',
    'def big(\n    a,  # noqa: PLR0912\n):\n    pass',
    1,
    COMPLEXITY_CODES,
    '`# noqa: PLR0912` on line 2',
  ],
  [
    'noqa PLR0915 (too many statements) counts for complexity',
    'py',
    'def big(a):  # noqa: PLR0915\n    pass',
    1,
    COMPLEXITY_CODES,
    '`# noqa: PLR0915` on line 1',
  ],
  ['noqa of another code: none', 'py', 'def big(a):  # noqa: E501\n    pass', 1, COMPLEXITY_CODES, undefined],
  [
    'noqa in the body, not on the signature: none',
    'py',
    'def big(a):\n    x = 1  # noqa: C901\n',
    1,
    COMPLEXITY_CODES,
    undefined,
  ],
  [
    'pylint disable opening the body',
    'py',
    'def big(a):\n    # pylint: disable=too-many-branches\n    pass',
    1,
    COMPLEXITY_CODES,
    '`# pylint: disable=too-many-branches` on line 2',
  ],
  ['nosec with the bandit id of exec', 'py', 'exec(code)  # nosec B102', 1, EXEC, '`# nosec B102` on line 1'],
  ['nosec with another id: none', 'py', 'exec(code)  # nosec B301', 1, EXEC, undefined],
  ['noqa S102 on the exec line', 'py', 'exec(code)  # noqa: S102', 1, EXEC, '`# noqa: S102` on line 1'],
  ['noqa PLR0915 says nothing about exec', 'py', 'exec(code)  # noqa: PLR0915', 1, EXEC, undefined],
  [
    'eslint-disable-next-line complexity',
    'js',
    '// eslint-disable-next-line complexity -- a dispatch table\nfunction big() {}',
    2,
    COMPLEXITY_CODES,
    '`// eslint-disable-next-line complexity -- a dispatch table` on line 1',
  ],
  [
    'eslint-disable-next-line of another rule: none',
    'js',
    '// eslint-disable-next-line no-console\nfunction big() {}',
    2,
    COMPLEXITY_CODES,
    undefined,
  ],
  [
    'eslint-disable-line no-eval',
    'js',
    'eval(code); // eslint-disable-line no-eval',
    1,
    EVAL_JS,
    '`// eslint-disable-line no-eval` on line 1',
  ],
  [
    'an eslint-disable block above',
    'ts',
    '/* eslint-disable complexity */\nconst a = 1;\nfunction big() {}',
    3,
    COMPLEXITY_CODES,
    '`/* eslint-disable complexity */` on line 1',
  ],
  [
    'an eslint-disable block closed before: none',
    'ts',
    '/* eslint-disable complexity */\n/* eslint-enable complexity */\nfunction big() {}',
    3,
    COMPLEXITY_CODES,
    undefined,
  ],
  [
    'nolint:gocyclo on the func line',
    'go',
    'func Big() { //nolint:gocyclo // a state machine\n}',
    1,
    COMPLEXITY_CODES,
    '`//nolint:gocyclo` on line 1',
  ],
  [
    'nolint in the doc comment above',
    'go',
    '// Big does a lot.\n//nolint:gocognit,funlen\nfunc Big() {\n}',
    3,
    COMPLEXITY_CODES,
    '`//nolint:gocognit,funlen` on line 2',
  ],
  ['nolint of another linter: none', 'go', '//nolint:errcheck\nfunc Big() {\n}', 2, COMPLEXITY_CODES, undefined],
];

const names = new Set<string>();
for (const [name, language, text, line, codes, found] of rows)
  suppressions(name, () => {
    assert.not.ok(names.has(name), 'duplicate row');
    names.add(name);
    assert.is(findSuppression({ language, lines: text.split('\n'), line, codes }), found);
  });

suppressions('the call a vulnerability finding reports', () => {
  assert.is(readCallName('pickle.loads(data)'), 'pickle.loads');
  assert.is(readCallName('new Function("a", body)'), 'Function');
  assert.is(readCallName('exec (code)'), 'exec');
  assert.is(readCallName('"SELECT " + name'), undefined);
});

suppressions.run();
