import { readFileSync } from 'node:fs';
import { getAsset } from 'node:sea';
import { layout } from './layout.js';

// Files git-value ships beside its code (package.json, hooks/, .valuerc.example.json). The npm bundle
// and tsc's output sit three folders below the package root (dist/bundle/cli, dist/src/cli); the
// prebuilt bundle two below the repository it was cloned with (prebuilt/cli); the standalone
// executable carries them as assets (scripts/build-standalone.ts lists them).
const packageRoot = layout === 'prebuilt' ? '../../' : '../../../';

export function readPackageText(path: string): string {
  if (layout === 'standalone') return getAsset(path, 'utf8');
  return readFileSync(new URL(`${packageRoot}${path}`, import.meta.url), 'utf8');
}

export function readPackageVersion(): string {
  return (JSON.parse(readPackageText('package.json')) as { version: string }).version;
}
