import type { Severity } from '../../findings/types.js';
import type { Region } from '../comments/index.js';

/** Language keys of languageOf(); 'js' and 'ts' share every JavaScript rule. */
export type VulnLanguage = 'js' | 'ts' | 'py';

/** One file seen three ways, all the same length so offsets and lines carry over. */
export interface SourceView {
  path: string;
  language: VulnLanguage;
  text: string;
  /** Comments and string contents blanked (quotes kept): where calls and operators are read. */
  code: string;
  /** Comments blanked, strings kept: where SQL text, algorithm names and option values are read. */
  bare: string;
  regions: readonly Region[];
}

/** [start, end) of the code a finding points at; `confidence` overrides the rule's when set. */
export interface VulnMatch {
  start: number;
  end: number;
  confidence?: number;
}

/**
 * A vulnerability rule is data with its own examples (checked on every test run): either a `pattern`
 * (global, run over `bare`, kept only where the match starts in code) or a `detect` function for
 * rules that must look at a call's arguments.
 */
export interface VulnRule {
  /** `vuln/<kebab-case>`; a JS and a Python rule may share an id (same weakness, other syntax). */
  id: string;
  description: string;
  /** Finding title: what and why, briefly. */
  title: string;
  languages: readonly VulnLanguage[];
  severity: Severity;
  confidence: number;
  effortHours: number;
  /** Case-sensitive substrings; the rule runs only on files containing one (a cheap prefilter). */
  keywords: readonly string[];
  /** Only files whose repo-relative path matches (settings modules, production configs). */
  paths?: RegExp;
  pattern?: RegExp;
  detect?: (view: SourceView) => VulnMatch[];
  /** Snippets in the rule's first language: each positive gives ≥ 1 finding of this id, each negative none. */
  examples: { positive: readonly string[]; negative: readonly string[] };
  /** Path the examples are checked under when `paths` is set (default `example.<language>`). */
  examplePath?: string;
}
