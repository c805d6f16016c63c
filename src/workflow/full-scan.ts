import { analyzeEach, enabledAnalyzers, type FileResult, type FileToAnalyze } from '../analyzers/analyze-files.js';
import { isDatedByHistory, isEnabled, optionsOf, repoAnalyzers, type ExtraInput } from '../analyzers/registry.js';
import { decodeBlob } from '../analyzers/decode-text.js';
import type { ConfigFor } from '../config/package-configs.js';
import type { Config } from '../config/types.js';
import { ok, type Result } from '../findings/result.js';
import type { Finding } from '../findings/types.js';
import { readBlobs } from '../git/blobs.js';
import { startHistoryListing } from '../git/path-versions.js';
import type { TrackedFile, TrackedList } from '../git/tracked-files.js';
import type { FileDocCoverage } from '../ledger/coverage-format.js';
import { readBlobsAhead, type BlobRead } from '../git/blob-read-ahead.js';
import { readCache, writeCache } from './cache-file.js';
import { lineText, resolveMarkerOrigins, type MarkerLine } from './marker-history.js';
import { decodeBatch, planTrackedFiles } from './read-tracked.js';
import { runWithStagedReads } from './repo-reader.js';
import { collectManifests, lookupLatestVersions } from './registry-latest.js';
import { configDigest, toolDigest } from './tool-digest.js';
import { createAnalysisPool, type AnalysisPool } from './analysis-pool.js';
import { readPathContexts, type ContextResolver } from './path-contexts.js';
import { gatherFileInputs, NO_INPUTS, type FileInputs } from './file-analyzer-inputs.js';
import type { Note } from '../findings/note.js';

export interface ScanRun {
  findings: Finding[];
  ranPrefixes: string[];
  notes: Note[];
  files: number;
  bytes: number;
  tracked: TrackedList;
  docCoverage: FileDocCoverage[];
  /** Demo values the analyzers passed (not in the ledger): counted, and listed with GIT_VALUE_DEBUG. */
  passed: Finding[];
  /** The repository's path classifier, built once per scan (the backlog reuses it). */
  contexts: ContextResolver;
}

export interface ScanRepo {
  root: string;
  gitDir: string | undefined;
  head: string | undefined;
}

export interface ScanOptions {
  /** Worker threads for parser-backed analysis (0: the main thread alone). */
  workers: number;
  /** Files analysed so far (from the cache too) of `total`, and the bytes read for them. */
  onProgress?: (done: number, total: number, bytes: number) => void;
}

const ANALYSIS_CACHE = 'analysis';

/**
 * Every tracked file through every enabled analyzer, batch by batch, then the repository analyzers.
 * A file's analysis is a function of its blob, path and config: results are cached in the git folder
 * by those, so a rescan reads and analyses only what changed.
 */
export async function scanTrackedFiles(
  repo: ScanRepo,
  config: Config,
  resolveConfigs: (paths: string[]) => Promise<Result<ConfigFor>>,
  today: string,
  mark: (phase: string) => void,
  options: ScanOptions = { workers: 0 },
): Promise<Result<ScanRun>> {
  let pool: AnalysisPool | undefined;
  try {
    return await scanWith(
      repo,
      config,
      resolveConfigs,
      today,
      mark,
      (bytes) => {
        // worth a thread only for parser-backed work of some size; it loads its analyzers while git reads
        if (options.workers > 0 && bytes >= PARALLEL_MIN_BYTES && usesParsers(config))
          pool = createAnalysisPool(options.workers);
        return pool;
      },
      options.onProgress ?? (() => {}),
    );
  } finally {
    await pool?.close();
  }
}

const PARALLEL_MIN_BYTES = 2 * 1024 * 1024;

