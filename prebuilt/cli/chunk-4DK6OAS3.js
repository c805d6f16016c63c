import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  resolveReportTarget
} from "./chunk-TBJCG5DO.js";
import "./chunk-ZGM3NAP3.js";
import {
  CATEGORY_LABELS,
  listTrackedFiles,
  readCurrentBacklog,
  shortenTitle
} from "./chunk-CL47BL6J.js";
import {
  groupEntries,
  itemIdOf
} from "./chunk-3SSG65XT.js";
import "./chunk-UKNR456Y.js";
import "./chunk-PDIVDX4P.js";
import "./chunk-L42DG4D7.js";
import "./chunk-H44W4G64.js";
import {
  listFileCommits,
  readBlobs,
  readFileAt,
  writeFileAtomic
} from "./chunk-AP6QHR2Z.js";
import "./chunk-UPLQ7UW6.js";
import "./chunk-MTSRII53.js";
import {
  LEDGER_PATH,
  runGit,
  runGitText
} from "./chunk-TNT4O3F4.js";
import {
  COMPLEXITY_CAP,
  clamp,
  estimateRawEffort,
  roundTo
} from "./chunk-QDHQR4L2.js";
import "./chunk-H46VYJWE.js";
import "./chunk-R7BXTBGS.js";
import "./chunk-XLIRTYAW.js";
import "./chunk-CJEBQUOT.js";
import {
  layout
} from "./chunk-BX7BPTSK.js";
import {
  errorOutcome
} from "./chunk-RI75FPAA.js";
import {
  reportClientMissing,
  reportNotIgnored,
  wroteFile
} from "./chunk-2M2XAZ6H.js";
import {
  fail,
  ok
} from "./chunk-HUUDYLWZ.js";
import "./chunk-RYSKVT2F.js";
import "./chunk-27A3QD7K.js";
import "./chunk-GLXZBTI5.js";
import "./chunk-RGYNK77T.js";
import "./chunk-5AXYERU7.js";
import {
  CONTEXTS,
  classifyPath
} from "./chunk-UUPKITBT.js";
import "./chunk-A3QA2ZQT.js";
import "./chunk-ONKLCXXC.js";
import {
  languageOf
} from "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/cli/report.js
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { getAsset } from "node:sea";
import { isAbsolute, relative as relative2, sep as sep2 } from "node:path";

// dist/src/git/remote.js
function readOriginUrl(cwd) {
  const url = runGitText(["config", "--get", "remote.origin.url"], { cwd, okCodes: [1] });
  return url.ok ? url.value.trim() || void 0 : void 0;
}
function isIgnored(cwd, path) {
  const answer = runGit(["check-ignore", "-q", "--", path], { cwd, okCodes: [1, 128] });
  return answer.ok && answer.value.status === 0;
}

// dist/src/report/html/render-html.js
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";

