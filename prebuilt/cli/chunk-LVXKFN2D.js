import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  renderFormat,
  reportOptions
} from "./chunk-QP2XATKL.js";
import {
  resolveReportTarget
} from "./chunk-TBJCG5DO.js";
import "./chunk-ZGM3NAP3.js";
import {
  compareText,
  escapeMarkdown,
  formatHours,
  formatScore,
  listTrackedFiles,
  readCurrentBacklog,
  shortenTitle
} from "./chunk-CL47BL6J.js";
import "./chunk-3SSG65XT.js";
import "./chunk-UKNR456Y.js";
import "./chunk-PDIVDX4P.js";
import "./chunk-L42DG4D7.js";
import "./chunk-H44W4G64.js";
import {
  writeFileAtomic
} from "./chunk-AP6QHR2Z.js";
import "./chunk-UPLQ7UW6.js";
import "./chunk-MTSRII53.js";
import "./chunk-TNT4O3F4.js";
import "./chunk-QDHQR4L2.js";
import "./chunk-H46VYJWE.js";
import "./chunk-R7BXTBGS.js";
import "./chunk-XLIRTYAW.js";
import {
  readPackageVersion
} from "./chunk-CJEBQUOT.js";
import "./chunk-BX7BPTSK.js";
import {
  errorOutcome
} from "./chunk-RI75FPAA.js";
import {
  wroteFile
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

// dist/src/report/by-package.js
var MANIFESTS = /* @__PURE__ */ new Set([
  "package.json",
  "pyproject.toml",
  "setup.py",
  "go.mod",
  "Cargo.toml",
  "pom.xml",
  "build.gradle",
  "composer.json",
  "Gemfile"
]);
function findPackageRoots(paths) {
  const roots = /* @__PURE__ */ new Set();
  for (const path of paths) {
    const slash = path.lastIndexOf("/");
    if (MANIFESTS.has(path.slice(slash + 1)))
      roots.add(slash === -1 ? "." : path.slice(0, slash));
  }
  return [...roots].sort(compareText);
}
function packageOf(path, roots) {
  let best = ".";
  for (const root of roots)
    if (root !== "." && path.startsWith(`${root}/`) && root.length > best.length)
      best = root;
  return best;
}
function renderByPackage(open, roots, highValueScore) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of open) {
    const key = packageOf(item.path, roots);
    const group = groups.get(key);
    if (group)
      group.push(item);
    else
      groups.set(key, [item]);
  }
  const rows = [...groups].sort(([a], [b]) => compareText(a, b)).map(([root, items]) => {
    const top = items[0];
    const hours = items.reduce((sum, item) => sum + item.effortHours, 0);
    const high = items.filter((item) => item.scores.composite >= highValueScore).length;
    return `| \`${root}\` | ${items.length} | ${high} | ${formatHours(hours)} | \`${top.id}\` ${escapeMarkdown(shortenTitle(top.title, 50))} (${formatScore(top.scores.composite)}) |`;
  });
  return [
    "# Backlog by package",
    "",
    "| Package | Open items | High-value | Effort | Next best item |",
    "|---|---:|---:|---:|---|",
    ...rows,
    ""
  ].join("\n");
}

// dist/src/cli/backlog.js
async function run({ values }, env) {
  const options = reportOptions(values);
  const current = await readCurrentBacklog(env);
  if (!current.ok)
    return errorOutcome(current, env);
  const { model, workspace } = current.value;
  const text = values["by-package"] ? renderPackages(workspace.repo.root, model) : renderFormat(model, options.format ?? "md", {
    includeSecrets: workspace.config.sarif.includeSecrets,
    toolVersion: readPackageVersion()
  });
  if (!options.output || options.output === "-")
    return { exitCode: 0, stdout: text, stderr: "" };
  const format = values["by-package"] ? "md" : options.format ?? "md";
  const target = resolveReportTarget(workspace, options.output, env.cwd, "git-value backlog", format);
  if (!target.ok)
    return errorOutcome(target, env);
  const written = writeFileAtomic(target.value, text, options.output);
  return written.ok ? { exitCode: 0, stdout: "", stderr: wroteFile(options.output) } : errorOutcome(written, env);
}
function renderPackages(root, model) {
  const tracked = listTrackedFiles(root);
  const roots = tracked.ok ? findPackageRoots(tracked.value.files.map((file) => file.path)) : [];
  return renderByPackage(model.open, roots, model.config.scoring.highValueScore);
}
export {
  run
};
