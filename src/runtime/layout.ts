// Which build of git-value is running. esbuild's `define` sets GIT_VALUE_LAYOUT in each build
// (scripts/bundle.ts, scripts/build-prebuilt.ts, scripts/build-standalone.ts); tsc's own output, which
// the unit tests import, leaves it undefined and reads files as the npm package does.
// - package:    the npm package (dist/bundle/cli), dependencies in node_modules
// - prebuilt:   prebuilt/ in this repository, for the pre-commit framework: one folder, no node_modules
// - standalone: the single executable (Node SEA), files embedded as assets, no node on PATH needed
export type Layout = 'package' | 'prebuilt' | 'standalone';

declare const GIT_VALUE_LAYOUT: Layout | undefined;

export const layout: Layout = typeof GIT_VALUE_LAYOUT === 'undefined' ? 'package' : GIT_VALUE_LAYOUT;
