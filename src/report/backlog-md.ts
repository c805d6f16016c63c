import type { BacklogModel } from './backlog-model.js';
import { renderDiscovery, renderLearning, renderScoringConfig } from './backlog-discovery.js';
import { renderAllowed, renderFooter, renderNextSteps, renderResolved, renderTrend } from './backlog-history.js';
import { renderDocCoverage } from './backlog-coverage.js';
import { renderMetrics } from './backlog-metrics.js';
import { renderHeader, renderNextBest, renderTopTable } from './backlog-top.js';

/** BACKLOG.md: every section of the report it replaces, each computed from the model. Same model, same bytes. */
export function renderBacklog(model: BacklogModel): string {
  const sections = [
    renderHeader(model),
    renderNextBest(model),
    renderTopTable(model),
    renderMetrics(model),
    renderDocCoverage(model),
    renderDiscovery(model),
    renderScoringConfig(model),
    renderLearning(model),
    renderTrend(model),
    renderAllowed(model),
    renderResolved(model),
    renderNextSteps(model),
    renderFooter(model),
  ];
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
