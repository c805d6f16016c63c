import type { BacklogModel } from './backlog-model.js';
import { NON_SHIPPED } from '../findings/context.js';
import { type CategoryMetrics, summariseCategories, summariseMetrics } from './metrics.js';
import type { ScoredItem } from '../scoring/types.js';
import {
  CATEGORY_LABELS,
  compareText,
  escapeMarkdown,
  formatPercent,
  formatScore,
  pluralise,
  shortenTitle,
} from './text.js';

const FAMILY_LABELS: Record<string, string> = {
  secret: 'Secret detection',
  vuln: 'Vulnerability patterns',
  debt: 'Debt markers',
  quality: 'Code quality analysis',
  perf: 'Performance analysis',
  modern: 'Modernization analysis',
};

export function renderMetrics(model: BacklogModel): string[] {
  const metrics = summariseMetrics(model);
  const { maxRisk } = model.config.backlog;
  const highestRisk = Math.max(0, ...model.open.map((item) => item.risk));
  const lines = [
    '## Value metrics',
    '',
    '### Overall repository health',
    `- **Open items**: ${metrics.total}`,
    `- **High-value items (score ≥ ${model.config.scoring.highValueScore})**: ${metrics.highValue}`,
    `- **Average composite score**: ${metrics.averageScore.toFixed(1)}`,
    `- **Categories represented**: ${metrics.categories}`,
    `- **Risk profile**: ${pluralise(metrics.highRisk, 'item')} above the ${formatPercent(maxRisk)} risk tolerance (highest risk ${formatPercent(highestRisk)})`,
    `- **Total estimated effort**: ${metrics.totalEffort.toFixed(1)} h; **technical debt**: ${metrics.totalDebtHours.toFixed(1)} h`,
    '',
    '### Value distribution by category',
    '',
  ];
  if (metrics.byCategory.length) {
    lines.push('| Category | Items | Avg score | Total effort |', '|----------|------:|----------:|-------------:|');
    for (const group of metrics.byCategory) {
      lines.push(
        `| ${CATEGORY_LABELS[group.category]} | ${group.count} | ${group.averageScore.toFixed(1)} | ${group.totalEffort.toFixed(1)} h |`,
      );
    }
  } else lines.push('No open items.');
  const bands = metrics.effortBands;
  lines.push(
    '',
    '### Effort vs impact',
    `- **Quick wins** (≤ 2 h): ${pluralise(bands.quickWins, 'item')}`,
    `- **Medium effort** (2–5 h): ${pluralise(bands.medium, 'item')}`,
    `- **Large projects** (> 5 h): ${pluralise(bands.large, 'item')}`,
    '',
    '### Sources',
  );
  if (model.sources.length) {
    for (const source of model.sources)
      lines.push(
        `- **${FAMILY_LABELS[source.family] ?? escapeMarkdown(source.family)}** (\`${escapeMarkdown(source.family)}/…\`): ${pluralise(source.findings, 'finding')}`,
      );
  } else lines.push('- No findings from any source.');
  lines.push(...renderHeld(model));
  lines.push('', '### Focus areas', '', ...renderFocus(model));
  return lines;
}

/**
 * The categories holding the most ranked value, each with the item to start with. Drawn from the ranked
 * work only (the top table's items: at the minimum score, not held as metrics) and led by shipped code:
 * a docs example key or a test certificate under the cut-off is a metric, not where to start (issue 11).
 */
export function pickFocusAreas(model: Pick<BacklogModel, 'open' | 'config'>): FocusArea[] {
  const ranked = model.open.filter(
    (item) => item.scores.composite >= model.config.backlog.minScore && !item.held && !NON_SHIPPED.has(item.context),
  );
  // The seed's "optimizations" were written by hand; ours are the categories holding the most value.
  return summariseCategories(ranked)
    .sort((a, b) => b.totalScore - a.totalScore || (a.category < b.category ? -1 : 1))
    .slice(0, 3)
    .map((group) => ({ ...group, lead: ranked.find((item) => item.category === group.category) as ScoredItem }));
}

export interface FocusArea extends CategoryMetrics {
  lead: ScoredItem;
}

function renderFocus(model: BacklogModel): string[] {
  const focus = pickFocusAreas(model);
  if (!focus.length)
    return [
      model.open.length
        ? `Nothing to focus on: no open item in shipped code reaches the minimum score of ${model.config.backlog.minScore}.`
        : 'Nothing to focus on: no open items.',
    ];
  return focus.map(
    (group, index) =>
      `${index + 1}. **${CATEGORY_LABELS[group.category]}**: ${formatScore(group.totalScore)} score points over ${pluralise(group.count, 'ranked item')}; start with \`${group.lead.id}\` (${formatScore(group.lead.scores.composite)})`,
  );
}

/**
 * Open items held as metrics (the project's linter decided, an inline suppression, complex but stable
 * code), by why: counted here, not proposed in the ranked table.
 */
function renderHeld(model: BacklogModel): string[] {
  const groups = new Map<string, { count: number; category: string; example: ScoredItem }>();
  for (const item of model.open) {
    if (!item.held) continue;
    const colon = item.held.indexOf(':');
    const why = colon === -1 ? item.held : item.held.slice(0, colon);
    const key = `${item.category}\0${why}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { count: 1, category: CATEGORY_LABELS[item.category], example: item });
  }
  if (groups.size === 0) return [];
  const lines = ['', '### Held as metrics, not proposed'];
  for (const { category, count, example } of [...groups.values()].sort(
    (a, b) => b.count - a.count || compareText(a.example.id, b.example.id),
  ))
    lines.push(
      `- **${category}**, ${pluralise(count, 'item')}: ${escapeMarkdown(example.held ?? '')}; for example \`${example.id}\` ${escapeMarkdown(shortenTitle(example.title, 80))}`,
    );
  lines.push('', '`git-value explain ID` says why for each; `backlog --format json` lists them with `held`.');
  return lines;
}
