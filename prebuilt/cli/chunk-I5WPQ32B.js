import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  ATTRIBUTE_LINES,
  digest,
  readRecord,
  readState,
  removeEmptyFolders,
  runManagerInstall,
  unconfigureClone,
  writeState,
  writeText
} from "./chunk-CDLJB47V.js";
import {
  CHAINED_SUFFIX,
  HOOKS,
  LAUNCHER_PATH,
  detectProject,
  isChainedHookScript,
  isTracked,
  removeFromHookScript,
  removeLefthook,
  removePreCommitFramework,
  removePrepareScript,
  removeSimpleGitHooks,
  stagePaths
} from "./chunk-6SOXSWPA.js";
import {
  errorOutcome
} from "./chunk-LHQBOPRQ.js";
import "./chunk-T72P2NL2.js";
import {
  readPackageText
} from "./chunk-ERLR2NR4.js";
import "./chunk-4QSM2DIM.js";
import "./chunk-P7OXN2SN.js";
import "./chunk-VW4Q3NL6.js";
import {
  openRepo
} from "./chunk-SHS6TC54.js";
import {
  ok
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

// dist/src/cli/uninstall.js
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
async function run(_args, env) {
  const repo = openRepo(env.cwd);
  if (!repo.ok)
    return errorOutcome(repo, env);
  const shape = detectProject(repo.value.root, env.cwd);
  if (!shape.ok)
    return errorOutcome(shape, env);
  const result = uninstall(shape.value);
  if (!result.ok)
    return errorOutcome(result, env);
  return { exitCode: 0, stdout: "", stderr: result.value.map((line) => `git-value uninstall: ${line}
`).join("") };
}
function uninstall(shape) {
  const { root } = shape;
  const lines = [];
  const touched = /* @__PURE__ */ new Set();
  const label = (file) => file.startsWith(root + "/") ? relative(root, file) : file;
  const record = readRecord(shape.git.commonDir);
  for (const [file, entry] of Object.entries(record.files)) {
    if (digest(readState(file)) !== entry.after) {
      lines.push(`${label(file)}: changed since init, so only git-value's part is removed`);
      continue;
    }
    const restored = writeState(file, entry.before);
    if (!restored.ok)
      return restored;
    touched.add(file);
    lines.push(`${label(file)}: ${entry.before.content === null ? "removed" : "restored"}`);
  }
  const edited = removeGitValueParts(shape);
  if (!edited.ok)
    return edited;
  for (const file of edited.value) {
    touched.add(file);
    lines.push(`${label(file)}: git-value's part removed`);
  }
  const unconfigured = unconfigureClone(shape);
  if (!unconfigured.ok)
    return unconfigured;
  if (shape.managerConfig && edited.value.includes(join(root, shape.managerConfig)))
    lines.push(...runManagerInstall(shape));
  for (const folder of /* @__PURE__ */ new Set([shape.git.commonDir, shape.git.gitDir]))
    rmSync(join(folder, "git-value"), { recursive: true, force: true });
  removeEmptyFolders(root, [".value/bin"]);
  const shared = [...touched].filter((file) => file.startsWith(root + "/") && !file.startsWith(shape.git.commonDir + "/")).map((file) => relative(root, file)).filter((path) => existsSync(join(root, path)) || isTracked(root, path));
  const staged = stagePaths(root, shared);
  if (!staged.ok)
    return staged;
  if (shared.length > 0)
    lines.push(`staged ${shared.join(", ")}: commit them to share the removal`);
  const kept = [".value/ledger.json", ".value/coverage.json", "BACKLOG.md"].filter((path) => existsSync(join(root, path)));
  if (kept.length > 0)
    lines.push(`kept ${kept.join(", ")} (the history of your findings); delete them with 'git rm -r .value BACKLOG.md' if you do not want them`);
  if (lines.length === 0)
    lines.push("nothing of git-value was installed here");
  return ok(lines);
}
function removeGitValueParts(shape) {
  const { root } = shape;
  const changed = [];
  const edit = (path, change) => {
    const file = join(root, path);
    if (!existsSync(file))
      return ok(void 0);
    const text = readFileSync(file, "utf8");
    const next = change(text);
    if (next === text)
      return ok(void 0);
    changed.push(file);
    return writeText(file, next ?? null);
  };
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
  for (const [path, change] of steps) {
    const done = edit(path, change);
    if (!done.ok)
      return done;
  }
  for (const spec of HOOKS) {
    const file = join(shape.git.hooksDir, spec.name);
    if (!existsSync(file) || !isChainedHookScript(readFileSync(file, "utf8")))
      continue;
    const chained = readState(file + CHAINED_SUFFIX);
    const moved = writeState(file, chained);
    if (!moved.ok)
      return moved;
    rmSync(file + CHAINED_SUFFIX, { force: true });
    changed.push(file);
  }
  return ok(changed);
}
export {
  run
};
