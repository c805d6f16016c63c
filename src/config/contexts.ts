import { CONTEXTS, type ContextOverride } from '../findings/context.js';
import { compileGlobs } from './glob.js';
import type { Config } from './types.js';

/** `contexts.<name>` globs of the config as classifier overrides, first match wins, in the order of CONTEXTS. */
export function configOverrides(config: Pick<Config, 'contexts'>): ContextOverride[] {
  const overrides: ContextOverride[] = [];
  for (const context of CONTEXTS)
    for (const glob of config.contexts?.[context] ?? []) {
      const matches = compileGlobs([glob]);
      overrides.push({ matches, context, reason: `matches '${glob}' of contexts.${context} in the config` });
    }
  return overrides;
}
