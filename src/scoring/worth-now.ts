import { decideComplexity, decideIgnored, type LintDecision } from '../config/project-linters/policy.js';
import { parseCondition, type RuntimeCondition } from '../analyzers/markers/marker-ask.js';
import { judgeRuntime } from '../analyzers/modern/runtime-status.js';
import { compareVersions } from '../analyzers/modern/version-ranges.js';
import { languageOf } from '../findings/languages.js';
import { addTerm, type BacklogEntry, type Occurrence, type ScoreTerm, type ScoringContext } from './types.js';

// Is the item worth a change now, or is it a metric (issue 11)? Two kinds of evidence decide:
// - the project's own decisions: a linter configuration that switches the check off or sets a higher
//   threshold, an inline suppression (`# noqa: C901`, `# nosec`) on the function or line;
// - for complexity, its cost: a function over the threshold in code nobody changes and nobody had to
//   fix is complex but stable, and maintainers do not take refactors of it (the panel's reviewers
//   turned down every such one). It is proposed when its file is a hotspot, has had bug fixes, or the
//   function is far over the threshold.
// Held items stay in the ledger, the JSON and the metrics; their composite is × HELD_AS_METRIC, under
// the backlog's minimum score, and `explain` says why.

/** × composite of an item held as a metric: 0.1 keeps every such item under the default minimum score (15). */
export const HELD_AS_METRIC = 0.1;
/** Commits in the hotspot window that make a file a hotspot: changed about every month. */
export const HOTSPOT_COMMITS = 12;
/**
 * Bug-fix commits in the fix window that show a file's complexity costs its maintainers: repeated
 * fixes. On the panel one fix in two years touched nearly every ESLint rule file (the project's
 * rhythm, not a sign of trouble); the files whose complexity reviewers would split had several.
 */
export const COSTLY_FIXES = 2;
/**
 * A function this many times over both thresholds is proposed without other evidence. Both: a long
 * flat switch over node types or option checks (cyclomatic far over, cognitive not) reads fine, as
 * reviewers said of ESLint's; where only one count is measured (Go), that one decides.
 */
export const EXTREME_FACTOR = 3;

export interface WorthJudgement {
  /** × composite: 1 when proposed, HELD_AS_METRIC when held. */
  factor: number;
  held?: string;
}

const PROPOSED: WorthJudgement = { factor: 1 };

export function judgeWorthNow(entry: BacklogEntry, ctx: ScoringContext, terms: ScoreTerm[]): WorthJudgement {
  const judged = ctx.gate ? undefined : judge(entry, ctx);
  const result = judged?.held ? { factor: HELD_AS_METRIC, held: judged.held } : PROPOSED;
  if (entry.ruleId === 'quality/complexity' || result.held || judged?.kept)
    addTerm(terms, 'worth', 'worth a change now', result.factor, () =>
      result.held
        ? `held as a metric (× ${HELD_AS_METRIC}): ${result.held}`
        : `proposed: ${judged?.kept ?? 'nothing the project decided holds it back'}`,
    );
  return result;
}

function occurrencesOf(entry: BacklogEntry): readonly Pick<Occurrence, 'line' | 'facts'>[] {
  return entry.occurrences && entry.occurrences.length > 0 ? entry.occurrences : [entry];
}

function judge(entry: BacklogEntry, ctx: ScoringContext): { held?: string; kept?: string } | undefined {
  if (entry.ruleId === 'quality/complexity') return judgeComplexity(entry, ctx);
  if (entry.category === 'debt') return judgeMarkers(entry, ctx);
  if (entry.category !== 'vuln' && entry.ruleId !== 'quality/docstring') return undefined;
  const honour = ctx.config.projectLinters !== false;
  if (!honour) return undefined;
  const language = languageOf(entry.path);
  const reasons = occurrencesOf(entry).map((occurrence) => {
    const suppressed = occurrence.facts?.suppressed;
    if (typeof suppressed === 'string') return `suppressed where it is written (${suppressed})`;
    const decision = ctx.projectLinters
      ? decideIgnored(ctx.projectLinters, {
          ruleId: entry.ruleId,
          path: entry.path,
          language,
          ...withFacts(occurrence),
        })
      : undefined;
    return decision?.kind === 'off' ? `the project's linter decided it: ${decision.reason}` : undefined;
  });
  return reasons.every((reason) => reason !== undefined) ? { held: reasons[0] } : undefined;
}

/**
 * Markers (marker-ask.ts): an item whose every occurrence is a note (explains, asks nothing) or work
 * waiting for a condition is held; work waiting for a runtime the project already requires, or for
 * dropping a runtime past its end of life, is proposed now.
 */
function judgeMarkers(entry: BacklogEntry, ctx: ScoringContext): { held?: string; kept?: string } | undefined {
  const reasons = occurrencesOf(entry).map((occurrence) => {
    const facts = occurrence.facts ?? {};
    if (typeof facts['note'] === 'string') return `a note, not work: ${facts['note']}`;
    if (typeof facts['heldUntil'] !== 'string') return undefined;
    const waitsFor = typeof facts['waitsFor'] === 'string' ? parseCondition(facts['waitsFor']) : undefined;
    const met = waitsFor ? conditionMet(waitsFor, ctx) : undefined;
    return met ? { met } : `waits ${facts['heldUntil']}`;
  });
  const met = reasons.find((reason): reason is { met: string } => typeof reason === 'object');
  if (met) return { kept: `its condition is met: ${met.met}` };
  if (reasons.some((reason) => reason === undefined)) return undefined;
  return { held: reasons[0] as string };
}

