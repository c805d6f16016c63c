import type { AnalyzerModule, Category, RepoAnalyzerModule } from '../findings/types.js';

// Every fact about an analyzer, in one place (ESLint's rule map): its config key, the rule ids it owns,
// its category and languages, whether the pre-commit hook runs it, its default options and what the
// engine gathers for it. Config defaults and validation, the engine and the reports derive from these
// entries; nothing outside this file names an analyzer (test/architecture/registry.test.ts checks it).
// Loaders are lazy: a command pays only for the analyzers its files need.

/** What every analyzer entry says about itself. */
export interface AnalyzerFacts {
  /** Config key under `analyzers`, and the name notes use. */
  name: string;
  /** Rule-id prefix of every finding it makes, so the ledger knows which entries it owns. */
  rulePrefix: string;
  /** Category of every finding it makes (the gate blocks by category). */
  category: Category;
  /** 'any', or language keys as given by languageOf() in findings/languages.ts. */
  languages: 'any' | readonly string[];
  /** Options under `analyzers.<name>` besides `enabled: true`, with their defaults (the validator's shape). */
  defaults: Readonly<Record<string, unknown>>;
  /**
   * Options whose items are objects the analyzer validates itself (user rules): the config validator
   * checks that they are lists and leaves their items to `loadOptionCheck`.
   */
  objectLists?: readonly string[];
  /** Loaded when the config sets one of `objectLists` to a non-empty list. */
  loadOptionCheck?(): Promise<OptionCheck>;
}

/** A problem in an analyzer's own options: the option's path under the analyzer's key, what is wrong, the fix. */
export type OptionCheck = (
  options: Record<string, unknown>,
) => { option: string; problem: string; fix: string } | undefined;

export interface FileAnalyzerEntry extends AnalyzerFacts {
  /** Runs in the pre-commit hook; parser-backed analyzers (50-150 ms to load) run in scan and refresh only. */
  hook: boolean;
  /** An error stops the command instead of skipping the file: the gate fails closed on credentials. */
  failClosed?: boolean;
  /** Its findings are dated by when their line entered the history (marker ages), not when first seen. */
  datedByHistory?: boolean;
  /**
   * Its findings are credentials, values that stay in every clone of the history: a scan dates one it
   * sees for the first time by the commit that first added it (one `git log -p` over its files, this
   * analyzer over each commit's added lines), and `scan --history` runs it over every commit.
   */
  findsCredentials?: boolean;
  /** It reads generated and vendored files too (a key in a vendored file is still a key; vendored code ships). */
  readsVendored?: boolean;
  /** It also measures documentation coverage, kept in .value/coverage.json. */
  measuresDocCoverage?: boolean;
  /**
   * Hours to fix the smallest single finding when findings vary in size (a function just over the
   * complexity threshold, one missing docstring): the backlog counts an item's magnitude in it.
   * Without it, an item's smallest occurrence is the unit.
   */
  unitEffortHours?: number;
  /** Tree-wide inputs it takes as options (see FileInput). */
  inputs?: readonly FileInput[];
  load(): Promise<FileAnalyzer>;
}

/** Parser-backed analyzers are async to prepare; the rest are plain modules. */
export interface FileAnalyzer extends AnalyzerModule {
  /** Loads parsers for these language keys; must be awaited before analyze. */
  prepare?(languages?: readonly string[]): Promise<void>;
  /** The docstring analyzer's per-file coverage (called right after analyze on the same file). */
  measureDocCoverage?(path: string, text: string): { documented: number; total: number };
}

/**
 * Inputs the engine gathers with I/O and hands to a pure repository analyzer as an option, named by
 * what they are: `npm-latest-versions` asks the npm registry for each dependency's latest version.
 */
export type ExtraInput = 'npm-latest-versions';

/**
 * Inputs the engine gathers from the whole tracked tree once per scan or refresh and hands to a file
 * analyzer as an option: `public-api` is what the project's reference docs and package entry points
 * say its public API is (analyzers/docstring/gather-public-api.ts).
 */
export type FileInput = 'public-api';

export interface RepoAnalyzerEntry extends AnalyzerFacts {
  inputs?: readonly ExtraInput[];
  load(): Promise<RepoAnalyzerModule>;
}

