import type { Severity } from '../../findings/types.js';

/**
 * A secret rule is data (gitleaks' shape): a regex, keywords for a prefilter, an optional entropy
 * floor, and its own examples that the test suite checks on every run. Positive examples are
 * functions so that fake secrets are generated at run time and never committed.
 */
export interface SecretRule {
  /** `secret/<kebab-case>`, unique. */
  id: string;
  description: string;
  /** Lower-case substrings; the pattern only runs on text containing one of them. */
  keywords: readonly string[];
  /** Must not backtrack catastrophically: bounded quantifiers, no nested repetition. */
  pattern: RegExp;
  /** Capture group holding the secret itself (default: named group `secret`, else 1, else whole match). */
  secretGroup?: number | string;
  /** Shannon entropy floor (bits per character) of the secret. */
  minEntropy?: number;
  severity?: Severity;
  confidence?: number;
  /** Only files whose repo-relative path matches (credential files such as .netrc, master.key). */
  paths?: RegExp;
  /** Extra check on a candidate secret; false drops it (placeholders, checksums). */
  validate?: (secret: string) => boolean;
  examples: {
    positive: () => string[];
    negative: () => readonly string[];
  };
}
