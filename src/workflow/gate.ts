import type { FileAnalyzerEntry } from '../analyzers/registry.js';
import type { Config } from '../config/types.js';
import { touches } from '../findings/line-ranges.js';
import { ok, type Result } from '../findings/result.js';
import type { Finding, LineRange } from '../findings/types.js';
import { INLINE_ALLOW_BY, type LedgerEntry } from '../ledger/types.js';

// What blocks a commit, decided in one place: every gate path (check --staged, each commit of
// --range and --pre-push, merges) asks `isGated`, and nothing else compares a finding with the block
// settings (test/architecture/gate.test.ts fails on a decision made elsewhere).

export interface GateCandidate {
  finding: Finding;
  score: number;
}

/**
 * What the predicate needs beyond the finding and its config, each read only when a finding gets
 * that far: most commits add nothing in a blocking category and never read the ledger, score or
 * analyse the parent side.
 */
export interface GateFacts {
  /** Lines the diff adds, by path: a finding on lines the commit does not add never blocks it. */
  added: ReadonlyMap<string, readonly LineRange[]>;
  /** Ledger entries whose allow decision lets the same rule and fingerprint through. */
  allowedEntries(): Result<readonly LedgerEntry[]>;
  /** Rule + fingerprint keys the parent side (a rename's source too) or a merged branch already had at `path`. */
  preexistingKeys(path: string): Promise<Result<ReadonlySet<string>>>;
}

/**
 * A finding blocks when its category is gated, no inline `git-value:allow` (nor, for a dangerous-code
 * pattern, a linter suppression such as `# nosec`) covers it, it sits on a line
 * the commit adds, no ledger decision allows it, its score at the gate reaches block.minScore, and
 * the parent side did not already have it (old findings never block an unrelated commit).
 */
export async function isGated(finding: Finding, config: Config, facts: GateFacts): Promise<Result<boolean>> {
  if (!isGatedCategory(finding.category, config) || finding.inlineAllowed) return ok(false);
  if (isSuppressedByLinterComment(finding, config)) return ok(false);
  if (!touches(facts.added.get(finding.path) ?? [], finding.line, finding.endLine ?? finding.line)) return ok(false);
  const allowed = allowedKeys(facts);
  if (!allowed.ok) return allowed;
  if (allowed.value.has(keyOf(finding))) return ok(false);
  if ((await scoreAtGate(finding, config)) < config.block.minScore) return ok(false);
  const before = await facts.preexistingKeys(finding.path);
  if (!before.ok) return before;
  return ok(!before.value.has(keyOf(finding)));
}

/** The findings of one diff that block it, with their scores (for the message). */
export async function selectBlocking(
  findings: readonly Finding[],
  configFor: (path: string) => Config,
  facts: GateFacts,
): Promise<Result<GateCandidate[]>> {
  const blocking: GateCandidate[] = [];
  for (const finding of findings) {
    const config = configFor(finding.path);
    const gated = await isGated(finding, config, facts);
    if (!gated.ok) return gated;
    if (gated.value) blocking.push({ finding, score: await scoreAtGate(finding, config) });
  }
  return ok(blocking);
}

/** Analyzers whose findings could block (the parent side is analysed with only these). */
export function gatedAnalyzers(entries: readonly FileAnalyzerEntry[], config: Config): FileAnalyzerEntry[] {
  return entries.filter((entry) => isGatedCategory(entry.category, config));
}

/**
 * Entries whose allow decision covers the same value anywhere: an `allow` by id, whatever the entry's
 * status now (a value allowed, removed, then pushed or added again is the value someone accepted). An
 * inline comment allows only the line it sits on, so it lets no copy through.
 */
export function allowedByDecision(entries: readonly LedgerEntry[]): LedgerEntry[] {
  return entries.filter((entry) => entry.allow !== undefined && entry.allow.by !== INLINE_ALLOW_BY);
}

/**
 * A dangerous-code pattern whose linter suppression is written where it is (`# nosec B102`,
 * `# noqa: S307`, `// eslint-disable-line no-eval`): the author decided, as with `git-value:allow`.
 * Never a credential: a key is not made safe by a comment.
 */
function isSuppressedByLinterComment(finding: Finding, config: Config): boolean {
  return (
    finding.category === 'vuln' &&
    config.scoring.projectLinters !== false &&
    typeof finding.facts?.suppressed === 'string'
  );
}

function isGatedCategory(category: Finding['category'], config: Config): boolean {
  return config.block.categories.includes(category);
}

export function keyOf(finding: Pick<Finding, 'ruleId' | 'fingerprint'>): string {
  return `${finding.ruleId}\0${finding.fingerprint}`;
}

const allowedKeySets = new WeakMap<GateFacts, ReadonlySet<string>>();

function allowedKeys(facts: GateFacts): Result<ReadonlySet<string>> {
  const known = allowedKeySets.get(facts);
  if (known) return ok(known);
  const entries = facts.allowedEntries();
  if (!entries.ok) return entries;
  const keys = new Set(allowedByDecision(entries.value).map(keyOf));
  allowedKeySets.set(facts, keys);
  return ok(keys);
}

// scoring is imported only when a finding gets this far: most commits never load it
let scoring: Promise<typeof import('../scoring/gate.js')> | undefined;
const scores = new WeakMap<Finding, number>();

async function scoreAtGate(finding: Finding, config: Config): Promise<number> {
  const known = scores.get(finding);
  if (known !== undefined) return known;
  const { scoreFindingAtGate } = await (scoring ??= import('../scoring/gate.js'));
  const score = scoreFindingAtGate(finding, config).scores.composite;
  scores.set(finding, score);
  return score;
}
