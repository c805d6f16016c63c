import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  CATEGORY_LABELS,
  readCurrentBacklog
} from "./chunk-CL47BL6J.js";
import "./chunk-3SSG65XT.js";
import "./chunk-UKNR456Y.js";
import "./chunk-PDIVDX4P.js";
import "./chunk-L42DG4D7.js";
import "./chunk-H44W4G64.js";
import "./chunk-AP6QHR2Z.js";
import "./chunk-UPLQ7UW6.js";
import "./chunk-MTSRII53.js";
import "./chunk-TNT4O3F4.js";
import "./chunk-QDHQR4L2.js";
import "./chunk-H46VYJWE.js";
import "./chunk-R7BXTBGS.js";
import "./chunk-XLIRTYAW.js";
import "./chunk-CJEBQUOT.js";
import "./chunk-BX7BPTSK.js";
import {
  errorOutcome
} from "./chunk-RI75FPAA.js";
import {
  noSuchId
} from "./chunk-2M2XAZ6H.js";
import "./chunk-HUUDYLWZ.js";
import "./chunk-RYSKVT2F.js";
import "./chunk-27A3QD7K.js";
import "./chunk-GLXZBTI5.js";
import "./chunk-RGYNK77T.js";
import "./chunk-5AXYERU7.js";
import "./chunk-UUPKITBT.js";
import "./chunk-A3QA2ZQT.js";
import "./chunk-ONKLCXXC.js";
import "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/report/explain.js
var SECTIONS = [
  ["hotspot", "Hotspot"],
  ["effort", "Effort estimate"],
  ["wsjf", "WSJF"],
  ["ice", "ICE"],
  ["technicalDebt", "Technical debt"],
  ["worth", "Worth a change now"],
  ["composite", "Composite"],
  ["risk", "Risk and confidence"]
];
var OCCURRENCES_SHOWN = 20;
function formatValue(value) {
  return Number.isInteger(value) ? String(value) : value.toFixed(3).replace(/0+$/, "");
}
function describeExposure(item) {
  const term = item.breakdown.find((candidate) => candidate.name === "exposure");
  if (item.context === "source" && term && term.value < 1)
    return `shipped code in maintenance only: scored \xD7 ${formatValue(term.value)} (see "exposure" below)`;
  if (item.context === "source")
    return "shipped code: scored in full";
  if (term)
    return `scored \xD7 ${formatValue(term.value)} for it (see "exposure" below)`;
  return item.category === "secret" || item.category === "vuln" ? "a security finding: its value is not lowered for where it lives" : 'not shipped: user-business value halved (see "user-business value" below)';
}
function renderExplain(item, ctx) {
  const lines = [
    `${item.id}  ${item.title}`,
    `rule ${item.ruleId} \xB7 ${CATEGORY_LABELS[item.category]} \xB7 ${item.severity} \xB7 ${item.path}:${item.line} \xB7 ${item.status} \xB7 first seen ${item.firstSeen}`
  ];
  lines.push(`context: ${item.context} (${item.contextReason}); ${describeExposure(item)}`);
  if (item.held) {
    const option = item.held.startsWith("complex, stable") ? "scoring.complexityNeedsEvidence" : "scoring.projectLinters";
    lines.push(`not proposed: ${item.held} (held as a metric; ${option}: false would propose it)`);
  }
  if (item.evidence)
    lines.push(`evidence (redacted): ${item.evidence}`);
  if (typeof item.facts?.leftOut === "string")
    lines.push(`left out of this item: ${item.facts.leftOut}`);
  const occurrences = item.occurrences ?? [];
  if (occurrences.length > 1) {
    lines.push(`${occurrences.length} occurrences of ${item.ruleId} in ${item.path} (one item: the same fix, repeated):`);
    for (const occurrence of occurrences.slice(0, OCCURRENCES_SHOWN))
      lines.push(`  ${item.path}:${occurrence.line}  ${occurrence.id}  ${occurrence.title}`);
    if (occurrences.length > OCCURRENCES_SHOWN)
      lines.push(`  \u2026 and ${occurrences.length - OCCURRENCES_SHOWN} more`);
  }
  if (ctx)
    lines.push(`scored on ${ctx.today} with maturity ${ctx.maturity.level} (${ctx.maturity.percent}%), hotspot window ${ctx.config.hotspotWindowDays} days`);
  lines.push(`composite ${item.scores.composite.toFixed(2)} \xB7 WSJF ${item.scores.wsjf.toFixed(2)} \xB7 ICE ${item.scores.ice.toFixed(1)} \xB7 technical debt ${item.scores.technicalDebt.toFixed(2)} h \xB7 effort ${item.effortHours.toFixed(2)} h \xB7 risk ${Math.round(item.risk * 100)}%`);
  const width = Math.max(...item.breakdown.map((term) => term.name.length));
  for (const [score, heading] of SECTIONS) {
    const terms = item.breakdown.filter((term) => term.score === score);
    if (!terms.length)
      continue;
    lines.push("", heading);
    for (const term of terms)
      lines.push(`  ${term.name.padEnd(width)}  ${formatValue(term.value).padStart(8)}  ${term.source}`);
  }
  return `${lines.join("\n")}
`;
}

// dist/src/cli/explain.js
async function run({ positionals }, env) {
  const id = positionals[0];
  const current = await readCurrentBacklog(env);
  if (!current.ok)
    return errorOutcome(current, env);
  const { model, context } = current.value;
  const items = [...model.open, ...model.allowed, ...model.resolved];
  const byItem = items.filter((item2) => item2.id.startsWith(id));
  const matches = byItem.length ? byItem : items.filter((item2) => (item2.occurrences ?? []).some((occurrence) => occurrence.id.startsWith(id)));
  const item = matches.find((candidate) => candidate.id === id) ?? (new Set(matches.map((candidate) => candidate.id)).size === 1 ? matches[0] : void 0);
  if (!item)
    return errorOutcome({
      ok: false,
      error: noSuchId(id, matches.map((match) => match.id))
    }, env);
  return { exitCode: 0, stdout: renderExplain(item, context), stderr: "" };
}
export {
  run
};
