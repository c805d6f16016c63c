import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { analyzeRepo } from '../../../src/analyzers/modern/index.js';
import { familyOf } from '../../../src/analyzers/modern/dependency-families.js';
import { packageOfSpecifier } from '../../../src/analyzers/modern/import-counts.js';
import type { LedgerEntry } from '../../../src/ledger/types.js';
import { groupEntries } from '../../../src/scoring/group-items.js';
import {
  highestSemverMajor,
  lowestPythonVersion,
  lowestSemverMajor,
} from '../../../src/analyzers/modern/version-ranges.js';
import { checkTable, fakeRepo } from './fake-repo.js';

const manifest = (deps: Record<string, string>) =>
  `{\n  "name": "x",\n  "dependencies": ${JSON.stringify(deps, null, 4)}\n}\n`;
const lock = (versions: Record<string, string>) =>
  JSON.stringify({
    lockfileVersion: 3,
    packages: {
      '': {},
      ...Object.fromEntries(Object.entries(versions).map(([name, version]) => [`node_modules/${name}`, { version }])),
    },
  });

// [name, files, latestVersions, expected "line severity target"]
type Row = readonly [string, Record<string, string>, Record<string, string> | undefined, string[]];
const rows = checkTable<Row>(
  [
    [
      'range behind the locked major',
      { 'package.json': manifest({ express: '^4.18.0' }), 'package-lock.json': lock({ express: '5.1.0' }) },
      undefined,
      ['4 low 5.1.0'],
    ],
    [
      'range matching the lock',
      { 'package.json': manifest({ express: '^4.18.0' }), 'package-lock.json': lock({ express: '4.21.2' }) },
      undefined,
      [],
    ],
    [
      'open range admits the newer major',
      { 'package.json': manifest({ express: '>=4' }), 'package-lock.json': lock({ express: '5.1.0' }) },
      undefined,
      [],
    ],
    [
      'two majors behind latest is medium',
      { 'package.json': manifest({ a: '~1.2.0', b: '^3.0.0' }) },
      { a: '3.0.1', b: '3.9.0' },
      ['4 medium 3.0.1'],
    ],
    ['latest within range', { 'package.json': manifest({ a: '^3.0.0' }) }, { a: '3.4.0' }, []],
    [
      'non-semver specs are skipped',
      { 'package.json': manifest({ a: 'github:o/a', b: 'workspace:*', c: 'latest' }) },
      { a: '9.0.0', b: '9.0.0', c: '9.0.0' },
      [],
    ],
    [
      'lockfile v1 dependencies',
      {
        'package.json': manifest({ a: '1.x' }),
        'package-lock.json': JSON.stringify({ lockfileVersion: 1, dependencies: { a: { version: '2.0.0' } } }),
      },
      undefined,
      ['4 low 2.0.0'],
    ],
  ],
  (row) => row[3].length > 0,
);

const deps = suite('modern/dependency-major-behind');
for (const [name, files, latest, expected] of rows) {
  deps(name, () => {
    const found = analyzeRepo(fakeRepo(files, '2026-11-24', latest ? { latestVersions: latest } : undefined))
      .filter((finding) => finding.ruleId === 'modern/dependency-major-behind')
      .map((finding) => `${finding.line} ${finding.severity} ${finding.facts?.target}`);
    assert.equal(found, expected);
  });
}

