import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  resolveReportTarget
} from "./chunk-TBJCG5DO.js";
import {
  CATEGORY_LABELS,
  compareText,
  escapeMarkdown,
  familyOf,
  formatHours,
  formatPercent,
  formatScore,
  linkPrefixFor,
  linkToLine,
  pickNextItem,
  pluralise,
  readTriggers,
  scoreBacklog,
  shortenTitle
} from "./chunk-CL47BL6J.js";
import {
  writeFileAtomic
} from "./chunk-AP6QHR2Z.js";
import {
  SECURITY_WINDOW_DAYS,
  isSecurity
} from "./chunk-QDHQR4L2.js";
import {
  readPackageVersion
} from "./chunk-CJEBQUOT.js";
import {
  layout
} from "./chunk-BX7BPTSK.js";
import {
  ok
} from "./chunk-HUUDYLWZ.js";
import {
  isAlwaysShown
} from "./chunk-RYSKVT2F.js";
import {
  NON_SHIPPED
} from "./chunk-UUPKITBT.js";
import {
  hashParts
} from "./chunk-ONKLCXXC.js";
import {
  languageOf
} from "./chunk-3FEP5BVN.js";

// dist/src/report/backlog-discovery.js
var MAX_EVIDENCE_SHOWN = 4;
function renderDiscovery(model) {
  const lines = ["## Continuous discovery status", "", "### Active analyzers", ""];
  if (model.activeAnalyzers.length) {
    lines.push("| Analyzer | What it finds | Findings |", "|----------|---------------|---------:|");
    for (const analyzer of model.activeAnalyzers)
      lines.push(`| \`${escapeMarkdown(analyzer.id)}\` | ${escapeMarkdown(analyzer.description)} | ${analyzer.findings} |`);
  } else
    lines.push("No analyzers enabled (see `analyzers` in `.valuerc.json`).");
  lines.push("", "### Repository features detected", "");
  if (model.maturity.features.length) {
    for (const feature of model.maturity.features) {
      const shown = feature.evidence.slice(0, MAX_EVIDENCE_SHOWN).map((evidence) => `\`${escapeMarkdown(evidence)}\``);
      const more = feature.evidence.length - shown.length;
      lines.push(`- **${escapeMarkdown(feature.name)}**: ${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`);
    }
  } else
    lines.push("No features detected (no tests, CI, linters or docs found among the tracked files).");
  const { block, backlog } = model.config;
  const ready = model.open.filter((item) => item.scores.composite >= backlog.minScore && item.risk <= backlog.maxRisk).length;
  lines.push("", "### Execution readiness", `- **Commit gate**: a commit adding a ${block.categories.map((category) => `\`${category}\``).join(" or ")} finding scoring \u2265 ${block.minScore} is refused`, `- **Minimum score**: ${backlog.minScore} composite points to be proposed`, `- **Risk tolerance**: ${formatPercent(backlog.maxRisk)} maximum risk level`, `- **Ready now**: ${ready} open item(s) clear both${pickNextItem(model) ? "" : " (none to propose)"}`);
  return lines;
}
function renderScoringConfig(model) {
  const { scoring } = model.config;
  const level = model.maturity.level;
  const weights = scoring.weights[level];
  const multipliers = Object.entries(scoring.categoryMultipliers).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([category, value]) => `- **${CATEGORY_LABELS[category] ?? category}** (\`${category}\`): ${value.toFixed(1)}\xD7`);
  return [
    "## Scoring configuration",
    "",
    `**Repository-adaptive weights (maturity level ${level}):**`,
    `- **WSJF** (cost of delay / job size): ${formatPercent(weights.wsjf)}`,
    `- **ICE** (impact \xD7 confidence \xD7 ease): ${formatPercent(weights.ice)}`,
    `- **Technical debt** (principal \xD7 interest): ${formatPercent(weights.technicalDebt)}`,
    `- **Security boost** (added for ${model.config.block.categories.map((c) => `\`${c}\``).join(", ")} findings): ${formatPercent(weights.security)}`,
    "",
    "**Category multipliers:**",
    ...multipliers,
    "",
    "**Scoring factors:**",
    `- **Hotspots**: commits touching the file in the ${scoring.hotspotWindowDays} days up to the last commit, relative to the busiest file, \xD7 a complexity factor; raises risk reduction and debt interest`,
    `- **Security vulnerability window**: time criticality of a security finding grows from 5 to 10 over its first ${SECURITY_WINDOW_DAYS} days in the repository`,
    `- **Critical paths**: ${scoring.criticalPaths.length ? scoring.criticalPaths.map((glob) => `\`${escapeMarkdown(glob)}\``).join(", ") : "none configured (`scoring.criticalPaths`)"}; findings there gain 2 points of business value`,
    "- **Tests, docs and examples**: non-security findings there count half the business value",
    `- **High-value threshold**: ${scoring.highValueScore}`
  ];
}
function renderLearning(model) {
  const lines = ["## Triggers and learning", "", "### Triggers", ""];
  if (model.triggers.length) {
    for (const trigger of model.triggers)
      lines.push(`- **${escapeMarkdown(trigger.name)}** (${trigger.installed ? "installed" : "not installed"}): ${escapeMarkdown(trigger.description)}`);
  } else
    lines.push("No triggers installed: `git-value init` installs the hooks.");
  lines.push("", "### Prediction accuracy", "");
  const calibration = model.calibration;
  if (!calibration || calibration.samples === 0) {
    lines.push(`No recorded outcomes yet. Record the actual effort of a fixed item with \`git-value done ID --hours N\`; a category's estimates are calibrated once it has ${calibration?.minSamples ?? 3} outcomes.`);
    return lines;
  }
  const mape = (value) => value === null ? "n/a" : formatPercent(value, 1);
  lines.push(`- **Recorded outcomes**: ${calibration.samples}`, `- **Mean absolute percentage error**: ${mape(calibration.mapeBefore)} before calibration, ${mape(calibration.mapeAfter)} after (${calibration.method}: each outcome predicted by a factor computed without it)`, "", "| Category | Outcomes | Factor (median actual / predicted) | MAPE before | MAPE after |", "|----------|---------:|-----------------------------------:|------------:|-----------:|");
  for (const entry of calibration.categories) {
    const factor = entry.samples >= calibration.minSamples ? `${entry.factor.toFixed(2)}\xD7` : `1.00\xD7 (needs ${calibration.minSamples})`;
    lines.push(`| ${CATEGORY_LABELS[entry.category]} | ${entry.samples} | ${factor} | ${mape(entry.mapeBefore)} | ${mape(entry.mapeAfter)} |`);
  }
  return lines;
}

