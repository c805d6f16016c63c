import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  formatEntry
} from "./chunk-JDFRV7HZ.js";

// dist/src/ledger/merge.js
var STATUS_RANK = { open: 0, allowed: 1, resolved: 2 };
var same = (a, b) => a && b ? formatEntry(a) === formatEntry(b) : a === b;
function mergeLedgers(base, ours, theirs) {
  const baseById = new Map(base.map((entry) => [entry.id, entry]));
  const theirsById = new Map(theirs.map((entry) => [entry.id, entry]));
  const entries = [];
  const conflicts = [];
  const seen = /* @__PURE__ */ new Set();
  for (const mine of ours) {
    seen.add(mine.id);
    const other = theirsById.get(mine.id);
    const original = baseById.get(mine.id);
    if (!other || same(mine, other) || same(other, original))
      entries.push(mine);
    else if (same(mine, original))
      entries.push(other);
    else {
      const merged = combine(mine, other, original);
      if (merged)
        entries.push(merged);
      else {
        conflicts.push({ ours: mine, theirs: other });
        entries.push(mine);
      }
    }
  }
  for (const other of theirs)
    if (!seen.has(other.id))
      entries.push(other);
  return { entries, conflicts };
}
function combine(ours, theirs, base) {
  const allow = pickDecision(ours.allow, theirs.allow, base?.allow);
  const done = pickDecision(ours.done, theirs.done, base?.done);
  if (allow === CONTRADICTION || done === CONTRADICTION)
    return void 0;
  const live = STATUS_RANK[theirs.status] < STATUS_RANK[ours.status] ? theirs : ours;
  const status = STATUS_RANK[ours.status] >= STATUS_RANK[theirs.status] ? ours.status : theirs.status;
  const merged = { ...live, status: status === "open" && allow ? "allowed" : status };
  delete merged.allow;
  delete merged.done;
  delete merged.resolved;
  if (allow)
    merged.allow = allow;
  if (done)
    merged.done = done;
  const resolved = ours.resolved ?? theirs.resolved;
  if (merged.status === "resolved" && resolved)
    merged.resolved = resolved;
  if (merged.status === "resolved" && !resolved)
    merged.status = allow ? "allowed" : "open";
  merged.firstSeen = ours.firstSeen < theirs.firstSeen ? ours.firstSeen : theirs.firstSeen;
  return merged;
}
var CONTRADICTION = /* @__PURE__ */ Symbol("contradiction");
function pickDecision(ours, theirs, base) {
  const key = (value) => JSON.stringify(value ?? null);
  if (key(ours) === key(theirs))
    return ours;
  if (key(ours) === key(base))
    return theirs ?? ours;
  if (key(theirs) === key(base))
    return ours ?? theirs;
  if (ours === void 0)
    return theirs;
  if (theirs === void 0)
    return ours;
  return CONTRADICTION;
}

export {
  mergeLedgers
};