// [name, package.json fields, other files, latest, expected "dependency group effort severity"]
type UpgradeRow = readonly [
  string,
  Record<string, Record<string, string>>,
  Record<string, string>,
  Record<string, string>,
  string[],
];
const upgradeRows = checkTable<UpgradeRow>(
  [
    [
      'effort grows with the jump: one major 1 h, four 4 h',
      { devDependencies: { ejs: '^3.1.10', mocha: '^10.0.0' } },
      {},
      { ejs: '7.0.2', mocha: '11.0.0' },
      ['ejs ejs 4 low', 'mocha mocha 1 info'],
    ],
    [
      'effort grows with the files importing it',
      { dependencies: { debug: '^2.6.9' } },
      {
        'lib/a.js': "const debug = require('debug')('a');\n",
        'lib/b.mjs': "import createDebug from 'debug';\n",
        'lib/c.ts': "export { x } from 'debug/src/node';\n",
        'lib/d.js': "const other = require('./debug');\n",
      },
      { debug: '4.4.0' },
      ['debug debug 2.75 medium'],
    ],
    [
      'a runtime dependency one major behind is low, two or more medium; a dev tool one step lower',
      { dependencies: { cookie: '^0.7.1', qs: '^4.0.0' }, devDependencies: { eslint: '^6.0.0', nyc: '^17.0.0' } },
      {},
      { cookie: '1.0.2', qs: '6.14.0', eslint: '10.0.0', nyc: '18.0.0' },
      ['cookie cookie 1 low', 'qs qs 2 medium', 'eslint eslint 4 low', 'nyc nyc 1 info'],
    ],
    [
      'families: a scope, a tool and its plugins, DefinitelyTyped types with their package',
      {
        devDependencies: {
          rollup: '^2.0.0',
          '@rollup/plugin-babel': '^5.0.0',
          'rollup-plugin-terser': '^6.0.0',
          karma: '^4.0.0',
          'karma-jasmine': '^2.0.0',
          '@types/express': '^4.0.0',
          express: '^4.0.0',
        },
      },
      {},
      {
        rollup: '4.0.0',
        '@rollup/plugin-babel': '6.0.0',
        'rollup-plugin-terser': '7.0.0',
        karma: '6.0.0',
        'karma-jasmine': '5.0.0',
        '@types/express': '5.0.0',
        express: '5.0.0',
      },
      [
        'rollup rollup 2 low',
        '@rollup/plugin-babel rollup 1 info',
        'rollup-plugin-terser rollup 1 info',
        'karma karma 2 low',
        'karma-jasmine karma 3 low',
        '@types/express express 1 info',
        'express express 1 info',
      ],
    ],
    ['nothing behind: no upgrade', { dependencies: { a: '^2.0.0' } }, {}, { a: '2.3.0' }, []],
  ],
  (row) => row[4].length > 0,
);

for (const [name, fields, files, latest, expected] of upgradeRows) {
  deps(name, () => {
    const found = analyzeRepo(
      fakeRepo({ 'package.json': JSON.stringify(fields, null, 2), ...files }, '2026-11-24', { latestVersions: latest }),
    )
      .filter((finding) => finding.ruleId === 'modern/dependency-major-behind')
      .map(
        (finding) => `${finding.facts?.dependency} ${finding.facts?.group} ${finding.effortHours} ${finding.severity}`,
      );
    assert.equal(found, expected);
  });
}

// [name, update-bot files, expected severities of ajv and markdownlint-cli2]
const botRows = checkTable<readonly [string, Record<string, string>, string[]]>(
  [
    [
      "renovate ignoreDeps (ESLint's markdownlint-cli2)",
      {
        '.github/renovate.json5':
          '{\n  // blocked for now: v0.23 needs Node 22\n  ignoreDeps: [\n    "markdownlint-cli2",\n  ],\n}\n',
      },
      ['medium', 'info'],
    ],
    [
      'renovate packageRules disabling a package',
      { 'renovate.json': '{"packageRules":[{"matchPackageNames":["ajv"],"enabled":false}]}' },
      ['info', 'low'],
    ],
    [
      'renovate packageRules disabling minor updates only: majors still wanted',
      {
        'renovate.json':
          '{"packageRules":[{"matchPackageNames":["ajv"],"matchUpdateTypes":["minor"],"enabled":false}]}',
      },
      ['medium', 'low'],
    ],
    [
      "dependabot ignoring one package's majors",
      {
        '.github/dependabot.yml':
          'version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    ignore:\n      - dependency-name: "ajv"\n        update-types: ["version-update:semver-major"]\n',
      },
      ['info', 'low'],
    ],
    [
      'dependabot ignoring every major (Express): majors are upgraded by hand, nothing declined',
      {
        '.github/dependabot.yml':
          'version: 2\nupdates:\n  - package-ecosystem: npm\n    ignore:\n      - dependency-name: "*"\n        update-types: ["version-update:semver-major"]\n',
      },
      ['medium', 'low'],
    ],
    [
      "dependabot ignoring one package's patches only",
      {
        '.github/dependabot.yml':
          'updates:\n  - package-ecosystem: npm\n    ignore:\n      - dependency-name: "ajv"\n        update-types: ["version-update:semver-patch"]\n',
      },
      ['medium', 'low'],
    ],
  ],
  (row) => row[2].includes('info'),
);
for (const [name, files, expected] of botRows) {
  deps(`update bot: ${name}`, () => {
    const found = analyzeRepo(
      fakeRepo(
        {
          'package.json': JSON.stringify({
            dependencies: { ajv: '^6.12.0' },
            devDependencies: { 'markdownlint-cli2': '^0.18.0' },
          }),
          ...files,
        },
        '2026-11-24',
        { latestVersions: { ajv: '8.17.0', 'markdownlint-cli2': '2.0.0' } },
      ),
    ).filter((finding) => finding.ruleId === 'modern/dependency-major-behind');
    assert.equal(
      found.map((finding) => finding.severity),
      expected,
    );
    for (const finding of found.filter((item) => item.severity === 'info'))
      assert.match(finding.title, /\(a note: .+\)$/);
  });
}

