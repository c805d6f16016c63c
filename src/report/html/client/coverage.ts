import * as Plot from '@observablehq/plot';
import type { ModuleCoverage } from '../report-data-types.js';
import { behind, figure, formatCount, formatPercent, h, link, section, table, type Column } from './dom.js';
import { itemsHref } from './filters.js';
import type { Report } from './model.js';

const CHARTED_MODULES = 25;

/** Docstring coverage per module (the folder a file sits in), from .value/coverage.json. */
export function renderCoverage(report: Report, width: number): HTMLElement {
  const modules = report.data.coverage;
  if (modules === null)
    return section(
      'coverage',
      'Documentation coverage',
      'The docstring analyzer is off (analyzers.docstring.enabled).',
    );
  const documented = modules.reduce((sum, row) => sum + row.documented, 0);
  const publicSymbols = modules.reduce((sum, row) => sum + row.public, 0);
  if (publicSymbols === 0)
    return section(
      'coverage',
      'Documentation coverage',
      'No public functions, methods or classes measured yet (git-value scan measures every file).',
    );
  const charted = modules.slice(0, CHARTED_MODULES);
  const rows = charted.map((row) => ({ ...row, percent: (100 * row.documented) / row.public }));
  const chart = Plot.plot({
    width,
    height: 50 + 22 * rows.length,
    marginLeft: Math.min(280, 40 + 6.5 * Math.max(...rows.map((row) => row.module.length))),
    x: { label: 'public symbols documented (%)', domain: [0, 100], grid: true },
    y: { label: null, domain: rows.map((row) => row.module) },
    marks: [
      Plot.barX(rows, { y: 'module', x: 100, fill: 'var(--track)' }),
      Plot.barX(rows, {
        y: 'module',
        x: 'percent',
        fill: '#0072B2',
        href: (row: ModuleCoverage) => itemsHref({ dir: row.module }),
        title: (row: ModuleCoverage & { percent: number }) =>
          `${row.module}: ${row.documented} of ${row.public} documented (${row.percent.toFixed(1)} %)`,
      }),
      Plot.text(rows, {
        y: 'module',
        x: 100,
        text: (row: ModuleCoverage) => `${row.documented}/${row.public}`,
        textAnchor: 'end',
        dx: -4,
        fill: 'currentColor',
      }),
    ],
    ariaLabel: 'documentation coverage per module',
  });
  return section(
    'coverage',
    'Documentation coverage',
    `${formatPercent(documented, publicSymbols)} of public functions, methods and classes have a docstring or doc comment (${formatCount(documented)} of ${formatCount(publicSymbols)} in ${formatCount(modules.length)} modules, as of the last scan). The chart shows the ${charted.length} modules with the most public symbols.`,
    figure('Documented share per module', chart),
    behind('Table: every module', coverageTable(modules)),
  );
}

function coverageTable(modules: readonly ModuleCoverage[]): HTMLElement {
  const columns: Column<ModuleCoverage>[] = [
    { label: 'Module', cell: (row) => link(itemsHref({ dir: row.module }), row.module) },
    { label: 'Files', numeric: true, cell: (row) => formatCount(row.files) },
    { label: 'Documented', numeric: true, cell: (row) => formatCount(row.documented) },
    { label: 'Public', numeric: true, cell: (row) => formatCount(row.public) },
    { label: 'Coverage', numeric: true, cell: (row) => formatPercent(row.documented, row.public) },
  ];
  return table('Documentation coverage per module, most public symbols first', columns, modules);
}
