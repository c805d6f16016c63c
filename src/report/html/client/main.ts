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

/** Each view's drawing time, as performance measures (the browser test and devtools read them). */
function timed<T>(name: string, draw: () => T): T {
  const started = performance.now();
  const result = draw();
  performance.measure(name, { start: started, end: performance.now() });
  return result;
}

/** The embedded data: gzip-compressed JSON in base64, unpacked by the browser's DecompressionStream. */
async function readData(source: HTMLElement): Promise<ReportData> {
  const packed = atob((source.textContent ?? '').trim());
  const bytes = new Uint8Array(packed.length);
  for (let index = 0; index < packed.length; index++) bytes[index] = packed.charCodeAt(index);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return JSON.parse(await new Response(stream).text()) as ReportData;
}

async function start(): Promise<void> {
  const started = performance.now();
  const source = document.getElementById('report-data');
  const main = document.getElementById('report');
  if (!source || !main) return;
  const data = await readData(source);
  performance.measure('unpack', { start: started, end: performance.now() });
  const report = timed('read', () => readReport(data));
  const width = Math.max(480, Math.min(1180, main.clientWidth));
  const items = timed('items', () => renderItemsTable(report));
  main.replaceChildren(
    timed('summary', () => renderSummary(report)),
    timed('trend', () => renderTrend(report, width)),
    timed('distribution', () => renderDistribution(report, width)),
    timed('hotspots', () => renderHotspots(report, width)),
    timed('top', () => renderTopItems(report, width)),
    timed('coverage', () => renderCoverage(report, width)),
    timed('accuracy', () => renderCalibration(report, width)),
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
  // milliseconds since navigation started, and of them the drawing: how long the page took to open
  document.documentElement.dataset.readyAt = String(Math.round(performance.now()));
  document.documentElement.dataset.renderMs = String(Math.round(performance.now() - started));
  document.documentElement.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  const main = document.getElementById('report');
  main?.replaceChildren(h('p', { class: 'error' }, `The report could not be drawn: ${(error as Error).message}`));
  throw error;
});