deps('one item per family of one manifest, each with its own effort', () => {
  const findings = analyzeRepo(
    fakeRepo(
      {
        'package.json': JSON.stringify({
          devDependencies: { rollup: '^2.0.0', 'rollup-plugin-terser': '^6.0.0', ejs: '^3.0.0', gulp: '^4.0.0' },
        }),
      },
      '2026-11-24',
      { latestVersions: { rollup: '4.0.0', 'rollup-plugin-terser': '7.0.0', ejs: '7.0.0', gulp: '5.0.0' } },
    ),
  ).filter((finding) => finding.ruleId === 'modern/dependency-major-behind');
  const entries = findings.map((finding, at): LedgerEntry => ({
    id: `modern-${at}`,
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    path: finding.path,
    line: finding.line,
    title: finding.title,
    fingerprint: finding.fingerprint,
    status: 'open',
    firstSeen: '2026-11-24',
    confidence: finding.confidence ?? 0.9,
    effortHours: finding.effortHours ?? 1,
    ...(finding.facts ? { facts: finding.facts } : {}),
  }));
  const items = groupEntries(entries).map(
    (item) => `${item.facts?.group} ${item.occurrences?.length} ${item.effortHours}`,
  );
  assert.equal(items.sort(), ['ejs 1 4', 'gulp 1 1', 'rollup 2 2.5']);
  assert.ok(new Set(groupEntries(entries).map((item) => item.id)).size === 3, 'distinct item ids');
});
deps.run();

const names = suite('package families and import specifiers');
const families: Array<[string, string[], string]> = [
  ['eslint-plugin-n', [], 'eslint'],
  ['@eslint/js', [], 'eslint'],
  ['@typescript-eslint/parser', [], 'typescript-eslint'],
  ['@types/babel__core', [], 'babel'],
  ['karma-chrome-launcher', ['karma'], 'karma'],
  ['jasmine-core', [], 'jasmine-core'],
  ['string-replace-async', [], 'string-replace-async'],
  ['lodash', [], 'lodash'],
];
for (const [name, declared, family] of families)
  names(`family of ${name}`, () => assert.is(familyOf(name, new Set(declared)), family));
const specifiers: Array<[string, string | undefined]> = [
  ['lodash/fp', 'lodash'],
  ['@babel/core/lib/x', '@babel/core'],
  ['./local', undefined],
  ['node:fs', undefined],
  ['/abs/path', undefined],
];
for (const [specifier, name] of specifiers)
  names(`package of '${specifier}'`, () => assert.is(packageOfSpecifier(specifier), name));
names.run();

const ranges = suite('version ranges');
const cases: Array<[string, number | undefined, number]> = [
  ['>=18.12 <23', 18, 22],
  ['^16 || ^18', 16, 18],
  ['>18', 19, Infinity],
  ['18.x', 18, 18],
  ['~1.2.3', 1, 1],
  ['1.2.3 - 2.0.0', 1, 2],
  ['*', undefined, Infinity],
  ['<5', undefined, 4],
  ['<5.1', undefined, 5],
  ['>= 20.17', 20, Infinity],
  // read by semver itself: prereleases, 0.x carets, mixed alternatives, and what is not a range
  ['^0.2.3', 0, 0],
  ['>=16.0.0-rc.1', 16, Infinity],
  ['1.x || >=2.5.0 || 5.0.0 - 7.2.3', 1, Infinity],
  ['~4 <4.5', 4, 4],
  ['latest', undefined, Infinity],
  ['workspace:^1.2.0', undefined, Infinity],
];
for (const [range, lowest, highest] of cases) {
  ranges(`semver ${range}`, () => {
    assert.is(lowestSemverMajor(range), lowest);
    assert.is(highestSemverMajor(range), highest);
  });
}
ranges('python specifiers', () => {
  assert.equal(lowestPythonVersion('>=3.8,<4'), [3, 8]);
  assert.equal(lowestPythonVersion('~=3.10'), [3, 10]);
  assert.equal(lowestPythonVersion('>3.7'), [3, 8]);
  assert.equal(lowestPythonVersion('^3.9 || ^3.7'), [3, 7]);
  assert.is(lowestPythonVersion('<4'), undefined);
});
ranges.run();
