import { allAnalyzers } from '../analyzers/registry.js';
import { fail, ok, type Result } from '../findings/result.js';
import { defaultConfig } from './defaults.js';
import type { Config } from './types.js';

// Validated against the shape of the defaults (every option has one; an analyzer's come from the
// registry), so the example file, the defaults and the validator cannot drift apart. Unknown keys are
// errors: a typo must not be ignored.

type Json = unknown;

/** Lists of objects an analyzer checks itself once the config is loaded (config/load.ts): user rules. */
const objectLists = new Set(
  allAnalyzers.flatMap((entry) => (entry.objectLists ?? []).map((option) => `analyzers.${entry.name}.${option}`)),
);

export function validateConfig(raw: Json, file: string): Result<Config> {
  // in package.json the config is the "value" key: options are named from there, and deleting the
  // file is no way out (issue 14)
  const inPackage = /(?:^|[/\\])package\.json$/.test(file);
  const problem = inPackage ? checkValue(raw, defaultConfig, '', 'value') : checkValue(raw, defaultConfig, '');
  if (problem) {
    return fail({
      code: 'CONFIG_INVALID',
      file,
      message: `${file}: ${problem}`,
      fix: inPackage
        ? `correct that option (every option and its default is in .valuerc.example.json), or remove the "value" key from ${file} to use the defaults`
        : `correct that option (every option and its default is in .valuerc.example.json), or delete ${file} to use the defaults`,
    });
  }
  return ok(mergeConfig(defaultConfig, raw) as Config);
}

/** `prefix`: where the config sits in its file ('value' in package.json), for the option names shown. */
function checkValue(value: Json, shape: Json, path: string, prefix = ''): string | undefined {
  const name = (at: string) => (prefix && at ? `${prefix}.${at}` : prefix || at);
  const where = path ? name(path) : prefix ? `"${prefix}"` : 'the top level';
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return `option '${name(path)}' must be a list, not ${describe(value)}`;
    return objectLists.has(path)
      ? undefined
      : value
          .map((item, i) =>
            typeof item === 'string'
              ? undefined
              : `option '${name(path)}[${i}]' must be a string, not ${describe(item)}`,
          )
          .find(Boolean);
  }
  if (shape !== null && typeof shape === 'object') {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return `${where} must be an object, not ${describe(value)}`;
    for (const [key, child] of Object.entries(value as Record<string, Json>)) {
      if (key.startsWith('$')) continue; // "$comment" and "$schema" document a config file
      const childPath = path ? `${path}.${key}` : key;
      const childShape = (shape as Record<string, Json>)[key];
      if (childShape === undefined) return `unknown option '${name(childPath)}'`;
      const problem = checkValue(child, childShape, childPath, prefix);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof value !== typeof shape) return `option '${name(path)}' must be a ${typeof shape}, not ${describe(value)}`;
  if (typeof value === 'number' && (!Number.isFinite(value) || value < 0))
    return `option '${name(path)}' must be a non-negative number`;
  return undefined;
}

function describe(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? `the string "${value.slice(0, 40)}"` : `a ${typeof value}`;
}

function mergeConfig(base: Json, override: Json): Json {
  if (override === undefined) return base;
  if (
    base === null ||
    typeof base !== 'object' ||
    Array.isArray(base) ||
    override === null ||
    typeof override !== 'object' ||
    Array.isArray(override)
  )
    return override;
  const merged: Record<string, Json> = { ...(base as Record<string, Json>) };
  for (const [key, value] of Object.entries(override as Record<string, Json>))
    merged[key] = mergeConfig(merged[key], value);
  return merged;
}