// dist/src/report/html/report-style.js
var REPORT_CSS = `
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

// dist/src/report/html/render-html.js
var SECTIONS = [
  ["trend", "Trend"],
  ["distribution", "Distribution"],
  ["hotspots", "Hotspots"],
  ["top", "Top items"],
  ["coverage", "Documentation"],
  ["accuracy", "Prediction accuracy"],
  ["items", "All items"]
];
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
function packData(value) {
  return gzipSync(JSON.stringify(value), { level: 6 }).toString("base64");
}
function renderReportHtml(data, clientScript) {
  const script = clientScript.replace(/<\/script/gi, "<\\/script");
  const scriptHash = createHash("sha256").update(script).digest("base64");
  const csp = `default-src 'none'; script-src 'sha256-${scriptHash}'; style-src 'unsafe-inline'; img-src data:`;
  const title = `git-value report: ${data.repo}`;
  const subtitle = [
    `generated ${data.generatedAt}`,
    data.head ? `at commit ${data.head.slice(0, 10)}` : void 0,
    `maturity ${data.maturity.level} (${data.maturity.percent} %)`,
    data.toolVersion ? `git-value ${data.toolVersion}` : void 0
  ].filter(Boolean).join(" \xB7 ");
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
<nav class="sections" aria-label="Sections">${SECTIONS.map(([id, label]) => `<a href="#${id}">${label}</a>`).join("")}</nav>
<main id="report"><noscript><p>This report draws its charts with JavaScript; the same facts are in BACKLOG.md and <code>git-value backlog --format json</code>.</p></noscript></main>
<footer>${escapeHtml(data.notes.join(" \xB7 "))}${data.notes.length ? " \xB7 " : ""}Built from .value/ledger.json and its git history by git-value; no data leaves this file.</footer>
<script type="application/octet-stream" id="report-data" data-encoding="gzip+base64">${packData(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}

// dist/src/workflow/report-input.js
import { dirname as dirname2, relative, sep } from "node:path";

// dist/src/report/html/report-data-types.js
var REPORT_DATA_VERSION = 1;

// dist/src/report/html/build-report-data.js
var CATEGORIES = ["secret", "vuln", "debt", "quality", "perf", "modern"];
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var STATUSES = ["open", "allowed"];
var TOP_ITEMS = 20;
var HOTSPOT_FILES = 150;
var TITLE_LENGTH = 200;
var ROW_TITLE_LENGTHS = [100, 60, 36];
var DATA_BUDGET_BYTES = 4.4 * 1024 * 1024;
function decideContext(item, contextOf) {
  return item.context ? { context: item.context, reason: item.contextReason } : contextOf(item.path);
}
var StringTable = class {
  values = [];
  #index = /* @__PURE__ */ new Map();
  of(value) {
    let index = this.#index.get(value);
    if (index === void 0) {
      index = this.values.length;
      this.values.push(value);
      this.#index.set(value, index);
    }
    return index;
  }
};
var NOT_CODE = /* @__PURE__ */ new Set(["markdown", "json", "yaml", "toml", "ini", "properties", "xml", "dotenv", "other"]);
function isMappedAsCode(path, contextOf) {
  const context = contextOf(path).context;
  return context !== "generated" && context !== "vendored" && !NOT_CODE.has(languageOf(path));
}
function pickHotspotFiles(open, context, tracked, contextOf = (path) => classifyPath(path)) {
  const items = /* @__PURE__ */ new Map();
  for (const item of open)
    items.set(item.path, (items.get(item.path) ?? 0) + 1);
  const paths = new Set([...items.keys(), ...context.churn.keys()].filter((path) => tracked.has(path) && isMappedAsCode(path, contextOf)));
  const files = [...paths].map((path) => {
    const commits = context.churn.get(path) ?? 0;
    const complexity = context.complexity?.get(path) ?? 0;
    const share = context.maxChurn > 0 ? clamp(commits / context.maxChurn, 0, 1) : 0;
    const factor = 1 + clamp(complexity, 0, COMPLEXITY_CAP) / COMPLEXITY_CAP;
    return { path, commits, complexity, hotspot: roundTo(share * factor, 3), items: items.get(path) ?? 0 };
  });
  files.sort((a, b) => b.hotspot - a.hotspot || b.items - a.items || (a.path < b.path ? -1 : 1));
  return { files: files.slice(0, HOTSPOT_FILES), omitted: Math.max(0, files.length - HOTSPOT_FILES) };
}
function contextResolver(context) {
  return context.contextOf ?? ((path) => classifyPath(path));
}
function buildReportData(input) {
  const { model, context } = input;
  const contextOf = input.contextOf ?? contextResolver(context);
  const folders = new StringTable();
  const paths = new StringTable();
  const rules = new StringTable();
  const listed = [...model.open, ...model.allowed];
  const items = [];
  for (const item of listed) {
    items.push([
      item.id,
      paths.of(item.path),
      item.line,
      rules.of(item.ruleId),
      0,
      // set by fitTitles
      CATEGORIES.indexOf(item.category),
      SEVERITIES.indexOf(item.severity),
      CONTEXTS.indexOf(decideContext(item, contextOf).context),
      STATUSES.indexOf(item.status),
      item.scores.composite,
      item.effortHours
    ]);
  }
  const data = {
    version: REPORT_DATA_VERSION,
    repo: model.repoName,
    generatedAt: model.generatedAt,
    ...model.toolVersion ? { toolVersion: model.toolVersion } : {},
    ...input.head ? { head: input.head } : {},
    maturity: { level: model.maturity.level, percent: model.maturity.percent },
    highValueScore: model.config.scoring.highValueScore,
    fileLink: input.fileLink,
    ...input.commitLink ? { commitLink: input.commitLink } : {},
    enums: {
      categories: [...CATEGORIES],
      categoryLabels: CATEGORIES.map((category) => CATEGORY_LABELS[category]),
      severities: [...SEVERITIES],
      contexts: [...CONTEXTS],
      statuses: [...STATUSES]
    },
    strings: {
      folders: folders.values,
      paths: paths.values.map((path) => {
        const slash = path.lastIndexOf("/");
        return [folders.of(slash < 0 ? "" : path.slice(0, slash)), path.slice(slash + 1)];
      }),
      rules: rules.values,
      titles: []
    },
    items,
    debtHours: roundTo(model.open.reduce((total, item) => total + item.effortHours, 0), 1),
    resolvedCount: model.resolved.length,
    trend: input.trend,
    hotspots: input.hotspots,
    top: model.open.slice(0, TOP_ITEMS).map((item, index) => explainItem(item, index + 1, model, contextOf)),
    coverage: model.docCoverage ? coverageByModule(model.docCoverage) : null,
    calibration: calibrationData(model),
    notes: [...model.notes]
  };
  fitTitles(data, listed);
  return data;
}
function fitTitles(data, listed) {
  for (const [attempt, length] of ROW_TITLE_LENGTHS.entries()) {
    const titles = new StringTable();
    listed.forEach((item, index) => data.items[index][4] = titles.of(shortenTitle(item.title, length)));
    data.strings.titles = titles.values;
    const last = attempt === ROW_TITLE_LENGTHS.length - 1;
    if (last || Buffer.byteLength(JSON.stringify(data)) <= DATA_BUDGET_BYTES) {
      if (attempt > 0)
        data.notes.push(`titles in the items table are cut to ${length} characters to keep this page under 5 MB (${listed.length} items)`);
      return;
    }
  }
}
function explainItem(item, rank, model, contextOf) {
  const terms = item.breakdown.map(({ score, name, value, source }) => ({ score, name, value, source }));
  const term = (name) => terms.find((row) => row.score === "composite" && row.name === name)?.value ?? 0;
  const weights = model.config.scoring.weights[model.maturity.level];
  const scale = term("scale") || 1;
  const linear = (value) => 100 * value * term("category multiplier") / scale;
  const raw = {
    wsjf: linear(weights.wsjf * term("normalised WSJF")),
    ice: linear(weights.ice * term("normalised ICE")),
    debt: linear(weights.technicalDebt * term("normalised technical debt")),
    security: linear(term("security boost"))
  };
  const sum = raw.wsjf + raw.ice + raw.debt + raw.security;
  const share = sum > 0 ? item.scores.composite / sum : 0;
  const points = (value) => roundTo(value * share, 2);
  const decision = decideContext(item, contextOf);
  return {
    id: item.id,
    rank,
    title: shortenTitle(item.title, TITLE_LENGTH),
    ruleId: item.ruleId,
    category: CATEGORIES.indexOf(item.category),
    severity: item.severity,
    context: decision.context,
    contextReason: decision.reason,
    path: item.path,
    line: item.line,
    firstSeen: item.firstSeen,
    ...item.evidence ? { evidence: item.evidence } : {},
    composite: item.scores.composite,
    wsjf: item.scores.wsjf,
    ice: item.scores.ice,
    technicalDebt: item.scores.technicalDebt,
    effortHours: item.effortHours,
    risk: item.risk,
    parts: { wsjf: points(raw.wsjf), ice: points(raw.ice), debt: points(raw.debt), security: points(raw.security) },
    terms
  };
}
function coverageByModule(files) {
  const modules = /* @__PURE__ */ new Map();
  for (const file of files) {
    const slash = file.path.lastIndexOf("/");
    const module = slash < 0 ? "." : file.path.slice(0, slash);
    const row = modules.get(module) ?? { module, files: 0, documented: 0, public: 0 };
    row.files++;
    row.documented += file.documented;
    row.public += file.public;
    modules.set(module, row);
  }
  return [...modules.values()].sort((a, b) => b.public - a.public || (a.module < b.module ? -1 : 1));
}
function rawEstimate(item) {
  const term = (name) => item.breakdown.find((row) => row.score === "effort" && row.name === name)?.value;
  return (term("rule base effort (h)") ?? 1) * (term("evidence scaling") ?? 1);
}
function calibrationData(model) {
  const calibration = model.calibration;
  const samples = [...model.open, ...model.allowed, ...model.resolved].filter((item) => item.done && item.done.hours > 0).map((item) => ({
    id: item.id,
    category: CATEGORIES.indexOf(item.category),
    path: item.path,
    line: item.line,
    predicted: roundTo(rawEstimate(item), 2),
    actual: item.done?.hours ?? 0
  })).sort((a, b) => a.id < b.id ? -1 : 1);
  return {
    minSamples: calibration?.minSamples ?? 3,
    samples,
    categories: (calibration?.categories ?? []).map((row) => ({
      category: CATEGORIES.indexOf(row.category),
      samples: row.samples,
      factor: roundTo(row.factor, 3),
      mapeBefore: roundTo(row.mapeBefore, 3),
      mapeAfter: roundTo(row.mapeAfter, 3)
    })),
    mapeBefore: calibration?.mapeBefore ?? null,
    mapeAfter: calibration?.mapeAfter ?? null
  };
}

// dist/src/report/html/links.js
var HOSTS = {
  "github.com": (base, head) => ({ file: `${base}/blob/${head}/{path}#L{line}`, commit: `${base}/commit/{commit}` }),
  "gitlab.com": (base, head) => ({
    file: `${base}/-/blob/${head}/{path}#L{line}`,
    commit: `${base}/-/commit/{commit}`
  }),
  "bitbucket.org": (base, head) => ({
    file: `${base}/src/${head}/{path}#lines-{line}`,
    commit: `${base}/commits/{commit}`
  })
};
function webBase(remote) {
  const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+)$/.exec(remote);
  let host;
  let path;
  if (scp) {
    host = scp[1];
    path = scp[2];
  } else {
    let url;
    try {
      url = new URL(remote);
    } catch {
      return void 0;
    }
    if (!["https:", "http:", "ssh:", "git:"].includes(url.protocol))
      return void 0;
    host = url.hostname;
    path = url.pathname;
  }
  const clean = path.replace(/^\/+/, "").replace(/\.git\/?$/, "").replace(/\/+$/, "");
  if (!/^[\w.-]+(?:\/[\w.-]+)+$/.test(clean))
    return void 0;
  return { host: host.toLowerCase(), base: `https://${host.toLowerCase()}/${clean}` };
}
function linkTemplates(remote, head, relativeRoot) {
  const web = remote ? webBase(remote) : void 0;
  const known = web ? HOSTS[web.host] : void 0;
  if (web && known && head)
    return known(web.base, head);
  return { file: `${relativeRoot ? `${relativeRoot}/` : ""}{path}` };
}

