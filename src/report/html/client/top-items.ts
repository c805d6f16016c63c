import * as Plot from '@observablehq/plot';
import type { ScoreTermRow, TopItem } from '../report-data-types.js';
import { behind, figure, formatHours, formatScore, h, link, section, table, type Column } from './dom.js';
import type { Report } from './model.js';
import { PART_COLORS } from './palette.js';

// The sections of `git-value explain`, in its order.
const SECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['hotspot', 'Hotspot'],
  ['effort', 'Effort estimate'],
  ['wsjf', 'WSJF'],
  ['ice', 'ICE'],
  ['technicalDebt', 'Technical debt'],
  ['composite', 'Composite'],
  ['risk', 'Risk and confidence'],
];

const clip = (text: string, length: number) => (text.length <= length ? text : `${text.slice(0, length - 1)}…`);

const PARTS: ReadonlyArray<readonly [keyof TopItem['parts'], string]> = [
  ['wsjf', 'WSJF'],
  ['ice', 'ICE'],
  ['debt', 'technical debt'],
  ['security', 'security boost'],
];

/** The highest-ranked items: what their composite score is made of, and every term as explain gives it. */
export function renderTopItems(report: Report, width: number): HTMLElement {
  const { top } = report.data;
  if (top.length === 0) return section('top', 'Top items', 'No open items.');
  const label = (item: TopItem) => `${item.rank}. ${clip(item.title, 52)}`;
  const rows = top.flatMap((item) =>
    PARTS.map(([key, part]) => ({ item, part, points: item.parts[key] })).filter((row) => row.points > 0),
  );
  const chart = Plot.plot({
    width,
    height: 50 + 24 * top.length,
    marginLeft: 340,
    // a composite is capped at 100; its parts can add up to a little more
    x: {
      label: 'composite score (points of 100)',
      grid: true,
      domain: [
        0,
        Math.max(100, ...top.map((item) => item.parts.wsjf + item.parts.ice + item.parts.debt + item.parts.security)),
      ],
    },
    y: { label: null, domain: top.map(label) },
    color: {
      domain: PARTS.map(([, part]) => part),
      range: PARTS.map(([, part]) => PART_COLORS[part] ?? '#888'),
      legend: true,
    },
    marks: [
      Plot.barX(rows, {
        y: (row: { item: TopItem }) => label(row.item),
        x: 'points',
        fill: 'part',
        stroke: 'var(--bg)',
        href: (row: { item: TopItem }) => `#item-${row.item.id}`,
        title: (row: { item: TopItem; part: string; points: number }) =>
          `${row.item.id} ${row.item.title}\n${row.part}: ${row.points.toFixed(1)} points`,
      }),
      Plot.ruleX([0]),
    ],
    ariaLabel: 'composite score of the top items by part',
  });
  return section(
    'top',
    'Top items',
    `The ${top.length} highest-ranked open items. A bar shows what the composite score is made of: weighted WSJF, ICE and technical debt, plus the boost security categories get, times the category multiplier. Each item below lists every term as 'git-value explain ID' prints it.`,
    figure('Composite score of the top items, by part', chart),
    behind('Table: top items', topTable(report)),
    h('div', { class: 'explain-list' }, ...top.map((item) => explainCard(report, item))),
  );
}

function topTable(report: Report): HTMLElement {
  const columns: Column<TopItem>[] = [
    { label: '#', numeric: true, cell: (item) => item.rank },
    { label: 'Id', cell: (item) => link(`#item-${item.id}`, h('code', {}, item.id)) },
    { label: 'Score', numeric: true, cell: (item) => formatScore(item.composite) },
    ...PARTS.map(([key, part]) => ({
      label: part,
      numeric: true,
      cell: (item: TopItem) => item.parts[key].toFixed(1),
    })),
    { label: 'Effort', numeric: true, cell: (item) => formatHours(item.effortHours) },
    { label: 'Context', cell: (item) => item.context },
    { label: 'File', cell: (item) => link(report.fileHref(item.path, item.line), `${item.path}:${item.line}`) },
    { label: 'Title', cell: (item) => item.title },
  ];
  return table('Top items and the points each part of the score gives', columns, report.data.top);
}

function termTable(terms: readonly ScoreTermRow[]): HTMLElement {
  const rows = h('tbody');
  for (const [score, heading] of SECTIONS) {
    const group = terms.filter((term) => term.score === score);
    if (group.length === 0) continue;
    rows.append(h('tr', { class: 'group' }, h('th', { colspan: 3, scope: 'rowgroup' }, heading)));
    for (const term of group)
      rows.append(
        h(
          'tr',
          {},
          h('td', {}, term.name),
          h('td', { class: 'num' }, formatTerm(term.value)),
          h('td', { class: 'source' }, term.source),
        ),
      );
  }
  return h(
    'table',
    { class: 'terms' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Term'),
        h('th', { scope: 'col', class: 'num' }, 'Value'),
        h('th', { scope: 'col' }, 'Where it comes from'),
      ),
    ),
    rows,
  );
}

function formatTerm(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(3).replace(/0+$/, '');
}

function explainCard(report: Report, item: TopItem): HTMLElement {
  const category = report.data.enums.categories[item.category] ?? '';
  return h(
    'details',
    { id: `item-${item.id}`, class: 'explain', open: item.rank === 1 },
    h(
      'summary',
      {},
      h('span', { class: 'rank' }, `${item.rank}.`),
      ' ',
      h('code', {}, item.id),
      ` ${formatScore(item.composite)} · ${item.title}`,
    ),
    h(
      'p',
      { class: 'facts' },
      `rule ${item.ruleId} · ${report.categoryLabel(category)} · ${item.severity} · `,
      link(report.fileHref(item.path, item.line), `${item.path}:${item.line}`),
      ` · ${item.context} (${item.contextReason}) · first seen ${item.firstSeen}`,
      item.evidence ? ` · evidence (redacted): ${item.evidence}` : null,
    ),
    h(
      'p',
      { class: 'facts' },
      `composite ${item.composite.toFixed(2)} · WSJF ${item.wsjf.toFixed(2)} · ICE ${item.ice.toFixed(1)} · technical debt ${item.technicalDebt.toFixed(2)} h · effort ${item.effortHours.toFixed(2)} h · risk ${Math.round(item.risk * 100)} %`,
    ),
    termTable(item.terms),
  );
}
