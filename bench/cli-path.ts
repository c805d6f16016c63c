import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runTimed } from './measure.js';

// dist/bench/cli-path.js → dist/bundle/cli/main.js, the bundle the package ships; GIT_VALUE_BENCH_CLI
// points elsewhere (a stand-in, an installed copy, dist/src/cli/main.js) when comparing builds.
export function findCli(): string {
  const path = process.env.GIT_VALUE_BENCH_CLI ?? fileURLToPath(new URL('../bundle/cli/main.js', import.meta.url));
  if (!existsSync(path)) {
    throw new Error(`bench: the CLI is not built (${path} is missing).\nfix: run \`npm run build\` first`);
  }
  const probe = runTimed(process.execPath, [path, '--help']);
  if (probe.status !== 0) {
    throw new Error(
      `bench: \`node ${path} --help\` exited ${probe.status}:\n${probe.stderr.slice(0, 1000)}\nfix: rebuild with \`npm run build\` and check the build errors`,
    );
  }
  return path;
}
