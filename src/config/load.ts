import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { allAnalyzers, optionsOf } from '../analyzers/registry.js';
import { fail, ok, type Result } from '../findings/result.js';
import { defaultConfig } from './defaults.js';
import type { Config } from './types.js';
import { validateConfig } from './validate.js';

export interface LoadedConfig {
  config: Config;
  /** Repo-relative path of the file it came from, or undefined for the defaults. */
  file?: string;
}

// cosmiconfig's own search places for module name 'value', in its order.
const searchPlaces = [
  'package.json',
  '.valuerc',
  '.valuerc.json',
  '.valuerc.yaml',
  '.valuerc.yml',
  '.valuerc.js',
  '.valuerc.ts',
  '.valuerc.mjs',
  '.valuerc.cjs',
  '.config/valuerc',
  '.config/valuerc.json',
  '.config/valuerc.yaml',
  '.config/valuerc.yml',
  '.config/valuerc.js',
  '.config/valuerc.ts',
  '.config/valuerc.mjs',
  '.config/valuerc.cjs',
  'value.config.js',
  'value.config.ts',
  'value.config.mjs',
  'value.config.cjs',
];
const codeConfig = /\.(?:[cm]?js|ts)$/;

export interface LoadOptions {
  /** Folder to search from; the search goes up to `root` and no further (cosmiconfig 9 stopped doing this itself). */
  from: string;
  root: string;
  /** A JS/TS config is code from the repository; it runs only when the user opted in. */
  allowCodeConfig: boolean;
}

/**
 * JSON configs (the common case, and what `init` writes) are read here directly: importing and
 * searching with cosmiconfig costs ~40 ms, a third of the hook's budget. YAML and code configs go
 * through cosmiconfig, imported only then.
 */
export async function loadConfig(options: LoadOptions): Promise<Result<LoadedConfig>> {
  const found = findConfigFile(options.from, options.root);
  if (!found) return ok({ config: defaultConfig });
  const file = relative(options.root, found) || found;
  if (codeConfig.test(found) && !options.allowCodeConfig) {
    return fail({
      code: 'UNSAFE_CONFIG',
      file,
      message: `${file} is a JavaScript config: loading it would run code from the repository`,
      fix: 'use .valuerc.json instead, or opt in with GIT_VALUE_ALLOW_CODE_CONFIG=1 (never in CI on untrusted branches)',
    });
  }
  const raw = await readConfigFile(found, file);
  if (!raw.ok) return raw;
  if (raw.value === undefined) return ok({ config: defaultConfig });
  const validated = validateConfig(raw.value, file);
  if (!validated.ok) return validated;
  const checked = await checkAnalyzerOptions(validated.value, file);
  return checked.ok ? ok({ config: validated.value, file }) : checked;
}

/**
 * Options an analyzer checks itself (user secret rules pass the same validator as built-in ones,
 * examples included); its checker is loaded only when the config sets such an option.
 */
async function checkAnalyzerOptions(config: Config, file: string): Promise<Result<void>> {
  for (const entry of allAnalyzers) {
    const options = optionsOf(entry, config);
    const set = (entry.objectLists ?? []).some((option) => (options[option] as unknown[] | undefined)?.length);
    if (!set || !entry.loadOptionCheck) continue;
    const problem = (await entry.loadOptionCheck())(options);
    if (problem)
      return fail({
        code: 'CONFIG_INVALID',
        file,
        message: `${file}: option 'analyzers.${entry.name}.${problem.option}' ${problem.problem}`,
        fix: problem.fix,
      });
  }
  return ok(undefined);
}

export function findConfigFile(from: string, root: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const found = findConfigIn(dir);
    if (found) return found;
    if (dir === root || dirname(dir) === dir || !dir.startsWith(root)) return undefined;
  }
}

/**
 * A config file in this one folder, if any (no search upward). One directory listing instead of a
 * stat per search place: a scan looks in every folder of the repository (21 stats x 1,000 folders
 * took ~120 ms here).
 */
export function findConfigIn(dir: string): string | undefined {
  const names = listNames(dir);
  let nested: Set<string> | undefined;
  for (const place of searchPlaces) {
    const present = place.startsWith('.config/')
      ? (nested ??= names.has('.config') ? listNames(join(dir, '.config')) : new Set()).has(
          place.slice('.config/'.length),
        )
      : names.has(place);
    if (!present) continue;
    const candidate = join(dir, place);
    if (place !== 'package.json' || hasValueKey(candidate)) return candidate;
  }
  return undefined;
}

function listNames(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir));
  } catch {
    return new Set(); // not a folder (or unreadable): it holds no config
  }
}

function hasValueKey(packageJson: string): boolean {
  try {
    const parsed = JSON.parse(readFileSync(packageJson, 'utf8')) as Record<string, unknown>;
    return parsed !== null && typeof parsed === 'object' && 'value' in parsed;
  } catch {
    return false; // a broken package.json is npm's problem; it cannot hold our config either
  }
}

async function readConfigFile(path: string, file: string): Promise<Result<unknown>> {
  const isJson = path.endsWith('.json') || path.endsWith('valuerc');
  if (isJson) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      return fail({
        code: 'CONFIG_INVALID',
        file,
        message: `cannot read ${file}: ${(error as Error).message}`,
        fix: `check the file's permissions`,
      });
    }
    try {
      const parsed = JSON.parse(text) as unknown;
      return ok(path.endsWith('package.json') ? (parsed as Record<string, unknown>).value : parsed);
    } catch (error) {
      if (path.endsWith('valuerc')) return readWithCosmiconfig(path, file); // .valuerc may be YAML
      return fail({
        code: 'CONFIG_INVALID',
        file,
        message: `${file} is not valid JSON: ${(error as Error).message}`,
        fix: `fix the syntax, or delete ${file} to use the defaults`,
      });
    }
  }
  return readWithCosmiconfig(path, file);
}

async function readWithCosmiconfig(path: string, file: string): Promise<Result<unknown>> {
  const { cosmiconfig } = await import('cosmiconfig');
  try {
    const loaded = await cosmiconfig('value').load(path);
    return ok(loaded?.config);
  } catch (error) {
    return fail({
      code: 'CONFIG_INVALID',
      file,
      message: `${file} could not be read: ${(error as Error).message.split('\n')[0]}`,
      fix: `fix the syntax, or delete ${file} to use the defaults`,
    });
  }
}
