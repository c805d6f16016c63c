import type { Context } from '../findings/context.js';
import type { Category } from '../findings/types.js';

export type MaturityLevel = 'nascent' | 'developing' | 'maturing' | 'advanced';

export interface ScoreWeights {
  wsjf: number;
  ice: number;
  technicalDebt: number;
  security: number;
}

/** A secret rule written in config: the same shape as a built-in rule, with the pattern as a string. */
export interface ConfigSecretRule {
  id: string;
  description: string;
  keywords: string[];
  pattern: string;
  flags?: string;
  secretGroup?: number;
  minEntropy?: number;
  severity?: 'critical' | 'high' | 'medium' | 'low';
  examples: { positive: string[]; negative: string[] };
}

export interface AnalyzerOptions {
  enabled: boolean;
  [option: string]: unknown;
}

export interface Config {
  block: {
    /** A security finding added by a commit blocks it when its composite score reaches this. */
    minScore: number;
    categories: Category[];
  };
  /** Globs of paths never analysed (the dialect of config/glob.ts). */
  ignore: string[];
  /** Files larger than this are skipped with a note (bytes). */
  maxFileBytes: number;
  /**
   * Globs per context (source, test, docs, example, generated, vendored, build), checked before
   * .gitattributes, declared test roots and naming conventions: the repository's own word on its layout.
   */
  contexts: Record<Context, string[]>;
  /** Options of each analyzer by its registry name (analyzers/registry.ts holds their defaults). */
  analyzers: Record<string, AnalyzerOptions>;
  scoring: {
    weights: Record<MaturityLevel, ScoreWeights>;
    categoryMultipliers: Record<Category, number>;
    highValueScore: number;
    hotspotWindowDays: number;
    criticalPaths: string[];
    /**
     * Honour the project's own linter configuration (ruff, flake8, pylint, bandit, ESLint, golangci-lint)
     * and its inline suppressions (`# noqa: C901`, `// eslint-disable-next-line complexity`, `# nosec`):
     * a check it switched off, or a function under its threshold, stays a metric, not a backlog item;
     * so do security patterns and missing docstrings whose linter rule it ignores by name.
     */
    projectLinters: boolean;
    /** Days before the last commit in which bug-fix commits count as what a file's complexity costs. */
    fixWindowDays: number;
    /**
     * Complexity is proposed only with evidence of its cost: a file changed often, bug fixes in it, or a
     * function far over the threshold; complex but stable code stays a metric. false proposes it all.
     */
    complexityNeedsEvidence: boolean;
  };
  backlog: { path: string; top: number; minScore: number; maxRisk: number };
  sarif: { includeSecrets: boolean };
}