// dist/src/report/backlog-history.js
var TREND_POINTS = 12;
var RESOLVED_SHOWN = 10;
var COMMIT_WIDTH = 10;
function renderTrend(model) {
  const lines = ["## Trend", ""];
  const points = model.trend.slice(-TREND_POINTS);
  if (!points.length) {
    lines.push("No ledger history yet: the trend starts with the first commit of `.value/ledger.json`.");
    return lines;
  }
  lines.push(`Open items and total technical debt at the last ${points.length} commit(s) that changed the ledger.`, "", "| Date | Commit | Open items | Debt hours | Change |", "|------|--------|-----------:|-----------:|-------:|");
  points.forEach((point, index) => {
    const previous = index > 0 ? points[index - 1] : void 0;
    const change = previous ? point.open - previous.open : 0;
    lines.push(`| ${point.date.slice(0, 10)} | \`${point.commit.slice(0, COMMIT_WIDTH)}\` | ${point.open} | ${point.debtHours.toFixed(1)} | ${previous ? change > 0 ? `+${change}` : String(change) : "\u2013"} |`);
  });
  return lines;
}
function renderAllowed(model) {
  const lines = ["## Allowed findings (audit)", ""];
  if (!model.allowed.length) {
    lines.push("None: no finding has been allowed.");
    return lines;
  }
  const prefix = linkPrefixFor(model.config.backlog.path);
  lines.push("| ID | Rule | Location | Allowed by | On | Reason |", "|----|------|----------|------------|----|--------|");
  for (const item of model.allowed) {
    lines.push(`| \`${item.id}\` | \`${item.ruleId}\` | ${linkToLine(item.path, item.line, prefix)} | ${escapeMarkdown(item.allow?.by ?? "unknown")} | ${item.allow?.at ?? "\u2013"} | ${escapeMarkdown(item.allow?.reason ?? "no reason recorded")} |`);
  }
  return lines;
}
function renderResolved(model) {
  const lines = ["## Recently resolved", ""];
  const shown = model.resolved.slice(0, RESOLVED_SHOWN);
  if (!shown.length) {
    lines.push("Nothing resolved yet.");
    return lines;
  }
  lines.push("| ID | Title | Resolved in | On | Estimated | Actual |", "|----|-------|-------------|----|----------:|-------:|");
  for (const item of shown) {
    const commit = item.resolved?.commit ?? "unknown";
    lines.push(`| \`${item.id}\` | ${escapeMarkdown(shortenTitle(item.title, 50))} | \`${escapeMarkdown(commit.slice(0, COMMIT_WIDTH))}\` | ${item.resolved?.at ?? "\u2013"} | ${item.effortHours.toFixed(1)} h | ${item.done ? `${item.done.hours.toFixed(1)} h` : "\u2013"} |`);
  }
  if (model.resolved.length > shown.length)
    lines.push("", `${model.resolved.length - shown.length} older resolved item(s) are in the ledger.`);
  return lines;
}
function renderNextSteps(model) {
  const next = pickNextItem(model);
  const steps = [];
  if (next) {
    steps.push(`Fix \`${next.id}\` (${formatScore(next.scores.composite)}): ${escapeMarkdown(shortenTitle(next.title, 60))} at ${linkToLine(next.path, next.line, linkPrefixFor(model.config.backlog.path))}.`, `Record its actual effort with \`git-value done ${next.id} --hours N\`, so estimates calibrate.`);
  } else
    steps.push("Nothing to propose: lower `backlog.minScore` or raise `backlog.maxRisk` to see more.");
  const unrecorded = model.resolved.filter((item) => !item.done).length;
  if (unrecorded)
    steps.push(`${unrecorded} resolved item(s) have no recorded effort: \`git-value done ID --hours N\` for each you remember.`);
  if (model.allowed.length)
    steps.push(`Review the ${model.allowed.length} allowed finding(s) above: each allow is bound to its fingerprint.`);
  const missing = model.triggers.filter((trigger) => !trigger.installed);
  if (missing.length)
    steps.push(`Install the missing trigger(s) (${missing.map((trigger) => escapeMarkdown(trigger.name)).join(", ")}) with \`git-value init\`.`);
  return ["## Next steps", "", ...steps.map((step, index) => `${index + 1}. ${step}`)];
}
function renderFooter(model) {
  const version = model.toolVersion ? ` ${model.toolVersion}` : "";
  return [
    "---",
    "",
    `*Generated by git-value${version} from \`.value/ledger.json\` at ${model.generatedAt}. Scores are recomputed on every render; \`git-value explain ID\` shows how.*`
  ];
}

