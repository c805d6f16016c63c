import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { getAsset } from 'node:sea';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/types.js';
import { hashParts } from '../findings/hash.js';
import { layout } from '../runtime/layout.js';

// What a cached analysis result depends on besides the file itself: the code that made it and the
// options it ran with. The bundle's chunk names carry esbuild's content hashes, so their list names
// the code; run from tsc's output (tests), the files' sizes and times stand in for it. Parser
// packages are not bundled: their versions count too.

let digest: string | undefined;

export function toolDigest(): string {
  if (digest !== undefined) return digest;
  // the standalone executable has no files of its own: its build records the bundle's hash as an asset
  if (layout === 'standalone') return (digest = hashParts([getAsset('build-id', 'utf8')], 24));
  const here = dirname(fileURLToPath(import.meta.url));
  const parts: string[] = [];
  // prebuilt/cli holds content-hashed chunks too, with the parsers bundled into them
  if (layout === 'prebuilt' || (basename(here) === 'cli' && basename(dirname(here)) === 'bundle'))
    parts.push(...readdirSync(here).sort());
  else parts.push(...describeTree(dirname(here)));
  const require = createRequire(import.meta.url);
  for (const name of ['@babel/parser', 'web-tree-sitter', 'tree-sitter-wasms']) {
    try {
      parts.push(
        `${name}@${(JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version}`,
      );
    } catch {
      parts.push(`${name}@none`);
    }
  }
  return (digest = hashParts(parts, 24));
}

function describeTree(dir: string): string[] {
  const parts: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) parts.push(...describeTree(path));
    else if (entry.name.endsWith('.js')) {
      const stat = statSync(path);
      parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
    }
  }
  return parts;
}

const configDigests = new WeakMap<Config, string>();

/** The options that shape findings: a file's config, as far as its analysis goes. */
export function configDigest(config: Config): string {
  let value = configDigests.get(config);
  if (value === undefined)
    configDigests.set(config, (value = hashParts([JSON.stringify(config.analyzers), String(config.maxFileBytes)], 16)));
  return value;
}
