// Bundles the compiled CLI (dist/src) into dist/bundle/cli: the entry plus one chunk per lazily
// imported command or analyzer group. The pre-commit hook then loads ~6 files instead of ~90 ESM
// modules (each a resolve, a package.json scope lookup and a read): ~20-30 ms of a ~350 ms hook.
// Dependencies stay external and keep loading lazily from node_modules.
//
// It also builds the HTML report's browser code (charting library included) into one minified script,
// dist/bundle/cli/report-client.js, which `git-value report --html` inlines into the page.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const outdir = 'dist/bundle/cli';
rmSync(outdir, { recursive: true, force: true });
await build({
  // the analysis pool's worker threads start from their own entry, beside main.js
  entryPoints: { main: 'dist/src/cli/main.js', 'analysis-worker': 'dist/src/workflow/analysis-worker.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});

const client = await build({
  entryPoints: ['src/report/html/client/main.ts'],
  bundle: true,
  minify: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome111', 'firefox115', 'safari16'],
  metafile: true,
  write: false,
  logLevel: 'warning',
});
const output = client.outputFiles[0];
if (!output) throw new Error('esbuild wrote no report client');
mkdirSync(outdir, { recursive: true });
writeFileSync(
  join(outdir, 'report-client.js'),
  `${licenseBanner(Object.keys(client.metafile.inputs))}\n${output.text}`,
);

/** The license of every package bundled into the page (ISC and the like ask for their notice in copies). */
function licenseBanner(inputs: readonly string[]): string {
  const packages = new Set<string>();
  for (const input of inputs) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match?.[1]) packages.add(match[1]);
  }
  const notices = [...packages].sort().map((name) => {
    const folder = join('node_modules', name);
    const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string; license?: string };
    const file = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license'].map((f) => join(folder, f)).find(existsSync);
    const text = file ? readFileSync(file, 'utf8').trim() : `license: ${pkg.license ?? 'unknown'}`;
    return `${name} ${pkg.version}\n${text}`;
  });
  return `/*! Bundled into the git-value report:\n\n${notices.join('\n\n').replace(/\*\//g, '* /')}\n*/`;
}
