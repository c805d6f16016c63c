import type { AnalyzerModule, RepoAnalyzerModule } from '../findings/types.js';

// Lazy loaders (ESLint's rule map): a command pays only for the analyzers the staged files need.
// `hook: false` keeps parser-backed analyzers off the pre-commit path; scan and refresh run them.
export interface FileAnalyzerEntry {
  /** Config key under `analyzers`. */
  name: string;
  /** Rule-id prefix of every finding it makes, so the ledger knows which entries it owns. */
  rulePrefix: string;
  languages: 'any' | readonly string[];
  hook: boolean;
  load(): Promise<FileAnalyzer>;
}

/** Parser-backed analyzers are async to prepare; the rest are plain modules. */
export interface FileAnalyzer extends AnalyzerModule {
  /** Loads parsers for these language keys; must be awaited before analyze. */
  prepare?(languages?: readonly string[]): Promise<void>;
  /** The docstring analyzer's per-file coverage (called right after analyze on the same file). */
  measureDocCoverage?(path: string, text: string): { documented: number; total: number };
}

export const fileAnalyzers: readonly FileAnalyzerEntry[] = [
  { name: 'secrets', rulePrefix: 'secret/', languages: 'any', hook: true, load: () => import('./secrets/index.js') },
  { name: 'markers', rulePrefix: 'debt/', languages: 'any', hook: true, load: () => import('./markers/index.js') },
  {
    name: 'vuln',
    rulePrefix: 'vuln/',
    languages: ['js', 'ts', 'py'],
    hook: true,
    load: () => import('./vuln/index.js'),
  },
  {
    name: 'perf',
    rulePrefix: 'perf/',
    languages: ['js', 'ts', 'py'],
    hook: true,
    load: () => import('./perf/index.js'),
  },
  // parser-backed (Babel, tree-sitter): 50-150 ms to load, so scan and refresh only
  {
    name: 'complexity',
    rulePrefix: 'quality/complexity',
    languages: ['js', 'ts', 'py', 'go', 'java', 'c', 'cpp', 'csharp', 'ruby', 'php', 'rust'],
    hook: false,
    load: () => import('./complexity/index.js'),
  },
  {
    name: 'docstring',
    rulePrefix: 'quality/docstring',
    languages: ['js', 'ts', 'py', 'go', 'java'],
    hook: false,
    load: () => import('./docstring/index.js'),
  },
];

export interface RepoAnalyzerEntry {
  name: string;
  rulePrefix: string;
  load(): Promise<RepoAnalyzerModule>;
}

export const repoAnalyzers: readonly RepoAnalyzerEntry[] = [
  { name: 'modern', rulePrefix: 'modern/', load: () => import('./modern/index.js') },
];

export function handlesLanguage(entry: { languages: 'any' | readonly string[] }, language: string): boolean {
  return entry.languages === 'any' || entry.languages.includes(language);
}
