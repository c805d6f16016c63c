import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, runWithPeakMemory } from './measure.js';
import { git, initRepo } from './synthetic-repo.js';
import { formatMs, renderTable, type SectionReport } from './table.js';

// Issue 4: a full scan with every analyzer of a real repository of at least 50 MB, beside the
// secrets-only figure. There is no network here but the npm registry and Debian's packages, so the
// "repository" is real code from both: this project's installed npm packages (TypeScript, ESLint,
// Babel, …) under js/, the Python standard library and Debian's Python packages under py/, committed
// as one repository.

const CORPUS_VERSION = 3;
const ROOT = join(tmpdir(), 'git-value-bench', `real-v${CORPUS_VERSION}`);
const TEXT = /\.(?:[cm]?js|[cm]?ts|tsx|jsx|json|md|py|ya?ml|txt|d\.ts)$/;
const TARGET_BYTES = 50 * 1000 * 1000;
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Corpus {
  dir: string;
  files: number;
  bytes: number;
}

function collect(from: string, to: string, into: Array<[string, string]>, skip: RegExp): void {
  if (!existsSync(from)) return;
  for (const item of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, item.name);
    if (skip.test(source)) continue;
    if (item.isDirectory()) collect(source, join(to, item.name), into, skip);
    else if (item.isFile() && TEXT.test(item.name)) into.push([source, join(to, item.name)]);
  }
}

function ensureCorpus(log: (line: string) => void): Corpus {
  const dir = join(ROOT, 'repo');
  const done = join(ROOT, 'complete.json');
  if (existsSync(done)) return { dir, ...(JSON.parse(readFileSync(done, 'utf8')) as { files: number; bytes: number }) };
  rmSync(ROOT, { recursive: true, force: true });
  const pairs: Array<[string, string]> = [];
  // wasm grammars, native binaries and the bench's own tools' bundles are not source code
  collect(join(projectRoot, 'node_modules'), 'js', pairs, /tree-sitter-wasms|@esbuild|esbuild\/bin|\.bin$|@0xts/);
  const python = readdirSync('/usr/lib')
    .filter((name) => /^python3\.\d+$/.test(name))
    .sort()
    .pop();
  if (python) collect(join('/usr/lib', python), 'py/stdlib', pairs, /site-packages|dist-packages|__pycache__/);
  collect('/usr/lib/python3/dist-packages', 'py/packages', pairs, /__pycache__/);
  let bytes = 0;
  let files = 0;
  log(`real corpus: copying ${pairs.length} files`);
  for (const [source, target] of pairs) {
    const size = statSync(source).size;
    if (size > 20 * 1024 * 1024) continue; // over the scan's maxFileBytes: it would only be skipped
    mkdirSync(dirname(join(dir, target)), { recursive: true });
    copyFileSync(source, join(dir, target));
    bytes += size;
    files++;
  }
  if (bytes < TARGET_BYTES) log(`real corpus: only ${(bytes / 1e6).toFixed(1)} MB of text found (target 50 MB)`);
  initRepo(dir);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--no-verify', '-m', 'real code corpus']);
  writeFileSync(done, JSON.stringify({ files, bytes }));
  return { dir, files, bytes };
}

const ALL_ANALYZERS = { analyzers: { modern: { registry: false } } };
const SECRETS_ONLY = {
  analyzers: Object.fromEntries(
    ['markers', 'vuln', 'perf', 'complexity', 'docstring', 'modern'].map((name) => [name, { enabled: false }]),
  ),
};

function timeScans(
  cli: string,
  corpus: Corpus,
  config: object,
  runs: number,
): { ms: number; peakMb: number; phases: string } {
  writeFileSync(join(corpus.dir, '.valuerc.json'), `${JSON.stringify(config)}\n`);
  const samples = [];
  let phases = '';
  for (let run = 0; run < runs; run++) {
    rmSync(join(corpus.dir, '.value'), { recursive: true, force: true });
    const result = runWithPeakMemory(process.execPath, [cli, 'scan'], {
      cwd: corpus.dir,
      env: { ...process.env, NO_COLOR: '1', GIT_VALUE_DEBUG: '1' },
    });
    if (result.status !== 0)
      throw new Error(`bench: scan of the real corpus exited ${result.status}:\n${result.stderr.slice(0, 2000)}`);
    samples.push(result);
    phases = result.stderr
      .split('\n')
      .filter((line) => /^git-value: \w[^:]*\+/.test(line))
      .join('\n');
  }
  rmSync(join(corpus.dir, '.valuerc.json'), { force: true });
  return {
    ms: median(samples.map((sample) => sample.ms)),
    peakMb: median(samples.map((sample) => sample.peakMb ?? 0)),
    phases,
  };
}

export function runRealScan(cli: string, runs: number, log: (line: string) => void): SectionReport {
  const corpus = ensureCorpus(log);
  const mb = corpus.bytes / 1e6;
  const count = Math.max(1, Math.min(runs, 3));
  log(
    `real corpus: ${corpus.files} files, ${mb.toFixed(1)} MB; ${count} scans with every analyzer, ${count} secrets-only`,
  );
  const all = timeScans(cli, corpus, ALL_ANALYZERS, count);
  const secrets = timeScans(cli, corpus, SECRETS_ONLY, count);
  const rows = [
    ['every analyzer', formatMs(all.ms), (mb / (all.ms / 1000)).toFixed(1), `${all.peakMb.toFixed(0)} MB`],
    ['secrets only', formatMs(secrets.ms), (mb / (secrets.ms / 1000)).toFixed(1), `${secrets.peakMb.toFixed(0)} MB`],
  ];
  const body = [
    `Real code: ${corpus.files} files, ${mb.toFixed(1)} MB (this project's installed npm packages, the Python standard library and Debian's Python packages, committed as one repository); median of ${count} full scans each.`,
    '',
    renderTable(['scan', 'median', 'MB/s', 'peak RSS'], rows),
    '',
    'Phases of the last scan with every analyzer (`GIT_VALUE_DEBUG=1`):',
    '',
    '```',
    all.phases,
    '```',
  ].join('\n');
  return {
    title: 'Full scan of real code (every analyzer vs secrets only)',
    body,
    budgets: [
      [
        'real-code scan ≥ 50 MB, every analyzer',
        `${mb.toFixed(0)} MB at ${(mb / (all.ms / 1000)).toFixed(1)} MB/s, ${all.peakMb.toFixed(0)} MB peak`,
        'report (no budget)',
        mb >= 50 ? 'PASS' : 'FAIL',
      ],
    ],
  };
}
