import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  errorOutcome,
  readCurrentBacklog
} from "./chunk-LHQBOPRQ.js";
import {
  compareText,
  escapeMarkdown,
  formatHours,
  formatScore,
  listTrackedFiles,
  parseReportOptions,
  renderFormat,
  shortenTitle
} from "./chunk-T72P2NL2.js";
import "./chunk-ERLR2NR4.js";
import "./chunk-4QSM2DIM.js";
import "./chunk-P7OXN2SN.js";
import "./chunk-VW4Q3NL6.js";
import {
  writeFileAtomic
} from "./chunk-SHS6TC54.js";
import {
  fail
} from "./chunk-JDFRV7HZ.js";
import "./chunk-BX7BPTSK.js";
import "./chunk-R7BXTBGS.js";
import "./chunk-TL476QTD.js";
import "./chunk-IV5GIZ6B.js";
import "./chunk-27A3QD7K.js";
import "./chunk-UGXMGD3O.js";
import "./chunk-BG2DLXK5.js";
import "./chunk-PPIWG3NF.js";
import "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/cli/backlog.js
import { isAbsolute, join } from "node:path";
import { parseArgs } from "node:util";

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
async function run(args, env) {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { format: { type: "string" }, output: { type: "string" }, "by-package": { type: "boolean" } }
    }));
  } catch (error) {
    return errorOutcome(fail({
      code: "USAGE",
      message: error.message,
      fix: "git-value backlog [--format md|json|sarif] [--output FILE]"
    }), env);
  }
  const options = parseReportOptions(values);
  if (!options.ok)
    return errorOutcome(options, env);
  const current = await readCurrentBacklog(env);
  if (!current.ok)
    return errorOutcome(current, env);
  const { model, workspace } = current.value;
  const text = values["by-package"] ? await renderPackages(workspace.repo.root, model) : renderFormat(model, options.value.format ?? "md", workspace);
  if (!options.value.output)
    return { exitCode: 0, stdout: text, stderr: "" };
  const target = isAbsolute(options.value.output) ? options.value.output : join(env.cwd, options.value.output);
  const written = writeFileAtomic(target, text, options.value.output);
  return written.ok ? { exitCode: 0, stdout: "", stderr: `git-value: wrote ${options.value.output}
` } : errorOutcome(written, env);
}
async function renderPackages(root, model) {
  const tracked = listTrackedFiles(root);
  const roots = tracked.ok ? findPackageRoots(tracked.value.files.map((file) => file.path)) : [];
  return renderByPackage(model.open, roots, model.config.scoring.highValueScore);
}
export {
  run
};
