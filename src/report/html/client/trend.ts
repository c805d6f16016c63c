import * as Plot from '@observablehq/plot';
import type { PerCategory, TrendPeriod } from '../report-data-types.js';
import { behind, figure, formatCount, formatHours, h, link, section, table, type Column } from './dom.js';
import type { Report } from './model.js';
import { CATEGORY_COLORS, FLOW_COLORS } from './palette.js';

const total = (counts: PerCategory | undefined) => Object.values(counts ?? {}).reduce((sum, value) => sum + value, 0);

/** Open items and debt per category at each period's end, and what came and went in between. */
export function renderTrend(report: Report, width: number): HTMLElement {
  const { trend } = report.data;
  const { periods } = trend;
  const categories = report.data.enums.categories.filter((category) =>
    periods.some((period) => (period.open[category] ?? 0) > 0 || (period.added?.[category] ?? 0) > 0),
  );
  const lead =
    periods.length === 0
      ? 'No committed ledger yet: the trend starts with the first commit of .value/ledger.json.'
      : `The committed ledger's own history: ${formatCount(trend.commits)} commits of .value/ledger.json, shown per ${trend.granularity} (the ledger at each ${trend.granularity}'s last commit).` +
        (trend.omittedPeriods ? ` ${trend.omittedPeriods} older ${trend.granularity}s are not shown.` : '') +
        (periods.length === 1 ? ' One period so far: the trend fills in as the ledger is committed.' : '');
  const body = h('div', { class: 'charts' });
  if (periods.length > 0) {
    body.append(
      figure('Open items by category', levelChart(report, periods, categories, 'open', 'open items', width / 2 - 12)),
      figure(
        'Estimated debt (hours) by category',
        levelChart(report, periods, categories, 'debtHours', 'hours', width / 2 - 12),
      ),
    );
    if (periods.length > 1)
      body.append(figure('New, resolved and allowed items per period', flowChart(periods, width)));
  }
  return section(
    'trend',
    'Trend',
    lead,
    body,
    periods.length ? behind('Table: trend per period', trendTable(report, periods, categories)) : null,
  );
}

function levelChart(
  report: Report,
  periods: readonly TrendPeriod[],
  categories: readonly string[],
  key: 'open' | 'debtHours',
  label: string,
  width: number,
): Element {
  const rows = periods.flatMap((period) =>
    categories.map((category) => ({
      period: period.period,
      date: new Date(`${period.date}T00:00:00Z`),
      category,
      value: period[key][category] ?? 0,
    })),
  );
  const color = {
    domain: categories,
    range: categories.map((category) => CATEGORY_COLORS[category] ?? '#888'),
    legend: true,
    tickFormat: report.categoryLabel,
  };
  const common = {
    y: 'value',
    fill: 'category',
    order: categories as string[],
    title: (row: { period: string; category: string; value: number }) =>
      `${row.period} · ${report.categoryLabel(row.category)}: ${row.value}`,
  };
  const marks =
    periods.length < 3
      ? [Plot.barY(rows, { ...common, x: 'period' }), Plot.ruleY([0])]
      : [Plot.areaY(rows, { ...common, x: 'date', curve: 'step-after' }), Plot.ruleY([0])];
  return Plot.plot({
    width,
    height: 240,
    marginLeft: 48,
    color,
    y: { label, grid: true },
    x: periods.length < 3 ? { type: 'band', label: null } : { label: null },
    marks,
    ariaLabel: `${label} by category over time`,
  });
}

function flowChart(periods: readonly TrendPeriod[], width: number): Element {
  const rows = periods.slice(1).flatMap((period) => [
    { period: period.period, kind: 'new', value: total(period.added) },
    { period: period.period, kind: 'resolved', value: -total(period.resolved) },
    { period: period.period, kind: 'allowed', value: -total(period.allowed) },
  ]);
  const labels = periods.slice(1).map((period) => period.period);
  const step = Math.max(1, Math.ceil(labels.length / Math.max(1, Math.floor(width / 80))));
  return Plot.plot({
    width,
    height: 220,
    marginLeft: 48,
    color: { domain: Object.keys(FLOW_COLORS), range: Object.values(FLOW_COLORS), legend: true },
    x: { type: 'band', label: null, domain: labels, ticks: labels.filter((_, index) => index % step === 0) },
    y: { label: 'items (resolved and allowed below 0)', grid: true },
    marks: [
      Plot.barY(rows, {
        x: 'period',
        y: 'value',
        fill: 'kind',
        title: (row: { period: string; kind: string; value: number }) =>
          `${row.period}: ${Math.abs(row.value)} ${row.kind}`,
      }),
      Plot.ruleY([0]),
    ],
    ariaLabel: 'new, resolved and allowed items per period',
  });
}

function trendTable(report: Report, periods: readonly TrendPeriod[], categories: readonly string[]): HTMLElement {
  const columns: Column<TrendPeriod>[] = [
    { label: 'Period', cell: (period) => period.period },
    {
      label: 'Ledger commit',
      cell: (period) => {
        const href = report.commitHref(period.commit);
        const short = period.commit.slice(0, 10);
        return href ? link(href, h('code', {}, short)) : h('code', {}, short);
      },
    },
    { label: 'Open', numeric: true, cell: (period) => formatCount(total(period.open)) },
    ...categories.map((category) => ({
      label: report.categoryLabel(category),
      numeric: true,
      cell: (period: TrendPeriod) => formatCount(period.open[category] ?? 0),
    })),
    { label: 'Debt', numeric: true, cell: (period) => formatHours(total(period.debtHours)) },
    { label: 'New', numeric: true, cell: (period) => (period.added ? formatCount(total(period.added)) : 'baseline') },
    {
      label: 'Resolved',
      numeric: true,
      cell: (period) => (period.resolved ? formatCount(total(period.resolved)) : '–'),
    },
    { label: 'Allowed', numeric: true, cell: (period) => (period.allowed ? formatCount(total(period.allowed)) : '–') },
  ];
  return table('Open items, debt and movements per period (the ledger at each period’s last commit)', columns, periods);
}
