import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { analyzeRepo } from '../../../src/analyzers/modern/index.js';
import { RELEASES_REVIEWED_ON, RUNTIME_RELEASES } from '../../../src/analyzers/modern/runtime-releases.js';
import { checkTable, fakeRepo } from './fake-repo.js';

// [name, files, today, expected "ruleId path:line" of runtime findings]
type Row = readonly [string, Record<string, string>, string, string[]];

const pkg = (node: string) => `{\n  "name": "x",\n  "engines": {\n    "node": "${node}"\n  }\n}\n`;

const rows = checkTable<Row>(
  [
    [
      'engines minimum past end of life',
      { 'package.json': pkg('>=16') },
      '2026-11-24',
      ['modern/runtime-eol package.json:4'],
    ],
    ['engines minimum supported', { 'package.json': pkg('>=22.12') }, '2026-11-24', []],
    ['engines minimum that was fine before its EOL date', { 'package.json': pkg('^20 || ^22') }, '2026-01-10', []],
    [
      'engines alternatives take the oldest',
      { 'package.json': pkg('^18 || >=22') },
      '2026-11-24',
      ['modern/runtime-eol package.json:4'],
    ],
    ['engines without a lower bound claims nothing', { 'package.json': pkg('<23') }, '2026-11-24', []],
    ['.nvmrc pinned to an old major', { '.nvmrc': 'v18.17.0\n' }, '2026-11-24', ['modern/runtime-eol .nvmrc:1']],
    ['.nvmrc LTS code name', { '.nvmrc': 'lts/gallium\n' }, '2026-11-24', ['modern/runtime-eol .nvmrc:1']],
    ['.nvmrc lts/* follows the newest', { '.nvmrc': 'lts/*\n' }, '2026-11-24', []],
    [
      '.node-version behind the current LTS',
      { '.node-version': '22.11.0\n' },
      '2026-01-10',
      ['modern/runtime-behind-lts .node-version:1'],
    ],
    ['.node-version on the current LTS', { '.node-version': '24\n' }, '2026-01-10', []],
    [
      'Dockerfile stages',
      { Dockerfile: 'FROM node:18-alpine AS build\nRUN npm ci\nFROM gcr.io/distroless/nodejs22\n' },
      '2026-11-24',
      ['modern/runtime-eol Dockerfile:1'],
    ],
    [
      'Dockerfile python and golang images',
      { 'docker/api.Dockerfile': 'FROM --platform=$BUILDPLATFORM golang:1.20 AS go\nFROM python:3.8-slim\n' },
      '2026-11-24',
      ['modern/runtime-eol docker/api.Dockerfile:1', 'modern/runtime-eol docker/api.Dockerfile:2'],
    ],
    ['Dockerfile floating python:3 tag', { Dockerfile: 'FROM python:3\n' }, '2026-11-24', []],
    [
      'pyproject requires-python',
      { 'pyproject.toml': '[project]\nname = "x"\nrequires-python = ">=3.8"\n' },
      '2026-11-24',
      ['modern/runtime-eol pyproject.toml:3'],
    ],
    ['pyproject supported minimum', { 'pyproject.toml': '[project]\nrequires-python = ">=3.11"\n' }, '2026-11-24', []],
    [
      'poetry python dependency',
      { 'pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.7"\n' },
      '2026-11-24',
      ['modern/runtime-eol pyproject.toml:2'],
    ],
    [
      'a key named python elsewhere is not a runtime',
      { 'pyproject.toml': '[tool.other]\npython = "^3.7"\n' },
      '2026-11-24',
      [],
    ],
    [
      'setup.cfg python_requires',
      { 'setup.cfg': '[options]\npython_requires = >=3.6\n' },
      '2026-11-24',
      ['modern/runtime-eol setup.cfg:2'],
    ],
    ['.python-version', { '.python-version': '3.9.18\n' }, '2026-11-24', ['modern/runtime-eol .python-version:1']],
    [
      'python 2 is older than the table',
      { '.python-version': '2.7.18\n' },
      '2026-11-24',
      ['modern/runtime-eol .python-version:1'],
    ],
    [
      'go.mod past support',
      { 'go.mod': 'module example.com/x\n\ngo 1.21\n' },
      '2026-11-24',
      ['modern/runtime-eol go.mod:3'],
    ],
    ['go.mod supported', { 'go.mod': 'module example.com/x\n\ngo 1.25.0\n' }, '2026-01-10', []],
    [
      '.tool-versions',
      { '.tool-versions': 'nodejs 16.20.2\npython 3.12.1\n' },
      '2026-11-24',
      ['modern/runtime-eol .tool-versions:1'],
    ],
    [
      'manifests of dependencies are not ours',
      { 'node_modules/x/package.json': pkg('>=8'), 'test/fixtures/old/.nvmrc': '10\n' },
      '2026-11-24',
      [],
    ],
  ],
  (row) => row[3].length > 0,
);