// dist/src/workflow/ledger-periods.js
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

// dist/src/report/html/trend-periods.js
var MAX_PERIODS = 120;
var DAY_SPAN_LIMIT = 90;
var WEEK_SPAN_LIMIT = 730;
function isoWeek(date) {
  const day = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7));
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 864e5 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}
function periodStart(date, granularity) {
  if (granularity === "day")
    return date;
  if (granularity === "month")
    return `${date.slice(0, 7)}-01`;
  const day = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - (day.getUTCDay() + 6) % 7);
  return day.toISOString().slice(0, 10);
}
function periodOf(date, granularity) {
  if (granularity === "day")
    return date;
  if (granularity === "month")
    return date.slice(0, 7);
  return isoWeek(date);
}
function pickPeriodEnds(commits) {
  const dates = commits.map((commit) => commit.date).sort();
  const span = dates.length > 1 ? (Date.parse(dates[dates.length - 1]) - Date.parse(dates[0])) / 864e5 : 0;
  const granularity = span <= DAY_SPAN_LIMIT ? "day" : span <= WEEK_SPAN_LIMIT ? "week" : "month";
  const ends = [];
  const seen = /* @__PURE__ */ new Set();
  for (const { commit, date } of commits) {
    const period = periodOf(date, granularity);
    if (seen.has(period))
      continue;
    seen.add(period);
    ends.push({ period, start: periodStart(date, granularity), commit, date });
  }
  ends.sort((a, b) => a.period < b.period ? -1 : a.period > b.period ? 1 : 0);
  const omitted = Math.max(0, ends.length - MAX_PERIODS);
  return { granularity, ends: ends.slice(omitted), omitted };
}
function bump(counts, key, by = 1) {
  counts[key] = (counts[key] ?? 0) + by;
}
function summariseLedgerState(entries) {
  const summary = { open: {}, debtHours: {} };
  const state = /* @__PURE__ */ new Map();
  const rank = (status) => status === "open" ? 0 : status === "allowed" ? 1 : 2;
  const valid = entries.filter((entry) => typeof entry?.id === "string" && typeof entry.ruleId === "string");
  for (const entry of valid) {
    const id = itemIdOf(entry);
    const known = state.get(id);
    if (!known || rank(String(entry.status)) < rank(known.status))
      state.set(id, { category: String(entry.category), status: String(entry.status) });
  }
  for (const item of groupEntries(valid.filter((entry) => entry.status === "open"))) {
    bump(summary.open, item.category);
    bump(summary.debtHours, item.category, estimateRawEffort(item, void 0));
  }
  for (const key of Object.keys(summary.debtHours))
    summary.debtHours[key] = roundTo(summary.debtHours[key], 2);
  return { summary, state };
}
function compareStates(before, after) {
  const transition = { added: {}, resolved: {}, allowed: {} };
  for (const [id, now] of after)
    if (now.status === "open" && before.get(id)?.status !== "open")
      bump(transition.added, now.category);
  for (const [id, then] of before) {
    if (then.status !== "open")
      continue;
    const now = after.get(id);
    if (now?.status === "open")
      continue;
    bump(now?.status === "allowed" ? transition.allowed : transition.resolved, then.category);
  }
  return transition;
}

