import * as Plot from '@observablehq/plot';
import type { PerCategory, TrendPeriod } from '../report-data-types.js';
import { behind, figure, formatCount, formatHours, h, link, section, table, type Column } from './dom.js';
import type { Report } from './model.js';
import { CATEGORY_COLORS } from './palette.js';

const total = (counts: PerCategory | undefined) => Object.values(counts ?? {}).reduce((sum, value) => sum + value, 0);

const dayOf = (date: string) => new Date(`${date}T00:00:00Z`);
const PERIOD_DAYS = { day: 1, week: 7, month: 31 };

/** One time axis for the three charts: from the first ledger version to the end of the last period. */
function timeDomain(report: Report): [Date, Date] {
  const { periods, granularity } = report.data.trend;
  const first = dayOf(periods[0]?.date ?? '1970-01-01');
  const last = dayOf(periods[periods.length - 1]?.start ?? '1970-01-01');
  return [first, new Date(last.getTime() + PERIOD_DAYS[granularity] * 86_400_000)];
}

/** Open items and debt per category at each period's end, and what came and went in between. */
export function renderTrend(report: Report, width: number): HTMLElement {
  const { trend } = report.data;
  const { periods } = trend;
  const categories = report.data.enums.categories.filter((category) =>
    periods.some(
      (period) =>
        (period.open[category] ?? 0) > 0 ||
        (period.added?.[category] ?? 0) > 0 ||
        (period.resolved?.[category] ?? 0) > 0,
    ),
  );
  const lead =
    periods.length === 0
      ? 'No committed ledger yet: the trend starts with the first commit of .value/ledger.json.'
      : `The committed ledger's own history: ${formatCount(trend.commits)} commits of .value/ledger.json, shown per ${trend.granularity} (the ledger at each ${trend.granularity}'s last commit).` +
        (trend.omittedPeriods ? ` ${trend.omittedPeriods} older ${trend.granularity}s are not shown.` : '') +
        (periods.length === 1 ? ' One period so far: the trend fills in as the ledger is committed.' : '');
  const body = h('div', { class: 'charts' });
  const half = Math.floor((width - 40) / 2);
  if (periods.length > 0) {
    body.append(
      figure('Open items by category', levelChart(report, periods, categories, 'open', 'open items', half)),
      figure('Estimated debt (hours) by category', levelChart(report, periods, categories, 'debtHours', 'hours', half)),
    );
    if (periods.length > 1)
      body.append(
        figure(
          `Items per ${trend.granularity}: new above the line, resolved or allowed below, by category`,
          flowChart(report, categories, width),
        ),
      );
  }
  return section(
    'trend',
    'Trend',
    lead,
    body,
    periods.length ? behind('Table: trend per period', trendTable(report, periods, categories)) : null,
  );
}

function categoryColor(report: Report, categories: readonly string[]) {
  return {
    domain: categories as string[],
    range: categories.map((category) => CATEGORY_COLORS[category] ?? '#888'),
    legend: true,
    tickFormat: report.categoryLabel,
  };
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
      date: dayOf(period.date),
      category,
      value: period[key][category] ?? 0,
    })),
  );
  const marks =
    periods.length < 3
      ? [
          Plot.barY(rows, {
            x: 'period',
            y: 'value',
            fill: 'category',
            order: categories as string[],
            title: (row: { period: string; category: string; value: number }) =>
              `${row.period} · ${report.categoryLabel(row.category)}: ${row.value}`,
          }),
        ]
      : // one path per category: a title per point would cut the area into segments
        [
          Plot.areaY(rows, {
            x: 'date',
            y: 'value',
            fill: 'category',
            order: categories as string[],
            curve: 'step-after',
            tip: true,
          }),
        ];
  return Plot.plot({
    width,
    height: 240,
    marginLeft: 48,
    color: categoryColor(report, categories),
    y: { label, grid: true },
    x: periods.length < 3 ? { type: 'band', label: null } : { type: 'utc', label: null, domain: timeDomain(report) },
    marks: [...marks, Plot.ruleY([0])],
    ariaLabel: `${label} by category over time`,
  });
}

interface Flow {
  start: Date;
  period: string;
  category: string;
  kind: 'new' | 'closed';
  value: number;
}

/** New items above zero, resolved and allowed ones below, each period spanning its days on a time axis. */
function flowChart(report: Report, categories: readonly string[], width: number): Element {
  const { granularity, periods } = report.data.trend;
  const rows: Flow[] = periods.slice(1).flatMap((period) =>
    categories.flatMap((category): Flow[] => {
      const added = period.added?.[category] ?? 0;
      const closed = (period.resolved?.[category] ?? 0) + (period.allowed?.[category] ?? 0);
      const base = { start: dayOf(period.start), period: period.period, category };
      return [
        ...(added ? [{ ...base, kind: 'new' as const, value: added }] : []),
        ...(closed ? [{ ...base, kind: 'closed' as const, value: -closed }] : []),
      ];
    }),
  );
  return Plot.plot({
    width,
    height: 220,
    marginLeft: 48,
    color: categoryColor(report, categories),
    x: { type: 'utc', label: null, domain: timeDomain(report) },
    y: { label: 'items (resolved or allowed below 0)', grid: true },
    marks: [
      Plot.rectY(rows, {
        x: 'start',
        interval: granularity === 'week' ? 'monday' : granularity,
        y: 'value',
        fill: 'category',
        order: categories as string[],
        inset: 0.5,
        title: (row: Flow) =>
          `${row.period} · ${report.categoryLabel(row.category)}: ${Math.abs(row.value)} ${row.kind === 'new' ? 'new' : 'resolved or allowed'}`,
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
