// The one Finding type that flows from analyzers to the ledger and every report.
// Only createFinding (create-finding.ts) builds one, so redaction and fingerprints happen in one place.
import type { Context } from './context.js';

export type Category = 'secret' | 'vuln' | 'debt' | 'quality' | 'perf' | 'modern';
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** 1-based inclusive line range, as read from a diff hunk or spanning a whole file. */
export interface LineRange {
  start: number;
  end: number;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  /** Repo-relative, forward slashes. */
  path: string;
  line: number;
  endLine?: number;
  column?: number;
  /** Short human title; for markers the marker text. Never holds a raw secret. */
  title: string;
  /** Already redacted: at most the first 4 characters of a secret, then its length. */
  evidence?: string;
  /** Hash of rule + normalised content + occurrence; never the path or the line, so moves keep it. */
  fingerprint: string;
  /** Rule confidence in [0,1]: how sure the analyzer is that this is real. */
  confidence: number;
  /** Base remediation effort in hours, before evidence scaling and calibration. */
  effortHours: number;
  /** Extra facts an analyzer knows (complexity, marker tag, issue reference); numbers and short strings. */
  facts?: Record<string, number | string>;
  /** True when an inline `git-value:allow` comment sits on the finding's line. */
  inlineAllowed?: boolean;
  /** The words written after `git-value:allow` on that comment (token-like words redacted), if any. */
  inlineAllowReason?: string;
}

export interface AnalyzerMeta {
  /** Analyzer id, e.g. 'secret/detector' or 'debt/markers'. Rule ids of findings may be finer. */
  id: string;
  category: Category;
  /** 'any', or language keys as given by languageOf() in findings/languages.ts. */
  languages: 'any' | readonly string[];
  defaultSeverity: Severity;
  description: string;
}

export interface AnalyzerInput {
  path: string;
  text: string;
  /**
   * Only these lines may be reported on; absent, the whole file. The hook and the scan both analyse whole
   * files (the gate keeps what the diff adds, the ledger every finding of a touched file); secret history
   * passes the lines each past commit added.
   */
  changed?: readonly LineRange[];
  /** Analyzer options from config (already validated). */
  options?: Record<string, unknown>;
  /**
   * Where the file lives (source, test, docs…) by the repository's classifier (config globs, linguist
   * attributes, declared test roots, conventions): an analyzer may skip or temper what it reports there.
   */
  context?: Context;
}

export interface AnalyzerModule {
  meta: AnalyzerMeta;
  analyze(input: AnalyzerInput): Finding[];
  /** Every rule id it can report, when there are several (rules as data); else `meta.id` is the one. */
  listRuleIds?(): readonly string[];
}

/** Input of an analyzer that looks at the repository as a whole (modernization, maturity). */
export interface RepoAnalyzerInput {
  /** Every tracked path, repo-relative, forward slashes, sorted. */
  files: readonly string[];
  /** Text of a tracked file (as staged/committed), or undefined if absent, binary or too large. */
  read(path: string): string | undefined;
  /** ISO date (YYYY-MM-DD) standing for "today", passed in so the analyzer stays pure. */
  today: string;
  options?: Record<string, unknown>;
}

export interface RepoAnalyzerModule {
  meta: AnalyzerMeta;
  analyzeRepo(input: RepoAnalyzerInput): Finding[];
  listRuleIds?(): readonly string[];
}