// dist/src/report/backlog-coverage.js
var LOWEST_SHOWN = 10;
var MIN_SYMBOLS_LISTED = 3;
var LANGUAGE_NAMES = {
  js: "JavaScript",
  ts: "TypeScript",
  py: "Python",
  go: "Go",
  java: "Java"
};
function summariseDocCoverage(files) {
  const byLanguage = /* @__PURE__ */ new Map();
  for (const file of files) {
    const language = LANGUAGE_NAMES[languageOf(file.path)] ?? languageOf(file.path);
    const row = byLanguage.get(language) ?? { language, documented: 0, public: 0, files: 0 };
    row.documented += file.documented;
    row.public += file.public;
    row.files++;
    byLanguage.set(language, row);
  }
  const ratio = (file) => file.documented / file.public;
  return {
    documented: files.reduce((total, file) => total + file.documented, 0),
    public: files.reduce((total, file) => total + file.public, 0),
    byLanguage: [...byLanguage.values()].sort((a, b) => b.public - a.public || (a.language < b.language ? -1 : 1)),
    lowest: files.filter((file) => file.public >= MIN_SYMBOLS_LISTED && file.documented < file.public).sort((a, b) => ratio(a) - ratio(b) || b.public - b.documented - (a.public - a.documented) || (a.path < b.path ? -1 : 1)).slice(0, LOWEST_SHOWN)
  };
}
function percent(documented, total) {
  return total === 0 ? "\u2013" : `${(100 * documented / total).toFixed(1)} %`;
}
function renderDocCoverage(model) {
  const lines = ["## Documentation coverage", ""];
  if (!model.docCoverage) {
    lines.push("The docstring analyzer is off (`analyzers.docstring.enabled`).");
    return lines;
  }
  const summary = summariseDocCoverage(model.docCoverage);
  if (summary.public === 0) {
    lines.push("No public functions, methods or classes measured yet in JavaScript, TypeScript, Python, Go or Java (`git-value scan` measures every file; refresh after merges keeps it current).");
    return lines;
  }
  lines.push(`**Repository**: ${percent(summary.documented, summary.public)} of public functions, methods and classes have a docstring or doc comment (${summary.documented} of ${summary.public}, in ${model.docCoverage.length} files; as of the last scan, refreshed after merges).`, "", "| Language | Files | Documented | Public | Coverage |", "|----------|------:|-----------:|-------:|---------:|", ...summary.byLanguage.map((row) => `| ${row.language} | ${row.files} | ${row.documented} | ${row.public} | ${percent(row.documented, row.public)} |`));
  if (summary.lowest.length > 0) {
    lines.push("", `**Lowest coverage** (files with at least ${MIN_SYMBOLS_LISTED} public symbols):`, "", "| File | Documented | Public | Coverage |", "|------|-----------:|-------:|---------:|");
    for (const file of summary.lowest)
      lines.push(`| \`${escapeMarkdown(file.path)}\` | ${file.documented} | ${file.public} | ${percent(file.documented, file.public)} |`);
  }
  return lines;
}

