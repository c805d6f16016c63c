import type { ReportData } from '../report-data-types.js';
import { renderCalibration } from './calibration.js';
import { renderCoverage } from './coverage.js';
import { renderDistribution } from './distribution.js';
import { h } from './dom.js';
import { parseItemsHash } from './filters.js';
import { renderHotspots } from './hotspots.js';
import { renderItemsTable } from './items-table.js';
import { readReport } from './model.js';
import { renderSummary } from './summary.js';
import { renderTopItems } from './top-items.js';
import { renderTrend } from './trend.js';

// Entry of the report's browser code: reads the embedded data, draws every view once, then answers
// hash changes (the item filters). `data-ready` on <html> tells readers and tests it is done.

function start(): void {
  const started = performance.now();
  const source = document.getElementById('report-data');
  const main = document.getElementById('report');
  if (!source || !main) return;
  const report = readReport(JSON.parse(source.textContent ?? '{}') as ReportData);
  const width = Math.max(480, Math.min(1180, main.clientWidth));
  const items = renderItemsTable(report);
  main.replaceChildren(
    renderSummary(report),
    renderTrend(report, width),
    renderDistribution(report, width),
    renderHotspots(report, width),
    renderTopItems(report, width),
    renderCoverage(report, width),
    renderCalibration(report, width),
    items.element,
  );
  window.addEventListener('hashchange', () => {
    const filter = parseItemsHash(location.hash);
    if (filter) {
      items.show(filter);
      items.element.scrollIntoView();
    }
  });
  if (parseItemsHash(location.hash)) items.element.scrollIntoView();
  document.documentElement.dataset.renderMs = String(Math.round(performance.now() - started));
  document.documentElement.dataset.ready = 'true';
}

try {
  start();
} catch (error) {
  const main = document.getElementById('report');
  main?.replaceChildren(h('p', { class: 'error' }, `The report could not be drawn: ${(error as Error).message}`));
  throw error;
}