// dist/src/workflow/ledger-periods.js
var CACHE_VERSION = 2;
var READ_CHUNK = 6;
var ALL_COMMITS = 1e6;
function readLedgerPeriods(cwd, gitDir) {
  const listed = listFileCommits(cwd, LEDGER_PATH, ALL_COMMITS);
  if (!listed.ok)
    return listed;
  const { granularity, ends, omitted } = pickPeriodEnds(listed.value);
  const cacheFile = gitDir ? join(gitDir, "git-value", "report-trend-cache.json") : void 0;
  const cache = readCache(cacheFile);
  const pairKey = (index) => `${ends[index - 1]?.commit}..${ends[index]?.commit}`;
  const wanted = /* @__PURE__ */ new Set();
  ends.forEach((end, index) => {
    if (!cache.snapshots.has(end.commit))
      wanted.add(index);
    if (index > 0 && !cache.transitions.has(pairKey(index)))
      wanted.add(index - 1).add(index);
  });
  const byCommit = new Map(listed.value.map((commit) => [commit.commit, commit]));
  const order = [...wanted].sort((a, b) => a - b);
  let previous;
  const unreadable = /* @__PURE__ */ new Set();
  for (let start = 0; start < order.length; start += READ_CHUNK) {
    const indexes = order.slice(start, start + READ_CHUNK);
    const commits = indexes.map((index) => byCommit.get(ends[index]?.commit));
    const snapshots = readFileAt(cwd, LEDGER_PATH, commits);
    if (!snapshots.ok)
      return snapshots;
    const texts = new Map(snapshots.value.map((snapshot) => [snapshot.commit, snapshot.text]));
    for (const index of indexes) {
      const commit = ends[index]?.commit;
      const entries = parseEntries(texts.get(commit));
      if (!entries) {
        unreadable.add(commit);
        previous = void 0;
        continue;
      }
      const { summary, state } = summariseLedgerState(entries);
      cache.snapshots.set(commit, summary);
      if (previous && previous.index === index - 1)
        cache.transitions.set(pairKey(index), compareStates(previous.state, state));
      previous = { index, state };
    }
  }
  if (order.length > 0)
    writeCache(cacheFile, ends, pairKey, cache);
  const periods = [];
  ends.forEach((end, index) => {
    const summary = cache.snapshots.get(end.commit);
    if (!summary || unreadable.has(end.commit))
      return;
    const point = { period: end.period, start: end.start, commit: end.commit, date: end.date, ...summary };
    const transition = index > 0 ? cache.transitions.get(pairKey(index)) : void 0;
    if (transition)
      Object.assign(point, transition);
    periods.push(point);
  });
  return ok({ granularity, periods, commits: listed.value.length, omittedPeriods: omitted });
}
function parseEntries(text) {
  if (text === void 0)
    return void 0;
  try {
    const entries = JSON.parse(text).entries;
    return Array.isArray(entries) ? entries : void 0;
  } catch {
    return void 0;
  }
}
function readCache(file) {
  const empty = { snapshots: /* @__PURE__ */ new Map(), transitions: /* @__PURE__ */ new Map() };
  if (!file)
    return empty;
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8"));
    if (parsed.version !== CACHE_VERSION)
      return empty;
    return {
      snapshots: new Map(Object.entries(parsed.snapshots ?? {}).filter(([, value]) => isCounts(value?.open))),
      transitions: new Map(Object.entries(parsed.transitions ?? {}).filter(([, value]) => isCounts(value?.added)))
    };
  } catch {
    return empty;
  }
}
function isCounts(value) {
  return typeof value === "object" && value !== null;
}
function writeCache(file, ends, pairKey, cache) {
  if (!file)
    return;
  const snapshots = {};
  const transitions = {};
  ends.forEach((end, index) => {
    const summary = cache.snapshots.get(end.commit);
    if (summary)
      snapshots[end.commit] = summary;
    const transition = cache.transitions.get(pairKey(index));
    if (index > 0 && transition)
      transitions[pairKey(index)] = transition;
  });
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch {
    return;
  }
  writeFileAtomic(file, `${JSON.stringify({ version: CACHE_VERSION, snapshots, transitions })}
`, file, {
    flush: false
  });
}