// dist/src/report/metrics.js
function sum(values) {
  return values.reduce((total, value) => total + value, 0);
}
function summariseCategories(items) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const group = groups.get(item.category);
    if (group)
      group.push(item);
    else
      groups.set(item.category, [item]);
  }
  return [...groups].map(([category, group]) => {
    const totalScore = sum(group.map((item) => item.scores.composite));
    return {
      category,
      count: group.length,
      averageScore: totalScore / group.length,
      totalEffort: sum(group.map((item) => item.effortHours)),
      totalScore
    };
  }).sort((a, b) => b.count - a.count || b.totalScore - a.totalScore || (a.category < b.category ? -1 : 1));
}
function bandEfforts(items) {
  const bands = { quickWins: 0, medium: 0, large: 0 };
  for (const item of items) {
    if (item.effortHours <= 2)
      bands.quickWins++;
    else if (item.effortHours <= 5)
      bands.medium++;
    else
      bands.large++;
  }
  return bands;
}
function summariseMetrics(model) {
  const items = model.open;
  const scores = items.map((item) => item.scores.composite);
  return {
    total: items.length,
    highValue: scores.filter((score) => score >= model.config.scoring.highValueScore).length,
    averageScore: items.length ? sum(scores) / items.length : 0,
    categories: new Set(items.map((item) => item.category)).size,
    highRisk: items.filter((item) => item.risk > model.config.backlog.maxRisk).length,
    totalEffort: sum(items.map((item) => item.effortHours)),
    totalDebtHours: sum(items.map((item) => item.scores.technicalDebt)),
    byCategory: summariseCategories(items),
    effortBands: bandEfforts(items)
  };
}

// dist/src/report/backlog-metrics.js
var FAMILY_LABELS = {
  secret: "Secret detection",
  vuln: "Vulnerability patterns",
  debt: "Debt markers",
  quality: "Code quality analysis",
  perf: "Performance analysis",
  modern: "Modernization analysis"
};
function renderMetrics(model) {
  const metrics = summariseMetrics(model);
  const { maxRisk } = model.config.backlog;
  const highestRisk = Math.max(0, ...model.open.map((item) => item.risk));
  const lines = [
    "## Value metrics",
    "",
    "### Overall repository health",
    `- **Open items**: ${metrics.total}`,
    `- **High-value items (score \u2265 ${model.config.scoring.highValueScore})**: ${metrics.highValue}`,
    `- **Average composite score**: ${metrics.averageScore.toFixed(1)}`,
    `- **Categories represented**: ${metrics.categories}`,
    `- **Risk profile**: ${pluralise(metrics.highRisk, "item")} above the ${formatPercent(maxRisk)} risk tolerance (highest risk ${formatPercent(highestRisk)})`,
    `- **Total estimated effort**: ${metrics.totalEffort.toFixed(1)} h; **technical debt**: ${metrics.totalDebtHours.toFixed(1)} h`,
    "",
    "### Value distribution by category",
    ""
  ];
  if (metrics.byCategory.length) {
    lines.push("| Category | Items | Avg score | Total effort |", "|----------|------:|----------:|-------------:|");
    for (const group of metrics.byCategory) {
      lines.push(`| ${CATEGORY_LABELS[group.category]} | ${group.count} | ${group.averageScore.toFixed(1)} | ${group.totalEffort.toFixed(1)} h |`);
    }
  } else
    lines.push("No open items.");
  const bands = metrics.effortBands;
  lines.push("", "### Effort vs impact", `- **Quick wins** (\u2264 2 h): ${pluralise(bands.quickWins, "item")}`, `- **Medium effort** (2\u20135 h): ${pluralise(bands.medium, "item")}`, `- **Large projects** (> 5 h): ${pluralise(bands.large, "item")}`, "", "### Sources");
  if (model.sources.length) {
    for (const source of model.sources)
      lines.push(`- **${FAMILY_LABELS[source.family] ?? escapeMarkdown(source.family)}** (\`${escapeMarkdown(source.family)}/\u2026\`): ${pluralise(source.findings, "finding")}`);
  } else
    lines.push("- No findings from any source.");
  lines.push(...renderHeld(model));
  lines.push("", "### Focus areas", "", ...renderFocus(model));
  return lines;
}
function pickFocusAreas(model) {
  const ranked = model.open.filter((item) => item.scores.composite >= model.config.backlog.minScore && !item.held && !NON_SHIPPED.has(item.context));
  return summariseCategories(ranked).sort((a, b) => b.totalScore - a.totalScore || (a.category < b.category ? -1 : 1)).slice(0, 3).map((group) => ({ ...group, lead: ranked.find((item) => item.category === group.category) }));
}
function renderFocus(model) {
  const focus = pickFocusAreas(model);
  if (!focus.length)
    return [
      model.open.length ? `Nothing to focus on: no open item in shipped code reaches the minimum score of ${model.config.backlog.minScore}.` : "Nothing to focus on: no open items."
    ];
  return focus.map((group, index) => `${index + 1}. **${CATEGORY_LABELS[group.category]}**: ${formatScore(group.totalScore)} score points over ${pluralise(group.count, "ranked item")}; start with \`${group.lead.id}\` (${formatScore(group.lead.scores.composite)})`);
}
function renderHeld(model) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of model.open) {
    if (!item.held)
      continue;
    const colon = item.held.indexOf(":");
    const why = colon === -1 ? item.held : item.held.slice(0, colon);
    const key = `${item.category}\0${why}`;
    const group = groups.get(key);
    if (group)
      group.count++;
    else
      groups.set(key, { count: 1, category: CATEGORY_LABELS[item.category], example: item });
  }
  if (groups.size === 0)
    return [];
  const lines = ["", "### Held as metrics, not proposed"];
  for (const { category, count, example } of [...groups.values()].sort((a, b) => b.count - a.count || compareText(a.example.id, b.example.id)))
    lines.push(`- **${category}**, ${pluralise(count, "item")}: ${escapeMarkdown(example.held ?? "")}; for example \`${example.id}\` ${escapeMarkdown(shortenTitle(example.title, 80))}`);
  lines.push("", "`git-value explain ID` says why for each; `backlog --format json` lists them with `held`.");
  return lines;
}

