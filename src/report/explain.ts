import type { ScoreName, ScoredItem, ScoringContext } from '../scoring/types.js';
import { CATEGORY_LABELS } from './text.js';

const SECTIONS: ReadonlyArray<readonly [ScoreName, string]> = [
  ['hotspot', 'Hotspot'],
  ['effort', 'Effort estimate'],
  ['wsjf', 'WSJF'],
  ['ice', 'ICE'],
  ['technicalDebt', 'Technical debt'],
  ['worth', 'Worth a change now'],
  ['composite', 'Composite'],
  ['risk', 'Risk and confidence'],
];

const OCCURRENCES_SHOWN = 20;

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3).replace(/0+$/, '');
}

/** What the context does to the score, in words (the terms below carry the numbers). */
function describeExposure(item: ScoredItem): string {
  const term = item.breakdown.find((candidate) => candidate.name === 'exposure');
  // shipped, but frozen by its own word (a deprecated header, `frozen: true` metadata)
  if (item.context === 'source' && term && term.value < 1)
    return `shipped code in maintenance only: scored × ${formatValue(term.value)} (see "exposure" below)`;
  if (item.context === 'source') return 'shipped code: scored in full';
  if (term) return `scored × ${formatValue(term.value)} for it (see "exposure" below)`;
  return item.category === 'secret' || item.category === 'vuln'
    ? 'a security finding: its value is not lowered for where it lives'
    : 'not shipped: user-business value halved (see "user-business value" below)';
}

/** `git-value explain ID`: every term of every score, its value and where it came from. */
export function renderExplain(item: ScoredItem, ctx?: Pick<ScoringContext, 'today' | 'maturity' | 'config'>): string {
  const lines = [
    `${item.id}  ${item.title}`,
    `rule ${item.ruleId} · ${CATEGORY_LABELS[item.category]} · ${item.severity} · ${item.path}:${item.line} · ${item.status} · first seen ${item.firstSeen}`,
  ];
  lines.push(`context: ${item.context} (${item.contextReason}); ${describeExposure(item)}`);
  if (item.held) {
    const option = item.held.startsWith('complex, stable')
      ? 'scoring.complexityNeedsEvidence'
      : 'scoring.projectLinters';
    lines.push(`not proposed: ${item.held} (held as a metric; ${option}: false would propose it)`);
  }
  if (item.evidence) lines.push(`evidence (redacted): ${item.evidence}`);
  // what the analyzer chose not to ask for, and why (the docstring analyzer's symbols outside the public API)
  if (typeof item.facts?.leftOut === 'string') lines.push(`left out of this item: ${item.facts.leftOut}`);
  const occurrences = item.occurrences ?? [];
  if (occurrences.length > 1) {
    lines.push(
      `${occurrences.length} occurrences of ${item.ruleId} in ${item.path} (one item: the same fix, repeated):`,
    );
    for (const occurrence of occurrences.slice(0, OCCURRENCES_SHOWN))
      lines.push(`  ${item.path}:${occurrence.line}  ${occurrence.id}  ${occurrence.title}`);
    if (occurrences.length > OCCURRENCES_SHOWN) lines.push(`  … and ${occurrences.length - OCCURRENCES_SHOWN} more`);
  }
  if (ctx)
    lines.push(
      `scored on ${ctx.today} with maturity ${ctx.maturity.level} (${ctx.maturity.percent}%), hotspot window ${ctx.config.hotspotWindowDays} days`,
    );
  lines.push(
    `composite ${item.scores.composite.toFixed(2)} · WSJF ${item.scores.wsjf.toFixed(2)} · ICE ${item.scores.ice.toFixed(1)} · technical debt ${item.scores.technicalDebt.toFixed(2)} h · effort ${item.effortHours.toFixed(2)} h · risk ${Math.round(item.risk * 100)}%`,
  );
  const width = Math.max(...item.breakdown.map((term) => term.name.length));
  for (const [score, heading] of SECTIONS) {
    const terms = item.breakdown.filter((term) => term.score === score);
    if (!terms.length) continue;
    lines.push('', heading);
    for (const term of terms)
      lines.push(`  ${term.name.padEnd(width)}  ${formatValue(term.value).padStart(8)}  ${term.source}`);
  }
  return `${lines.join('\n')}\n`;
}
