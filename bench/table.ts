// Markdown tables the README can quote as printed: a header row, a rule, one row per measurement.

/** What a bench section prints, plus its budget lines for the final summary: [what, measured, budget, PASS/FAIL]. */
export interface SectionReport {
  title: string;
  body: string;
  budgets: [string, string, string, string][];
}

export type Row = readonly (string | number)[];

export function renderTable(header: readonly string[], rows: readonly Row[]): string {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = header.map((_, col) => Math.max(3, ...cells.map((row) => (row[col] ?? '').length)));
  const line = (row: readonly string[]): string =>
    `| ${widths.map((width, col) => (row[col] ?? '').padEnd(width)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return [line(cells[0]!), rule, ...cells.slice(1).map(line)].join('\n');
}

export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

export function formatRatio(value: number): string {
  return `${value.toFixed(2)}×`;
}

export function verdict(pass: boolean): string {
  return pass ? 'PASS' : 'FAIL';
}

export function formatPercent(value: number): string {
  return Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : 'n/a';
}
