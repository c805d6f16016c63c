import {
  fileAnalyzers,
  handlesLanguage,
  isEnabled,
  optionsOf,
  type FileAnalyzerEntry,
  type FileInput,
} from '../analyzers/registry.js';
import { languageOf } from '../findings/languages.js';
import type { Config } from '../config/types.js';
import { hashParts } from '../findings/hash.js';
import type { TrackedFile } from '../git/tracked-files.js';
import type { ContextResolver } from './path-contexts.js';
import { runWithStagedReads } from './repo-reader.js';

// Tree-wide inputs of file analyzers (registry `inputs`): gathered once per scan or refresh, handed to
// the analyzer as an option of each config, and named in the analysis cache's key by their digest, so a
// docs change that moves the public API analyses the files again.

export interface FileInputs {
  /** The config with the gathered inputs added to its analyzers' options (one object per config). */
  withInputs(config: Config): Config;
  /** '' without inputs, else `+<digest>`: what the analysis cache key adds for them. */
  tag: string;
}

export const NO_INPUTS: FileInputs = { withInputs: (config) => config, tag: '' };

const SHIPPED = new Set(['source', 'build']);

const gatherers: Record<
  FileInput,
  (
    root: string,
    files: readonly TrackedFile[],
    contexts: ContextResolver,
    options: Record<string, unknown>,
  ) => Promise<unknown>
> = {
  'public-api': async (root, files, contexts, options) => {
    const { gatherPublicApi, publicApiFiles } = await import('../analyzers/docstring/gather-public-api.js');
    const paths = files.map((file) => file.path);
    const isShipped = (path: string) => SHIPPED.has(contexts(path).context);
    return runWithStagedReads(
      root,
      files,
      (read) => gatherPublicApi(paths, read, isShipped, options),
      publicApiFiles(paths),
    );
  },
};

/** Gathers the inputs of the file analyzers `config` enables; NO_INPUTS when none takes any. */
export async function gatherFileInputs(
  root: string,
  files: readonly TrackedFile[],
  config: Config,
  contexts: ContextResolver,
  /** Only for analyzers that read one of these (a refresh's changed files); absent, every file. */
  analysed?: readonly string[],
): Promise<FileInputs> {
  const gathered = new Map<FileAnalyzerEntry, Record<string, unknown>>();
  for (const entry of fileAnalyzers) {
    if (!entry.inputs?.length || !isEnabled(entry, config)) continue;
    if (analysed && !analysed.some((path) => handlesLanguage(entry, languageOf(path)))) continue;
    const options: Record<string, unknown> = {};
    for (const input of entry.inputs)
      options[camelCase(input)] = await gatherers[input](root, files, contexts, optionsOf(entry, config));
    gathered.set(entry, options);
  }
  if (gathered.size === 0) return NO_INPUTS;
  const tag = `+${hashParts([JSON.stringify([...gathered].map(([entry, options]) => [entry.name, options]))], 12)}`;
  const made = new WeakMap<Config, Config>();
  return {
    tag,
    withInputs(config) {
      let given = made.get(config);
      if (!given) {
        const analyzers = { ...config.analyzers };
        for (const [entry, options] of gathered)
          analyzers[entry.name] = { enabled: true, ...analyzers[entry.name], ...options };
        made.set(config, (given = { ...config, analyzers }));
      }
      return given;
    },
  };
}

function camelCase(name: string): string {
  return name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}
