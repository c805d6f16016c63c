import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { analyzeEach, enabledAnalyzers, type FileToAnalyze } from '../../src/analyzers/analyze-files.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/types.js';
import { createAnalysisPool, workerCount } from '../../src/workflow/analysis-pool.js';

const pool = suite('analysis pool: worker threads and the main thread');
const whole = [{ start: 1, end: Number.MAX_SAFE_INTEGER }];

function files(): FileToAnalyze[] {
  const out: FileToAnalyze[] = [];
  for (let index = 0; index < 60; index++) {
    const branches = Array.from({ length: 12 + (index % 5) }, (_, at) => `    if x == ${at}:\n        y += ${at}`).join(
      '\n',
    );
    out.push({
      path: `pkg/m${index}.py`,
      text: `def f${index}(x):\n    y = 0\n${branches}\n    return y\n# TODO: split f${index}\n`,
      changed: whole,
    });
    const cases = Array.from({ length: 14 }, (_, at) => `  if (a === ${at} && b) return ${at};`).join('\n');
    out.push({
      path: `src/m${index}.ts`,
      text: `export function g${index}(a: number, b: boolean) {\n${cases}\n  return -1;\n}\n`,
      changed: whole,
    });
    // large enough that the pool splits the files into several chunks
    out.push({
      path: `src/pad${index}.ts`,
      text: `export const pad${index} = ${JSON.stringify('x'.repeat(6000))};\n`,
      changed: whole,
    });
  }
  return out;
}

const markersOff: Config = {
  ...defaultConfig,
  analyzers: { ...defaultConfig.analyzers, markers: { enabled: false, tags: [] } },
};

pool('the same results in the same order as the main thread alone, with each file under its own config', async () => {
  const input = files();
  const configFor = (path: string) => (path.startsWith('pkg/') ? markersOff : defaultConfig);
  const alone = await analyzeEach(input, configFor, (config) => enabledAnalyzers(config, 'scan'));
  const threads = createAnalysisPool(2);
  try {
    assert.is(threads.threads, 2);
    const shared = await threads.analyze(input, configFor);
    assert.equal(shared, alone.results);
    assert.ok(shared.some((result) => result.findings.some((finding) => finding.ruleId === 'quality/complexity')));
    assert.not.ok(shared.some((result) => result.findings.some((finding) => finding.ruleId.startsWith('debt/'))));
  } finally {
    await threads.close();
  }
});

pool('no worker threads: the main thread analyses everything', async () => {
  const input = files().slice(0, 6);
  const none = createAnalysisPool(0);
  const alone = await analyzeEach(
    input,
    () => defaultConfig,
    (config) => enabledAnalyzers(config, 'scan'),
  );
  assert.equal(await none.analyze(input, () => defaultConfig), alone.results);
  await none.close();
});

const counts: Array<[string | undefined, (n: number) => boolean]> = [
  ['0', (n) => n === 0],
  ['2', (n) => n === 2],
  ['lots', (n) => n >= 0 && n <= 3],
  [undefined, (n) => n >= 0 && n <= 3],
];
for (const [asked, expected] of counts)
  pool(`workerCount with GIT_VALUE_WORKERS=${asked}`, () =>
    assert.ok(expected(workerCount({ GIT_VALUE_WORKERS: asked }))),
  );

pool.run();