// dist/src/report/expected-impact.js
var CATEGORY_IMPACT = {
  secret: "Security: removes a hardcoded credential (rotate it, then read it from the environment or a secret store)",
  vuln: "Security: removes a dangerous code pattern",
  debt: "Maintainability: settles a debt marker left in the code",
  quality: "Maintainability: makes the code easier to read and change",
  perf: "Performance: removes an anti-pattern on a code path",
  modern: "Future-proofing: brings runtime, tooling or dependencies up to date"
};
function readTerm(item, name) {
  return item.breakdown.find((term) => term.name === name)?.value;
}
function findAnalyzer(item, analyzers) {
  return analyzers.find((analyzer) => analyzer.id === item.ruleId) ?? analyzers.find((analyzer) => familyOf(analyzer.id) === familyOf(item.ruleId));
}
function describeImpact(item, analyzers = []) {
  const parts = [CATEGORY_IMPACT[item.category]];
  const analyzer = findAnalyzer(item, analyzers);
  parts.push(analyzer ? `${analyzer.description} (${item.ruleId})` : `rule ${item.ruleId}`);
  const age = readTerm(item, "age (days)") ?? 0;
  if (isSecurity(item.category))
    parts.push(`closes an exposure window of ${age} day${age === 1 ? "" : "s"}`);
  const hotspot = readTerm(item, "hotspot") ?? 0;
  parts.push(`pays off ${item.scores.technicalDebt.toFixed(1)} h of technical debt${hotspot > 0 ? ` in a hotspot (${hotspot.toFixed(2)})` : ""}`);
  return parts.join("; ");
}

// dist/src/report/backlog-top.js
var TITLE_WIDTH = 60;
function renderHeader(model) {
  const { maturity } = model;
  const triggers = model.triggers.length ? model.triggers.map((trigger) => `${trigger.name} (${trigger.installed ? "installed" : "not installed"})`).join(", ") : "none installed: run `git-value init`";
  const lines = [
    `# Value backlog: ${escapeMarkdown(model.repoName)}`,
    "",
    `**Repository**: ${escapeMarkdown(model.repoName)}  `,
    `**Maturity level**: ${maturity.level} (${maturity.percent}%), from ${maturity.features.length} detected feature(s) listed under "Repository features detected"  `,
    `**Last updated**: ${model.generatedAt}  `,
    `**Refreshed by**: ${triggers}  `
  ];
  for (const note of model.notes)
    lines.push("", `> Note: ${escapeMarkdown(note)}`);
  return lines;
}
function renderNextBest(model) {
  const lines = ["## Next best value item", ""];
  const item = pickNextItem(model);
  const { minScore, maxRisk } = model.config.backlog;
  if (!item) {
    lines.push(model.open.length ? `No open item reaches the minimum score (${minScore}) within the risk tolerance (${formatPercent(maxRisk)}).` : "No open items: the ledger is clean.");
    return lines;
  }
  lines.push(`**[${item.id}] ${escapeMarkdown(item.title)}**`, `- **Composite score**: ${formatScore(item.scores.composite)}`, `- **WSJF**: ${item.scores.wsjf.toFixed(2)} | **ICE**: ${item.scores.ice.toFixed(1)} | **Tech debt**: ${formatHours(item.scores.technicalDebt)}`, `- **Category**: ${CATEGORY_LABELS[item.category]} (\`${item.ruleId}\`, ${item.severity})`, `- **Location**: ${linkToLine(item.path, item.line, linkPrefixFor(model.config.backlog.path))}`, `- **Context**: ${item.context} (${escapeMarkdown(item.contextReason)})`, `- **Estimated effort**: ${formatHours(item.effortHours)}`, `- **Risk level**: ${formatPercent(item.risk)}`, `- **Confidence**: ${formatPercent(item.confidence)}`, `- **Expected impact**: ${escapeMarkdown(describeImpact(item, model.activeAnalyzers))}`, "", `\`git-value explain ${item.id}\` shows every term of these scores and where it came from.`);
  return lines;
}
function renderTopTable(model) {
  const { top, minScore } = model.config.backlog;
  const eligible = model.open.filter((item) => item.scores.composite >= minScore);
  const shown = eligible.slice(0, top);
  const lines = ["## Top value opportunities", ""];
  if (!shown.length) {
    lines.push(`No open item reaches the minimum score of ${minScore}.`);
    return lines;
  }
  const prefix = linkPrefixFor(model.config.backlog.path);
  lines.push("| Rank | ID | Title | Score | Category | Est. hours | Risk | Tags | Context | Location |", "|-----:|----|-------|------:|----------|-----------:|-----:|------|---------|----------|");
  shown.forEach((item, index) => {
    const tags = [item.severity, item.ruleId].map((tag) => `\`${tag}\``).join(", ");
    lines.push(`| ${index + 1} | \`${item.id}\` | ${escapeMarkdown(shortenTitle(item.title, TITLE_WIDTH))} | ${formatScore(item.scores.composite)} | ${CATEGORY_LABELS[item.category]} | ${item.effortHours.toFixed(1)} | ${formatPercent(item.risk)} | ${tags} | ${item.context} | ${linkToLine(item.path, item.line, prefix)} |`);
  });
  const below = model.open.length - eligible.length;
  lines.push("", `Showing ${shown.length} of ${model.open.length} open item(s)${below ? `; ${below} below the minimum score of ${minScore} are left out` : ""}. \`git-value backlog --format json\` lists them all.`);
  return lines;
}