// dist/src/workflow/report-input.js
function gatherReportData(request) {
  const { root, model, context } = request;
  const trend = readLedgerPeriods(root, request.gitDir);
  if (!trend.ok)
    return trend;
  const tracked = listTrackedFiles(root);
  if (!tracked.ok)
    return tracked;
  const blobOf = new Map(tracked.value.files.map((file) => [file.path, file.blob]));
  const picked = pickHotspotFiles(model.open, context, new Set(blobOf.keys()), contextResolver(context));
  const shas = [...new Set(picked.files.map((file) => blobOf.get(file.path)))];
  const blobs = readBlobs(root, shas);
  if (!blobs.ok)
    return blobs;
  const files = picked.files.map((file) => ({
    ...file,
    lines: countLines(blobs.value.get(blobOf.get(file.path)))
  }));
  const relativeRoot = request.target ? relative(dirname2(request.target), root).split(sep).join("/") : "";
  const links = linkTemplates(readOriginUrl(root), request.head, relativeRoot);
  return ok(buildReportData({
    model,
    context,
    trend: trend.value,
    hotspots: {
      windowDays: model.config.scoring.hotspotWindowDays,
      maxChurn: context.maxChurn,
      files,
      omittedFiles: picked.omitted
    },
    fileLink: links.file,
    ...links.commit ? { commitLink: links.commit } : {},
    ...request.head ? { head: request.head } : {}
  }));
}
function countLines(bytes) {
  if (!bytes || bytes.length === 0)
    return 0;
  let lines = 0;
  for (let at = bytes.indexOf(10); at !== -1; at = bytes.indexOf(10, at + 1))
    lines++;
  return bytes[bytes.length - 1] === 10 ? lines : lines + 1;
}

