import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { analyzeFiles, enabledAnalyzers, oneFindingPerLine } from '../../src/analyzers/analyze-files.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Context } from '../../src/findings/context.js';
import type { Finding } from '../../src/findings/types.js';
import { fakeGithubToken } from '../helpers/fake-secrets.js';

const files = suite('analyzers/analyze-files: context and one finding per line per rule');

function finding(ruleId: string, line: number, fingerprint: string): Finding {
  return {
    ruleId,
    category: ruleId.startsWith('secret/') ? 'secret' : 'vuln',
    severity: 'high',
    path: 'a.js',
    line,
    title: ruleId,
    fingerprint,
    confidence: 0.8,
    effortHours: 1,
  };
}

const rows: Array<[name: string, findings: Finding[], kept: string[]]> = [
  [
    'two matches of one rule on one line: one',
    [finding('vuln/dynamic-code-execution', 3, 'a'), finding('vuln/dynamic-code-execution', 3, 'b')],
    ['a'],
  ],
  [
    'two rules on one line: both',
    [finding('vuln/dynamic-code-execution', 3, 'a'), finding('vuln/command-injection', 3, 'b')],
    ['a', 'b'],
  ],
  [
    'one rule on two lines: both',
    [finding('vuln/sql-injection', 3, 'a'), finding('vuln/sql-injection', 4, 'b')],
    ['a', 'b'],
  ],
  [
    'two credentials on one line: both (each value is gated and allowed on its own)',
    [finding('secret/url-password', 3, 'a'), finding('secret/url-password', 3, 'b')],
    ['a', 'b'],
  ],
];
for (const [name, input, kept] of rows)
  files(name, () =>
    assert.equal(
      oneFindingPerLine(input).map((item) => item.fingerprint),
      kept,
    ),
  );

const markerText = '// TODO: split this module\nexport const x = 1;\n';
const contexts: Array<[name: string, path: string, text: string, context: Context, markers: number]> = [
  ['shipped source keeps its markers', 'src/a.js', markerText, 'source', 1],
  ['vendored code is not ours to clean', 'src/a.js', markerText, 'vendored', 0],
  ['a file that says it is generated', 'src/a.js', `${markerText}//# sourceMappingURL=a.js.map\n`, 'source', 0],
  [
    'a file whose header says it was copied from elsewhere',
    'src/a.js',
    `// Adapted from lodash (MIT).\n${markerText}`,
    'source',
    0,
  ],
  [
    'a file whose header says nothing of where it came from',
    'src/a.js',
    `// The a module.\n${markerText}`,
    'source',
    1,
  ],
];
for (const [name, path, text, context, markers] of contexts)
  files(`own-code analyzers by context: ${name}`, async () => {
    const run = await analyzeFiles(
      [{ path, text, changed: [{ start: 1, end: 100 }] }],
      () => defaultConfig,
      (config) => enabledAnalyzers(config, 'hook'),
      () => ({ context, reason: 'test' }),
    );
    assert.is(run.findings.filter((item) => item.ruleId.startsWith('debt/')).length, markers);
  });

files('a credential in a self-declared generated file is still found, and marked generated', async () => {
  const key = fakeGithubToken();
  const text = `const key = "${key}";\n//# sourceMappingURL=a.js.map\n`;
  const run = await analyzeFiles(
    [{ path: 'dist/a.js', text, changed: [{ start: 1, end: 100 }] }],
    () => defaultConfig,
    (config) => enabledAnalyzers(config, 'hook'),
  );
  const secrets = run.findings.filter((item) => item.category === 'secret');
  assert.ok(secrets.length > 0);
  assert.ok(secrets.every((item) => item.facts?.context === 'generated'));
});

files('a credential in a copied file is still found, and marked vendored with the header as the reason', async () => {
  const text = `# This module was imported from the cpython standard library.\nKEY = "${fakeGithubToken()}"\n`;
  const run = await analyzeFiles(
    [{ path: 'src/pkg/_io/pprint.py', text, changed: [{ start: 1, end: 100 }] }],
    () => defaultConfig,
    (config) => enabledAnalyzers(config, 'hook'),
  );
  const secrets = run.findings.filter((item) => item.category === 'secret');
  assert.ok(secrets.length > 0);
  assert.ok(secrets.every((item) => item.facts?.context === 'vendored'));
  assert.match(String(secrets[0]?.facts?.copied), 'imported from the cpython standard library');
});

files('work in a file whose metadata says frozen carries the reason; a live file none', async () => {
  const frozen = 'module.exports = {\n  meta: { docs: { frozen: true } },\n  // TODO: split\n  create() {},\n};\n';
  const live = 'module.exports = {\n  meta: { docs: {} },\n  // TODO: split\n  create() {},\n};\n';
  const run = await analyzeFiles(
    [
      { path: 'lib/rules/a.js', text: frozen, changed: [{ start: 1, end: 100 }] },
      { path: 'lib/rules/b.js', text: live, changed: [{ start: 1, end: 100 }] },
    ],
    () => defaultConfig,
    (config) => enabledAnalyzers(config, 'hook'),
  );
  const byPath = (path: string) => run.findings.filter((item) => item.path === path && item.ruleId.startsWith('debt/'));
  assert.match(String(byPath('lib/rules/a.js')[0]?.facts?.frozen), 'frozen: true');
  assert.is(byPath('lib/rules/b.js')[0]?.facts?.frozen, undefined);
});

files.run();
