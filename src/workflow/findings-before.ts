import { analyzeFiles, enabledAnalyzers, type FileToAnalyze } from '../analyzers/analyze-files.js';
import { decodeBlob } from '../analyzers/decode-text.js';
import type { Config } from '../config/types.js';
import { ok, type Result } from '../findings/result.js';
import type { Finding } from '../findings/types.js';
import { readBlobs, readObjectsInOrder } from '../git/blobs.js';
import type { FileChange } from '../git/changes.js';
import { gatedAnalyzers } from './gate.js';

/**
 * Security findings of the parent side of every changed file (a rename's or a move's source too),
 * so a secret that was already committed, or only moved, never blocks. Read only when something
 * would otherwise block, so the common commit never pays for it.
 */
export async function findingsBefore(
  cwd: string,
  changes: readonly FileChange[],
  configFor: (path: string) => Config,
): Promise<Result<Finding[]>> {
  const sources = changes.filter(
    (change) => change.oldBlob && change.oldMode !== '160000' && change.oldMode !== '120000',
  );
  const blobs = readBlobs(cwd, [...new Set(sources.map((change) => change.oldBlob as string))]);
  if (!blobs.ok) return blobs;
  const files: FileToAnalyze[] = [];
  for (const change of sources) {
    const bytes = blobs.value.get(change.oldBlob as string);
    const decoded = bytes ? decodeBlob(bytes, configFor(change.path).maxFileBytes) : undefined;
    if (decoded && 'text' in decoded) files.push({ path: change.oldPath ?? change.path, text: decoded.text });
  }
  const run = await analyzeFiles(files, configFor, (config) =>
    gatedAnalyzers(enabledAnalyzers(config, 'hook'), config),
  );
  return ok(run.findings);
}

/**
 * Security findings of `paths` as they are in another commit (MERGE_HEAD during a merge): what the
 * merged branch already had was gated by its own commits and never blocks the merge commit.
 */
export async function findingsAtRevision(
  cwd: string,
  revision: string,
  paths: readonly string[],
  configFor: (path: string) => Config,
): Promise<Result<Finding[]>> {
  const safe = paths.filter((path) => !path.includes('\n'));
  const blobs = readObjectsInOrder(
    cwd,
    safe.map((path) => `${revision}:${path}`),
  );
  if (!blobs.ok) return blobs;
  const files: FileToAnalyze[] = [];
  for (const [index, path] of safe.entries()) {
    const bytes = blobs.value[index];
    const decoded = bytes ? decodeBlob(bytes, configFor(path).maxFileBytes) : undefined;
    if (decoded && 'text' in decoded) files.push({ path, text: decoded.text });
  }
  const run = await analyzeFiles(files, configFor, (config) =>
    gatedAnalyzers(enabledAnalyzers(config, 'hook'), config),
  );
  return ok(run.findings);
}