// dist/src/report/backlog-md.js
function renderBacklog(model) {
  const sections = [
    renderHeader(model),
    renderNextBest(model),
    renderTopTable(model),
    renderMetrics(model),
    renderDocCoverage(model),
    renderDiscovery(model),
    renderScoringConfig(model),
    renderLearning(model),
    renderTrend(model),
    renderAllowed(model),
    renderResolved(model),
    renderNextSteps(model),
    renderFooter(model)
  ];
  return `${sections.map((lines) => lines.join("\n")).join("\n\n")}
`;
}

// dist/src/report/json.js
var JSON_SCHEMA_VERSION = 1;
function toJsonItem(item) {
  return {
    id: item.id,
    ruleId: item.ruleId,
    category: item.category,
    severity: item.severity,
    status: item.status,
    path: item.path,
    line: item.line,
    endLine: item.endLine,
    context: item.context,
    contextReason: item.contextReason,
    held: item.held,
    title: item.title,
    evidence: item.evidence,
    fingerprint: item.fingerprint,
    occurrences: (item.occurrences ?? []).map((occurrence) => ({
      id: occurrence.id,
      line: occurrence.line,
      endLine: occurrence.endLine,
      title: occurrence.title
    })),
    firstSeen: item.firstSeen,
    history: item.history,
    scores: {
      composite: item.scores.composite,
      wsjf: item.scores.wsjf,
      ice: item.scores.ice,
      technicalDebt: item.scores.technicalDebt
    },
    effortHours: item.effortHours,
    risk: item.risk,
    confidence: item.confidence,
    allow: item.allow,
    resolved: item.resolved,
    done: item.done,
    breakdown: item.breakdown.map((term) => ({
      score: term.score,
      name: term.name,
      value: term.value,
      source: term.source
    }))
  };
}
function renderJson(model) {
  const { config, maturity } = model;
  const document = {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: "git-value", version: model.toolVersion },
    repository: model.repoName,
    generatedAt: model.generatedAt,
    maturity: { level: maturity.level, percent: maturity.percent, features: maturity.features },
    thresholds: {
      blockMinScore: config.block.minScore,
      minScore: config.backlog.minScore,
      maxRisk: config.backlog.maxRisk,
      highValueScore: config.scoring.highValueScore
    },
    weights: config.scoring.weights[maturity.level],
    categoryMultipliers: config.scoring.categoryMultipliers,
    summary: summariseMetrics(model),
    docCoverage: model.docCoverage ? { ...summariseDocCoverage(model.docCoverage), files: model.docCoverage } : null,
    nextItem: pickNextItem(model)?.id ?? null,
    items: model.open.map(toJsonItem),
    allowed: model.allowed.map(toJsonItem),
    resolved: model.resolved.map(toJsonItem),
    sources: model.sources,
    activeAnalyzers: model.activeAnalyzers,
    calibration: model.calibration ?? null,
    trend: model.trend,
    triggers: model.triggers,
    notes: model.notes
  };
  return `${JSON.stringify(document, null, 2)}
`;
}

