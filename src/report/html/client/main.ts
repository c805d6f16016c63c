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

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The first screen (summary, trend, distribution) is drawn at once and marked `data-opened-at`; the
 * views below follow one per task, so the browser paints the first screen before drawing the rest.
 * `data-ready-at` marks the last. Both are milliseconds since navigation started.
 */
async function start(): Promise<void> {
  const started = performance.now();
  const source = document.getElementById('report-data');
  const main = document.getElementById('report');
  if (!source || !main) return;
  const data = await readData(source);
  performance.measure('unpack', { start: started, end: performance.now() });
  const report = timed('read', () => readReport(data));
  const width = Math.max(480, Math.min(1180, main.clientWidth));
  let items: ReturnType<typeof renderItemsTable> | undefined;
  const views: Array<[id: string, title: string, draw: () => HTMLElement]> = [
    ['trend', 'Trend', () => renderTrend(report, width)],
    ['distribution', 'Distribution', () => renderDistribution(report, width)],
    ['hotspots', 'Hotspots', () => renderHotspots(report, width)],
    ['top', 'Top items', () => renderTopItems(report, width)],
    ['coverage', 'Documentation coverage', () => renderCoverage(report, width)],
    ['accuracy', 'Prediction accuracy', () => renderCalibration(report, width)],
    ['items', 'All items', () => (items = renderItemsTable(report)).element],
  ];
  // placeholders keep the section links working while the views below are drawn
  const placeholders = views.map(([id, title]) => h('section', { id, class: 'pending' }, h('h2', {}, title)));
  main.replaceChildren(
    timed('summary', () => renderSummary(report)),
    ...placeholders,
  );
  const wantsItems = parseItemsHash(location.hash) !== undefined;
  const firstScreen = new Set(['trend', 'distribution', ...(wantsItems ? ['items'] : [])]);
  const draw = (index: number) => {
    const [id, , render] = views[index] as (typeof views)[number];
    (placeholders[index] as HTMLElement).replaceWith(timed(id, render));
  };
  views.forEach(([id], index) => firstScreen.has(id) && draw(index));
  if (wantsItems) document.getElementById('items')?.scrollIntoView();
  document.documentElement.dataset.openedAt = String(Math.round(performance.now()));
  // a link followed before the items view exists is read by it when it is drawn
  window.addEventListener('hashchange', () => {
    const filter = parseItemsHash(location.hash);
    if (filter && items) {
      items.show(filter);
      items.element.scrollIntoView();
    }
  });

  for (const [index, [id]] of views.entries()) {
    if (firstScreen.has(id)) continue;
    await nextTask();
    draw(index);
  }
  document.documentElement.dataset.readyAt = String(Math.round(performance.now()));
  document.documentElement.dataset.renderMs = String(Math.round(performance.now() - started));
  document.documentElement.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  const main = document.getElementById('report');
  main?.replaceChildren(h('p', { class: 'error' }, `The report could not be drawn: ${(error as Error).message}`));
  throw error;
});
