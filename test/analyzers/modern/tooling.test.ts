import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { analyzeRepo, meta } from '../../../src/analyzers/modern/index.js';
import { toolingGapRules } from '../../../src/analyzers/modern/tooling-gap-rules.js';
import { checkTable, fakeRepo } from './fake-repo.js';

const examples = suite('modern tooling gaps: every rule proves itself on its examples');
for (const rule of toolingGapRules) {
  assert.ok(
    rule.examples.positive.length > 0 && rule.examples.negative.length > 0,
    `${rule.id} needs both kinds of example`,
  );
  rule.examples.positive.forEach((files, index) =>
    examples(`${rule.id} positive ${index + 1}`, () => {
      const found = analyzeRepo(fakeRepo(files)).filter((finding) => finding.ruleId === rule.id);
      assert.is(found.length, 1, JSON.stringify(found.map((finding) => finding.title)));
      assert.is.not(found[0]?.severity, 'info', 'an item, not a note');
    }),
  );
  (rule.examples.declined ?? []).forEach((files, index) =>
    examples(`${rule.id} declined ${index + 1}`, () => {
      const found = analyzeRepo(fakeRepo(files)).filter((finding) => finding.ruleId === rule.id);
      assert.equal(
        found.map((finding) => [finding.severity, typeof finding.facts?.declined]),
        [['info', 'string']],
        JSON.stringify(found.map((finding) => finding.title)),
      );
    }),
  );
  rule.examples.negative.forEach((files, index) =>
    examples(`${rule.id} negative ${index + 1}`, () => {
      assert.equal(
        analyzeRepo(fakeRepo(files))
          .filter((finding) => finding.ruleId === rule.id)
          .map((finding) => finding.title),
        [],
      );
    }),
  );
}
examples('rule ids are unique modern/<kebab>', () => {
  const ids = toolingGapRules.map((rule) => rule.id);
  assert.is(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^modern\/[a-z0-9]+(-[a-z0-9]+)*$/);
  assert.is(meta.category, 'modern');
});
examples.run();

// [name, files, expected "ruleId path:line" of tooling findings]
type Row = readonly [string, Record<string, string>, string[]];
const js = { 'src/a.ts': '', 'src/b.ts': '', 'src/c.ts': '' };
const rows = checkTable<Row>(
  [
    [
      'bare JS project: every gap on the manifest',
      { ...js, 'package.json': '{"dependencies":{"a":"^1.0.0"}}' },
      [
        'modern/no-ci .:1',
        'modern/no-formatter package.json:1',
        'modern/no-linter package.json:1',
        'modern/no-lockfile package.json:1',
        'modern/no-type-checking package.json:1',
      ],
    ],
    [
      'well-tooled JS project',
      {
        ...js,
        'package.json': '{"devDependencies":{"eslint":"9","prettier":"3","typescript":"5"}}',
        'package-lock.json': '{}',
        '.github/workflows/ci.yml': 'on: push\n',
      },
      [],
    ],
    [
      'tooling at the root covers nested packages',
      {
        ...js,
        'pkg/web/package.json': '{}',
        'package.json': '{}',
        'biome.json': '{}',
        'tsconfig.json': '{}',
        Jenkinsfile: '',
      },
      [],
    ],
    [
      'python gaps on pyproject',
      {
        'app/a.py': '',
        'app/b.py': '',
        'app/c.py': '',
        'pyproject.toml': '[project]\nname = "x"\n',
        '.circleci/config.yml': '',
      },
      [
        'modern/no-formatter pyproject.toml:1',
        'modern/no-linter pyproject.toml:1',
        'modern/no-type-checking pyproject.toml:1',
      ],
    ],
    [
      'async test line is reported',
      { 'tests/test_io.py': 'import pytest\n\n\nasync def test_read():\n    pass\n' },
      ['modern/async-tests-without-plugin tests/test_io.py:4'],
    ],
    ['two scripts are not a project', { 'a.py': '', 'b.js': '' }, []],
  ],
  (row) => row[2].length > 0,
);

const gaps = suite('modern tooling gaps: whole repositories');
for (const [name, files, expected] of rows) {
  gaps(name, () => {
    const found = analyzeRepo(fakeRepo(files)).map((finding) => `${finding.ruleId} ${finding.path}:${finding.line}`);
    assert.equal(found.sort(), [...expected].sort());
  });
}
gaps.run();