// dist/src/report/sarif.js
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var MAX_SARIF_RESULTS = 5e3;
var FINGERPRINT_KEY = "gitValue/v1";
var LEVELS = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note"
};
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "1.0"
};
function encodeUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function describeRule(item, model) {
  const analyzer = findAnalyzer(item, model.activeAnalyzers);
  const properties = {
    category: item.category,
    tags: isSecurity(item.category) ? ["security", item.category] : [item.category]
  };
  if (isSecurity(item.category))
    properties["security-severity"] = SECURITY_SEVERITY[item.severity];
  return {
    id: item.ruleId,
    shortDescription: { text: analyzer?.description ?? item.ruleId },
    defaultConfiguration: { level: LEVELS[item.severity] },
    properties
  };
}
function toResult(item, ruleIndex) {
  const region = item.history ? void 0 : item.category === "secret" ? { startLine: item.line } : { startLine: item.line, endLine: item.endLine ?? item.line };
  const artifactLocation = { uri: encodeUri(item.path), uriBaseId: "%SRCROOT%" };
  const related = (item.occurrences ?? []).filter((occurrence) => occurrence.line !== item.line).map((occurrence, index) => ({
    id: index + 1,
    physicalLocation: { artifactLocation, region: { startLine: occurrence.line } },
    message: { text: occurrence.title }
  }));
  return {
    ruleId: item.ruleId,
    ruleIndex,
    level: LEVELS[item.severity],
    message: { text: `${item.title} (score ${item.scores.composite.toFixed(2)})${describeHistory(item)}` },
    locations: [{ physicalLocation: region ? { artifactLocation, region } : { artifactLocation } }],
    ...related.length ? { relatedLocations: related } : {},
    partialFingerprints: { [FINGERPRINT_KEY]: item.fingerprint },
    properties: {
      id: item.id,
      category: item.category,
      severity: item.severity,
      context: item.context,
      contextReason: item.contextReason,
      occurrences: item.occurrences?.length ?? 1,
      composite: item.scores.composite,
      wsjf: item.scores.wsjf,
      ice: item.scores.ice,
      technicalDebt: item.scores.technicalDebt,
      effortHours: item.effortHours,
      risk: item.risk,
      confidence: item.confidence,
      ...item.history ? { history: item.history } : {}
    }
  };
}
function describeHistory(item) {
  const { history } = item;
  if (!history)
    return "";
  const first = history.commits[0]?.slice(0, 12);
  return ` \u2014 added by ${history.commitCount} commit${history.commitCount === 1 ? "" : "s"}${first ? ` (first ${first})` : ""}, ${history.inHead ? "still in the tree" : "no longer in the tree"}`;
}
function renderSarif(model, options) {
  const eligible = model.open.filter((item) => options.includeSecrets || item.category !== "secret" || item.history !== void 0);
  const kept = eligible.slice(0, MAX_SARIF_RESULTS);
  const ruleIds = [...new Set(kept.map((item) => item.ruleId))].sort(compareText);
  const rules = ruleIds.map((id) => describeRule(kept.find((item) => item.ruleId === id), model));
  const runProperties = {
    repository: model.repoName,
    generatedAt: model.generatedAt,
    maturity: `${model.maturity.level} (${model.maturity.percent}%)`,
    secretsIncluded: options.includeSecrets
  };
  if (eligible.length > kept.length) {
    runProperties.truncated = true;
    runProperties.note = `${eligible.length} results, only the ${MAX_SARIF_RESULTS} highest-scored are included (GitHub stores at most ${MAX_SARIF_RESULTS} per run)`;
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name: "git-value", version: options.toolVersion, semanticVersion: options.toolVersion, rules }
        },
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root." } } },
        results: kept.map((item) => toResult(item, ruleIds.indexOf(item.ruleId))),
        properties: runProperties
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

// dist/src/report/render-format.js
function renderFormat(model, format, options) {
  if (format === "json")
    return renderJson(model);
  if (format === "sarif")
    return renderSarif(model, options);
  return renderBacklog(model);
}

// dist/src/workflow/write-reports.js
import { existsSync, readFileSync as readFileSync3 } from "node:fs";
import { join as join3 } from "node:path";

// dist/src/workflow/cache-file.js
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
var MAX_CACHE_BYTES = 64 * 1024 * 1024;
function cachePath(gitDir, name) {
  return join(gitDir, "git-value", `${name}.json`);
}
function readCache(gitDir, name, digest2, isEntry) {
  if (!gitDir)
    return /* @__PURE__ */ new Map();
  const file = cachePath(gitDir, name);
  try {
    if (statSync(file).size > MAX_CACHE_BYTES)
      return /* @__PURE__ */ new Map();
    const parsed = JSON.parse(readFileSync(file, "utf8"));
    if (parsed.digest !== digest2 || !parsed.entries || typeof parsed.entries !== "object")
      return /* @__PURE__ */ new Map();
    return new Map(Object.entries(parsed.entries).filter((entry) => isEntry(entry[1])));
  } catch {
    return /* @__PURE__ */ new Map();
  }
}
function writeCache(gitDir, name, digest2, entries) {
  if (!gitDir)
    return;
  const file = cachePath(gitDir, name);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    const text = JSON.stringify({ digest: digest2, entries: Object.fromEntries(entries) });
    if (text.length > MAX_CACHE_BYTES)
      return rmSync(file, { force: true });
    mkdirSync(join(gitDir, "git-value"), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
    }
  }
}

