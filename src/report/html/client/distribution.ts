import * as Plot from '@observablehq/plot';
import { behind, figure, formatCount, h, link, section, table, type Column } from './dom.js';
import { itemsHref, type ItemFilter } from './filters.js';
import type { Item, Report } from './model.js';
import { CATEGORY_COLORS, SEVERITY_COLORS } from './palette.js';

interface Cell {
  group: string;
  key: string;
  count: number;
}

function countBy(items: readonly Item[], group: (item: Item) => string, key: (item: Item) => string): Cell[] {
  const counts = new Map<string, Cell>();
  for (const item of items) {
    const id = `${group(item)}\u0000${key(item)}`;
    const cell = counts.get(id) ?? { group: group(item), key: key(item), count: 0 };
    cell.count++;
    counts.set(id, cell);
  }
  return [...counts.values()];
}

/** Open items by category and severity, and by context (shipped source, tests, docs…) and category. */
export function renderDistribution(report: Report, width: number): HTMLElement {
  const { enums } = report.data;
  const open = report.open;
  const bySeverity = countBy(
    open,
    (item) => item.category,
    (item) => item.severity,
  );
  const byContext = countBy(
    open,
    (item) => item.context,
    (item) => item.category,
  );
  const charts = h('div', { class: 'charts' });
  if (open.length > 0)
    charts.append(
      figure(
        'Open items by category and severity',
        stackedBars(bySeverity, {
          width: Math.floor((width - 40) / 2),
          groupLabel: report.categoryLabel,
          keys: enums.severities,
          colors: SEVERITY_COLORS,
          keyLabel: (key) => key,
          filter: (cell) => ({ category: cell.group, severity: cell.key }),
          aria: 'open items by category, stacked by severity',
        }),
      ),
      figure(
        'Open items by context and category',
        stackedBars(byContext, {
          width: Math.floor((width - 40) / 2),
          groupLabel: (context) => context,
          keys: enums.categories,
          colors: CATEGORY_COLORS,
          keyLabel: report.categoryLabel,
          filter: (cell) => ({ context: cell.group, category: cell.key }),
          aria: 'open items by context, stacked by category',
        }),
      ),
    );
  return section(
    'distribution',
    'Distribution',
    open.length
      ? `${formatCount(open.length)} open items. Context says where a file lives: shipped source, tests, docs, examples, generated, vendored or build code.`
      : 'No open items.',
    charts,
    behind(
      'Table: by category and severity',
      crossTable('Open items by category (rows) and severity (columns)', bySeverity, {
        groups: enums.categories,
        keys: enums.severities,
        groupLabel: report.categoryLabel,
        keyLabel: (key) => key,
        filter: (group, key) => (key ? { category: group, severity: key } : { category: group }),
      }),
    ),
    behind(
      'Table: by context and category',
      crossTable('Open items by context (rows) and category (columns)', byContext, {
        groups: enums.contexts,
        keys: enums.categories,
        groupLabel: (context) => context,
        keyLabel: report.categoryLabel,
        filter: (group, key) => (key ? { context: group, category: key } : { context: group }),
      }),
    ),
  );
}

interface BarOptions {
  width: number;
  groupLabel(group: string): string;
  keys: readonly string[];
  colors: Record<string, string>;
  keyLabel(key: string): string;
  filter(cell: Cell): ItemFilter;
  aria: string;
}

function stackedBars(cells: readonly Cell[], options: BarOptions): Element {
  const totals = new Map<string, number>();
  for (const cell of cells) totals.set(cell.group, (totals.get(cell.group) ?? 0) + cell.count);
  const groups = [...totals.keys()].sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0));
  const keys = options.keys.filter((key) => cells.some((cell) => cell.key === key));
  return Plot.plot({
    width: options.width,
    height: 60 + 32 * groups.length,
    marginLeft: 150,
    x: { label: 'open items', grid: true },
    y: { label: null, domain: groups, tickFormat: options.groupLabel },
    color: {
      domain: keys,
      range: keys.map((key) => options.colors[key] ?? '#888'),
      legend: true,
      tickFormat: options.keyLabel,
    },
    marks: [
      Plot.barX(cells, {
        y: 'group',
        x: 'count',
        fill: 'key',
        order: keys as string[],
        stroke: 'var(--bg)',
        href: (cell: Cell) => itemsHref(options.filter(cell)),
        title: (cell: Cell) => `${options.groupLabel(cell.group)} · ${options.keyLabel(cell.key)}: ${cell.count}`,
      }),
      Plot.ruleX([0]),
    ],
    ariaLabel: options.aria,
  });
}

interface CrossOptions {
  groups: readonly string[];
  keys: readonly string[];
  groupLabel(group: string): string;
  keyLabel(key: string): string;
  /** The items a cell counts; without a key, the whole row. */
  filter(group: string, key?: string): ItemFilter;
}

function crossTable(caption: string, cells: readonly Cell[], options: CrossOptions): HTMLElement {
  const count = (group: string, key?: string) =>
    cells
      .filter((cell) => cell.group === group && (key === undefined || cell.key === key))
      .reduce((sum, cell) => sum + cell.count, 0);
  const groups = options.groups.filter((group) => count(group) > 0);
  const keys = options.keys.filter((key) => cells.some((cell) => cell.key === key));
  const number = (value: number, filter: ItemFilter) => (value ? link(itemsHref(filter), formatCount(value)) : '0');
  const columns: Column<string>[] = [
    { label: '', cell: options.groupLabel },
    ...keys.map((key) => ({
      label: options.keyLabel(key),
      numeric: true,
      cell: (group: string) => number(count(group, key), options.filter(group, key)),
    })),
    { label: 'Total', numeric: true, cell: (group) => number(count(group), options.filter(group)) },
  ];
  return table(caption, columns, groups);
}
