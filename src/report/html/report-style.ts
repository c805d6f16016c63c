// The report's stylesheet, inlined into the page. Light and dark follow prefers-color-scheme; charts
// draw their text and axes in currentColor, so they follow too.
export const REPORT_CSS = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1f24; --muted: #59636e; --line: #d1d9e0; --card: #f6f8fa; --track: #e6eaef; --link: #0b5cad; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0f1419; --fg: #e6edf3; --muted: #9aa6b2; --line: #30363d; --card: #161b22; --track: #262c34; --link: #6cb6ff; }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
a { color: var(--link); }
header, main, nav.sections { max-width: 1240px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 20px; }
header h1 { margin: 0 0 2px; font-size: 22px; }
header p { margin: 0; color: var(--muted); }
nav.sections { position: sticky; top: 0; z-index: 2; background: var(--bg); border-bottom: 1px solid var(--line); padding-top: 8px; padding-bottom: 8px; }
nav.sections a { margin-right: 14px; text-decoration: none; }
section { margin: 28px 0; }
section h2 { font-size: 18px; margin: 0 0 4px; }
section.pending { min-height: 240px; }
p.lead { color: var(--muted); margin: 0 0 12px; max-width: 900px; }
ul.cards { list-style: none; display: flex; flex-wrap: wrap; gap: 12px; padding: 0; margin: 16px 0 0; }
ul.cards li a { display: block; min-width: 150px; padding: 12px 16px; background: var(--card); border: 1px solid var(--line); border-radius: 8px; text-decoration: none; color: var(--fg); }
ul.cards .value { display: block; font-size: 24px; font-weight: 600; }
ul.cards .label { color: var(--muted); font-size: 12px; }
.charts { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
figure { margin: 0; padding-left: 6px; }
figcaption { color: var(--muted); font-size: 12px; margin-top: 4px; }
figure svg { overflow: visible; }
figure svg a:focus-visible rect, figure svg a:hover rect, figure svg a:hover path { opacity: 0.8; }
details.behind { margin-top: 10px; }
details.behind > summary, details.explain > summary { cursor: pointer; color: var(--link); }
table { border-collapse: collapse; margin: 8px 0; font-size: 13px; }
caption { text-align: left; color: var(--muted); padding-bottom: 4px; }
th, td { padding: 4px 10px 4px 0; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 12px; }
table.items td .rule { color: var(--muted); font-size: 12px; }
table code { white-space: nowrap; }
table.terms td.source { color: var(--muted); }
table.terms tr.group th { padding-top: 10px; border-bottom: none; }
details.explain { border-top: 1px solid var(--line); padding: 6px 0; }
details.explain p.facts { margin: 6px 0; color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.filters select, .filters input, .pager button { font: inherit; color: var(--fg); background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 4px 8px; }
.filters input { min-width: 240px; }
.pager button[disabled] { opacity: 0.4; }
p.count { margin: 8px 0 0; font-weight: 600; }
p.error { color: #d55e00; font-weight: 600; }
footer { max-width: 1240px; margin: 40px auto; padding: 0 24px; color: var(--muted); font-size: 12px; }
`;
