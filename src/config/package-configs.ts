import { dirname, join, relative } from 'node:path';
import { ok, type Result } from '../findings/result.js';
import { findConfigFile, loadConfig, type LoadedConfig } from './load.js';
import { defaultConfig } from './defaults.js';
import type { Config } from './types.js';

/** The config that governs a path: the nearest one up from the file's folder (monorepo packages). */
export type ConfigFor = (path: string) => Config;

/**
 * Resolves the nearest config for every folder the given paths live in, as cosmiconfig would from
 * each file's folder, stopping at the repository root. One lookup per distinct folder; every
 * distinct config file is loaded (and validated) once.
 */
export async function loadPackageConfigs(root: string, known: LoadedConfig, paths: Iterable<string>, allowCodeConfig: boolean): Promise<Result<ConfigFor>> {
  const nearestByDir = new Map<string, string | undefined>();
  const configByFile = new Map<string, Config>();
  for (const path of paths) {
    const dir = dirname(path);
    if (nearestByDir.has(dir)) continue;
    const found = findConfigFile(join(root, dir), root);
    const file = found ? relative(root, found) : undefined;
    nearestByDir.set(dir, file);
    if (!file || configByFile.has(file) || file === known.file) continue;
    const loaded = await loadConfig({ from: dirname(found as string), root, allowCodeConfig });
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
