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
  ATTRIBUTE_LINES,
  digest,
  managerInstallCommand,
  readRecord,
  readState,
  removeEmptyFolders,
  runManagerInstall,
  unconfigureClone,
  writeState
} from "./chunk-GIE5TSTU.js";
import {
  CHAINED_SUFFIX,
  detectProject,
  isChainedHookScript,
  isTracked,
  removeFromHookScript,
  removeLefthook,
  removePreCommitFramework,
  removePrepareScript,
  removeSimpleGitHooks,
  stagePaths
} from "./chunk-BOWFYYC2.js";
import "./chunk-MQLSCYTT.js";
import "./chunk-EJHQVVJF.js";
import {
  HOOKS,
  LAUNCHER_PATH
} from "./chunk-ZGM3NAP3.js";
import "./chunk-PDIVDX4P.js";
import {
  openRepo
} from "./chunk-MTSRII53.js";
import "./chunk-TNT4O3F4.js";
import {
  readPackageText
} from "./chunk-CJEBQUOT.js";
import "./chunk-BX7BPTSK.js";
import {
  errorOutcome
} from "./chunk-RI75FPAA.js";
import {
  keptHistory,
  nothingInstalled,
  removalLine,
  setupLines,
  setupTexts,
  stagedRemoval,
  wouldRemoveOwnState
} from "./chunk-2M2XAZ6H.js";
import {
  ok
} from "./chunk-HUUDYLWZ.js";
import "./chunk-A3QA2ZQT.js";
import "./chunk-ONKLCXXC.js";
import "./chunk-4K3HMJS3.js";

// dist/src/cli/uninstall.js
import { existsSync as existsSync2 } from "node:fs";
import { join as join2 } from "node:path";

