import type { BacklogModel } from './backlog-model.js';
import { pickNextItem } from './backlog-model.js';
import { describeImpact } from './expected-impact.js';
import {
  CATEGORY_LABELS,
  escapeMarkdown,
  formatHours,
  formatPercent,
  formatScore,
  linkPrefixFor,
  linkToLine,
  shortenTitle,
} from './text.js';

const TITLE_WIDTH = 60;

export function renderHeader(model: BacklogModel): string[] {
  const { maturity } = model;
  const triggers = model.triggers.length
    ? model.triggers
        .map((trigger) => `${trigger.name} (${trigger.installed ? 'installed' : 'not installed'})`)
        .join(', ')
    : 'none installed: run `git-value init`';
  const lines = [
    `# Value backlog: ${escapeMarkdown(model.repoName)}`,
    '',
    `**Repository**: ${escapeMarkdown(model.repoName)}  `,
    `**Maturity level**: ${maturity.level} (${maturity.percent}%), from ${maturity.features.length} detected feature(s) listed under "Repository features detected"  `,
    `**Last updated**: ${model.generatedAt}  `,
    `**Refreshed by**: ${triggers}  `,
  ];
  for (const note of model.notes) lines.push('', `> Note: ${escapeMarkdown(note)}`);
  return lines;
}

export function renderNextBest(model: BacklogModel): string[] {
  const lines = ['## Next best value item', ''];
  const item = pickNextItem(model);
  const { minScore, maxRisk } = model.config.backlog;
  if (!item) {
    lines.push(
      model.open.length
        ? `No open item reaches the minimum score (${minScore}) within the risk tolerance (${formatPercent(maxRisk)}).`
        : 'No open items: the ledger is clean.',
    );
    return lines;
  }
  lines.push(
    `**[${item.id}] ${escapeMarkdown(item.title)}**`,
    `- **Composite score**: ${formatScore(item.scores.composite)}`,
    `- **WSJF**: ${item.scores.wsjf.toFixed(2)} | **ICE**: ${item.scores.ice.toFixed(1)} | **Tech debt**: ${formatHours(item.scores.technicalDebt)}`,
    `- **Category**: ${CATEGORY_LABELS[item.category]} (\`${item.ruleId}\`, ${item.severity})`,
    `- **Location**: ${linkToLine(item.path, item.line, linkPrefixFor(model.config.backlog.path))}`,
    `- **Context**: ${item.context} (${escapeMarkdown(item.contextReason)})`,
    `- **Estimated effort**: ${formatHours(item.effortHours)}`,
    `- **Risk level**: ${formatPercent(item.risk)}`,
    `- **Confidence**: ${formatPercent(item.confidence)}`,
    `- **Expected impact**: ${escapeMarkdown(describeImpact(item, model.activeAnalyzers))}`,
    '',
    `\`git-value explain ${item.id}\` shows every term of these scores and where it came from.`,
  );
  return lines;
}

export function renderTopTable(model: BacklogModel): string[] {
  const { top, minScore } = model.config.backlog;
  const eligible = model.open.filter((item) => item.scores.composite >= minScore);
  const shown = eligible.slice(0, top);
  const lines = ['## Top value opportunities', ''];
  if (!shown.length) {
    lines.push(`No open item reaches the minimum score of ${minScore}.`);
    return lines;
  }
  const prefix = linkPrefixFor(model.config.backlog.path);
  lines.push(
    '| Rank | ID | Title | Score | Category | Est. hours | Risk | Tags | Context | Location |',
    '|-----:|----|-------|------:|----------|-----------:|-----:|------|---------|----------|',
  );
  shown.forEach((item, index) => {
    const tags = [item.severity, item.ruleId].map((tag) => `\`${tag}\``).join(', ');
    lines.push(
      `| ${index + 1} | \`${item.id}\` | ${escapeMarkdown(shortenTitle(item.title, TITLE_WIDTH))} | ${formatScore(item.scores.composite)} | ${CATEGORY_LABELS[item.category]} | ${item.effortHours.toFixed(1)} | ${formatPercent(item.risk)} | ${tags} | ${item.context} | ${linkToLine(item.path, item.line, prefix)} |`,
    );
  });
  const below = model.open.length - eligible.length;
  lines.push(
    '',
    `Showing ${shown.length} of ${model.open.length} open item(s)${below ? `; ${below} below the minimum score of ${minScore} are left out` : ''}. \`git-value backlog --format json\` lists them all.`,
  );
  return lines;
}
