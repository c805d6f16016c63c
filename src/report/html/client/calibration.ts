import * as Plot from '@observablehq/plot';
import type { CalibrationRow, CalibrationSample } from '../report-data-types.js';
import { behind, figure, formatHours, h, link, section, table, type Column } from './dom.js';
import type { Report } from './model.js';
import { CATEGORY_COLORS } from './palette.js';

const percent = (value: number | null) => (value === null ? '–' : `${Math.round(value * 100)} %`);

/** Estimated against actual hours of the items marked done, and the calibration learned from them. */
export function renderCalibration(report: Report, width: number): HTMLElement {
  const { calibration, enums } = report.data;
  const title = 'Prediction accuracy';
  if (calibration.samples.length === 0)
    return section(
      'accuracy',
      title,
      "No outcomes recorded yet. After fixing an item, 'git-value done ID --hours N' records what it took; estimates are calibrated per category from 3 outcomes on.",
    );
  const category = (index: number) => enums.categories[index] ?? '';
  const top = Math.max(...calibration.samples.flatMap((sample) => [sample.predicted, sample.actual])) * 1.1;
  const categories = [...new Set(calibration.samples.map((sample) => category(sample.category)))];
  const chart = Plot.plot({
    width: Math.min(width, 560),
    height: Math.min(width, 420),
    marginLeft: 48,
    x: { label: 'estimated hours (before calibration)', domain: [0, top], grid: true },
    y: { label: 'actual hours', domain: [0, top], grid: true },
    color: {
      domain: categories,
      range: categories.map((name) => CATEGORY_COLORS[name] ?? '#888'),
      legend: true,
      tickFormat: report.categoryLabel,
    },
    marks: [
      Plot.line(
        [
          [0, 0],
          [top, top],
        ],
        { stroke: 'currentColor', strokeDasharray: '4 4', strokeOpacity: 0.6 },
      ),
      Plot.dot(calibration.samples, {
        x: 'predicted',
        y: 'actual',
        fill: (sample: CalibrationSample) => category(sample.category),
        r: 5,
        stroke: 'var(--bg)',
        href: (sample: CalibrationSample) => report.fileHref(sample.path, sample.line),
        title: (sample: CalibrationSample) =>
          `${sample.id} ${sample.path}:${sample.line}\nestimated ${sample.predicted} h, took ${sample.actual} h`,
      }),
    ],
    ariaLabel: 'estimated against actual hours',
  });
  const rows: Column<CalibrationRow>[] = [
    { label: 'Category', cell: (row) => report.categoryLabel(category(row.category)) },
    { label: 'Outcomes', numeric: true, cell: (row) => row.samples },
    {
      label: 'Factor',
      numeric: true,
      cell: (row) =>
        row.samples >= calibration.minSamples
          ? `× ${row.factor.toFixed(2)}`
          : `not yet (needs ${calibration.minSamples})`,
    },
    { label: 'Error before', numeric: true, cell: (row) => percent(row.mapeBefore) },
    { label: 'Error after', numeric: true, cell: (row) => percent(row.mapeAfter) },
  ];
  const samples: Column<CalibrationSample>[] = [
    { label: 'Id', cell: (sample) => h('code', {}, sample.id) },
    {
      label: 'File',
      cell: (sample) => link(report.fileHref(sample.path, sample.line), `${sample.path}:${sample.line}`),
    },
    { label: 'Category', cell: (sample) => report.categoryLabel(category(sample.category)) },
    { label: 'Estimated', numeric: true, cell: (sample) => formatHours(sample.predicted) },
    { label: 'Actual', numeric: true, cell: (sample) => formatHours(sample.actual) },
  ];
  return section(
    'accuracy',
    title,
    `${calibration.samples.length} recorded outcomes. Mean error of the estimates: ${percent(calibration.mapeBefore)} before calibration, ${percent(calibration.mapeAfter)} after (each outcome predicted without itself). Dots on the dashed line were estimated exactly.`,
    h(
      'div',
      { class: 'charts' },
      figure('Estimated against actual hours', chart),
      table('Calibration per category', rows, calibration.categories),
    ),
    behind('Table: every recorded outcome', table('Recorded outcomes', samples, calibration.samples)),
  );
}
