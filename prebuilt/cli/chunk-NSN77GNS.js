import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  formatEntry,
  formatLedger,
  formatLines,
  parseLedger
} from "./chunk-JDFRV7HZ.js";
import "./chunk-PPIWG3NF.js";
import "./chunk-XEIEJ6GU.js";

// dist/src/cli/merge-driver.js
import { readFileSync, writeFileSync } from "node:fs";

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

// dist/src/cli/merge-driver.js
async function run(args, _env) {
  const [basePath, oursPath, theirsPath, name = ".value/ledger.json"] = args;
  if (!basePath || !oursPath || !theirsPath)
    return {
      exitCode: 2,
      stdout: "",
      stderr: "git-value merge-driver: usage: git-value merge-driver %O %A %B %P (git calls this; see git-value init)\n"
    };
  const sides = [];
  for (const [label, path] of [
    ["base", basePath],
    ["ours", oursPath],
    ["theirs", theirsPath]
  ]) {
    const text = readFileSync(path, "utf8");
    if (label === "base" && text.trim() === "") {
      sides.push([]);
      continue;
    }
    const parsed = parseLedger(text, `${name} (${label})`);
    if (!parsed.ok)
      return {
        exitCode: 1,
        stdout: "",
        stderr: `git-value merge-driver: ${parsed.error.message}; left as a conflict
fix: ${parsed.error.fix}
`
      };
    sides.push(parsed.value.entries);
  }
  const merged = mergeLedgers(sides[0] ?? [], sides[1] ?? [], sides[2] ?? []);
  if (merged.conflicts.length === 0) {
    writeFileSync(oursPath, formatLedger(merged.entries));
    return { exitCode: 0, stdout: "", stderr: "" };
  }
  const conflicted = new Set(merged.conflicts.map(({ ours }) => ours.id));
  const clean = formatLedger(merged.entries.filter((entry) => !conflicted.has(entry.id)));
  const blocks = merged.conflicts.map(({ ours, theirs }) => `<<<<<<< ours
${formatEntry(ours)}
=======
${formatEntry(theirs)}
>>>>>>> theirs`);
  const body = clean.trimEnd().replace(/\n  \]\n\}$/, "");
  writeFileSync(oursPath, `${body === formatLines([]).trimEnd() ? body : `${body},`}
${blocks.join("\n")}
  ]
}
`);
  return {
    exitCode: 1,
    stdout: "",
    stderr: `git-value merge-driver: ${merged.conflicts.length} entr${merged.conflicts.length === 1 ? "y" : "ies"} of ${name} carry contradicting decisions (${merged.conflicts.map(({ ours }) => ours.id).join(", ")}); keep one side of each, then 'git add ${name}'
`
  };
}
export {
  run
};
