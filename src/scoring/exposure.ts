import type { Context, ContextDecision } from '../findings/context.js';
import type { Category } from '../findings/types.js';
import { addTerm, clamp, type ScoreTerm } from './types.js';

// Where code lives decides what a finding there risks: shipped code reaches users, a test or a
// tutorial usually does not. One factor per (kind of finding, context) scales the composite, so the
// same pattern ranks below its shipped twin; `explain` prints the factor and the classifier's reason.
type Kind = 'secret' | 'vuln' | 'modern' | 'code';

const EXPOSURE: Record<Kind, Record<Context, number>> = {
  // A credential in shipped code or build/CI configuration is live where it runs; the same value in a
  // test, a doc or an example is a sample far more often: on the panel every one was (requests' and
  // axios' test certificates, flask's documented SECRET_KEY values), and at 0.5 they outranked shipped
  // work and filled small backlogs. A real key there still leaks with the history: the gate blocks it
  // wherever it is committed, SARIF and `scan --history` list it; the ranked backlog leaves it at the
  // edge of its minimum score, under every piece of shipped work.
  secret: { source: 1, build: 1, test: 0.15, example: 0.15, docs: 0.15, generated: 0.5, vendored: 0.6 },
  // A dangerous call in a test builds test data or talks to a local test server (TLS checks off against
  // its own certificate), in a release script it runs on a maintainer's own inputs (a shell command
  // from its tags stays listed when it visibly reads argv or the environment); vendored code ships.
  vuln: { source: 1, build: 0.25, test: 0.15, example: 0.2, docs: 0.15, generated: 0.4, vendored: 0.6 },
  // Dependency and runtime findings sit in manifests (build context) and concern what ships.
  modern: { source: 1, build: 1, test: 0.4, example: 0.4, docs: 0.35, generated: 0.25, vendored: 0.25 },
  // Debt, complexity, documentation and performance of code nobody ships is worth little to fix: a
  // complex test, tutorial snippet, release script or test-runner config is seldom worth a maintainer's
  // change (axios' bin/ and karma.conf filled a third of its top 20). Their scores stay under the
  // backlog's usual minimum score: listed in the JSON and metrics, not among the ranked items.
  code: { source: 1, build: 0.2, test: 0.15, example: 0.15, docs: 0.15, generated: 0.25, vendored: 0.25 },
};

function kindOf(category: Category): Kind {
  return category === 'secret' || category === 'vuln' || category === 'modern' ? category : 'code';
}

export function exposureFactor(category: Category, context: Context): number {
  return EXPOSURE[kindOf(category)][context];
}

/**
 * × exposure of the context. The pre-commit gate passes `gate`: a live credential blocks wherever it
 * is committed, so the gate scores every path as shipped.
 */
export function rateExposure(
  category: Category,
  decision: ContextDecision,
  gate: boolean,
  terms: ScoreTerm[],
  facts?: Readonly<Record<string, number | string>>,
): number {
  const frozen = !gate && kindOf(category) === 'code' ? readFrozen(facts) : undefined;
  const factor = gate ? 1 : exposureFactor(category, decision.context) * (frozen ? DEPRECATED_CODE : 1);
  return addTerm(terms, 'composite', 'exposure', factor, () =>
    gate
      ? 'pre-commit gate: every path counts as shipped'
      : `${decision.context} (${decision.reason}): × ${exposureFactor(category, decision.context)} for a ${kindOf(category) === 'code' ? category : kindOf(category)} finding there${frozen ? `; ${frozen}: × ${DEPRECATED_CODE}` : ''}`,
  );
}

/** Why the finding's file is in maintenance only (facts.frozen; `deprecated: 1` in ledgers written before it). */
function readFrozen(facts: Readonly<Record<string, number | string>> | undefined): string | undefined {
  if (typeof facts?.frozen === 'string') return `its file is in maintenance only: ${facts.frozen}`;
  return facts?.deprecated !== undefined ? 'its file is marked deprecated (frozen until removed)' : undefined;
}

/**
 * × for debt, complexity, docs and performance work in a file its header marks deprecated or its
 * metadata frozen (findings/context-marks.ts): nobody refactors code that is frozen until the next
 * major removes it (93 of ESLint's 305 rules), nor code kept for bug fixes only (53 `frozen: true`
 * rules), as vendored code is not (× 0.25 too). Security findings keep their weight: it still ships.
 */
export const DEPRECATED_CODE = 0.25;

/** Confidence under which a security finding is taken for a sample or placeholder, not a live one. */
export const PLAUSIBLE_CONFIDENCE = 0.5;

/**
 * × for a vulnerability pattern whose input the analyzer saw come from nowhere outside (facts.input
 * 'callers': a parameter, not a request, argv, the environment or a socket). The call runs what its
 * callers hand it: a template compiler, a test runner evaluating its users' expressions, an ORM's
 * code generation do so by design, and the risk is real only where a caller passes outside input.
 * At full weight these headed the backlog of every library that has them (pytest, sqlalchemy, vue).
 */
export const INPUT_FROM_CALLERS = 0.6;

/**
 * Security findings the analyzer doubts (a demo password, a placeholder key: confidence under 0.5)
 * fall steeply, (confidence / 0.5)³, so a sample never heads the backlog (squared, a critical one at
 * 0.3 still outranked a fresh TODO in shipped code); at 0.5 and above, 1. A vulnerability pattern fed
 * only by its callers is × INPUT_FROM_CALLERS on top.
 */
export function ratePlausibility(
  category: Category,
  confidence: number,
  terms: ScoreTerm[],
  facts?: Readonly<Record<string, number | string>>,
): number {
  const security = category === 'secret' || category === 'vuln';
  const doubt =
    !security || confidence >= PLAUSIBLE_CONFIDENCE ? 1 : clamp(confidence / PLAUSIBLE_CONFIDENCE, 0, 1) ** 3;
  const fromCallers = category === 'vuln' && facts?.input === 'callers';
  const factor = doubt * (fromCallers ? INPUT_FROM_CALLERS : 1);
  return addTerm(terms, 'composite', 'plausibility', factor, () => {
    if (!security) return 'not a security finding: 1';
    const live =
      doubt === 1
        ? `confidence ${confidence} ≥ ${PLAUSIBLE_CONFIDENCE}: taken as live`
        : `confidence ${confidence} < ${PLAUSIBLE_CONFIDENCE} (a sample or placeholder): (${confidence} / ${PLAUSIBLE_CONFIDENCE})³`;
    return fromCallers
      ? `${live}; no outside input seen at the call (its callers decide what it runs): × ${INPUT_FROM_CALLERS}`
      : live;
  });
}