function conditionMet(condition: RuntimeCondition, ctx: ScoringContext): string | undefined {
  const name = condition.runtime === 'python' ? 'Python' : 'Node.js';
  const declared = ctx.runtimeMinimum?.[condition.runtime];
  const version = condition.version.join('.');
  if (condition.relation === '>=') {
    if (declared && compareVersions(declared, condition.version) >= 0)
      return `the project requires ${name} ${declared.join('.')} (waits for ${version})`;
    // every version below it past end of life: requiring it drops no supported runtime
    const [major = 0, minor = 0] = condition.version;
    const below = condition.runtime === 'python' ? (minor > 0 ? [major, minor - 1] : undefined) : [major - 1];
    if (!declared && below && judgeRuntime(condition.runtime, below, ctx.today, false).kind === 'end-of-life')
      return `every ${name} below ${version} is past its end of life`;
    return undefined;
  }
  if (declared && compareVersions(declared, condition.version) > 0)
    return `the project requires ${name} ${declared.join('.')}, above ${version}`;
  const status = judgeRuntime(condition.runtime, condition.version, ctx.today, false);
  return status.kind === 'end-of-life' ? `${name} ${version} is past its end of life` : undefined;
}

function withFacts(occurrence: Pick<Occurrence, 'facts'>): { facts?: Readonly<Record<string, number | string>> } {
  return occurrence.facts ? { facts: occurrence.facts } : {};
}

function judgeComplexity(entry: BacklogEntry, ctx: ScoringContext): { held?: string; kept?: string } {
  const honour = ctx.config.projectLinters !== false;
  const all = occurrencesOf(entry);
  let live = honour ? all.filter((occurrence) => typeof occurrence.facts?.suppressed !== 'string') : all;
  if (live.length === 0) {
    const first = all[0]?.facts?.suppressed;
    return { held: `every function of it is suppressed where it is defined (${String(first)})` };
  }
  const decision: LintDecision | undefined =
    honour && ctx.projectLinters ? decideComplexity(ctx.projectLinters, entry.path, languageOf(entry.path)) : undefined;
  if (decision?.kind === 'off')
    return { held: `the project's linter does not check complexity here: ${decision.reason}` };
  const ours = ctx.complexityThresholds ?? { cyclomatic: 10, cognitive: 15 };
  // the project's threshold replaces ours where it sets one; a count it does not limit keeps ours
  const limits = {
    cyclomatic: decision?.cyclomatic ?? (decision?.cognitive !== undefined ? Infinity : ours.cyclomatic),
    cognitive: decision?.cognitive ?? (decision?.cyclomatic !== undefined ? Infinity : ours.cognitive),
  };
  if (decision) {
    live = live.filter((occurrence) => isOver(occurrence, limits, 1));
    if (live.length === 0) return { held: `no function is over the project's own threshold: ${decision.reason}` };
  }
  if (ctx.config.complexityNeedsEvidence === false)
    return { kept: 'complexity is proposed without evidence of its cost (scoring.complexityNeedsEvidence is false)' };
  const fixes = ctx.fixes?.get(entry.path) ?? 0;
  const commits = ctx.churn.get(entry.path) ?? 0;
  const fixWindow = ctx.config.fixWindowDays ?? 730;
  const hotspotWindow = ctx.config.hotspotWindowDays;
  if (fixes >= COSTLY_FIXES)
    return { kept: `${fixes} bug-fix commits touched ${entry.path} in the ${fixWindow} days up to the last commit` };
  if (commits >= HOTSPOT_COMMITS)
    return {
      kept: `a hotspot: ${commits} commits touched ${entry.path} in the ${hotspotWindow} days up to the last commit`,
    };
  if (live.some((occurrence) => isOver(occurrence, limits, EXTREME_FACTOR)))
    return { kept: `a function ${EXTREME_FACTOR}× over the thresholds (${describeExtreme(limits)})` };
  return {
    held: `complex, stable: not worth a change now (${commits} commit(s) in ${hotspotWindow} days, ${fixes} bug-fix commit(s) in ${fixWindow} days, no function ${EXTREME_FACTOR}× over the thresholds)`,
  };
}

/** Over the limits (either count), or `times` over them (both counts that are measured and limited). */
function isOver(
  occurrence: Pick<Occurrence, 'facts'>,
  limits: { cyclomatic: number; cognitive: number },
  times: number,
): boolean {
  const cyclomatic = Number(occurrence.facts?.cyclomatic ?? 0);
  const cognitive = occurrence.facts?.cognitive === undefined ? undefined : Number(occurrence.facts.cognitive);
  if (times === 1) return cyclomatic > limits.cyclomatic || (cognitive ?? 0) > limits.cognitive;
  const counts = [
    ...(Number.isFinite(limits.cyclomatic) ? [cyclomatic / limits.cyclomatic] : []),
    ...(cognitive !== undefined && Number.isFinite(limits.cognitive) ? [cognitive / limits.cognitive] : []),
  ];
  return counts.length > 0 && counts.every((ratio) => ratio >= times);
}

function describeExtreme(limits: { cyclomatic: number; cognitive: number }): string {
  const parts = [
    ...(Number.isFinite(limits.cyclomatic) ? [`cyclomatic ≥ ${EXTREME_FACTOR * limits.cyclomatic}`] : []),
    ...(Number.isFinite(limits.cognitive) ? [`cognitive ≥ ${EXTREME_FACTOR * limits.cognitive} where measured`] : []),
  ];
  return parts.join(' and ');
}
