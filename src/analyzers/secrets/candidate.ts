import type { SecretRule } from './rule-types.js';

/** A rule's match before precision checks: what suppressions and context checks look at. */
export interface SecretCandidate {
  rule: SecretRule;
  secret: string;
  /** Offsets of the secret and of the whole match in the scanned text. */
  start: number;
  end: number;
  matchStart: number;
  matchEnd: number;
  /** Text of the match before the secret (name, operator, opening quote). */
  lead: string;
  /** The line holding the secret's start (at most 256 characters each side), and its parts before and after the secret. */
  lineText: string;
  before: string;
  after: string;
  /** languageOf(path). */
  language: string;
  path: string;
  /** The quote around the value ('' when unquoted); only the generic rules capture it. */
  quote: string;
}

/**
 * The generic rules need more than `validate(secret)`: whether the value was quoted, what the line
 * says around it. They also anchor on their keywords, so the engine runs them sticky at each keyword.
 */
export interface ContextualRule extends SecretRule {
  generic: true;
  acceptsCandidate(candidate: SecretCandidate): boolean;
}

export function isContextualRule(rule: SecretRule): rule is ContextualRule {
  return (rule as Partial<ContextualRule>).generic === true;
}

/** A confirmed secret, as scanSecrets returns it (benches and the analyzer). */
export interface SecretMatch {
  ruleId: string;
  rule: SecretRule;
  secret: string;
  start: number;
  end: number;
  /** 1-based lines of the whole match (a PEM block spans BEGIN..END) and the secret's column. */
  line: number;
  endLine: number;
  column: number;
  /** The line holding the secret (clipped to 256 characters each side), raw: redact before showing it. */
  lineText: string;
}
