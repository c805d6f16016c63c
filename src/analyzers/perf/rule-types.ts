import type { CodeModel } from './code-model.js';

export interface PerfHit {
  /** Offset in the text where the finding points. */
  offset: number;
  /** A title naming the specific call, when the rule's generic title can be sharpened. */
  title?: string;
}

/** A perf rule is data with its own examples; the test suite runs every example on every run. */
export interface PerfRule {
  /** `perf/<kebab-case>`; one id may have a JS and a Python implementation. */
  id: string;
  language: 'js' | 'py';
  /** What is wrong and the better way. */
  title: string;
  confidence: number;
  /** Prefilter on the masked text: `find` runs only when it matches. */
  keyword: RegExp;
  find(model: CodeModel): PerfHit[];
  examples: { positive: readonly string[]; negative: readonly string[] };
}
