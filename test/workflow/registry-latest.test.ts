import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { collectManifests, parseOutdated, probeManifest } from '../../src/workflow/registry-latest.js';

const registry = suite('npm registry lookups for modern/dependency-major-behind');

const outputs: Array<[name: string, stdout: string, expected: ReturnType<typeof parseOutdated>]> = [
  [
    'outdated packages',
    JSON.stringify({ yaml: { wanted: '1.10.3', latest: '2.9.1' }, 'left-pad': { wanted: '1.0.0', latest: '1.3.0' } }),
    { latest: { yaml: '2.9.1', 'left-pad': '1.3.0' } },
  ],
  ['nothing outdated (empty output)', '', { latest: {} }],
  [
    'a dist-tag that is not a version is ignored',
    JSON.stringify({ a: { latest: 'linked' }, b: { latest: '3.0.0' } }),
    { latest: { b: '3.0.0' } },
  ],
  [
    'unreachable registry',
    JSON.stringify({
      error: { code: 'ECONNREFUSED', summary: 'FetchError: request to http://127.0.0.1:9/yaml failed\nmore' },
    }),
    { error: 'ECONNREFUSED FetchError: request to http://127.0.0.1:9/yaml failed' },
  ],
  [
    'a package named "error" is still a package',
    JSON.stringify({ error: { wanted: '1.0.0', latest: '2.0.0' } }),
    { latest: { error: '2.0.0' } },
  ],
  ['not JSON', 'npm ERR! something', { error: 'npm printed no JSON' }],
];
for (const [name, stdout, expected] of outputs)
  registry(`npm outdated --json: ${name}`, () => assert.equal(parseOutdated(stdout), expected));

registry('manifests: staged package.json files with dependencies, outside vendored trees, each with its .npmrc', () => {
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ dependencies: { a: '^1.0.0' } }),
    '.npmrc': 'registry=https://registry.example.test/\n',
    'packages/web/package.json': JSON.stringify({ devDependencies: { b: '^2.0.0' } }),
    'packages/web/.npmrc': 'registry=https://web.example.test/\n',
    'packages/empty/package.json': JSON.stringify({ name: 'empty' }),
    'node_modules/c/package.json': JSON.stringify({ dependencies: { d: '1' } }),
    'test/fixtures/app/package.json': JSON.stringify({ dependencies: { e: '1' } }),
    'broken/package.json': '{ not json',
  };
  const manifests = collectManifests(Object.keys(files).sort(), (path) => files[path]);
  assert.equal(
    manifests.map((manifest) => [manifest.path, manifest.npmrc]),
    [
      ['package.json', files['.npmrc']],
      ['packages/web/package.json', files['packages/web/.npmrc']],
    ],
  );
});

registry('npm is asked about dev and runtime dependencies alike, never about workspace, file or git ranges', () => {
  const probe = probeManifest(
    JSON.stringify({
      name: 'app',
      scripts: { test: 'x' },
      workspaces: ['packages/*'],
      dependencies: {
        a: '^1.0.0',
        local: 'file:../local',
        ws: 'workspace:*',
        gh: 'user/repo',
        git: 'git+https://example.test/x.git',
      },
      devDependencies: { b: '~2.1.0', a: '^0.9.0' },
    }),
  );
  assert.equal(JSON.parse(probe ?? '{}'), {
    name: 'git-value-registry-probe',
    version: '0.0.0',
    private: true,
    dependencies: { b: '~2.1.0', a: '^1.0.0' },
  });
  assert.is(probeManifest(JSON.stringify({ dependencies: { only: 'workspace:^' } })), undefined);
  assert.is(probeManifest('{ broken'), undefined);
});

registry.run();
