import { hashParts } from './hash.js';
import { redactSecret, redactIn } from './redact.js';
import type { AnalyzerMeta, Finding, Severity } from './types.js';

export interface FindingDraft {
  ruleId: string;
  path: string;
  line: number;
  endLine?: number;
  column?: number;
  title: string;
  severity?: Severity;
  /** What identifies the finding regardless of where it sits: the code or comment text. */
  content: string;
  /** A raw secret: hashed into the fingerprint, redacted out of the title, shown only redacted. */
  secret?: string;
  confidence?: number;
  effortHours?: number;
  facts?: Record<string, number | string>;
  inlineAllowed?: boolean;
}

/** Whitespace-insensitive, so re-indenting or re-wrapping code keeps a finding's identity. */
export function normaliseContent(content: string): string {
  return content.replace(/\s+/g, ' ').trim();
}

export function createFinding(meta: AnalyzerMeta, draft: FindingDraft): Finding {
  const identity = draft.secret ?? normaliseContent(draft.content);
  const finding: Finding = {
    ruleId: draft.ruleId,
    category: meta.category,
    severity: draft.severity ?? meta.defaultSeverity,
    path: draft.path,
    line: draft.line,
    title: draft.secret ? redactIn(draft.title, draft.secret) : draft.title,
    fingerprint: hashParts([draft.ruleId, identity]),
    confidence: draft.confidence ?? 0.8,
    effortHours: draft.effortHours ?? 1,
  };
  if (draft.endLine !== undefined && draft.endLine !== draft.line) finding.endLine = draft.endLine;
  if (draft.column !== undefined) finding.column = draft.column;
  if (draft.secret) finding.evidence = redactSecret(draft.secret);
  if (draft.facts) finding.facts = draft.facts;
  if (draft.inlineAllowed) finding.inlineAllowed = true;
  return finding;
}

/**
 * The same secret or comment twice in one file would share a fingerprint; the n-th copy (in line
 * order) gets the occurrence folded in, so each keeps a distinct identity that survives moves.
 */
export function disambiguateFingerprints(findings: Finding[]): Finding[] {
  const seen = new Map<string, number>();
  const ordered = [...findings].sort(
    (a, b) => compareText(a.path, b.path) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0),
  );
  return ordered.map((finding) => {
    const key = `${finding.path}\0${finding.fingerprint}`;
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return count === 0 ? finding : { ...finding, fingerprint: hashParts([finding.fingerprint, String(count)]) };
  });
}

/** Code-unit order: locale-independent, so every machine sorts the ledger the same way. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