export const fileAnalyzers: readonly FileAnalyzerEntry[] = [
  {
    name: 'secrets',
    rulePrefix: 'secret/',
    category: 'secret',
    languages: 'any',
    hook: true,
    failClosed: true,
    findsCredentials: true,
    readsVendored: true,
    defaults: { rules: [], allowValues: [], passDemoValues: true },
    objectLists: ['rules'],
    loadOptionCheck: async () => (await import('./secrets/config-rules.js')).checkRuleOptions,
    load: () => import('./secrets/index.js'),
  },
  {
    name: 'markers',
    rulePrefix: 'debt/',
    category: 'debt',
    languages: 'any',
    hook: true,
    datedByHistory: true,
    defaults: { tags: ['TODO', 'FIXME', 'HACK', 'XXX', 'BUG', 'OPTIMIZE'] },
    load: () => import('./markers/index.js'),
  },
  {
    name: 'vuln',
    rulePrefix: 'vuln/',
    category: 'vuln',
    languages: ['js', 'ts', 'py'],
    hook: true,
    readsVendored: true,
    defaults: {},
    load: () => import('./vuln/index.js'),
  },
  {
    name: 'perf',
    rulePrefix: 'perf/',
    category: 'perf',
    languages: ['js', 'ts', 'py'],
    hook: true,
    defaults: {},
    load: () => import('./perf/index.js'),
  },
  // parser-backed (Babel, tree-sitter): 50-150 ms to load, so scan and refresh only
  {
    name: 'complexity',
    rulePrefix: 'quality/complexity',
    category: 'quality',
    languages: ['js', 'ts', 'py', 'go', 'java', 'c', 'cpp', 'csharp', 'ruby', 'php', 'rust'],
    hook: false,
    defaults: { threshold: 10, cognitiveThreshold: 15 },
    unitEffortHours: 1,
    load: () => import('./complexity/index.js'),
  },
  {
    name: 'docstring',
    rulePrefix: 'quality/docstring',
    category: 'quality',
    languages: ['js', 'ts', 'py', 'go', 'java'],
    hook: false,
    measuresDocCoverage: true,
    defaults: { referenceDocs: true, entryPoints: true, inheritedDocs: true },
    inputs: ['public-api'],
    unitEffortHours: 0.25,
    load: () => import('./docstring/index.js'),
  },
];

export const repoAnalyzers: readonly RepoAnalyzerEntry[] = [
  {
    name: 'modern',
    rulePrefix: 'modern/',
    category: 'modern',
    languages: 'any',
    defaults: { registry: true, registryTimeoutSeconds: 20 },
    inputs: ['npm-latest-versions'],
    load: () => import('./modern/index.js'),
  },
];

export const allAnalyzers: readonly (FileAnalyzerEntry | RepoAnalyzerEntry)[] = [...fileAnalyzers, ...repoAnalyzers];

export function handlesLanguage(entry: { languages: 'any' | readonly string[] }, language: string): boolean {
  return entry.languages === 'any' || entry.languages.includes(language);
}

/** An analyzer's default options, for its own module's use when it is called without config (tests, benches). */
export function defaultOptionsOf(name: string): Readonly<Record<string, unknown>> {
  const entry = allAnalyzers.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no analyzer named ${name} in the registry`);
  return entry.defaults;
}

/** The analyzer whose findings are credentials (see `findsCredentials`), for the passes over history. */
export function credentialAnalyzer(): FileAnalyzerEntry | undefined {
  return fileAnalyzers.find((entry) => entry.findsCredentials);
}

/** Enabled unless the config switches it off (a package config may). */
export function isEnabled(entry: AnalyzerFacts, config: { analyzers: Record<string, { enabled?: boolean }> }): boolean {
  return config.analyzers[entry.name]?.enabled ?? true;
}

/** The analyzer options from config, without `enabled`. */
export function optionsOf(
  entry: AnalyzerFacts,
  config: { analyzers: Record<string, { enabled?: boolean } | undefined> },
): Record<string, unknown> {
  const { enabled: _enabled, ...options } = config.analyzers[entry.name] ?? {};
  return options;
}

/** The analyzer whose rule prefix owns a rule id. */
export function analyzerOfRule(ruleId: string): FileAnalyzerEntry | RepoAnalyzerEntry | undefined {
  return allAnalyzers.find((entry) => ruleId.startsWith(entry.rulePrefix));
}

/** Whether an analyzer that measures documentation coverage ran (its prefix among those that ran). */
export function ranDocCoverage(ranPrefixes: readonly string[]): boolean {
  return fileAnalyzers.some((entry) => entry.measuresDocCoverage && ranPrefixes.includes(entry.rulePrefix));
}

/** Whether the config enables an analyzer that measures documentation coverage. */
export function enablesDocCoverage(config: { analyzers: Record<string, { enabled?: boolean }> }): boolean {
  return fileAnalyzers.some((entry) => entry.measuresDocCoverage && isEnabled(entry, config));
}

/** Rule-id prefixes of the analyzers whose findings are dated by history (see `datedByHistory`). */
export function isDatedByHistory(ruleId: string): boolean {
  return fileAnalyzers.some((entry) => entry.datedByHistory && ruleId.startsWith(entry.rulePrefix));
}

/** The unit effort of the analyzer owning `ruleId` (see FileAnalyzerEntry.unitEffortHours). */
export function unitEffortOf(ruleId: string): number | undefined {
  return fileAnalyzers.find((entry) => ruleId.startsWith(entry.rulePrefix))?.unitEffortHours;
}

/** The thresholds complexity findings are measured against (the config's, else the defaults): scoring compares with them. */
export function complexityThresholdsOf(config: { analyzers: Record<string, Record<string, unknown>> }): {
  cyclomatic: number;
  cognitive: number;
} {
  const defaults = defaultOptionsOf('complexity');
  const options = { ...defaults, ...config.analyzers['complexity'] };
  const number = (value: unknown, fallback: unknown) => (typeof value === 'number' ? value : Number(fallback));
  return {
    cyclomatic: number(options['threshold'], defaults['threshold']),
    cognitive: number(options['cognitiveThreshold'], defaults['cognitiveThreshold']),
  };
}