const runtime = suite('modern/runtime: runtimes past end of life or behind LTS');
for (const [name, files, today, expected] of rows) {
  runtime(name, () => {
    const found = analyzeRepo(fakeRepo(files, today))
      .filter((finding) => finding.ruleId.startsWith('modern/runtime'))
      .map((finding) => `${finding.ruleId} ${finding.path}:${finding.line}`);
    assert.equal(found.sort(), [...expected].sort());
  });
}

// [name, package.json, expected severity of the engines finding]: a published package past 1.0 raises
// engines.node in its next major (Express 5 keeps Node 18), so the advice is a note for then
const manifestWith = (fields: Record<string, unknown>) =>
  JSON.stringify({ name: 'lib', ...fields, engines: { node: '>=18' } }, null, 2);
const breakingRows = checkTable<readonly [string, string, string]>(
  [
    ['published package past 1.0: a note', manifestWith({ version: '5.2.1' }), 'info'],
    ['published 1.0.0: a note', manifestWith({ version: '1.0.0' }), 'info'],
    ['private app: an item', manifestWith({ version: '5.2.1', private: true }), 'medium'],
    ['0.x package: an item', manifestWith({ version: '0.9.0' }), 'medium'],
    ['no version: an item', manifestWith({}), 'medium'],
  ],
  (row) => row[2] === 'info',
);
for (const [name, manifest, severity] of breakingRows) {
  runtime(`engines raise: ${name}`, () => {
    const found = analyzeRepo(fakeRepo({ 'package.json': manifest }, '2026-11-24')).filter(
      (finding) => finding.ruleId === 'modern/runtime-eol',
    );
    assert.equal(
      found.map((finding) => finding.severity),
      [severity],
    );
    if (severity === 'info') {
      assert.match(found[0]?.title ?? '', /in the next major release \(a note: raising engines\.node/);
      assert.is(found[0]?.facts?.waitsFor, 'the next major release');
    }
  });
}

// [name, files, expected severity of the go.mod finding]: a Go library's `go` line is the floor its
// importers build on, kept low on purpose (cobra keeps go 1.15, spf13/cobra#1866): a note, not an item.
// A command keeps the item. Python libraries drop an end-of-life Python in their next feature release.
const goMod = (version: string) => `module example.com/x\n\ngo ${version}\n`;
const floorRows = checkTable<readonly [string, Record<string, string>, string]>(
  [
    ['library package at the root: a note', { 'go.mod': goMod('1.15'), 'args.go': 'package cobra\n' }, 'info'],
    [
      'library behind a licence header: a note',
      {
        'go.mod': goMod('1.15'),
        'command.go': '// Copyright 2013\n/* licence */\npackage cobra\n',
        'main_test.go': 'package main\n',
      },
      'info',
    ],
    [
      'library packages only in folders: a note',
      { 'go.mod': goMod('1.20'), 'cmd/tool/main.go': 'package main\n', 'client/client.go': 'package client\n' },
      'info',
    ],
    [
      'nested library module: a note',
      { 'sdk/go.mod': goMod('1.18'), 'sdk/api.go': 'package sdk\n', 'main.go': 'package main\n' },
      'info',
    ],
    ['command at the root: an item', { 'go.mod': goMod('1.15'), 'main.go': 'package main\n' }, 'medium'],
    [
      'command with internal packages: an item',
      { 'go.mod': goMod('1.20'), 'cmd/app/main.go': 'package main\n', 'internal/db/db.go': 'package db\n' },
      'medium',
    ],
    [
      'only tests and examples outside main: an item',
      {
        'go.mod': goMod('1.20'),
        'main.go': 'package main\n',
        'x_test.go': 'package x\n',
        'examples/a/a.go': 'package a\n',
      },
      'medium',
    ],
    ['go.mod alone: an item', { 'go.mod': goMod('1.15') }, 'medium'],
    [
      'python library: an item',
      {
        'pyproject.toml': '[project]\nname = "x"\nversion = "3.1.0"\nrequires-python = ">=3.9"\n',
        'x/__init__.py': '',
      },
      'medium',
    ],
  ],
  (row) => row[2] === 'info',
);
for (const [name, files, severity] of floorRows) {
  runtime(`compatibility floor: ${name}`, () => {
    const found = analyzeRepo(fakeRepo(files, '2026-11-24')).filter(
      (finding) => finding.ruleId === 'modern/runtime-eol',
    );
    assert.equal(
      found.map((finding) => finding.severity),
      [severity],
    );
    const title = found[0]?.title ?? '';
    if (severity === 'info') {
      assert.match(title, /kept low on purpose so older toolchains can still build this library/);
      assert.match(title, /\(a note: its module is imported by others: package \w+ in \S+\.go\)$/);
      assert.is(found[0]?.facts?.waitsFor, 'code that needs a newer Go');
    }
    // never the newest release for a library's floor
    if (severity === 'info') assert.not.match(title, /Go 1\.2[2-9]/);
  });
}

runtime('a library floor already at Go 1.21 or later is raised only as far as its code needs', () => {
  const [finding] = analyzeRepo(fakeRepo({ 'go.mod': goMod('1.22'), 'lib.go': 'package lib\n' }, '2026-11-24'));
  assert.is(finding?.severity, 'info');
  assert.match(finding?.title ?? '', /to the oldest release that has what it needs/);
  assert.match(
    analyzeRepo(fakeRepo({ 'go.mod': goMod('1.15'), 'lib.go': 'package lib\n' }, '2026-11-24'))[0]?.title ?? '',
    /raise it only when its code needs a newer Go, to Go 1\.21 \(/,
  );
});

runtime('titles name the version, the date and the move', () => {
  const [finding] = analyzeRepo(fakeRepo({ '.nvmrc': '18\n' }, '2026-01-10'));
  assert.equal(finding?.title, 'Node.js 18 is past end of life (since 2025-04-30): move to Node.js 24 LTS');
  assert.equal(finding?.facts?.releasesReviewedOn, RELEASES_REVIEWED_ON);
});

runtime('fingerprints do not depend on the line', () => {
  const a = analyzeRepo(fakeRepo({ Dockerfile: 'FROM node:16\n' }))[0];
  const b = analyzeRepo(fakeRepo({ Dockerfile: '# build\n\nFROM node:16\n' }))[0];
  assert.ok(a && b && a.line !== b.line);
  assert.is(a?.fingerprint, b?.fingerprint);
});
runtime.run();

const table = suite('runtime release table');
table('covers Node 12–26, Python 3.6–3.14 and Go 1.19–1.25', () => {
  const versions = (runtime: string) =>
    RUNTIME_RELEASES.filter((release) => release.runtime === runtime).map((release) => release.version);
  for (let major = 12; major <= 26; major++) assert.ok(versions('node').includes(String(major)), `node ${major}`);
  for (let minor = 6; minor <= 14; minor++) assert.ok(versions('python').includes(`3.${minor}`), `python 3.${minor}`);
  for (let minor = 19; minor <= 25; minor++) assert.ok(versions('go').includes(`1.${minor}`), `go 1.${minor}`);
});
table('dates are ISO, released before end of life, LTS only for even Node majors', () => {
  assert.match(RELEASES_REVIEWED_ON, /^\d{4}-\d{2}-\d{2}$/);
  for (const release of RUNTIME_RELEASES) {
    assert.ok(release.released < release.endOfLife, `${release.runtime} ${release.version}`);
    for (const date of [release.released, release.endOfLife, release.ltsFrom ?? '2000-01-01'])
      assert.match(date, /^\d{4}-\d{2}-\d{2}$/);
    if (release.ltsFrom) assert.ok(release.runtime === 'node' && Number(release.version) % 2 === 0, release.version);
  }
});
table('a Go release ends when the second newer one ships', () => {
  const go = RUNTIME_RELEASES.filter((release) => release.runtime === 'go');
  for (let index = 0; index + 2 < go.length; index++) assert.is(go[index]?.endOfLife, go[index + 2]?.released);
});
table.run();
