import { dirname, join, relative } from 'node:path';
import { ok, type Result } from '../findings/result.js';
import { findConfigIn, loadConfig, type LoadedConfig } from './load.js';
import { defaultConfig } from './defaults.js';
import type { Config } from './types.js';

/** The config that governs a path: the nearest one up from the file's folder (monorepo packages). */
export type ConfigFor = (path: string) => Config;

/**
 * Resolves the nearest config for every folder the given paths live in, as cosmiconfig would from
 * each file's folder, stopping at the repository root. One lookup per distinct folder; every
 * distinct config file is loaded (and validated) once.
 */
export async function loadPackageConfigs(
  root: string,
  known: LoadedConfig,
  paths: Iterable<string>,
  allowCodeConfig: boolean,
): Promise<Result<ConfigFor>> {
  const nearestByDir = new Map<string, string | undefined>();
  const configByFile = new Map<string, Config>();
  // memoised per folder: each folder's search places are looked at once, however many files share it
  const nearest = (dir: string): string | undefined => {
    if (nearestByDir.has(dir)) return nearestByDir.get(dir);
    const own = findConfigIn(join(root, dir));
    const file = own ? relative(root, own) : dir === '.' || dir === '' ? undefined : nearest(dirname(dir));
    nearestByDir.set(dir, file);
    return file;
  };
  for (const path of paths) {
    const file = nearest(dirname(path));
    if (!file || configByFile.has(file) || file === known.file) continue;
    const loaded = await loadConfig({ from: dirname(join(root, file)), root, allowCodeConfig });
    if (!loaded.ok) return loaded;
    configByFile.set(file, loaded.value.config);
  }
  if (known.file) configByFile.set(known.file, known.config);
  // no config anywhere above the file: the defaults, as cosmiconfig would find nothing either
  return ok((path) => {
    const file = nearestByDir.get(dirname(path));
    return (file && configByFile.get(file)) || defaultConfig;
  });
}
