import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  CHAINED_SUFFIX,
  addLefthook,
  addPreCommitFramework,
  addPrepareScript,
  addSimpleGitHooks,
  addToHookScript,
  chainedHookScript,
  isChainedHookScript,
  readConfig,
  removeConfigSection,
  setConfigInFile
} from "./chunk-BOWFYYC2.js";
import {
  HOOKS,
  LAUNCHER_PATH,
  MERGE_DRIVER,
  MERGE_DRIVER_COMMAND
} from "./chunk-ZGM3NAP3.js";
import {
  COVERAGE_PATH
} from "./chunk-PDIVDX4P.js";
import {
  LEDGER_PATH,
  resolveInside
} from "./chunk-TNT4O3F4.js";
import {
  fail,
  ok
} from "./chunk-HUUDYLWZ.js";

// dist/src/install/setup.js
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync as existsSync2, mkdirSync as mkdirSync2, mkdtempSync, readFileSync as readFileSync2, rmSync as rmSync2, rmdirSync, statSync as statSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { dirname as dirname2, isAbsolute, join as join2, relative } from "node:path";

// dist/src/install/launcher.js
function launcherText(installDirs) {
  const bins = installDirs.map((dir) => (dir === "." ? "" : `${dir}/`) + "node_modules/.bin/git-value");
  return `#!/bin/sh
# git-value launcher, written by 'git-value init': keep it committed. Git runs hooks and merge
# drivers from the work tree's root with your PATH, where node_modules/.bin is not, so they call
# git-value through this file. It tries this work tree's install, then the main work tree's (a linked
# worktree without node_modules shares it), then PATH, then the program noted in .git/config.
# SKIP=git-value skips the hooks, as the pre-commit framework does; the merge driver always runs.
case ",$(printf %s "\${SKIP-}" | tr -d ' ')," in
*,git-value,*) if [ "$1" != merge-driver ]; then echo "git-value: skipped (SKIP=git-value)" >&2; exit 0; fi ;;
esac
main=$(git rev-parse --path-format=absolute --git-common-dir 2>/dev/null)
main=\${main%/.git}
for bin in ${bins.map((bin) => `"./${bin}" "$main/${bin}"`).join(" ")}; do
  if [ -x "$bin" ]; then exec "$bin" "$@"; fi
done
if command -v git-value >/dev/null 2>&1; then exec git-value "$@"; fi
# a standalone executable or prebuilt copy that is not on PATH: install noted where it is, per clone
program=$(git config --get git-value.program 2>/dev/null)
if [ -n "$program" ] && [ -x "\${program%% *}" ]; then eval "exec $program "$@""; fi
if [ "$1" = merge-driver ]; then
  # no silent one-sided result: leave git's own text conflict, with both sides in the file
  git merge-file -L ours -L base -L theirs "$3" "$2" "$4"
  echo "git-value: not found, so $5 was merged as text and left as a conflict; install git-value, then run 'git checkout --merge -- $5' to merge it again" >&2
  exit 1
fi
if [ "$1" = install ]; then
  # the prepare script: an install without dev dependencies (npm ci --omit=dev) must not fail on it
  echo "git-value: not installed here, so this clone's hooks were not set up" >&2
  exit 0
fi
for manifest in ${installDirs.map((dir) => dir === "." ? "package.json" : `${dir}/package.json`).join(" ")}; do
  if grep -q '"git-value"' "$manifest" 2>/dev/null; then
    echo "git-value: $manifest lists git-value but it is not installed in this work tree" >&2
    echo "fix: run your package manager's install here (npm install, pnpm install or yarn), or skip it once with SKIP=git-value" >&2
    exit 1
  fi
done
if [ -f package.json ]; then
  echo "git-value: not installed any more, so its hooks are skipped; 'npx git-value uninstall' removes them" >&2
  exit 0
fi
echo "git-value: not found on PATH (needed by this repository's hooks)" >&2
echo "fix: install it (npm install -g git-value), or skip it once with SKIP=git-value" >&2
exit 1
`;
}