// dist/src/workflow/tool-digest.js
import { readdirSync, readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join as join2 } from "node:path";
import { getAsset } from "node:sea";
import { fileURLToPath } from "node:url";
var digest;
function toolDigest() {
  if (digest !== void 0)
    return digest;
  if (layout === "standalone")
    return digest = hashParts([getAsset("build-id", "utf8")], 24);
  const here = dirname(fileURLToPath(import.meta.url));
  const parts = [];
  if (layout === "prebuilt" || basename(here) === "cli" && basename(dirname(here)) === "bundle")
    parts.push(...readdirSync(here).sort());
  else
    parts.push(...describeTree(dirname(here)));
  const require2 = createRequire(import.meta.url);
  for (const name of ["@babel/parser", "web-tree-sitter", "tree-sitter-wasms"]) {
    try {
      parts.push(`${name}@${JSON.parse(readFileSync2(require2.resolve(`${name}/package.json`), "utf8")).version}`);
    } catch {
      parts.push(`${name}@none`);
    }
  }
  return digest = hashParts(parts, 24);
}
function describeTree(dir) {
  const parts = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
    const path = join2(dir, entry.name);
    if (entry.isDirectory())
      parts.push(...describeTree(path));
    else if (entry.name.endsWith(".js")) {
      const stat = statSync2(path);
      parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
    }
  }
  return parts;
}
var configDigests = /* @__PURE__ */ new WeakMap();
function configDigest(config) {
  let value = configDigests.get(config);
  if (value === void 0)
    configDigests.set(config, value = hashParts([JSON.stringify(config.analyzers), String(config.maxFileBytes)], 16));
  return value;
}

// dist/src/workflow/write-reports.js
var BACKLOG_CACHE = "backlog";
var isText = (value) => typeof value === "string";
function backlogKey(workspace, known, notes) {
  const { backlogInputs, tracked } = known;
  if (!backlogInputs || !tracked)
    return void 0;
  const { root } = workspace.repo;
  const blobs = tracked.files.map((file) => `${file.path} ${file.blob}`).join("\n");
  return hashParts([
    ...backlogInputs.parts,
    JSON.stringify(workspace.config),
    blobs,
    readIfPresent(join3(root, ".value", "coverage.json")) ?? "",
    JSON.stringify(readTriggers(root)),
    readIfPresent(join3(root, workspace.config.backlog.path)) ?? "",
    ...notes.map((shown) => shown.text)
  ], 32);
}
function hasRenderedBacklog(gitDir) {
  return readCache(gitDir, BACKLOG_CACHE, toolDigest(), isText).has("key");
}
async function writeReports(workspace, entries, request, known = {}) {
  const { options, notes } = request;
  const always = notes.filter(isAlwaysShown);
  const { root } = workspace.repo;
  const backlogPath = workspace.config.backlog.path;
  const written = [backlogPath];
  const key = options.format ? void 0 : backlogKey(workspace, known, always);
  const gitDir = known.backlogInputs?.gitDir;
  const unchanged = key !== void 0 && readCache(gitDir, BACKLOG_CACHE, toolDigest(), isText).get("key") === key;
  let stdout = "";
  if (!unchanged) {
    const scored = await scoreBacklog(workspace, entries, request.now, always.map((shown) => shown.text), known);
    if (!scored.ok)
      return scored;
    const backlog = renderBacklog(scored.value.model);
    if (!sameApartFromTimestamp(readIfPresent(join3(root, backlogPath)), backlog)) {
      const saved = writeFileAtomic(join3(root, backlogPath), backlog, backlogPath, { root });
      if (!saved.ok)
        return saved;
    }
    const next = key === void 0 ? void 0 : backlogKey(workspace, known, always);
    if (next)
      writeCache(gitDir, BACKLOG_CACHE, toolDigest(), /* @__PURE__ */ new Map([["key", next]]));
    if (options.format) {
      const text = renderFormat(scored.value.model, options.format, {
        includeSecrets: workspace.config.sarif.includeSecrets,
        toolVersion: readPackageVersion()
      });
      if (options.output && options.output !== "-") {
        const target = resolveReportTarget(workspace, options.output, request.cwd, "git-value scan", options.format);
        if (!target.ok)
          return target;
        const out = writeFileAtomic(target.value, text, options.output);
        if (!out.ok)
          return out;
        written.push(options.output);
      } else
        stdout = text;
    }
  }
  const shownNotes = request.debug ? [...notes] : always;
  return ok({ stdout, written, shownNotes, hiddenNotes: notes.filter((hidden) => !shownNotes.includes(hidden)) });
}
function reportOptions(values) {
  const options = {};
  if (values.format !== void 0)
    options.format = values.format;
  if (values.output !== void 0 && values.output !== "-")
    options.output = values.output;
  return options;
}
function readIfPresent(path) {
  return existsSync(path) ? readFileSync3(path, "utf8") : void 0;
}
function sameApartFromTimestamp(before, after) {
  const strip = (text) => text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/g, "");
  return before !== void 0 && strip(before) === strip(after);
}

export {
  readCache,
  writeCache,
  toolDigest,
  configDigest,
  renderFormat,
  hasRenderedBacklog,
  writeReports,
  reportOptions
};