async function scanWith(
  repo: ScanRepo,
  config: Config,
  resolveConfigs: (paths: string[]) => Promise<Result<ConfigFor>>,
  today: string,
  mark: (phase: string) => void,
  startPool: (bytes: number) => AnalysisPool | undefined,
  onProgress: (done: number, total: number, bytes: number) => void,
): Promise<Result<ScanRun>> {
  const { root, gitDir } = repo;
  const digest = toolDigest();
  const cache = readCache(gitDir, ANALYSIS_CACHE, digest, isFileResult);
  // the classifier needs the listing (.gitattributes, package.json, pytest settings): built on it, before
  // the cache is asked, since a file's context is an input of its analysis
  let contexts: ContextResolver = () => ({ context: 'source', reason: '' });
  // tree-wide inputs of file analyzers (the docstring analyzer's public API) are gathered on it too
  let inputs: FileInputs = NO_INPUTS;
  const buildContexts = async (tracked: TrackedList): Promise<Result<void>> => {
    const built = readPathContexts(root, gitDir, config, tracked.files);
    if (!built.ok) return built;
    contexts = built.value;
    mark('classify paths');
    inputs = await gatherFileInputs(root, tracked.files, config, contexts);
    mark('file analyzer inputs (the public API)');
    return ok(undefined);
  };
  const keyOf = (file: TrackedFile, configFor: ConfigFor) =>
    `${file.blob} ${configDigest(configFor(file.path))}${inputs.tag} ${contexts(file.path).context} ${file.path}`;
  const plan = await planTrackedFiles(
    root,
    resolveConfigs,
    (file, configFor) => cache.has(keyOf(file, configFor)),
    buildContexts,
  );
  if (!plan.ok) return plan;
  const { batches, known, configFor } = plan.value;
  const analysedWith = (path: string) => inputs.withInputs(configFor(path));
  const pool = startPool(plan.value.batchedBytes);
  mark(`list ${plan.value.paths.length} tracked files (${known.length} known from the cache)`);
  // the history listing for marker ages runs on the other core while this one analyses (first scans,
  // and only when some config has the marker analyzer on: a secrets-only scan waited ~2 s for it here)
  const datesMarkers = [config, ...new Set(plan.value.paths.map(configFor))].some((scope) =>
    enabledAnalyzers(scope, 'scan').some((entry) => entry.datedByHistory === true),
  );
  const listing =
    repo.head && datesMarkers && known.length === 0 && batches.length > 0
      ? startHistoryListing(root, repo.head)
      : undefined;
  const pick = (scope: Config) => enabledAnalyzers(scope, 'scan');
  const notes = [...plan.value.notes];
  const findings: Finding[] = [];
  const docCoverage: FileDocCoverage[] = [];
  const passed: Finding[] = [];
  const nextCache = new Map<string, FileResult>();
  const markers: MarkerLine[] = [];
  const unreadMarkers: Finding[] = [];
  const take = (result: FileResult) => {
    findings.push(...result.findings);
    notes.push(...result.notes);
    if (result.docCoverage) docCoverage.push(result.docCoverage);
    if (result.passed) passed.push(...result.passed);
  };
  for (const file of known) {
    const key = keyOf(file, configFor);
    const result = cache.get(key) as FileResult;
    nextCache.set(key, result);
    take(result);
    unreadMarkers.push(...result.findings.filter(isMarker));
  }
  let files = known.length;
  const total = known.length + batches.reduce((sum, batch) => sum + batch.length, 0);
  let bytesRead = 0;
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
    const decoded = decodeBatch(batch, read.value, configFor);
    const texts: FileToAnalyze[] = [];
    const ofText: TrackedFile[] = [];
    for (const item of decoded) {
      if ('note' in item) {
        const result = { findings: [], notes: [item.note] };
        nextCache.set(keyOf(item.file, configFor), result);
        take(result);
      } else {
        // the context travels with the file (to a worker thread, too): the classifier stays here
        const context = contexts(item.file.path).context;
        texts.push({ path: item.file.path, text: item.text, context });
        ofText.push(item.file);
      }
    }
    const results = pool
      ? await pool.analyze(texts, analysedWith)
      : (await analyzeEach(texts, analysedWith, pick)).results;
    results.forEach((result, at) => {
      nextCache.set(keyOf(ofText[at] as TrackedFile, configFor), result);
      take(result);
      const text = (texts[at] as FileToAnalyze).text;
      for (const finding of result.findings.filter(isMarker))
        markers.push({ finding, text: lineText(text, finding.line) });
    });
    files += decoded.length;
    bytesRead += batch.reduce((sum, file) => sum + (read.value.get(file.blob)?.length ?? 0), 0);
    onProgress(files, total, bytesRead);
  }
  // the workers' heaps and parsers are done with: freed now, not after the history and repository
  // analyzers (on a 25 MB repository they were the difference between ~340 and ~280 MB of peak memory)
  await pool?.close();
  mark(`analyse ${files} files${pool ? ` (main thread and ${pool.threads} worker threads)` : ''}`);
  writeCache(gitDir, ANALYSIS_CACHE, digest, nextCache);
  const blobs = new Map(plan.value.tracked.files.map((file) => [file.path, file.blob]));
  const history = await resolveMarkerOrigins({
    root,
    gitDir,
    head: repo.head,
    markers,
    unread: unreadMarkers,
    blobOf: (path) => blobs.get(path),
    readText: (paths) => readTexts(root, paths, blobs, configFor),
    ...(listing ? { listing } : {}),
  });
  if (history.note) notes.push(history.note);
  for (const [index, finding] of findings.entries()) {
    const dated = history.findings.get(finding);
    if (dated) findings[index] = dated;
  }
  mark('marker history');
  const ranPrefixes = [
    ...new Set(
      [config, ...new Set(plan.value.paths.map(configFor))].flatMap((scope) =>
        pick(scope).map((entry) => entry.rulePrefix),
      ),
    ),
  ];
  const tracked = plan.value.tracked;
  for (const entry of repoAnalyzers.filter((candidate) => isEnabled(candidate, config))) {
    const module = await entry.load();
    const options = optionsOf(entry, config);
    for (const input of entry.inputs ?? []) {
      const gathered = gatherInput[input]({ root, tracked, paths: plan.value.paths }, options);
      Object.assign(options, gathered.options);
      if (gathered.note) notes.push(gathered.note);
    }
    findings.push(
      ...runWithStagedReads(root, tracked.files, (read) =>
        module.analyzeRepo({ files: plan.value.paths, read, today, options }),
      ),
    );
    ranPrefixes.push(entry.rulePrefix);
  }
  mark('repository analyzers');
  return ok({ findings, ranPrefixes, notes, files, bytes: plan.value.bytes, tracked, docCoverage, passed, contexts });
}

