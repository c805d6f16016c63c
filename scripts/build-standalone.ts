// Builds the standalone executable: one file that runs git-value without node on PATH and without
// node_modules, for repositories that have no package.json (Python, Go…). Node's own route
// (single executable applications, https://nodejs.org/api/single-executable-applications.html):
// 1. esbuild bundles the compiled CLI and every dependency into one CommonJS file (SEA needs CJS);
// 2. `node --experimental-sea-config` turns it, with the files git-value reads at run time (package.json,
//    hooks, the example config, tree-sitter's WebAssembly) as assets, into a preparation blob;
// 3. postject injects the blob into a copy of the node binary that runs the build.
// Usage: node dist/scripts/build-standalone.js [--out FILE] [--node PATH-TO-NODE]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { inlineHuskyRunner } from './bundle-plugins.js';
import { grammarOf } from '../src/analyzers/parsers/tree-sitter-parse.js';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);
// the fuse Node's official binaries carry for SEA (see the docs above)
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

export interface StandaloneBuild {
  /** The executable written. */
  out: string;
  /** Node binary it is made from (its version is the executable's runtime). */
  node: string;
}

/** The files read at run time through readPackageText or grammarSource, by asset key. */
export function standaloneAssets(): Record<string, string> {
  const assets: Record<string, string> = {
    'package.json': join(projectRoot, 'package.json'),
    '.valuerc.example.json': join(projectRoot, '.valuerc.example.json'),
    'grammars/tree-sitter.wasm': require.resolve('web-tree-sitter/tree-sitter.wasm'),
    // the HTML report's browser code, built by scripts/bundle.ts (npm run build)
    'report-client.js': join(projectRoot, 'dist/bundle/cli/report-client.js'),
  };
  for (const hook of readdirSync(join(projectRoot, 'hooks')))
    assets[`hooks/${hook}`] = join(projectRoot, 'hooks', hook);
  for (const grammar of Object.values(grammarOf)) {
    const file = `tree-sitter-${grammar}.wasm`;
    assets[`grammars/${file}`] = require.resolve(`tree-sitter-wasms/out/${file}`);
  }
  return assets;
}

export async function buildStandalone({ out, node }: StandaloneBuild): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'gv-sea-'));
  try {
    const main = join(work, 'git-value.cjs');
    await build({
      entryPoints: [join(projectRoot, 'dist/src/cli/main.js')],
      outfile: main,
      absWorkingDir: projectRoot,
      preserveSymlinks: true,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      external: ['typescript'], // only for a .ts config file (a code config, opt-in): not shipped
      // jsonc-parser's main build is UMD, whose inner require() calls esbuild cannot follow: bundle its ESM build
      alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
      define: { GIT_VALUE_LAYOUT: '"standalone"', 'import.meta.url': '"file:///standalone/"' },
      plugins: [inlineHuskyRunner],
      logLevel: 'error',
    });
    // the bundle's hash names this build (workflow/tool-digest.ts keys the analysis cache on it)
    const buildId = join(work, 'build-id');
    writeFileSync(buildId, createHash('sha256').update(readFileSync(main)).digest('hex'));
    const blob = join(work, 'sea-prep.blob');
    const config = join(work, 'sea-config.json');
    writeFileSync(
      config,
      JSON.stringify({
        main,
        output: blob,
        disableExperimentalSEAWarning: true,
        // V8's code cache for the bundle: start-up compiles less (measured in the README)
        useCodeCache: true,
        assets: { ...standaloneAssets(), 'build-id': buildId },
      }),
    );
    const prepared = spawnSync(node, ['--experimental-sea-config', config], { encoding: 'utf8' });
    if (prepared.status !== 0) throw new Error(`node --experimental-sea-config failed: ${prepared.stderr}`);
    mkdirSync(dirname(out), { recursive: true });
    rmSync(out, { force: true });
    copyFileSync(node, out);
    chmodSync(out, 0o755);
    // a child process: postject's ELF library writes harmless warnings straight to stderr
    const postject = require.resolve('postject/dist/cli.js');
    const args = [postject, out, 'NODE_SEA_BLOB', blob, '--sentinel-fuse', SEA_FUSE];
    const injected = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (injected.status !== 0) throw new Error(`postject failed: ${injected.stderr}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, node: { type: 'string' } } });
  const out = resolve(values.out ?? join(projectRoot, 'dist/standalone/git-value'));
  await buildStandalone({ out, node: values.node ?? process.execPath });
  process.stdout.write(`built ${out}\n`);
}
