import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { ReportData } from './report-data-types.js';
import { REPORT_CSS } from './report-style.js';

// One self-contained page: the data as a gzip-compressed JSON block (base64), the bundled browser code
// and the styles inline. Compressed, 20,000 items take ~0.4 MB instead of ~3 MB: the page is smaller
// to keep and attach, and the browser reads it several times faster (it parses a tenth of the text);
// the browser's own DecompressionStream unpacks it.
// The Content-Security-Policy allows only that script (by its hash) and inline styles, so the page can
// load nothing from anywhere, whatever a title or path in the data holds.

const SECTIONS: ReadonlyArray<readonly [string, string]> = [
  ['trend', 'Trend'],
  ['distribution', 'Distribution'],
  ['hotspots', 'Hotspots'],
  ['top', 'Top items'],
  ['coverage', 'Documentation'],
  ['accuracy', 'Prediction accuracy'],
  ['items', 'All items'],
];

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The data block: JSON, gzip-compressed, base64 (only `A-Za-z0-9+/=`, so nothing in it can end the block). */
export function packData(value: unknown): string {
  return gzipSync(JSON.stringify(value), { level: 6 }).toString('base64');
}

export function renderReportHtml(data: ReportData, clientScript: string): string {
  const script = clientScript.replace(/<\/script/gi, '<\\/script');
  const scriptHash = createHash('sha256').update(script).digest('base64');
  const csp = `default-src 'none'; script-src 'sha256-${scriptHash}'; style-src 'unsafe-inline'; img-src data:`;
  const title = `git-value report: ${data.repo}`;
  const subtitle = [
    `generated ${data.generatedAt}`,
    data.head ? `at commit ${data.head.slice(0, 10)}` : undefined,
    `maturity ${data.maturity.level} (${data.maturity.percent} %)`,
    data.toolVersion ? `git-value ${data.toolVersion}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="git-value">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(title)}</h1><p>${escapeHtml(subtitle)}</p></header>
<nav class="sections" aria-label="Sections">${SECTIONS.map(([id, label]) => `<a href="#${id}">${label}</a>`).join('')}</nav>
<main id="report"><noscript><p>This report draws its charts with JavaScript; the same facts are in BACKLOG.md and <code>git-value backlog --format json</code>.</p></noscript></main>
<footer>${escapeHtml(data.notes.join(' · '))}${data.notes.length ? ' · ' : ''}Built from .value/ledger.json and its git history by git-value; no data leaves this file.</footer>
<script type="application/octet-stream" id="report-data" data-encoding="gzip+base64">${packData(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}
