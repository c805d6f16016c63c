import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  mergeLedgers
} from "./chunk-4X3BA4BC.js";
import {
  formatEntry,
  formatLedger,
  formatLines,
  parseLedger
} from "./chunk-JDFRV7HZ.js";
import "./chunk-PPIWG3NF.js";
import "./chunk-4K3HMJS3.js";

// dist/src/cli/merge-driver.js
import { readFileSync, writeFileSync } from "node:fs";
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
