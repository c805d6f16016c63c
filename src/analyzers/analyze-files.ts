import { configOverrides } from '../config/contexts.js';
import type { Config } from '../config/types.js';
import { classifyPath, readGeneratedMark, type Context, type ContextDecision } from '../findings/context.js';
import { readCopiedMark, readFrozenMark } from '../findings/context-marks.js';
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
import { note, type Note } from '../findings/note.js';

export interface FileToAnalyze {
  path: string;
  text: string;
  /** Only these lines may be reported on (AnalyzerInput.changed); absent, the whole file. */
  changed?: readonly LineRange[];
  /** Where the file lives, when the caller classified it (a scan, with the repository's classifier). */
  context?: Context;
}

export interface AnalysisRun {
  findings: Finding[];
  /** Rule-id prefixes of the analyzers that ran: the ledger reconciles only their entries. */
  ranPrefixes: string[];
  notes: Note[];
  /** Documented and public symbols of each file the docstring analyzer read (scan and refresh). */
  docCoverage: FileDocCoverage[];
  /** Demo values passed (see isPassedAsDemo): never recorded nor blocking, listed so the gate says why. */
  passed: Finding[];
}

/** What the analyzers made of one file: a pure function of its path, text and config (hence cacheable). */
export interface FileResult {
  findings: Finding[];
  notes: Note[];
  docCoverage?: FileDocCoverage;
  passed?: Finding[];
}

/**
 * A credential-shaped value its analyzer judged a demo (scott/tiger, a URL to localhost): the ledger
 * holds what is individually actionable, so it goes to `passed`, not to the findings.
 */
export function isPassedAsDemo(finding: Finding): boolean {
  return typeof finding.facts?.demo === 'string';
}

const INLINE_ALLOW = 'git-value:allow';
/** Generated and vendored files are nobody's here to refactor: only analyzers that say `readsVendored` read them. */
const NOT_OURS: ReadonlySet<Context> = new Set(['generated', 'vendored']);

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
  contextOf?: (path: string) => ContextDecision,
): Promise<AnalysisRun> {
  const each = await analyzeEach(files, configFor, pick, contextOf);
  const run: AnalysisRun = { findings: [], ranPrefixes: each.ranPrefixes, notes: [], docCoverage: [], passed: [] };
  for (const result of each.results) {
    run.findings.push(...result.findings);
    if (result.passed) run.passed.push(...result.passed);
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
  contextOf?: (path: string) => ContextDecision,
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
    // without the repository's classifier (the hook), the config's globs and the conventions decide
    const overrides = contextOf ? [] : configOverrides(config);
    const classify = contextOf ?? ((path: string) => classifyPath(path, overrides));
    const part = await analyzeGroup(
      indexes.map((index) => files[index] as FileToAnalyze),
      config,
      entries,
      classify,
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
  contextOf: (path: string) => ContextDecision,
): Promise<FileResult[]> {
  const needed = entries.filter((entry) => files.some((file) => handlesLanguage(entry, languageOf(file.path))));
  const languagesIn = (entry: FileAnalyzerEntry) => [
    ...new Set(files.map((file) => languageOf(file.path)).filter((language) => handlesLanguage(entry, language))),
  ];
  // one at a time: parser loads share a WebAssembly runtime that does not take concurrent loads
  const loaded: { entry: FileAnalyzerEntry; module: FileAnalyzer }[] = [];
  for (const entry of needed) loaded.push({ entry, module: await prepared(entry, languagesIn(entry)) });
  const options = new Map(needed.map((entry) => [entry.name, optionsOf(entry, config)]));
  return files.map((file) => analyzeOne(file, loaded, options, file.context ?? contextOf(file.path).context));
}

function analyzeOne(
  file: FileToAnalyze,
  loaded: readonly { entry: FileAnalyzerEntry; module: FileAnalyzer }[],
  options: ReadonlyMap<string, Record<string, unknown>>,
  byPath: Context,
): FileResult {
  const language = languageOf(file.path);
  // a bundle or generated module in a source folder says so in its text: treated as generated
  const generatedMark = byPath === 'source' || byPath === 'build' ? readGeneratedMark(file.text) : undefined;
  // a file its header says was copied from another project is vendored, wherever it sits
  const copiedMark = !generatedMark && byPath === 'source' ? readCopiedMark(file.text) : undefined;
  const context: Context = generatedMark ? 'generated' : copiedMark ? 'vendored' : byPath;
  const fileFindings: Finding[] = [];
  const result: FileResult = { findings: [], notes: [] };
  const generated = loaded.some(({ entry }) => !entry.hook) && isGeneratedLooking(file.text);
  for (const { entry, module } of loaded) {
    if (!handlesLanguage(entry, language)) continue;
    if (NOT_OURS.has(context) && !entry.readsVendored) continue;
    if (!entry.hook && generated) {
      result.notes.push(
        note(
          'analyzer-skipped',
          `${entry.name} analyzer skipped ${file.path}: minified or generated (a syntax tree of it costs seconds per MB)`,
        ),
      );
      continue;
    }
    try {
      fileFindings.push(
        ...module.analyze({
          path: file.path,
          text: file.text,
          ...(file.changed ? { changed: file.changed } : {}),
          options: options.get(entry.name),
          context,
        }),
      );
      // documentation coverage is the shipped API's: test methods and example scripts are not API
      const measured = context === 'source' ? module.measureDocCoverage?.(file.path, file.text) : undefined;
      if (measured && measured.total > 0)
        result.docCoverage = { path: file.path, documented: measured.documented, public: measured.total };
    } catch (error) {
      // A secret analyzer that fails must fail the gate (fail closed); others only lose this file.
      if (entry.failClosed) throw error;
      result.notes.push(
        note('analyzer-skipped', `${entry.name} analyzer skipped ${file.path}: ${(error as Error).message}`),
      );
    }
  }
  const passed = fileFindings.filter(isPassedAsDemo);
  if (passed.length > 0) result.passed = passed;
  const kept = passed.length > 0 ? fileFindings.filter((finding) => !isPassedAsDemo(finding)) : fileFindings;
  const findings = markInlineAllowed(file.text, disambiguateFingerprints(oneFindingPerLine(kept)));
  const frozen = context === 'source' && findings.length > 0 ? readFrozenMark(file.text) : undefined;
  result.findings = generatedMark
    ? findings.map(markGenerated)
    : copiedMark
      ? findings.map((finding) => ({
          ...finding,
          facts: { ...finding.facts, context: 'vendored', copied: copiedMark },
        }))
      : frozen
        ? findings.map((finding) => ({ ...finding, facts: { ...finding.facts, frozen } }))
        : findings;
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

/** The backlog classifies paths, not texts: a finding records that its file called itself generated. */
function markGenerated(finding: Finding): Finding {
  return { ...finding, facts: { ...finding.facts, context: 'generated' } };
}

/**
 * One finding per line per rule: two patterns of one rule matching one line (a `new Function` seen as
 * a call and as a constructor) are one thing to fix. Credentials stay one per value: each is gated,
 * allowed and rotated on its own.
 */
export function oneFindingPerLine(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    if (finding.category === 'secret') return true;
    const key = `${finding.ruleId}\0${finding.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
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