// dist/src/install/record.js
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
var recordFile = (commonDir) => join(commonDir, "git-value", "install.json");
function readRecord(commonDir) {
  const file = recordFile(commonDir);
  if (!existsSync(file))
    return { version: 1, files: {} };
  const parsed = JSON.parse(readFileSync(file, "utf8"));
  return parsed.version === 1 && parsed.files ? parsed : { version: 1, files: {} };
}
function writeRecord(commonDir, record) {
  try {
    mkdirSync(dirname(recordFile(commonDir)), { recursive: true });
    writeFileSync(recordFile(commonDir), `${JSON.stringify(record, null, 1)}
`);
    return ok(void 0);
  } catch (error) {
    return writeFailed(recordFile(commonDir), error);
  }
}
function readState(file) {
  if (!existsSync(file) || !statSync(file).isFile())
    return { content: null, mode: null };
  return { content: readFileSync(file).toString("base64"), mode: statSync(file).mode & 511 };
}
var digest = (state) => state.content === null ? null : createHash("sha256").update(state.content, "base64").digest("hex");
function noteBefore(record, file, before) {
  if (!(file in record.files))
    record.files[file] = { before, after: digest(before) };
}
function pruneRecord(record) {
  for (const [file, entry] of Object.entries(record.files))
    if (entry.after === digest(entry.before))
      delete record.files[file];
}
function snapshotFolder(folder) {
  const states = /* @__PURE__ */ new Map();
  if (!existsSync(folder))
    return states;
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    if (statSync(file).isFile())
      states.set(file, readState(file));
  }
  return states;
}
function writeState(file, state) {
  try {
    if (state.content === null) {
      rmSync(file, { force: true });
      return ok(void 0);
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(state.content, "base64"));
    if (state.mode !== null)
      chmodSync(file, state.mode);
    return ok(void 0);
  } catch (error) {
    return writeFailed(file, error);
  }
}
function writeText(file, text, mode) {
  return writeState(file, {
    content: text === null ? null : Buffer.from(text, "utf8").toString("base64"),
    mode: mode ?? (existsSync(file) ? statSync(file).mode & 511 : 420)
  });
}
function writeFailed(file, error) {
  return fail({
    code: "WRITE_FAILED",
    file,
    message: `cannot write ${file}: ${error.message}`,
    fix: "check the permissions of that file and its folder, then run the command again"
  });
}