// dist/src/cli/report.js
var DEFAULT_REPORT_PATH = ".value/report.html";
async function run({ values }, env) {
  const client = readClientScript();
  if (!client.ok)
    return errorOutcome(client, env);
  const current = await readCurrentBacklog(env);
  if (!current.ok)
    return errorOutcome(current, env);
  const { model, context, workspace } = current.value;
  const { root, gitDir, head } = workspace.repo;
  const output = values.output ?? DEFAULT_REPORT_PATH;
  const toStdout = output === "-";
  const from = values.output === void 0 ? root : env.cwd;
  const resolved = toStdout ? ok(output) : resolveReportTarget(workspace, output, from, "git-value report --html", "html");
  if (!resolved.ok)
    return errorOutcome(resolved, env);
  const target = resolved.value;
  const data = gatherReportData({
    root,
    gitDir,
    model,
    context,
    ...head ? { head } : {},
    ...toStdout ? {} : { target }
  });
  if (!data.ok)
    return errorOutcome(data, env);
  const html = renderReportHtml(data.value, client.value);
  if (toStdout)
    return { exitCode: 0, stdout: html, stderr: "" };
  const written = writeFileAtomic(target, html, output);
  if (!written.ok)
    return errorOutcome(written, env);
  const inRepo = relative2(root, target);
  const tracked = !inRepo.startsWith("..") && !isAbsolute(inRepo);
  const path = inRepo.split(sep2).join("/");
  const note = tracked && !isIgnored(root, path) ? reportNotIgnored(path) : "";
  return { exitCode: 0, stdout: "", stderr: `${wroteFile(output)}${note}` };
}
function readClientScript() {
  if (layout === "standalone")
    return ok(getAsset("report-client.js", "utf8"));
  for (const candidate of ["./report-client.js", "../../bundle/cli/report-client.js"]) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(url))
      return ok(readFileSync2(url, "utf8"));
  }
  return fail(reportClientMissing);
}
export {
  DEFAULT_REPORT_PATH,
  run
};
