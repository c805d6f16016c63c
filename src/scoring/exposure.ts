import type { Context, ContextDecision } from '../findings/context.js';
import type { Category } from '../findings/types.js';
import { addTerm, clamp, type ScoreTerm } from './types.js';

// Where code lives decides what a finding there risks: shipped code reaches users, a test or a
// tutorial usually does not. One factor per (kind of finding, context) scales the composite, so the
// same pattern ranks below its shipped twin; `explain` prints the factor and the classifier's reason.
type Kind = 'secret' | 'vuln' | 'modern' | 'code';

const EXPOSURE: Record<Kind, Record<Context, number>> = {
  // A credential in shipped code or build/CI configuration is live where it runs; the same value in a
  // test, a doc or an example is usually a sample (test certificates, tutorial keys). A real key there
  // still leaks with the history, which is why the gate blocks it wherever it is committed.
  secret: { source: 1, build: 1, test: 0.5, example: 0.5, docs: 0.5, generated: 0.5, vendored: 0.6 },
  // A dangerous call in a test builds test data, in a release script it runs on a maintainer's inputs;
  // vendored code still ships with the product.
  vuln: { source: 1, build: 0.5, test: 0.35, example: 0.4, docs: 0.35, generated: 0.4, vendored: 0.6 },
  // Dependency and runtime findings sit in manifests (build context) and concern what ships.
  modern: { source: 1, build: 1, test: 0.4, example: 0.4, docs: 0.35, generated: 0.25, vendored: 0.25 },
  // Debt, complexity, documentation and performance of code nobody ships is worth less to fix.
  code: { source: 1, build: 0.6, test: 0.4, example: 0.45, docs: 0.35, generated: 0.25, vendored: 0.25 },
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
export function rateExposure(category: Category, decision: ContextDecision, gate: boolean, terms: ScoreTerm[]): number {
  const factor = gate ? 1 : exposureFactor(category, decision.context);
  return addTerm(terms, 'composite', 'exposure', factor, () =>
    gate
      ? 'pre-commit gate: every path counts as shipped'
      : `${decision.context} (${decision.reason}): × ${factor} for a ${kindOf(category) === 'code' ? category : kindOf(category)} finding there`,
  );
}

/** Confidence under which a security finding is taken for a sample or placeholder, not a live one. */
export const PLAUSIBLE_CONFIDENCE = 0.5;

/**
 * Security findings the analyzer doubts (a demo password, a placeholder key: confidence under 0.5)
 * fall steeply, (confidence / 0.5)², so a sample never heads the backlog; at 0.5 and above, 1.
 */
export function ratePlausibility(category: Category, confidence: number, terms: ScoreTerm[]): number {
  const security = category === 'secret' || category === 'vuln';
  const factor =
    !security || confidence >= PLAUSIBLE_CONFIDENCE ? 1 : clamp(confidence / PLAUSIBLE_CONFIDENCE, 0, 1) ** 2;
  return addTerm(terms, 'composite', 'plausibility', factor, () =>
    !security
      ? 'not a security finding: 1'
      : factor === 1
        ? `confidence ${confidence} ≥ ${PLAUSIBLE_CONFIDENCE}: taken as live`
        : `confidence ${confidence} < ${PLAUSIBLE_CONFIDENCE} (a sample or placeholder): (${confidence} / ${PLAUSIBLE_CONFIDENCE})²`,
  );
}