/**
 * The findings the last scan cached for a file analysed under `config`, or undefined when it did not
 * (another blob, config or tool): `scan --history` reads the tree's secrets from here when it can.
 */
export function readCachedAnalysis(
  gitDir: string | undefined,
  config: Config,
  contexts: ContextResolver,
): (file: TrackedFile) => Finding[] | undefined {
  const cache = readCache(gitDir, ANALYSIS_CACHE, toolDigest(), isFileResult);
  if (cache.size === 0) return () => undefined;
  const digest = configDigest(config);
  // keys name the file analyzers' tree-wide inputs after the config (`<config>+<inputs>`): secrets take none
  const byFile = new Map<string, FileResult>();
  for (const [key, result] of cache) byFile.set(key.replace(/^(\S+ \S+?)\+\w+ /, '$1 '), result);
  return (file) => byFile.get(`${file.blob} ${digest} ${contexts(file.path).context} ${file.path}`)?.findings;
}

/** Whether parser-backed analyzers (the work worth a worker thread) are on in the root config. */
function usesParsers(config: Config): boolean {
  return enabledAnalyzers(config, 'scan').some((entry) => !entry.hook);
}

function isFileResult(value: unknown): value is FileResult {
  const result = value as FileResult;
  return (
    typeof result === 'object' &&
    result !== null &&
    Array.isArray(result.findings) &&
    Array.isArray(result.notes) &&
    (result.passed === undefined || Array.isArray(result.passed)) &&
    result.notes.every((note) => typeof note === 'object' && note !== null && typeof note.text === 'string') &&
    result.findings.every(
      (finding) =>
        typeof finding === 'object' &&
        finding !== null &&
        typeof finding.ruleId === 'string' &&
        typeof finding.path === 'string' &&
        typeof finding.line === 'number' &&
        typeof finding.fingerprint === 'string',
    )
  );
}

function isMarker(finding: Finding): boolean {
  return isDatedByHistory(finding.ruleId);
}

interface InputScope {
  root: string;
  tracked: TrackedList;
  paths: readonly string[];
}

/** The I/O behind each extra input a repository analyzer declares (registry `inputs`), handed over as options. */
const gatherInput: Record<
  ExtraInput,
  (scope: InputScope, options: Record<string, unknown>) => { options: Record<string, unknown>; note?: Note }
> = {
  // the registry's latest versions (npm outdated), unless the analyzer's `registry` option is off
  'npm-latest-versions': ({ root, tracked, paths }, options) => {
    if (options.registry === false) return { options: {} };
    const manifests = runWithStagedReads(root, tracked.files, (read) => collectManifests(paths, read));
    const lookup = lookupLatestVersions(manifests, Number(options.registryTimeoutSeconds) * 1000);
    return { options: { latestVersions: lookup.latest }, ...(lookup.note ? { note: lookup.note } : {}) };
  },
};

function readTexts(
  root: string,
  paths: readonly string[],
  blobs: ReadonlyMap<string, string>,
  configFor: ConfigFor,
): Map<string, string> {
  const texts = new Map<string, string>();
  const wanted = paths.flatMap((path) => {
    const blob = blobs.get(path);
    return blob ? [[path, blob] as const] : [];
  });
  const read = readBlobs(
    root,
    wanted.map(([, blob]) => blob),
  );
  if (!read.ok) return texts;
  for (const [path, blob] of wanted) {
    const bytes = read.value.get(blob);
    const decoded = bytes ? decodeBlob(bytes, configFor(path).maxFileBytes) : undefined;
    if (decoded && 'text' in decoded) texts.set(path, decoded.text);
  }
  return texts;
}
