import type { ScoredItem } from '../scoring/types.js';
import type { BacklogModel } from './backlog-model.js';
import { pickNextItem } from './backlog-model.js';
import { summariseMetrics } from './metrics.js';
import { summariseDocCoverage } from './backlog-coverage.js';

export const JSON_SCHEMA_VERSION = 1;

/** Fixed key order, so the same item always serialises to the same text. */
function toJsonItem(item: ScoredItem): Record<string, unknown> {
  return {
    id: item.id,
    ruleId: item.ruleId,
    category: item.category,
    severity: item.severity,
    status: item.status,
    path: item.path,
    line: item.line,
    endLine: item.endLine,
    context: item.context,
    contextReason: item.contextReason,
    held: item.held,
    title: item.title,
    evidence: item.evidence,
    fingerprint: item.fingerprint,
    occurrences: (item.occurrences ?? []).map((occurrence) => ({
      id: occurrence.id,
      line: occurrence.line,
      endLine: occurrence.endLine,
      title: occurrence.title,
    })),
    firstSeen: item.firstSeen,
    history: item.history,
    scores: {
      composite: item.scores.composite,
      wsjf: item.scores.wsjf,
      ice: item.scores.ice,
      technicalDebt: item.scores.technicalDebt,
    },
    effortHours: item.effortHours,
    risk: item.risk,
    confidence: item.confidence,
    allow: item.allow,
    resolved: item.resolved,
    done: item.done,
    breakdown: item.breakdown.map((term) => ({
      score: term.score,
      name: term.name,
      value: term.value,
      source: term.source,
    })),
  };
}

/** `--format json`: the same scores as BACKLOG.md, for scripts. */
export function renderJson(model: BacklogModel): string {
  const { config, maturity } = model;
  const document = {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: 'git-value', version: model.toolVersion },
    repository: model.repoName,
    generatedAt: model.generatedAt,
    maturity: { level: maturity.level, percent: maturity.percent, features: maturity.features },
    thresholds: {
      blockMinScore: config.block.minScore,
      minScore: config.backlog.minScore,
      maxRisk: config.backlog.maxRisk,
      highValueScore: config.scoring.highValueScore,
    },
    weights: config.scoring.weights[maturity.level],
    categoryMultipliers: config.scoring.categoryMultipliers,
    summary: summariseMetrics(model),
    docCoverage: model.docCoverage ? { ...summariseDocCoverage(model.docCoverage), files: model.docCoverage } : null,
    nextItem: pickNextItem(model)?.id ?? null,
    items: model.open.map(toJsonItem),
    allowed: model.allowed.map(toJsonItem),
    resolved: model.resolved.map(toJsonItem),
    sources: model.sources,
    activeAnalyzers: model.activeAnalyzers,
    calibration: model.calibration ?? null,
    trend: model.trend,
    triggers: model.triggers,
    notes: model.notes,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
