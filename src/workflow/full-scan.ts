import { analyzeFiles, enabledAnalyzers } from '../analyzers/analyze-files.js';
import { repoAnalyzers } from '../analyzers/registry.js';
import type { ConfigFor } from '../config/package-configs.js';
import type { Config } from '../config/types.js';
import { ok, type Result } from '../findings/result.js';
import type { Finding } from '../findings/types.js';
import type { TrackedFile, TrackedList } from '../git/tracked-files.js';
import type { FileDocCoverage } from '../ledger/coverage-format.js';
import { decodeBatch, planTrackedFiles } from './read-tracked.js';
import { readBlobsAhead, type BlobRead } from '../git/blob-read-ahead.js';
import { addMarkerHistory } from './marker-history.js';
import { runWithStagedReads } from './repo-reader.js';
import { collectManifests, lookupLatestVersions } from './registry-latest.js';

export interface ScanRun {
  findings: Finding[];
  ranPrefixes: string[];
  notes: string[];
  files: number;
  bytes: number;
  tracked: TrackedList;
  docCoverage: FileDocCoverage[];
}

/** Every tracked file through every enabled analyzer, batch by batch, then the repository analyzers. */
export async function scanTrackedFiles(
  root: string,
  config: Config,
  resolveConfigs: (paths: string[]) => Promise<Result<ConfigFor>>,
  today: string,
  hasHead: boolean,
  mark: (phase: string) => void,
): Promise<Result<ScanRun>> {
  const plan = await planTrackedFiles(root, resolveConfigs);
  if (!plan.ok) return plan;
  mark(`list ${plan.value.paths.length} tracked files`);
  const pick = (scope: Config) => enabledAnalyzers(scope, 'scan');
  const notes = [...plan.value.notes];
  const findings: Finding[] = [];
  const ranInBatches: string[] = [];
  const docCoverage: FileDocCoverage[] = [];
  let files = 0;
  const { batches } = plan.value;
  const start = (index: number) =>
    index < batches.length
      ? readBlobsAhead(
          root,
          (batches[index] as TrackedFile[]).map((file) => file.blob),
        )
      : undefined;
  let reading = start(0);
  for (const [index, batch] of batches.entries()) {
    const read = await (reading as BlobRead).result;
    reading = start(index + 1); // git inflates the next batch while this one is analysed
    if (!read.ok) {
      await reading?.result;
      return read;
    }
    const texts = decodeBatch(batch, read.value, plan.value.configFor, notes);
    const run = await analyzeFiles(texts, plan.value.configFor, pick);
    findings.push(...run.findings);
    ranInBatches.push(...run.ranPrefixes);
    notes.push(...run.notes);
    docCoverage.push(...run.docCoverage);
    files += texts.length;
  }
  mark(`analyse ${files} files`);
  const history = addMarkerHistory(root, findings, hasHead);
  if (history.note) notes.push(history.note);
  findings.splice(0, findings.length, ...history.findings);
  mark('marker history (blame)');
  const ranPrefixes = [...new Set([...ranInBatches, ...pick(config).map((entry) => entry.rulePrefix)])];
  const tracked = plan.value.tracked;
  for (const entry of repoAnalyzers.filter((candidate) => config.analyzers[candidate.name]?.enabled ?? true)) {
    const module = await entry.load();
    const { enabled: _enabled, ...options } = config.analyzers[entry.name] ?? { enabled: true };
    if (entry.name === 'modern' && options.registry !== false) {
      // the registry's latest versions, looked up here (I/O) and handed to the pure analyzer
      const manifests = runWithStagedReads(root, tracked.files, (read) => collectManifests(plan.value.paths, read));
      const lookup = lookupLatestVersions(manifests, Number(options.registryTimeoutSeconds ?? 20) * 1000);
      options.latestVersions = lookup.latest;
      if (lookup.note) notes.push(lookup.note);
    }
    findings.push(
      ...runWithStagedReads(root, tracked.files, (read) =>
        module.analyzeRepo({ files: plan.value.paths, read, today, options }),
      ),
    );
    ranPrefixes.push(entry.rulePrefix);
  }
  mark('repository analyzers');
  return ok({ findings, ranPrefixes, notes, files, bytes: plan.value.bytes, tracked, docCoverage });
}
