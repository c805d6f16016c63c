import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  INLINE_ALLOW_BY
} from "./chunk-TNT4O3F4.js";
import {
  ok
} from "./chunk-HUUDYLWZ.js";
import {
  touches
} from "./chunk-OZTETU2B.js";

// dist/src/workflow/gate.js
async function isGated(finding, config, facts) {
  if (!isGatedCategory(finding.category, config) || finding.inlineAllowed)
    return ok(false);
  if (isSuppressedByLinterComment(finding, config))
    return ok(false);
  if (!touches(facts.added.get(finding.path) ?? [], finding.line, finding.endLine ?? finding.line))
    return ok(false);
  const allowed = allowedKeys(facts);
  if (!allowed.ok)
    return allowed;
  if (allowed.value.has(keyOf(finding)))
    return ok(false);
  if (await scoreAtGate(finding, config) < config.block.minScore)
    return ok(false);
  const before = await facts.preexistingKeys(finding.path);
  if (!before.ok)
    return before;
  return ok(!before.value.has(keyOf(finding)));
}
async function selectBlocking(findings, configFor, facts) {
  const blocking = [];
  for (const finding of findings) {
    const config = configFor(finding.path);
    const gated = await isGated(finding, config, facts);
    if (!gated.ok)
      return gated;
    if (gated.value)
      blocking.push({ finding, score: await scoreAtGate(finding, config) });
  }
  return ok(blocking);
}
function gatedAnalyzers(entries, config) {
  return entries.filter((entry) => isGatedCategory(entry.category, config));
}
function allowedByDecision(entries) {
  return entries.filter((entry) => entry.allow !== void 0 && entry.allow.by !== INLINE_ALLOW_BY);
}
function isSuppressedByLinterComment(finding, config) {
  return finding.category === "vuln" && config.scoring.projectLinters !== false && typeof finding.facts?.suppressed === "string";
}
function isGatedCategory(category, config) {
  return config.block.categories.includes(category);
}
function keyOf(finding) {
  return `${finding.ruleId}\0${finding.fingerprint}`;
}
var allowedKeySets = /* @__PURE__ */ new WeakMap();
function allowedKeys(facts) {
  const known = allowedKeySets.get(facts);
  if (known)
    return ok(known);
  const entries = facts.allowedEntries();
  if (!entries.ok)
    return entries;
  const keys = new Set(allowedByDecision(entries.value).map(keyOf));
  allowedKeySets.set(facts, keys);
  return ok(keys);
}
var scoring;
var scores = /* @__PURE__ */ new WeakMap();
async function scoreAtGate(finding, config) {
  const known = scores.get(finding);
  if (known !== void 0)
    return known;
  const { scoreFindingAtGate } = await (scoring ??= import("./chunk-4PYUAQ6P.js"));
  const score = scoreFindingAtGate(finding, config).scores.composite;
  scores.set(finding, score);
  return score;
}

export {
  selectBlocking,
  gatedAnalyzers,
  allowedByDecision,
  keyOf
};
