import { formatCount, formatHours, formatPercent, h, link } from './dom.js';
import { itemsHref } from './filters.js';
import type { Report } from './model.js';

/** The headline figures, each a link to what it counts. */
export function renderSummary(report: Report): HTMLElement {
  const { data, open } = report;
  const highValue = open.filter((item) => item.composite >= data.highValueScore).length;
  const allowed = report.items.length - open.length;
  const coverage = data.coverage ?? [];
  const documented = coverage.reduce((total, row) => total + row.documented, 0);
  const publicSymbols = coverage.reduce((total, row) => total + row.public, 0);
  const cards: Array<[string, string, string, string]> = [
    ['open', formatCount(open.length), 'open items', itemsHref({})],
    ['debt', formatHours(data.debtHours), 'estimated effort to clear them', itemsHref({})],
    ['high-value', formatCount(highValue), `items scoring ≥ ${data.highValueScore}`, '#top'],
    ['allowed', formatCount(allowed), 'allowed with a recorded reason', itemsHref({ status: 'allowed' })],
    ['resolved', formatCount(data.resolvedCount), 'resolved items kept in the ledger', '#trend'],
  ];
  if (data.coverage)
    cards.push(['coverage', formatPercent(documented, publicSymbols), 'public symbols documented', '#coverage']);
  const { calibration } = data;
  const error = calibration.mapeAfter;
  // an error "after calibration" means something only once a category has enough outcomes
  if (error !== null && calibration.categories.some((row) => row.samples >= calibration.minSamples))
    cards.push(['accuracy', `${Math.round(error * 100)} %`, 'effort estimate error (calibrated)', '#accuracy']);
  else if (calibration.samples.length)
    cards.push([
      'accuracy',
      formatCount(calibration.samples.length),
      'outcomes recorded (calibration needs 3 per category)',
      '#accuracy',
    ]);
  return h(
    'section',
    { id: 'summary', 'aria-label': 'Summary' },
    h(
      'ul',
      { class: 'cards' },
      ...cards.map(([key, value, label, href]) =>
        h(
          'li',
          { 'data-card': key },
          link(href, h('span', { class: 'value' }, value), h('span', { class: 'label' }, label)),
        ),
      ),
    ),
  );
}
