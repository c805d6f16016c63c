import { SECURITY_WINDOW_DAYS } from '../scoring/wsjf.js';
import type { BacklogModel } from './backlog-model.js';
import { pickNextItem } from './backlog-model.js';
import { CATEGORY_LABELS, escapeMarkdown, formatPercent } from './text.js';

const MAX_EVIDENCE_SHOWN = 4;

export function renderDiscovery(model: BacklogModel): string[] {
  const lines = ['## Continuous discovery status', '', '### Active analyzers', ''];
  if (model.activeAnalyzers.length) {
    lines.push('| Analyzer | What it finds | Findings |', '|----------|---------------|---------:|');
    for (const analyzer of model.activeAnalyzers)
      lines.push(
        `| \`${escapeMarkdown(analyzer.id)}\` | ${escapeMarkdown(analyzer.description)} | ${analyzer.findings} |`,
      );
  } else lines.push('No analyzers enabled (see `analyzers` in `.valuerc.json`).');
  lines.push('', '### Repository features detected', '');
  if (model.maturity.features.length) {
    for (const feature of model.maturity.features) {
      const shown = feature.evidence.slice(0, MAX_EVIDENCE_SHOWN).map((evidence) => `\`${escapeMarkdown(evidence)}\``);
      const more = feature.evidence.length - shown.length;
      lines.push(`- **${escapeMarkdown(feature.name)}**: ${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
    }
  } else lines.push('No features detected (no tests, CI, linters or docs found among the tracked files).');
  const { block, backlog } = model.config;
  const ready = model.open.filter(
    (item) => item.scores.composite >= backlog.minScore && item.risk <= backlog.maxRisk,
  ).length;
  lines.push(
    '',
    '### Execution readiness',
    `- **Commit gate**: a commit adding a ${block.categories.map((category) => `\`${category}\``).join(' or ')} finding scoring ≥ ${block.minScore} is refused`,
    `- **Minimum score**: ${backlog.minScore} composite points to be proposed`,
    `- **Risk tolerance**: ${formatPercent(backlog.maxRisk)} maximum risk level`,
    `- **Ready now**: ${ready} open item(s) clear both${pickNextItem(model) ? '' : ' (none to propose)'}`,
  );
  return lines;
}

export function renderScoringConfig(model: BacklogModel): string[] {
  const { scoring } = model.config;
  const level = model.maturity.level;
  const weights = scoring.weights[level];
  const multipliers = Object.entries(scoring.categoryMultipliers)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(
      ([category, value]) =>
        `- **${CATEGORY_LABELS[category as keyof typeof CATEGORY_LABELS] ?? category}** (\`${category}\`): ${value.toFixed(1)}×`,
    );
  return [
    '## Scoring configuration',
    '',
    `**Repository-adaptive weights (maturity level ${level}):**`,
    `- **WSJF** (cost of delay / job size): ${formatPercent(weights.wsjf)}`,
    `- **ICE** (impact × confidence × ease): ${formatPercent(weights.ice)}`,
    `- **Technical debt** (principal × interest): ${formatPercent(weights.technicalDebt)}`,
    `- **Security boost** (added for ${model.config.block.categories.map((c) => `\`${c}\``).join(', ')} findings): ${formatPercent(weights.security)}`,
    '',
    '**Category multipliers:**',
    ...multipliers,
    '',
    '**Scoring factors:**',
    `- **Hotspots**: commits touching the file in the ${scoring.hotspotWindowDays} days up to the last commit, relative to the busiest file, × a complexity factor; raises risk reduction and debt interest`,
    `- **Security vulnerability window**: time criticality of a security finding grows from 5 to 10 over its first ${SECURITY_WINDOW_DAYS} days in the repository`,
    `- **Critical paths**: ${scoring.criticalPaths.length ? scoring.criticalPaths.map((glob) => `\`${escapeMarkdown(glob)}\``).join(', ') : 'none configured (`scoring.criticalPaths`)'}; findings there gain 2 points of business value`,
    '- **Tests, docs and examples**: non-security findings there count half the business value',
    `- **High-value threshold**: ${scoring.highValueScore}`,
  ];
}

export function renderLearning(model: BacklogModel): string[] {
  const lines = ['## Triggers and learning', '', '### Triggers', ''];
  if (model.triggers.length) {
    for (const trigger of model.triggers)
      lines.push(
        `- **${escapeMarkdown(trigger.name)}** (${trigger.installed ? 'installed' : 'not installed'}): ${escapeMarkdown(trigger.description)}`,
      );
  } else lines.push('No triggers installed: `git-value init` installs the hooks.');
  lines.push('', '### Prediction accuracy', '');
  const calibration = model.calibration;
  if (!calibration || calibration.samples === 0) {
    lines.push(
      'No recorded outcomes yet. Record the actual effort of a fixed item with `git-value done ID --hours N`; ' +
        `a category's estimates are calibrated once it has ${calibration?.minSamples ?? 3} outcomes.`,
    );
    return lines;
  }
  const mape = (value: number | null): string => (value === null ? 'n/a' : formatPercent(value, 1));
  lines.push(
    `- **Recorded outcomes**: ${calibration.samples}`,
    `- **Mean absolute percentage error**: ${mape(calibration.mapeBefore)} before calibration, ${mape(calibration.mapeAfter)} after (${calibration.method}: each outcome predicted by a factor computed without it)`,
    '',
    '| Category | Outcomes | Factor (median actual / predicted) | MAPE before | MAPE after |',
    '|----------|---------:|-----------------------------------:|------------:|-----------:|',
  );
  for (const entry of calibration.categories) {
    const factor =
      entry.samples >= calibration.minSamples
        ? `${entry.factor.toFixed(2)}×`
        : `1.00× (needs ${calibration.minSamples})`;
    lines.push(
      `| ${CATEGORY_LABELS[entry.category]} | ${entry.samples} | ${factor} | ${mape(entry.mapeBefore)} | ${mape(entry.mapeAfter)} |`,
    );
  }
  return lines;
}
