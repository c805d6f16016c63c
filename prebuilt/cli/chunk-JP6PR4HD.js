import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  dryRunOutcome
} from "./chunk-2DX2QFNP.js";
import {
  checkedLedgerText,
  decodeLedger,
  mergeLedgers,
  writeFileAtomic
} from "./chunk-AP6QHR2Z.js";
import {
  formatEntry,
  formatLedger,
  formatLines,
  parseLedger
} from "./chunk-TNT4O3F4.js";
import {
  mergeConflicted,
  mergeLeftConflicted,
  mergedCleanly,
  setupLines
} from "./chunk-2M2XAZ6H.js";
import "./chunk-HUUDYLWZ.js";
import "./chunk-A3QA2ZQT.js";
import "./chunk-ONKLCXXC.js";
import "./chunk-4K3HMJS3.js";

// dist/src/cli/merge-driver.js
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
async function run({ values, positionals }, env) {
  const [basePath, oursPath, theirsPath] = positionals.slice(0, 3).map((path) => resolve(env.cwd, path));
  const name = positionals[3] ?? ".value/ledger.json";
  const merged = mergeFiles(basePath, oursPath, theirsPath, name);
  if ("unreadable" in merged)
    return { exitCode: 1, stdout: "", stderr: mergeLeftConflicted(merged.unreadable, true) };
  const exitCode = merged.conflicts.length === 0 ? 0 : 1;
  const said = exitCode === 0 ? mergedCleanly(name) : mergeConflicted(name, merged.conflicts);
  if (values["dry-run"]) {
    const before = decodeLedger(readFileSync(oursPath));
    const after = decodeLedger(merged.bytes);
    return dryRunOutcome("merge-driver", [{ path: name, before, after }], [said.trimEnd()], exitCode);
  }
  const written = writeFileAtomic(oursPath, merged.bytes, name);
  if (!written.ok)
    return { exitCode: 1, stdout: "", stderr: mergeLeftConflicted(written.error, false) };
  return { exitCode, stdout: "", stderr: exitCode === 0 ? "" : setupLines("merge-driver", [said.trimEnd()]) };
}
function mergeFiles(basePath, oursPath, theirsPath, name) {
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
      return { unreadable: parsed.error };
    sides.push(parsed.value.entries);
  }
  const merged = mergeLedgers(sides[0] ?? [], sides[1] ?? [], sides[2] ?? []);
  if (merged.conflicts.length === 0) {
    const bytes = Buffer.from(formatLedger(merged.entries), "latin1");
    const checked = checkedLedgerText(bytes);
    return checked.ok ? { bytes, conflicts: [] } : { unreadable: checked.error };
  }
  const conflicted = new Set(merged.conflicts.map(({ ours }) => ours.id));
  const clean = formatLedger(merged.entries.filter((entry) => !conflicted.has(entry.id)));
  const blocks = merged.conflicts.map(({ ours, theirs }) => `<<<<<<< ours
${formatEntry(ours)}
=======
${formatEntry(theirs)}
>>>>>>> theirs`);
  const body = clean.trimEnd().replace(/\n  \]\n\}$/, "");
  const conflict = `${body === formatLines([]).trimEnd() ? body : `${body},`}
${blocks.join("\n")}
  ]
}
`;
  return { bytes: Buffer.from(conflict, "utf8"), conflicts: [...conflicted] };
}
export {
  run
};
