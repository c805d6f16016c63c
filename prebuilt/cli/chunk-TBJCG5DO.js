import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  LAUNCHER_PATH
} from "./chunk-ZGM3NAP3.js";
import {
  COVERAGE_PATH
} from "./chunk-PDIVDX4P.js";
import {
  HISTORY_RECORD_PATH,
  LEDGER_PATH,
  resolveInside
} from "./chunk-TNT4O3F4.js";
import {
  fail
} from "./chunk-HUUDYLWZ.js";

// dist/src/workflow/report-target.js
import { isAbsolute, join } from "node:path";
function resolveReportTarget(workspace, output, cwd, command, format) {
  const { root, gitDir } = workspace.repo;
  const target = isAbsolute(output) ? output : join(cwd, output);
  const real = resolveInside(root, target, output, "allowed");
  if (!real.ok)
    return real;
  const owned = [
    [LEDGER_PATH, "the ledger"],
    [`${LEDGER_PATH}.lock`, "the ledger's lock"],
    [COVERAGE_PATH, "the documentation coverage"],
    [HISTORY_RECORD_PATH, "the history scan record"],
    [LAUNCHER_PATH, "the hooks launcher"],
    ...workspace.configFile ? [[workspace.configFile, "the configuration"]] : [],
    // BACKLOG.md is itself a report in Markdown: only another format would replace it
    ...format === "md" ? [] : [[workspace.config.backlog.path, "the backlog"]]
  ];
  for (const [path, what] of owned) {
    const state = resolveInside(root, path, path, "allowed");
    if (state.ok && state.value === real.value)
      return refuse(output, `${what} (${path})`, command, format);
  }
  const inGitDir = resolveInside(gitDir, real.value, output, "refused");
  if (inGitDir.ok)
    return refuse(output, "a file of git's own folder", command, format);
  return real;
}
function refuse(output, what, command, format) {
  const extension = format === "sarif" ? "sarif" : format === "html" ? "html" : format === "json" ? "json" : "md";
  return fail({
    code: "USAGE",
    file: output,
    message: `--output ${output} is ${what}, which git-value keeps itself: a report there would replace it`,
    fix: `write the report to a file of its own, e.g. '${command} --output value-report.${extension}'`
  });
}

export {
  resolveReportTarget
};