// dist/src/install/setup.js
var ATTRIBUTE_LINES = [`${LEDGER_PATH} merge=${MERGE_DRIVER}`, `${COVERAGE_PATH} merge=union`];
var readText = (file) => existsSync2(file) ? readFileSync2(file, "utf8") : void 0;
function planShared(shape, options) {
  const { root } = shape;
  const changes = [];
  const propose = (path, text, mode) => {
    const file = join2(root, path);
    if (readText(file) !== text)
      changes.push({ file, text, shared: true, ...mode ? { mode } : {} });
  };
  propose(LAUNCHER_PATH, launcherText(shape.installDirs), 493);
  const attributes = readText(join2(root, ".gitattributes")) ?? "";
  const missing = ATTRIBUTE_LINES.filter((line) => !attributes.split(/\r?\n/).includes(line));
  if (missing.length > 0)
    propose(".gitattributes", `${attributes}${attributes && !attributes.endsWith("\n") ? "\n" : ""}${missing.join("\n")}
`);
  if (options.exampleConfig !== void 0)
    propose(".valuerc.json", options.exampleConfig);
  const manifest = readText(join2(root, "package.json"));
  let manifestText = manifest;
  if (manifestText !== void 0 && shape.manifest)
    manifestText = addPrepareScript(manifestText);
  const config = shape.managerConfig;
  switch (shape.manager) {
    case "husky":
      for (const spec of HOOKS) {
        const path = join2(".husky", spec.name);
        const current = readText(join2(root, path));
        const next = addToHookScript(current, spec, false);
        if (!next.ok)
          return next;
        propose(path, next.value, current === void 0 ? 493 : void 0);
      }
      break;
    case "hooks-folder":
      if (shape.hooksPathTracked && shape.hooksPath)
        for (const spec of HOOKS) {
          const path = join2(shape.hooksPath.value, spec.name);
          const current = readText(join2(root, path));
          const next = addToHookScript(current, spec, true);
          if (!next.ok)
            return next;
          propose(path, next.value, current === void 0 ? 493 : void 0);
        }
      break;
    case "simple-git-hooks":
      if (config === "package.json") {
        if (manifestText !== void 0)
          manifestText = addSimpleGitHooks(manifestText, ["simple-git-hooks"]);
      } else if (config?.endsWith(".json"))
        propose(config, addSimpleGitHooks(readText(join2(root, config)) ?? "{}", []));
      else
        return fail({
          code: "CONFIG_INVALID",
          file: config,
          message: `${config} is JavaScript, which git-value does not edit`,
          fix: `add "${HOOKS[0]?.name}": "sh ${LAUNCHER_PATH} check --staged && \u2026" (and the other hooks in the README) to ${config}, then run git-value install`
        });
      break;
    case "lefthook": {
      const added = addLefthook(readText(join2(root, config)) ?? "", config);
      if (!added.ok)
        return added;
      propose(config, added.value);
      break;
    }
    case "pre-commit": {
      const added = addPreCommitFramework(readText(join2(root, config)) ?? "", config, options.preCommitVersion);
      if (!added.ok)
        return added;
      propose(config, added.value);
      break;
    }
    case "git-hooks":
      break;
  }
  if (manifestText !== void 0 && manifestText !== manifest)
    propose("package.json", manifestText);
  return ok(changes);
}
function planClone(shape) {
  const plain = shape.manager === "git-hooks" || shape.manager === "hooks-folder" && !shape.hooksPathTracked;
  if (!plain)
    return [];
  const changes = [];
  for (const spec of HOOKS) {
    const file = join2(shape.git.hooksDir, spec.name);
    const current = readText(file);
    const ours = chainedHookScript(spec);
    if (current === ours)
      continue;
    if (current !== void 0 && !isChainedHookScript(current))
      changes.push({ file: file + CHAINED_SUFFIX, text: current, mode: statSync2(file).mode & 511, shared: false });
    changes.push({ file, text: ours, mode: 493, shared: false });
  }
  return changes;
}
function cloneStateFiles(shape) {
  return [join2(shape.git.commonDir, "config"), worktreeConfigFile(shape)];
}
var worktreeConfigFile = (shape) => join2(shape.git.commonDir, "git-value", "worktrees.config");
function planCloneConfig(shape, program) {
  const settings = [];
  const { root } = shape;
  const local = join2(shape.git.commonDir, "config");
  if (program) {
    const noted = readConfig(root, "git-value.program");
    if (!noted.ok)
      return noted;
    if (noted.value?.value !== program)
      settings.push({
        file: local,
        key: "git-value.program",
        value: program,
        line: `this git-value noted in .git/config for the hooks: ${program}`
      });
  }
  const driver = readConfig(root, `merge.${MERGE_DRIVER}.driver`);
  if (!driver.ok)
    return driver;
  if (driver.value?.value !== MERGE_DRIVER_COMMAND)
    settings.push({ file: local, key: `merge.${MERGE_DRIVER}.name`, value: "git-value ledger: union by fingerprint" }, {
      file: local,
      key: `merge.${MERGE_DRIVER}.driver`,
      value: MERGE_DRIVER_COMMAND,
      line: `merge driver: registered in .git/config (${MERGE_DRIVER_COMMAND})`
    });
  const hooksPath = readConfig(root, "core.hooksPath");
  if (!hooksPath.ok)
    return hooksPath;
  const include = `includeIf.gitdir:${shape.git.commonDir}/worktrees/.path`;
  const value = hooksPath.value;
  const generated = value && !isAbsolute(value.value) && value.scope === "local" && !shape.hooksPathTracked && shape.git.mainRoot;
  if (generated && value.origin !== worktreeConfigFile(shape)) {
    const absolute = join2(shape.git.mainRoot, value.value);
    settings.push({ file: worktreeConfigFile(shape), key: "core.hooksPath", value: absolute });
    const current = readConfig(root, include);
    if (current.ok && current.value?.value !== worktreeConfigFile(shape))
      settings.push({
        file: local,
        key: include,
        value: worktreeConfigFile(shape),
        line: `linked worktrees: hooks from ${absolute} (core.hooksPath ${value.value} is relative and not tracked)`
      });
  }
  return ok(settings);
}
function configureClone(shape, program) {
  const settings = planCloneConfig(shape, program);
  if (!settings.ok)
    return settings;
  const applied = applyConfigSettings(shape.root, settings.value);
  return applied.ok ? ok(settings.value.flatMap((setting) => setting.line ? [setting.line] : [])) : applied;
}
function applyConfigSettings(root, settings, fileFor = (file) => file) {
  for (const setting of settings) {
    const file = fileFor(setting.file);
    mkdirSync2(dirname2(file), { recursive: true });
    const set = setConfigInFile(root, file, setting.key, setting.value);
    if (!set.ok)
      return set;
  }
  return ok(void 0);
}
function unconfigureClone(shape, file = join2(shape.git.commonDir, "config")) {
  for (const section of [`merge.${MERGE_DRIVER}`, "git-value", `includeIf.gitdir:${shape.git.commonDir}/worktrees/`]) {
    const removed = removeConfigSection(shape.root, file, section);
    if (!removed.ok)
      return removed;
  }
  return ok(void 0);
}
function recordedSetup(shape, changes, extraSteps) {
  const record = readRecord(shape.git.commonDir);
  const watched = [...changes.map((change) => change.file), ...cloneStateFiles(shape)];
  const before = new Map(snapshotFolder(shape.git.hooksDir));
  for (const file of watched)
    before.set(file, readState(file));
  const lines = [];
  const written = [];
  for (const change of changes) {
    const inside = resolveInside(shape.root, change.file, relative(shape.root, change.file), "allowed");
    if (!inside.ok)
      return inside;
  }
  for (const change of changes) {
    const wrote = writeText(change.file, change.text, change.mode);
    if (!wrote.ok)
      return wrote;
    const label = relative(shape.root, change.file);
    lines.push(`${label}: ${before.get(change.file)?.content === null ? "created" : "updated"}`);
    if (change.shared)
      written.push(label);
  }
  const extra = extraSteps();
  if (!extra.ok)
    return extra;
  lines.push(...extra.value);
  for (const file of snapshotFolder(shape.git.hooksDir).keys())
    if (!before.has(file))
      before.set(file, { content: null, mode: null });
  for (const [file, state] of before) {
    const now = digest(readState(file));
    if (now === digest(state) && record.files[file] === void 0)
      continue;
    noteBefore(record, file, state);
    record.files[file].after = now;
  }
  pruneRecord(record);
  const saved = writeRecord(shape.git.commonDir, record);
  if (!saved.ok)
    return saved;
  return ok({ lines, written });
}
function runManagerInstall(shape) {
  const { root } = shape;
  const local = (bin) => [...shape.installDirs, "."].map((dir) => join2(root, dir, "node_modules", ".bin", bin)).find((file) => existsSync2(file));
  const onPath = (bin) => spawnSync("sh", ["-c", `command -v ${bin}`], { encoding: "utf8" }).stdout.trim();
  const run = (label, command, args, fix) => {
    if (!command)
      return `${label}: not installed here, so its hooks were not rewritten: run '${fix}'`;
    const child = spawnSync(command, args, { cwd: root, encoding: "utf8", env: process.env });
    return child.status === 0 ? `${label}: hooks rewritten ('${fix}')` : `${label}: '${fix}' failed (${(child.stderr || child.stdout || "").trim().split("\n")[0] ?? ""}): run it yourself`;
  };
  switch (shape.manager) {
    case "simple-git-hooks":
      return [run("simple-git-hooks", local("simple-git-hooks"), [], "npx simple-git-hooks")];
    case "lefthook":
      return [run("lefthook", local("lefthook") ?? (onPath("lefthook") || void 0), ["install"], "lefthook install")];
    case "pre-commit":
      return [run("pre-commit", onPath("pre-commit") || void 0, ["install"], "pre-commit install")];
    default:
      return [];
  }
}
function managerInstallCommand(shape) {
  return {
    "simple-git-hooks": "npx simple-git-hooks",
    lefthook: "lefthook install",
    "pre-commit": "pre-commit install"
  }[shape.manager];
}
function previewSetup(shape, changes, settings) {
  const label = (file) => relative(shape.root, file);
  const edits = changes.map((change) => ({
    path: label(change.file),
    before: readText(change.file) ?? null,
    after: change.text,
    ...change.mode === void 0 ? {} : { mode: change.mode }
  }));
  const folder = mkdtempSync(join2(tmpdir(), "git-value-dry-run-"));
  try {
    const copies = /* @__PURE__ */ new Map();
    for (const file of new Set(settings.map((setting) => setting.file))) {
      const copy = join2(folder, String(copies.size));
      if (existsSync2(file))
        copyFileSync(file, copy);
      copies.set(file, copy);
    }
    const applied = applyConfigSettings(shape.root, settings, (file) => copies.get(file));
    if (!applied.ok)
      return applied;
    for (const [file, copy] of copies)
      edits.push({ path: label(file), before: readText(file) ?? null, after: readText(copy) ?? null });
    return ok(edits);
  } finally {
    rmSync2(folder, { recursive: true, force: true });
  }
}
function removeEmptyFolders(root, folders) {
  for (const folder of folders) {
    try {
      rmdirSync(join2(root, folder));
    } catch {
    }
  }
}

export {
  readRecord,
  readState,
  digest,
  writeState,
  ATTRIBUTE_LINES,
  planShared,
  planClone,
  planCloneConfig,
  configureClone,
  unconfigureClone,
  recordedSetup,
  runManagerInstall,
  managerInstallCommand,
  previewSetup,
  removeEmptyFolders
};
