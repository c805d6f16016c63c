// Bundles the compiled CLI (dist/src) into dist/bundle/cli: the entry plus one chunk per lazily
// imported command or analyzer group. The pre-commit hook then loads ~6 files instead of ~90 ESM
// modules (each a resolve, a package.json scope lookup and a read): ~20-30 ms of a ~350 ms hook.
// Dependencies stay external and keep loading lazily from node_modules.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = 'dist/bundle/cli';
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: 'dist/src/cli/main.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
