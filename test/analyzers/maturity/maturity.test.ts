import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { detectMaturity, levelOf, type MaturityLevel } from '../../../src/analyzers/maturity/index.js';
import type { RepoAnalyzerInput } from '../../../src/findings/types.js';

function repo(files: Record<string, string>): RepoAnalyzerInput {
  return { files: Object.keys(files).sort(), read: (path) => files[path], today: '2026-11-24' };
}

const nascent = { 'index.js': 'console.log(1)\n', 'package.json': '{"name":"x"}' };

const developing = {
  ...nascent,
  'README.md': '# x',
  'test/index.test.js': '',
  'src/a.js': '',
  LICENSE: 'MIT',
  '.github/workflows/ci.yml': 'on: push\n',
  'eslint.config.js': '',
};

const maturing = {
  ...developing,
  'tsconfig.json': '{}',
  '.prettierrc': '{}',
  '.husky/pre-commit': 'npx lint-staged\n',
  'CONTRIBUTING.md': '',
  'CHANGELOG.md': '',
  'docs/guide.md': '',
  'test/integration/api.test.js': '',
};

const advanced = {
  ...maturing,
  Dockerfile: 'FROM node:24 AS build\nRUN npm ci\nFROM node:24-slim\nHEALTHCHECK CMD curl -f localhost/health\n',
  'e2e/login.spec.ts': '',
  'bench/run.ts': '',
  '.github/dependabot.yml': 'version: 2\n',
  'SECURITY.md': '',
  '.github/workflows/codeql.yml': 'uses: github/codeql-action/init@v3\n',
  'docs/adr/0001-record.md': '',
  'docs/runbooks/deploy.md': '',
};

const levels: Array<[MaturityLevel, Record<string, string>]> = [
  ['nascent', nascent],
  ['developing', developing],
  ['maturing', maturing],
  ['advanced', advanced],
];

const maturity = suite('maturity: one fake repository per level');
for (const [level, files] of levels) {
  maturity(level, () => {
    const result = detectMaturity(repo(files));
    assert.is(
      result.level,
      level,
      `${result.percent}% ${JSON.stringify(result.features.filter((f) => f.present).map((f) => f.name))}`,
    );
  });
}

maturity('percent grows with every level', () => {
  const percents = levels.map(([, files]) => detectMaturity(repo(files)).percent);
  assert.equal(
    [...percents].sort((a, b) => a - b),
    percents,
  );
  assert.is(detectMaturity(repo({})).percent, 0);
});

maturity('evidence names concrete paths', () => {
  const features = new Map(detectMaturity(repo(advanced)).features.map((feature) => [feature.name, feature]));
  assert.equal(features.get('Containerisation')?.evidence, ['Docker multi-stage build: Dockerfile (2 FROM stages)']);
  assert.ok(features.get('Monitoring')?.evidence.includes('Dockerfile'));
  assert.ok(features.get('Security scanning')?.evidence.includes('.github/workflows/codeql.yml'));
  assert.equal(features.get('Architecture decision records')?.evidence, ['docs/adr/0001-record.md']);
  assert.equal(features.get('End-to-end tests')?.evidence, ['e2e/login.spec.ts']);
  assert.equal(features.get('Performance tests or benchmarks')?.evidence, ['bench/run.ts']);
  assert.equal(features.get('Integration tests')?.evidence, ['test/integration/api.test.js']);
});

// [feature, files, present]
const probes: Array<[string, Record<string, string>, boolean]> = [
  ['Tests', { 'tests/test_api.py': '' }, true],
  ['Tests', { 'tests/fixtures/data.json': '{}' }, false],
  ['Unit tests', { 'pkg/sum_test.go': '' }, true],
  ['End-to-end tests', { 'package.json': '{"devDependencies":{"@playwright/test":"1"}}' }, true],
  ['Integration tests', { 'src/integrations/slack.ts': '' }, false],
  ['Continuous integration', { '.gitlab-ci.yml': '' }, true],
  ['Continuous integration', { 'docs/ci.md': '' }, false],
  ['Type checking', { 'pyproject.toml': '[tool.mypy]\nstrict = true\n' }, true],
  ['Type checking', { 'cmd/main.go': 'package main\n' }, true],
  ['Linter', { 'setup.cfg': '[flake8]\nmax-line-length = 100\n' }, true],
  ['Linter', { 'setup.cfg': '[metadata]\nname = x\n' }, false],
  ['Formatter', { 'pyproject.toml': '[tool.black]\n' }, true],
  ['Monitoring', { 'requirements.txt': 'prometheus-client==0.20\n' }, true],
  ['Security scanning', { '.gitleaks.toml': '' }, true],
  ['Security scanning', { 'docker-compose.yml': 'services:\n  semgrep: {}\n' }, false],
  ['Dependency automation', { 'renovate.json': '{}' }, true],
  ['Pre-commit hooks', { '.pre-commit-config.yaml': 'repos: []\n' }, true],
  ['Architecture decision records', { 'doc/architecture/decisions/0001-use-adrs.md': '' }, true],
  ['Containerisation', { 'compose.yaml': 'services: {}\n' }, true],
  ['License', { 'LICENSE.md': '' }, true],
  ['License', { 'docs/license-notes.txt': '' }, false],
];
const features = suite('maturity: each feature detector');
for (const [name, files, present] of probes) {
  features(`${name} ${present ? 'found in' : 'not found in'} ${Object.keys(files).join(', ')}`, () => {
    const feature = detectMaturity(repo(files)).features.find((candidate) => candidate.name === name);
    assert.is(feature?.present, present, JSON.stringify(feature?.evidence));
  });
}
features('level thresholds: <25 nascent, <50 developing, <75 maturing, else advanced', () => {
  assert.equal([0, 24, 25, 49, 50, 74, 75, 100].map(levelOf), [
    'nascent',
    'nascent',
    'developing',
    'developing',
    'maturing',
    'maturing',
    'advanced',
    'advanced',
  ]);
});
features.run();
maturity.run();
