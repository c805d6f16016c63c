import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  compareText
} from "./chunk-A3QA2ZQT.js";
import {
  hashParts
} from "./chunk-ONKLCXXC.js";

// dist/src/scoring/group-items.js
var REPEAT_EFFORT_SHARE = 0.5;
var SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
function makeItemId(ruleId, path, group) {
  const parts = group === void 0 ? [ruleId, path, "item"] : [ruleId, path, group, "item"];
  return `${ruleId.split("/")[0]}-${hashParts(parts, 10)}`;
}
function itemIdOf(entry) {
  return isGroupedRule(entry.ruleId) ? makeItemId(entry.ruleId, entry.path, groupOf(entry)) : entry.id;
}
function groupOf(entry) {
  const group = entry.facts?.group;
  return typeof group === "string" ? group : void 0;
}
function isGroupedRule(ruleId) {
  return !ruleId.startsWith("secret/");
}
function groupEntries(entries, unitHoursOf = () => void 0) {
  const groups = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const key = isGroupedRule(entry.ruleId) ? `${entry.status}\0${entry.ruleId}\0${entry.path}\0${groupOf(entry) ?? ""}` : `\0${entry.id}`;
    const group = groups.get(key);
    if (group)
      group.push(entry);
    else
      groups.set(key, [entry]);
  }
  const items = [];
  for (const members of groups.values())
    items.push(toItem(members, unitHoursOf));
  return items;
}
function toItem(members, unitHoursOf) {
  const byLine = [...members].sort((a, b) => a.line - b.line || compareText(a.id, b.id));
  const worst = [...byLine].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || Number(b.facts?.issueRef !== void 0) - Number(a.facts?.issueRef !== void 0) || Number(a.facts?.ask === "weak") - Number(b.facts?.ask === "weak") || b.effortHours - a.effortHours)[0];
  const occurrences = byLine.map((entry) => ({
    id: entry.id,
    line: entry.line,
    ...entry.endLine === void 0 ? {} : { endLine: entry.endLine },
    title: entry.title,
    fingerprint: entry.fingerprint,
    ...entry.facts === void 0 ? {} : { facts: entry.facts }
  }));
  const efforts = byLine.map((entry) => entry.effortHours > 0 ? entry.effortHours : 1);
  const largest = Math.max(...efforts);
  const effortHours = largest + REPEAT_EFFORT_SHARE * (efforts.reduce((sum, hours) => sum + hours, 0) - largest);
  const unit = unitHoursOf(worst.ruleId) ?? Math.min(...efforts);
  const item = {
    ...worst,
    id: isGroupedRule(worst.ruleId) ? makeItemId(worst.ruleId, worst.path, groupOf(worst)) : worst.id,
    title: byLine.length === 1 ? worst.title : `${worst.title} (and ${byLine.length - 1} more ${groupOf(worst) === void 0 ? "in this file" : `of the ${groupOf(worst)} family`})`,
    firstSeen: byLine.reduce((first, entry) => entry.firstSeen < first ? entry.firstSeen : first, worst.firstSeen),
    confidence: Math.max(...byLine.map((entry) => entry.confidence)),
    effortHours,
    occurrences,
    unitHours: Math.min(unit, effortHours)
  };
  if (item.facts?.input === "callers" && byLine.some((entry) => entry.facts?.input === "outside"))
    item.facts = { ...item.facts, input: "outside" };
  const decided = byLine.find((entry) => entry.allow);
  if (decided?.allow)
    item.allow = decided.allow;
  const done = byLine.find((entry) => entry.done);
  if (done?.done)
    item.done = done.done;
  const resolved = byLine.map((entry) => entry.resolved).filter((record) => record !== void 0).sort((a, b) => compareText(b.at, a.at))[0];
  if (resolved)
    item.resolved = resolved;
  return item;
}

export {
  itemIdOf,
  groupEntries
};
