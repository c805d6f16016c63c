// The docstring analyzer's `publicApi` input (registry `inputs`): gathered once per scan or refresh from
// the tracked tree by the engine, which hands it over as an option. Pure, given a reader of tracked files.
import { loadEcmaScriptParser } from '../parsers/ecmascript-parse.js';
import { gatherEntryPoints } from './entry-points.js';
import type { PublicApi } from './public-api.js';
import { gatherReferenceDocs, isReferenceDocFile } from './reference-docs.js';

/** Files worth reading before the first round: manifests, doc sources and package `__init__.py`s. */
export const PUBLIC_API_FILES =
  /(?:^|\/)(?:package\.json|__init__\.py)$|(?:^|\/)(?:docs?|documentation)\/(?:.*\/)?[^/]+\.(?:rst|md|mdx|txt|py)$/;

export async function preparePublicApi(files: readonly string[]): Promise<void> {
  if (files.some((path) => path.endsWith('package.json'))) await loadEcmaScriptParser();
}

export function gatherPublicApi(
  files: readonly string[],
  read: (path: string) => string | undefined,
  isShipped: (path: string) => boolean,
  options: Record<string, unknown>,
): PublicApi {
  const api: PublicApi = {};
  if (options['referenceDocs'] !== false) {
    const reference = gatherReferenceDocs(
      files.filter((path) => isReferenceDocFile(path) || PUBLIC_API_FILES.test(path)),
      read,
      isShipped,
    );
    if (reference) api.reference = reference;
  }
  if (options['entryPoints'] !== false) {
    const entryPoints = gatherEntryPoints(files, read, isShipped);
    if (entryPoints) api.entryPoints = entryPoints;
  }
  return api;
}
