import type { Category } from '../findings/types.js';

export const CATEGORY_LABELS: Record<Category, string> = {
  secret: 'Hardcoded credentials',
  vuln: 'Security vulnerabilities',
  debt: 'Technical debt',
  quality: 'Code quality',
  perf: 'Performance',
  modern: 'Modernization',
};

/** Analyzer family of a rule id: the part before the first slash (`secret/github-pat` → `secret`). */
const WORD_CHAR = /[\p{L}\p{N}_]/u;

export function familyOf(ruleId: string): string {
  const slash = ruleId.indexOf('/');
  return slash < 0 ? ruleId : ruleId.slice(0, slash);
}

/**
 * Cut a title to at most `max` characters on a word boundary, with an ellipsis, so a shortened title
 * still reads as words (the seed cut mid-word into "in a...").
 */
export function shortenTitle(title: string, max: number): string {
  const flat = title.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // The last word that ends inside the room (followed by a space or punctuation) is where we cut.
  let end = -1;
  for (let index = max - 2; index >= 0 && end < 0; index--) {
    if (WORD_CHAR.test(flat[index] as string) && !WORD_CHAR.test(flat[index + 1] ?? ' ')) end = index + 1;
  }
  // Keep at least half the room: a title that is one long word is cut inside it rather than emptied.
  const cut = end >= Math.floor(max / 2) ? flat.slice(0, end) : flat.slice(0, max - 1);
  return `${cut}…`;
}

/** Text safe inside a markdown table cell and outside code spans. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/([\\|`*_[\]<>])/g, '\\$1');
}

/** `[path:line](prefix/path#Lline)`, a link GitHub and GitLab open at the line. */
export function linkToLine(path: string, line: number, prefix = ''): string {
  const target = `${prefix}${path.split('/').map(encodeURIComponent).join('/')}#L${line}`;
  return `[${escapeMarkdown(`${path}:${line}`)}](${target})`;
}

/** `../` per folder of the file the links are written in, so links resolve from where it sits. */
export function linkPrefixFor(reportPath: string): string {
  const depth = reportPath.split('/').length - 1;
  return '../'.repeat(Math.max(0, depth));
}

export function formatScore(value: number): string {
  return value.toFixed(2);
}

export function formatHours(value: number): string {
  return `${value.toFixed(1)} h`;
}

export function formatPercent(value: number, digits = 0): string {
  return `${(value * 100).toFixed(digits)}%`;
}

export function pluralise(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Code-unit order, independent of the machine's locale (localeCompare is not). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
