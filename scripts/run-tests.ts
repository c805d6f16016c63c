// Runs every uvu suite under dist/test in parallel shards, one node process each: most of the suite's
// time is spent waiting on git and on the CLI it spawns, one core at a time, so two shards on a
// two-core machine take about half the wall time. Shards are balanced by each file's weight (its CPU
// seconds, measured here; unlisted files count as small), and the last file, the search of every
// output for a planted secret, runs in each shard, over what that shard printed.
// GIT_VALUE_TEST_JOBS sets the number of shards (1 runs the whole suite in one process, as `uvu` does).
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = 'dist/test';
const LAST = 'integration/zz-no-leaks.test.js';

// CPU seconds per file, measured on this machine (README: What the tests cover); the rest are ~1 s
const WEIGHTS: Readonly<Record<string, number>> = {
  'integration/adoption.test.js': 70,
  'integration/lifecycle.test.js': 16,
  'integration/bad-input.test.js': 15,
  'integration/way-out.test.js': 14,
  'integration/ledger.test.js': 14,
  'integration/standalone.test.js': 12,
  'integration/scan-history.test.js': 10,
  'integration/report-html.test.js': 10,
  'integration/hardening.test.js': 9,
  'integration/prebuilt.test.js': 8.5,
  'integration/gate.test.js': 8,
  'integration/scan-cache.test.js': 6.5,
  'integration/scan.test.js': 5,
  'integration/backlog-history.test.js': 5,
  'analyzers/complexity/measure-tree-sitter.test.js': 4,
  'scoring/ranking-properties.test.js': 4,
  'analyzers/secrets/hostile.test.js': 3,
  'integration/monorepo.test.js': 2.5,
  'workflow/analysis-pool.test.js': 2.5,
};

function listTests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((item) =>
      item.isDirectory()
        ? listTests(join(dir, item.name))
        : item.name.endsWith('.test.js')
          ? [relative(root, join(dir, item.name))]
          : [],
    )
    .sort();
}

/** Longest first, each to the lightest shard so far. */
function planShards(files: readonly string[], count: number): string[][] {
  const shards = Array.from({ length: count }, () => ({ files: [] as string[], weight: 0 }));
  const weightOf = (file: string) => WEIGHTS[file] ?? 1;
  for (const file of [...files].sort((a, b) => weightOf(b) - weightOf(a))) {
    const lightest = shards.reduce((best, shard) => (shard.weight < best.weight ? shard : best));
    lightest.files.push(file);
    lightest.weight += weightOf(file);
  }
  return shards.filter((shard) => shard.files.length > 0).map((shard) => shard.files.sort());
}

function runShard(files: readonly string[]): Promise<{ code: number; output: string; seconds: number }> {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = `^(?:${files.map(escape).join('|')})$`;
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/uvu/bin.js', root, pattern], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code: code ?? 1, output, seconds: (performance.now() - started) / 1000 }));
  });
}

const files = listTests(root);
const jobs = Math.max(1, Number(process.env.GIT_VALUE_TEST_JOBS) || Math.min(2, availableParallelism()));
const shards = planShards(
  files.filter((file) => file !== LAST),
  jobs,
).map((shard) => (files.includes(LAST) ? [...shard, LAST] : shard));
const started = performance.now();
const results = await Promise.all(
  shards.map(async (shard, index) => {
    const result = await runShard(shard);
    process.stdout.write(
      `\n── shard ${index + 1}/${shards.length}: ${shard.length} files, ${result.seconds.toFixed(0)} s ──\n${result.output}`,
    );
    return result;
  }),
);
const failed = results.filter((result) => result.code !== 0).length;
process.stdout.write(
  `\n${files.length} test files in ${shards.length} shard(s): ${((performance.now() - started) / 1000).toFixed(0)} s, ${failed === 0 ? 'all passed' : `${failed} shard(s) failed`}\n`,
);
process.exitCode = failed === 0 ? 0 : 1;
