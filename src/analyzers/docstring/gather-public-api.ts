// The docstring analyzer's `publicApi` input (registry `inputs`): gathered once per scan or refresh from
// the tracked tree by the engine, which hands it over as an option. Pure, given a reader of tracked files.
import { gatherEntryPoints } from './entry-points.js';
import type { PublicApi } from './public-api.js';
import { gatherInheritance } from './python-classes.js';
import { gatherReferenceDocs, isReferenceDocFile } from './reference-docs.js';

const MANIFESTS = /(?:^|\/)package\.json$/;
const PYTHON_API = /(?:^|\/)__init__\.py$|(?:^|\/)(?:docs?|documentation)\/(?:.*\/)?[^/]+\.(?:rst|md|mdx|txt|py)$/;

/**
 * Files worth reading before the first round: manifests, and where there is Python to document, the doc
 * sources and package `__init__.py`s (reference docs only ever reach Python: eslint's 450 Markdown pages
 * cost ~0.5 s to read for nothing).
 */
export function publicApiFiles(files: readonly string[]): RegExp {
  return hasPython(files) ? new RegExp(`${MANIFESTS.source}|${PYTHON_API.source}|\\.py$`) : MANIFESTS;
}

function hasPython(files: readonly string[]): boolean {
  return files.some((path) => path.endsWith('.py'));
}

export function gatherPublicApi(
  files: readonly string[],
  read: (path: string) => string | undefined,
  isShipped: (path: string) => boolean,
  options: Record<string, unknown>,
): PublicApi {
  const api: PublicApi = {};
  if (options['referenceDocs'] !== false && hasPython(files)) {
    const reference = gatherReferenceDocs(
      files.filter((path) => isReferenceDocFile(path) || PYTHON_API.test(path)),
      read,
      isShipped,
    );
    if (reference) api.reference = reference;
  }
  if (options['inheritedDocs'] !== false && hasPython(files)) {
    const inheritance = gatherInheritance(
      files.filter((path) => path.endsWith('.py') && isShipped(path)),
      read,
    );
    if (Object.keys(inheritance).length > 0) api.inheritance = inheritance;
  }
  if (options['entryPoints'] !== false) {
    const entryPoints = gatherEntryPoints(files, read, isShipped);
    if (entryPoints) api.entryPoints = entryPoints;
  }
  return api;
}
