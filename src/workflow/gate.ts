import type { Config } from '../config/types.js';
import { touches } from '../findings/line-ranges.js';
import type { Finding, LineRange } from '../findings/types.js';
import { INLINE_ALLOW_BY, type LedgerEntry } from '../ledger/types.js';

export interface GateCandidate {
  finding: Finding;
  score: number;
}

/**
 * Pure: which findings the commit adds that should stop it. A finding blocks when it sits on an
 * added line, belongs to a blocking category, scores at or above block.minScore, and is neither
 * allowed (inline comment or a ledger decision bound to its fingerprint) nor already in HEAD.
 */
export function selectBlocking(
  findings: readonly Finding[],
  addedByPath: ReadonlyMap<string, readonly LineRange[]>,
  allowedEntries: readonly LedgerEntry[],
  configFor: (path: string) => Config,
  scoreAtGate: (finding: Finding) => number,
): GateCandidate[] {
  const allowed = new Set(allowedByDecision(allowedEntries).map((entry) => `${entry.ruleId}\0${entry.fingerprint}`));
  const candidates: GateCandidate[] = [];
  for (const finding of findings) {
    const config = configFor(finding.path);
    if (!config.block.categories.includes(finding.category) || finding.inlineAllowed) continue;
    if (!touches(addedByPath.get(finding.path) ?? [], finding.line, finding.endLine ?? finding.line)) continue;
    if (allowed.has(`${finding.ruleId}\0${finding.fingerprint}`)) continue;
    const score = scoreAtGate(finding);
    if (score >= config.block.minScore) candidates.push({ finding, score });
  }
  return candidates;
}

/**
 * Entries whose allow decision covers the same value anywhere: an `allow` by id, whatever the entry's
 * status now (a value allowed, removed, then pushed or added again is the value someone accepted). An
 * inline comment allows only the line it sits on, so it lets no copy through.
 */
export function allowedByDecision(entries: readonly LedgerEntry[]): LedgerEntry[] {
  return entries.filter((entry) => entry.allow !== undefined && entry.allow.by !== INLINE_ALLOW_BY);
}

/** Drops candidates whose rule + fingerprint the parent side already had: old findings never block. */
export function dropPreexisting(candidates: readonly GateCandidate[], before: readonly Finding[]): GateCandidate[] {
  const existing = new Set(before.map((finding) => `${finding.ruleId}\0${finding.fingerprint}`));
  return candidates.filter(({ finding }) => !existing.has(`${finding.ruleId}\0${finding.fingerprint}`));
}
