import type { Config, MaturityLevel } from '../config/types.js';
import type { Finding } from '../findings/types.js';
import { scoreEntry } from './score-entry.js';
import type { ScoredItem } from './types.js';

const GATE_DAY = '1970-01-01';

/**
 * Score a finding a commit adds, for the pre-commit gate: it is new (age 0) and history plays no part
 * (no churn, no calibration), so the decision depends only on the staged content and the config.
 */
export function scoreFindingAtGate(finding: Finding, config: Config, level: MaturityLevel = 'developing'): ScoredItem {
  return scoreEntry(
    {
      id: `gate-${finding.fingerprint}`,
      ruleId: finding.ruleId,
      category: finding.category,
      severity: finding.severity,
      path: finding.path,
      line: finding.line,
      title: finding.title,
      fingerprint: finding.fingerprint,
      status: 'open',
      firstSeen: GATE_DAY,
      confidence: finding.confidence,
      effortHours: finding.effortHours,
      ...(finding.endLine === undefined ? {} : { endLine: finding.endLine }),
      ...(finding.evidence === undefined ? {} : { evidence: finding.evidence }),
      ...(finding.facts === undefined ? {} : { facts: finding.facts }),
    },
    {
      today: GATE_DAY,
      maturity: { level, percent: 0 },
      config: config.scoring,
      churn: new Map(),
      maxChurn: 0,
      gate: true,
    },
  );
}