// dist/src/install/removal.js
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
function planRemoval(shape) {
  const { root } = shape;
  const files = /* @__PURE__ */ new Map();
  const steps = [];
  const touched = /* @__PURE__ */ new Set();
  const current = (file) => files.get(file) ?? readState(file);
  const label = (file) => labelOf(shape, file);
  for (const [file, entry] of Object.entries(readRecord(shape.git.commonDir).files)) {
    if (digest(readState(file)) !== entry.after) {
      steps.push({ label: label(file), action: "changed since init" });
      continue;
    }
    files.set(file, entry.before);
    touched.add(file);
    steps.push({ label: label(file), action: entry.before.content === null ? "removed" : "restored" });
  }
  const edited = [];
  for (const [path, change] of partRemovals(shape)) {
    const file = join(root, path);
    const state = current(file);
    if (state.content === null)
      continue;
    const text = Buffer.from(state.content, "base64").toString("utf8");
    const next = change(text);
    if (next === text)
      continue;
    files.set(file, {
      content: next === void 0 ? null : Buffer.from(next, "utf8").toString("base64"),
      mode: state.mode
    });
    edited.push(file);
  }
  for (const spec of HOOKS) {
    const file = join(shape.git.hooksDir, spec.name);
    const state = current(file);
    if (state.content === null || !isChainedHookScript(Buffer.from(state.content, "base64").toString("utf8")))
      continue;
    files.set(file, current(file + CHAINED_SUFFIX));
    files.set(file + CHAINED_SUFFIX, { content: null, mode: null });
    edited.push(file);
  }
  for (const file of edited) {
    touched.add(file);
    steps.push({ label: label(file), action: "part removed" });
  }
  const managerConfig = shape.managerConfig ? join(root, shape.managerConfig) : void 0;
  return {
    files,
    steps,
    touched: [...touched],
    rerunsManager: managerConfig !== void 0 && edited.includes(managerConfig)
  };
}
function applyRemoval(shape, removal) {
  const { root } = shape;
  for (const [file, state] of removal.files) {
    const written = writeState(file, state);
    if (!written.ok)
      return written;
  }
  const unconfigured = unconfigureClone(shape);
  if (!unconfigured.ok)
    return unconfigured;
  const managerLines = removal.rerunsManager ? runManagerInstall(shape) : [];
  for (const folder of ownFolders(shape))
    rmSync(folder, { recursive: true, force: true });
  removeEmptyFolders(root, [".value/bin"]);
  const shared = removal.touched.filter((file) => file.startsWith(root + "/") && !file.startsWith(shape.git.commonDir + "/")).map((file) => relative(root, file)).filter((path) => existsSync(join(root, path)) || isTracked(root, path));
  const staged = stagePaths(root, shared);
  return staged.ok ? ok({ managerLines, staged: shared }) : staged;
}
function previewRemoval(shape, removal) {
  const own = ownFolders(shape).map((folder2) => folder2 + "/");
  const text = (state) => state.content === null ? null : Buffer.from(state.content, "base64").toString("utf8");
  const after = new Map(removal.files);
  const config = join(shape.git.commonDir, "config");
  const folder = mkdtempSync(join(tmpdir(), "git-value-dry-run-"));
  try {
    const copy = join(folder, "config");
    const state = after.get(config) ?? readState(config);
    const written = writeState(copy, state.content === null ? { content: "", mode: 420 } : state);
    if (!written.ok)
      return written;
    const unconfigured = unconfigureClone(shape, copy);
    if (!unconfigured.ok)
      return unconfigured;
    after.set(config, readState(copy));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const edits = [];
  for (const [file, state] of after) {
    if (own.some((prefix) => file.startsWith(prefix)))
      continue;
    const before = readState(file);
    if (digest(before) === digest(state))
      continue;
    edits.push({
      path: labelOf(shape, file),
      before: text(before),
      after: text(state),
      ...(state.mode ?? before.mode) === null ? {} : { mode: state.mode ?? before.mode }
    });
  }
  return ok(edits);
}
function ownFolders(shape) {
  return [.../* @__PURE__ */ new Set([shape.git.commonDir, shape.git.gitDir])].map((folder) => join(folder, "git-value"));
}
var labelOf = (shape, file) => file.startsWith(shape.root + "/") ? relative(shape.root, file) : file;
function partRemovals(shape) {
  const steps = [
    [LAUNCHER_PATH, () => void 0],
    [
      ".gitattributes",
      (text) => {
        const kept = text.split("\n").filter((line) => !ATTRIBUTE_LINES.includes(line.replace(/\r$/, "")));
        return kept.join("\n").trim() === "" ? void 0 : kept.join("\n");
      }
    ],
    [
      "package.json",
      (text) => {
        const removed = removePrepareScript(text);
        return shape.managerConfig === "package.json" ? removeSimpleGitHooks(removed, ["simple-git-hooks"]) : removed;
      }
    ],
    [".valuerc.json", (text) => text === readPackageText(".valuerc.example.json") ? void 0 : text]
  ];
  const config = shape.managerConfig;
  if (config && config !== "package.json") {
    if (shape.manager === "simple-git-hooks")
      steps.push([config, (text) => removeSimpleGitHooks(text, [])]);
    if (shape.manager === "lefthook")
      steps.push([config, (text) => removeLefthook(text, config)]);
    if (shape.manager === "pre-commit")
      steps.push([config, (text) => removePreCommitFramework(text, config)]);
  }
  const scriptFolder = shape.manager === "husky" ? ".husky" : shape.hooksPathTracked ? shape.hooksPath?.value : void 0;
  if (scriptFolder)
    for (const spec of HOOKS)
      steps.push([join(scriptFolder, spec.name), removeFromHookScript]);
  return steps;
}

// dist/src/cli/uninstall.js
async function run({ values }, env) {
  const repo = openRepo(env.cwd);
  if (!repo.ok)
    return errorOutcome(repo, env);
  const shape = detectProject(repo.value.root, env.cwd);
  if (!shape.ok)
    return errorOutcome(shape, env);
  const removal = planRemoval(shape.value);
  const kept = keptFiles(shape.value.root);
  if (values["dry-run"]) {
    const edits = previewRemoval(shape.value, removal);
    if (!edits.ok)
      return errorOutcome(edits, env);
    const manager = removal.rerunsManager ? managerInstallCommand(shape.value) : void 0;
    const steps = [
      ...stepLines(removal, true),
      ...manager ? [setupTexts.wouldRunManager(manager)] : [],
      wouldRemoveOwnState,
      ...kept.length > 0 ? [keptHistory(kept)] : []
    ];
    return dryRunOutcome("uninstall", edits.value, steps);
  }
  const applied = applyRemoval(shape.value, removal);
  if (!applied.ok)
    return errorOutcome(applied, env);
  const lines = [
    ...stepLines(removal, false),
    ...applied.value.managerLines,
    ...applied.value.staged.length > 0 ? [stagedRemoval(applied.value.staged)] : [],
    ...kept.length > 0 ? [keptHistory(kept)] : []
  ];
  return { exitCode: 0, stdout: "", stderr: setupLines("uninstall", lines.length > 0 ? lines : [nothingInstalled]) };
}
var stepLines = (removal, dryRun) => removal.steps.map((step) => removalLine(step.label, step.action, dryRun));
var keptFiles = (root) => [".value/ledger.json", ".value/coverage.json", "BACKLOG.md"].filter((path) => existsSync2(join2(root, path)));
export {
  run
};
