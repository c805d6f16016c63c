import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { seedFakeTokens } from '../src/analyzers/secrets/fake-token.js';
import { runChecked } from './measure.js';
import { createRandom, generateFile, pickLanguage } from './synthetic-content.js';

export interface RepoParams {
  files: number;
  averageBytes: number;
  markerOdds: number;
  secretOdds: number;
  seed: number;
}

export interface SyntheticRepo {
  dir: string;
  baseCommit: string;
  files: string[];
  bytes: number;
  plantedMarkers: number;
  plantedSecrets: number;
}

// Bump when the generator changes, so cached repositories are rebuilt rather than silently reused.
const GENERATOR_VERSION = 5;
const ROOT = join(tmpdir(), 'git-value-bench');

export const FULL_REPO: RepoParams = {
  files: 20_000,
  averageBytes: 1300,
  markerOdds: 0.75,
  secretOdds: 0.03,
  seed: 42,
};
export const QUICK_REPO: RepoParams = {
  files: 2_000,
  averageBytes: 1300,
  markerOdds: 0.75,
  secretOdds: 0.03,
  seed: 42,
};

export function git(dir: string, args: readonly string[], okCodes = [0]): string {
  return runChecked('git', args, { cwd: dir }, okCodes).stdout;
}

export function initRepo(dir: string): void {
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['config', 'user.email', 'bench@example.invalid']);
  git(dir, ['config', 'user.name', 'git-value bench']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
  git(dir, ['config', 'gc.auto', '0']); // no background gc racing the timings
}

function pathFor(index: number, ext: string): string {
  const pkg = String(index % 40).padStart(2, '0');
  const module = String(Math.floor(index / 40) % 25).padStart(2, '0');
  return `packages/pkg-${pkg}/src/module-${module}/file-${index}.${ext}`;
}

function writeFiles(dir: string, params: RepoParams): Omit<SyntheticRepo, 'dir' | 'baseCommit'> {
  const random = createRandom(params.seed);
  seedFakeTokens(params.seed);
  const files: string[] = [];
  let bytes = 0;
  let plantedMarkers = 0;
  let plantedSecrets = 0;
  for (let index = 0; index < params.files; index++) {
    const language = pickLanguage(random);
    // Sizes spread from 0.2× to 1.8× the average, as real trees mix stubs and long modules.
    const target = Math.round(params.averageBytes * (0.2 + random() * 1.6));
    const file = generateFile(language, random, target, params.markerOdds, params.secretOdds);
    const path = pathFor(index, language.ext);
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), file.text);
    files.push(path);
    bytes += Buffer.byteLength(file.text);
    plantedMarkers += file.markers;
    plantedSecrets += file.secrets;
  }
  return { files, bytes, plantedMarkers, plantedSecrets };
}

/** Build the repository once per parameter set; reuse it while its completion record exists. */
export function ensureSyntheticRepo(params: RepoParams, log: (line: string) => void): SyntheticRepo {
  const key = createHash('sha256')
    .update(JSON.stringify({ ...params, GENERATOR_VERSION }))
    .digest('hex')
    .slice(0, 12);
  const home = join(ROOT, key);
  const dir = join(home, 'repo');
  const record = join(home, 'complete.json');
  if (existsSync(record)) {
    const cached = JSON.parse(readFileSync(record, 'utf8')) as Omit<SyntheticRepo, 'dir'>;
    resetToBase(dir, cached.baseCommit);
    return { dir, ...cached };
  }
  log(`building synthetic repository (${params.files} files) in ${dir}`);
  rmSync(home, { recursive: true, force: true });
  initRepo(dir);
  const built = writeFiles(dir, params);
  // The budgets are for the gate and a secrets + markers scan (issue #2); the parser-backed
  // analyzers have their own figures.
  writeFileSync(
    join(dir, '.valuerc.json'),
    `${JSON.stringify({ analyzers: Object.fromEntries(['vuln', 'perf', 'complexity', 'docstring', 'modern'].map((name) => [name, { enabled: false }])) }, null, 2)}\n`,
  );
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'synthetic tree']);
  git(dir, ['repack', '-a', '-d', '-q']); // a real repository's objects are packed
  const baseCommit = git(dir, ['rev-parse', 'HEAD']).trim();
  writeFileSync(record, JSON.stringify({ baseCommit, ...built }));
  return { dir, baseCommit, ...built };
}

/** Back to the generated tree: drops ledger commits, staged edits and any file a run left behind. */
export function resetToBase(dir: string, baseCommit: string): void {
  git(dir, ['reset', '-q', '--hard', baseCommit]);
  git(dir, ['clean', '-q', '-f', '-d', '-x']);
}
