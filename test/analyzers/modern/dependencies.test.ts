import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { analyzeRepo } from '../../../src/analyzers/modern/index.js';
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
deps.run();

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
