import type { Config } from '../config/types.js';
import { disambiguateFingerprints } from '../findings/create-finding.js';
import { languageOf } from '../findings/languages.js';
import { readInlineAllowReason } from '../findings/inline-allow.js';
import { lineStarts } from '../findings/line-ranges.js';
import type { Finding, LineRange } from '../findings/types.js';
import type { FileDocCoverage } from '../ledger/coverage-format.js';
import {
  fileAnalyzers,
  handlesLanguage,
  isEnabled,
  optionsOf,
  type FileAnalyzer,
  type FileAnalyzerEntry,
} from './registry.js';

export interface FileToAnalyze {
  path: string;
  text: string;
  /** Lines findings may be reported on (added lines in the hook, the whole file in a scan). */
  changed: readonly LineRange[];
}

export interface AnalysisRun {
  findings: Finding[];
  /** Rule-id prefixes of the analyzers that ran: the ledger reconciles only their entries. */
  ranPrefixes: string[];
  notes: string[];
  /** Documented and public symbols of each file the docstring analyzer read (scan and refresh). */
  docCoverage: FileDocCoverage[];
}

/** What the analyzers made of one file: a pure function of its path, text and config (hence cacheable). */
export interface FileResult {
  findings: Finding[];
  notes: string[];
  docCoverage?: FileDocCoverage;
}

const INLINE_ALLOW = 'git-value:allow';

export function enabledAnalyzers(config: Config, mode: 'hook' | 'scan'): FileAnalyzerEntry[] {
  return fileAnalyzers.filter((entry) => isEnabled(entry, config) && (mode === 'scan' || entry.hook));
}

/**
 * Files grouped by the config that governs them (monorepo packages may each have one), each group
 * through the analyzers its config enables.
 */
export async function analyzeFiles(
  files: readonly FileToAnalyze[],
  configFor: (path: string) => Config,
  pick: (config: Config) => readonly FileAnalyzerEntry[],
): Promise<AnalysisRun> {
  const each = await analyzeEach(files, configFor, pick);
  const run: AnalysisRun = { findings: [], ranPrefixes: each.ranPrefixes, notes: [], docCoverage: [] };
  for (const result of each.results) {
    run.findings.push(...result.findings);
    run.notes.push(...result.notes);
    if (result.docCoverage) run.docCoverage.push(result.docCoverage);
  }
  return run;
}

/** The same, file by file: `results[i]` belongs to `files[i]`. */
export async function analyzeEach(
  files: readonly FileToAnalyze[],
  configFor: (path: string) => Config,
  pick: (config: Config) => readonly FileAnalyzerEntry[],
): Promise<{ results: FileResult[]; ranPrefixes: string[] }> {
  const groups = new Map<Config, number[]>();
  files.forEach((file, index) => {
    const config = configFor(file.path);
    const group = groups.get(config);
    if (group) group.push(index);
    else groups.set(config, [index]);
  });
  const results: FileResult[] = new Array(files.length);
  const ranPrefixes: string[] = [];
  for (const [config, indexes] of groups) {
    const entries = pick(config);
    const part = await analyzeGroup(
      indexes.map((index) => files[index] as FileToAnalyze),
      config,
      entries,
    );
    part.forEach((result, at) => (results[indexes[at] as number] = result));
    for (const entry of entries) if (!ranPrefixes.includes(entry.rulePrefix)) ranPrefixes.push(entry.rulePrefix);
  }
  if (groups.size === 0) ranPrefixes.push(...pick(configFor('')).map((entry) => entry.rulePrefix));
  return { results, ranPrefixes };
}

async function analyzeGroup(
  files: readonly FileToAnalyze[],
  config: Config,
  entries: readonly FileAnalyzerEntry[],
): Promise<FileResult[]> {
  const needed = entries.filter((entry) => files.some((file) => handlesLanguage(entry, languageOf(file.path))));
  const languagesIn = (entry: FileAnalyzerEntry) => [
    ...new Set(files.map((file) => languageOf(file.path)).filter((language) => handlesLanguage(entry, language))),
  ];
  // one at a time: parser loads share a WebAssembly runtime that does not take concurrent loads
  const loaded: { entry: FileAnalyzerEntry; module: FileAnalyzer }[] = [];
  for (const entry of needed) loaded.push({ entry, module: await prepared(entry, languagesIn(entry)) });
  const options = new Map(needed.map((entry) => [entry.name, optionsOf(entry, config)]));
  return files.map((file) => analyzeOne(file, loaded, options));
}

function analyzeOne(
  file: FileToAnalyze,
  loaded: readonly { entry: FileAnalyzerEntry; module: FileAnalyzer }[],
  options: ReadonlyMap<string, Record<string, unknown>>,
): FileResult {
  const language = languageOf(file.path);
  const fileFindings: Finding[] = [];
  const result: FileResult = { findings: [], notes: [] };
  const generated = loaded.some(({ entry }) => !entry.hook) && isGeneratedLooking(file.text);
  for (const { entry, module } of loaded) {
    if (!handlesLanguage(entry, language)) continue;
    if (!entry.hook && generated) {
      result.notes.push(
        `${entry.name} analyzer skipped ${file.path}: minified or generated (a syntax tree of it costs seconds per MB)`,
      );
      continue;
    }
    try {
      fileFindings.push(
        ...module.analyze({
          path: file.path,
          text: file.text,
          changed: file.changed,
          options: options.get(entry.name),
        }),
      );
      const measured = module.measureDocCoverage?.(file.path, file.text);
      if (measured && measured.total > 0)
        result.docCoverage = { path: file.path, documented: measured.documented, public: measured.total };
    } catch (error) {
      // A secret analyzer that fails must fail the gate (fail closed); others only lose this file.
      if (entry.failClosed) throw error;
      result.notes.push(`${entry.name} analyzer skipped ${file.path}: ${(error as Error).message}`);
    }
  }
  result.findings = markInlineAllowed(file.text, disambiguateFingerprints(fileFindings));
  return result;
}

const PARSE_MAX_BYTES = 1024 * 1024;
const PARSE_MAX_LINE = 10_000;

/** Parser-backed analyzers skip bundles and minified files: nobody refactors those by hand. */
function isGeneratedLooking(text: string): boolean {
  if (text.length > PARSE_MAX_BYTES) return true;
  for (let start = 0; start < text.length;) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > PARSE_MAX_LINE) return true;
    start = stop + 1;
  }
  return false;
}

async function prepared(entry: FileAnalyzerEntry, languages: string[]): Promise<FileAnalyzer> {
  const module = await entry.load();
  await module.prepare?.(languages);
  return module;
}

function markInlineAllowed(text: string, findings: Finding[]): Finding[] {
  if (findings.length === 0 || !text.includes(INLINE_ALLOW)) return findings;
  const starts = lineStarts(text);
  const lineText = (line: number) => text.slice(starts[line - 1] ?? text.length, (starts[line] ?? text.length + 1) - 1);
  return findings.map((finding) => {
    const lines = [finding.line, finding.endLine ?? finding.line, finding.line - 1].filter(
      (line) => line >= 1 && line <= starts.length,
    );
    // the comment may sit on the finding's line, its last line, or the line just above it
    const marked = lines.map(lineText).find((line) => line.includes(INLINE_ALLOW));
    if (marked === undefined) return finding;
    const reason = readInlineAllowReason(marked.slice(marked.indexOf(INLINE_ALLOW) + INLINE_ALLOW.length));
    return reason
      ? { ...finding, inlineAllowed: true, inlineAllowReason: reason }
      : { ...finding, inlineAllowed: true };
  });
}
