import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  applyEdits,
  modify,
  parse
} from "./chunk-MQLSCYTT.js";
import {
  require_dist
} from "./chunk-EJHQVVJF.js";
import {
  HOOKS,
  LAUNCHER_PATH,
  hookCommand,
  isGitValueLine
} from "./chunk-ZGM3NAP3.js";
import {
  runGit,
  runGitText
} from "./chunk-TNT4O3F4.js";
import {
  fail,
  ok
} from "./chunk-HUUDYLWZ.js";
import {
  __toESM
} from "./chunk-4K3HMJS3.js";

// dist/src/git/hook-setup.js
import { existsSync } from "node:fs";
import { isAbsolute, join } from "node:path";
function readConfig(root, key) {
  const read = runGitText(["config", "--show-scope", "--show-origin", "--get", key], { cwd: root, okCodes: [1] });
  if (!read.ok)
    return read;
  const line = read.value.replace(/\n$/, "");
  if (!line)
    return ok(void 0);
  const [scope = "", origin = "", ...value] = line.split("	");
  return ok({ scope, origin: origin.replace(/^file:/, ""), value: value.join("	") });
}
function setConfigInFile(root, file, key, value) {
  const set = runGit(["config", "--file", file, key, value], { cwd: root });
  return set.ok ? ok(void 0) : set;
}
function removeConfigSection(root, file, section) {
  const removed = runGit(["config", "--file", file, "--remove-section", section], { cwd: root, okCodes: [128] });
  return removed.ok ? ok(void 0) : removed;
}
function locateGit(root) {
  const read = runGitText(["rev-parse", "--path-format=absolute", "--git-common-dir", "--git-dir", "--git-path", "hooks"], { cwd: root });
  if (!read.ok)
    return read;
  const [commonDir = "", gitDir = "", hooks = ""] = read.value.trimEnd().split("\n");
  const located = { commonDir, gitDir, hooksDir: isAbsolute(hooks) ? hooks : join(root, hooks) };
  if (commonDir.endsWith("/.git"))
    located.mainRoot = commonDir.slice(0, -"/.git".length);
  return ok(located);
}
function listWorktrees(root) {
  const listed = runGitText(["worktree", "list", "--porcelain"], { cwd: root });
  if (!listed.ok)
    return listed;
  return ok(listed.value.split("\n").filter((line) => line.startsWith("worktree ")).map((line) => line.slice("worktree ".length)));
}
function isTracked(root, path) {
  const listed = runGitText(["ls-files", "--error-unmatch", "--", path], { cwd: root, okCodes: [1] });
  return listed.ok && listed.value.trim() !== "";
}
function stagePaths(root, paths) {
  if (paths.length === 0)
    return ok(void 0);
  const staged = runGit(["add", "-A", "-f", "--", ...paths], { cwd: root });
  return staged.ok ? ok(void 0) : staged;
}
function runHookAsGit(root, hook, args, env, input) {
  if (input !== void 0) {
    const path = hookFilePath(root, hook);
    if (!path.ok || !existsSync(path.value))
      return { status: 0, output: "" };
    const quote = (text) => `'${text.replace(/'/g, `'\\''`)}'`;
    return runShellAsGit(root, [path.value, ...args].map(quote).join(" "), env, input);
  }
  const run = runGit(["hook", "run", "--ignore-missing", hook, "--", ...args], {
    cwd: root,
    okCodes: Array.from({ length: 255 }, (_, code) => code + 1),
    env,
    input: "",
    captureStderr: true
  });
  if (!run.ok)
    return { status: 128, output: run.error.message };
  return { status: run.value.status, output: `${run.value.stdout.toString("utf8")}${run.value.stderr ?? ""}` };
}
function hookFilePath(worktree, hook) {
  const path = runGitText(["rev-parse", "--path-format=absolute", "--git-path", `hooks/${hook}`], { cwd: worktree });
  return path.ok ? ok(path.value.trim()) : path;
}
function readGitVersion(cwd) {
  const version = runGitText(["--version"], { cwd });
  return version.ok ? ok(version.value.trim()) : version;
}
function runShellAsGit(root, command, env, input = "") {
  const run = runGit(["-c", `alias.gv-doctor-shell=!${command}`, "gv-doctor-shell"], {
    cwd: root,
    okCodes: Array.from({ length: 255 }, (_, code) => code + 1),
    env,
    input,
    captureStderr: true
  });
  if (!run.ok)
    return { status: 128, output: run.error.message };
  return { status: run.value.status, output: `${run.value.stdout.toString("utf8")}${run.value.stderr ?? ""}` };
}

// dist/src/install/detect.js
import { existsSync as existsSync2, readFileSync, statSync } from "node:fs";
import { dirname, join as join2, relative } from "node:path";
var LEFTHOOK_CONFIGS = [
  "lefthook.yml",
  ".lefthook.yml",
  "lefthook.yaml",
  ".lefthook.yaml",
  ".config/lefthook.yml",
  ".config/lefthook.yaml"
];
var SIMPLE_GIT_HOOKS_CONFIGS = [
  ".simple-git-hooks.json",
  "simple-git-hooks.json",
  ".simple-git-hooks.cjs",
  ".simple-git-hooks.js",
  ".simple-git-hooks.mjs",
  "simple-git-hooks.cjs",
  "simple-git-hooks.js",
  "simple-git-hooks.mjs"
];
var PRE_COMMIT_CONFIG = ".pre-commit-config.yaml";
function readPackageJson(file) {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8"));
    return parsed && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function dependsOnGitValue(manifest) {
  return Boolean(manifest?.dependencies?.["git-value"] ?? manifest?.devDependencies?.["git-value"]);
}
function detectPackageManager(root, manifest) {
  const declared = /^(npm|pnpm|yarn)@/.exec(manifest?.packageManager ?? "")?.[1];
  if (declared)
    return declared;
  if (existsSync2(join2(root, "pnpm-lock.yaml")) || existsSync2(join2(root, "pnpm-workspace.yaml")))
    return "pnpm";
  if (existsSync2(join2(root, "yarn.lock")))
    return "yarn";
  return manifest ? "npm" : void 0;
}
function detectProject(root, cwd) {
  const git = locateGit(root);
  if (!git.ok)
    return git;
  const hooksPath = readConfig(root, "core.hooksPath");
  if (!hooksPath.ok)
    return hooksPath;
  const manifest = readPackageJson(join2(root, "package.json"));
  const has = (file) => existsSync2(join2(root, file));
  const lefthook = LEFTHOOK_CONFIGS.find(has);
  const simpleGitHooks = manifest?.["simple-git-hooks"] !== void 0 ? "package.json" : SIMPLE_GIT_HOOKS_CONFIGS.find(has);
  const preCommit = has(PRE_COMMIT_CONFIG) ? PRE_COMMIT_CONFIG : void 0;
  const huskyPath = hooksPath.value && /(?:^|\/)\.husky(?:\/_)?\/?$/.test(hooksPath.value.value);
  const huskyFolder = has(".husky") && statSync(join2(root, ".husky")).isDirectory();
  const hooksPathTracked = hooksPath.value !== void 0 && !huskyPath && isTracked(root, hooksPath.value.value.replace(/\/$/, ""));
  const candidates = [
    ["husky", void 0, Boolean(huskyPath) || huskyFolder && hooksPath.value === void 0],
    ["lefthook", lefthook, lefthook !== void 0],
    ["simple-git-hooks", simpleGitHooks, simpleGitHooks !== void 0],
    ["pre-commit", preCommit, preCommit !== void 0],
    ["hooks-folder", void 0, hooksPath.value !== void 0]
  ];
  const found = candidates.filter(([, , present]) => present);
  const [manager, managerConfig] = found[0] ?? ["git-hooks", void 0];
  const shape = {
    root,
    git: git.value,
    hooksPathTracked,
    manager,
    others: found.slice(1).map(([name]) => name),
    installDirs: findInstallDirs(root, cwd, manifest)
  };
  if (manifest)
    shape.manifest = manifest;
  const packageManager = detectPackageManager(root, manifest);
  if (packageManager)
    shape.packageManager = packageManager;
  if (hooksPath.value)
    shape.hooksPath = hooksPath.value;
  if (managerConfig)
    shape.managerConfig = managerConfig;
  return ok(shape);
}
function findInstallDirs(root, cwd, manifest) {
  const dirs = /* @__PURE__ */ new Set();
  if (dependsOnGitValue(manifest))
    dirs.add(".");
  for (let dir = cwd; dir.startsWith(root); dir = dirname(dir)) {
    if (existsSync2(join2(dir, "node_modules", ".bin", "git-value"))) {
      dirs.add(relative(root, dir) || ".");
      break;
    }
    if (dir === root)
      break;
  }
  if (dirs.size === 0)
    dirs.add(".");
  return [...dirs];
}

// dist/src/install/manager-edits.js
var import_yaml2 = __toESM(require_dist(), 1);

// dist/src/install/yaml-edit.js
var import_yaml = __toESM(require_dist(), 1);
function lineStart(text, at) {
  return text.lastIndexOf("\n", at - 1) + 1;
}
function lineEnd(text, at) {
  if (at > 0 && text[at - 1] === "\n")
    return at;
  const newline = text.indexOf("\n", at);
  return newline === -1 ? text.length : newline + 1;
}
function parse2(text, file) {
  const doc = (0, import_yaml.parseDocument)(text, { keepSourceTokens: false });
  if (doc.errors.length > 0)
    return fail({
      code: "CONFIG_INVALID",
      file,
      message: `${file} is not valid YAML: ${doc.errors[0]?.message.split("\n")[0] ?? ""}`,
      fix: `fix ${file}, then run git-value init again`
    });
  return ok(doc);
}
var isBlock = (node) => ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) && !node.flow;
function indentUnit(text) {
  const match = /^( +)\S/m.exec(text);
  return match?.[1] && match[1].length <= 4 ? match[1].length : 2;
}
function block(value, indent, unit) {
  const body = (0, import_yaml.stringify)(value, { indent: unit, lineWidth: 0 });
  return body.split("\n").map((line) => line ? " ".repeat(indent) + line : line).join("\n");
}
function insertAt(text, at, snippet) {
  const prefix = at > 0 && text[at - 1] !== "\n" ? "\n" : "";
  return text.slice(0, at) + prefix + snippet + text.slice(at);
}
function mapInsertion(text, map) {
  const first = map?.items[0]?.key;
  if (!map || !first?.range || !map.range)
    return { at: text.length, indent: 0 };
  return { at: lineEnd(text, map.range[1]), indent: first.range[0] - lineStart(text, first.range[0]) };
}
function insertYamlEntry(text, file, path, key, value) {
  const doc = parse2(text, file);
  if (!doc.ok)
    return doc;
  let map = doc.value.contents === null ? void 0 : doc.value.contents;
  if (map !== void 0 && !isBlock(map))
    return unsupported(file, path);
  const unit = indentUnit(text);
  for (const [depth, segment] of path.entries()) {
    const child = map?.get(segment, true);
    if (child === void 0 || child === null) {
      const nested = [...path.slice(depth + 1), key].reduceRight((inner, name) => ({ [name]: inner }), value);
      const { at: at2, indent: indent2 } = mapInsertion(text, map);
      return ok(insertAt(text, at2, block({ [segment]: nested }, indent2, unit)));
    }
    if (!(0, import_yaml.isMap)(child) || child.flow)
      return unsupported(file, path);
    map = child;
  }
  if (map?.has(key))
    return ok(text);
  const { at, indent } = mapInsertion(text, map);
  return ok(insertAt(text, at, block({ [key]: value }, indent, unit)));
}
function appendYamlItem(text, file, path, item) {
  const doc = parse2(text, file);
  if (!doc.ok)
    return doc;
  const seq = doc.value.getIn(path, true);
  if (seq === void 0 || seq === null) {
    if (path.length === 0)
      return unsupported(file, path);
    return insertYamlEntry(text, file, path.slice(0, -1), path[path.length - 1], [item]);
  }
  if (!(0, import_yaml.isSeq)(seq) || seq.flow || !seq.range)
    return unsupported(file, path);
  const first = seq.items[0];
  const dash = first?.range ? text.lastIndexOf("-", first.range[0]) : -1;
  const indent = dash === -1 ? 0 : dash - lineStart(text, dash);
  return ok(insertAt(text, lineEnd(text, seq.range?.[1] ?? text.length), block([item], indent, 2)));
}
function removeYamlEntry(text, file, path, key) {
  const doc = parse2(text, file);
  if (!doc.ok)
    return doc;
  const map = path.length === 0 ? doc.value.contents : doc.value.getIn(path, true);
  if (!(0, import_yaml.isMap)(map) || map.flow)
    return ok(text);
  const pair = map.items.find((item) => item.key?.value === key);
  const start = pair?.key?.range?.[0];
  if (!pair || start === void 0)
    return ok(text);
  const end = pair.value?.range?.[1] ?? pair.key.range?.[1] ?? start;
  let removed = text.slice(0, lineStart(text, start)) + text.slice(lineEnd(text, end));
  if (map.items.length === 1 && path.length > 0) {
    const parent = path.slice(0, -1);
    const emptied = removeYamlEntry(removed, file, parent, path[path.length - 1]);
    if (emptied.ok)
      removed = emptied.value;
  }
  return ok(removed);
}
function removeYamlItems(text, file, path, matches) {
  const doc = (0, import_yaml.parseDocument)(text);
  const seq = doc.getIn(path, true);
  if (!(0, import_yaml.isSeq)(seq) || seq.flow)
    return text;
  let result = text;
  for (const item of [...seq.items].reverse()) {
    const node = item;
    if (!node.range || !matches(node.toJSON()))
      continue;
    const dash = result.lastIndexOf("-", node.range[0]);
    result = result.slice(0, lineStart(result, dash)) + result.slice(lineEnd(result, node.range[1]));
  }
  return result;
}
function unsupported(file, path) {
  return fail({
    code: "CONFIG_INVALID",
    file,
    message: `${file}: ${path.join(".") || "the top level"} is not a block mapping git-value can add to`,
    fix: `add git-value's entries to ${file} by hand (see the README, "Use it in your project"), then run git-value install`
  });
}

// dist/src/install/manager-edits.js
var PREPARE_COMMAND = `sh ${LAUNCHER_PATH} install`;
function addToHookScript(text, spec, shebang) {
  const line = hookCommand(spec);
  if (text === void 0)
    return ok(`${shebang ? "#!/bin/sh\n" : ""}${line}
`);
  const lines = text.split("\n");
  if (lines.includes(line))
    return ok(text);
  const first = lines[0] ?? "";
  if (first.startsWith("#!") && !/\b(?:sh|bash|dash|zsh|ksh)\b/.test(first))
    return fail({
      code: "CONFIG_INVALID",
      message: `the ${spec.name} hook is not a shell script (${first}), so git-value cannot add its line`,
      fix: `call '${line}' from that hook yourself, then run 'git-value doctor'`
    });
  const kept = lines.filter((candidate) => !isGitValueLine(candidate));
  const at = kept[0]?.startsWith("#!") ? 1 : 0;
  kept.splice(at, 0, line);
  return ok(kept.join("\n"));
}
function removeFromHookScript(text) {
  const kept = text.split("\n").filter((line) => !isGitValueLine(line));
  const rest = kept.join("\n");
  return rest.replace(/^#!.*\n?/, "").trim() === "" ? void 0 : rest;
}
var CHAINED_SUFFIX = ".before-git-value";
function chainedHookScript(spec) {
  const run = `sh ${LAUNCHER_PATH} ${spec.args}`;
  const body = spec.readsStdin ? [
    "# git passes the refs on standard input: both hooks read the same copy",
    "input=$(mktemp) || exit 1",
    'cat > "$input"',
    `if [ -f ${LAUNCHER_PATH} ]; then ${run} < "$input" || { status=$?; rm -f "$input"; exit $status; }; fi`,
    'exec < "$input"',
    'rm -f "$input"'
  ] : [`if [ -f ${LAUNCHER_PATH} ]; then ${run} || exit $?; fi`];
  return [
    "#!/bin/sh",
    `# git-value: ${spec.why}.`,
    `# Written by 'git-value install'. A hook that was here before runs next, unchanged, from`,
    `# ${spec.name}${CHAINED_SUFFIX}; 'git-value uninstall' puts it back.`,
    ...body,
    `if [ -x "$0${CHAINED_SUFFIX}" ]; then exec "$0${CHAINED_SUFFIX}" "$@"; fi`,
    ""
  ].join("\n");
}
var isChainedHookScript = (text) => text.includes(`# Written by 'git-value install'`);
function detectFormat(text) {
  const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? "  ";
  return {
    formattingOptions: {
      insertSpaces: !indent.startsWith("	"),
      tabSize: indent.startsWith("	") ? 1 : indent.length,
      eol: text.includes("\r\n") ? "\r\n" : "\n"
    }
  };
}
function setJson(text, path, value) {
  return applyEdits(text, modify(text, path, value, detectFormat(text)));
}
function readJson(text) {
  const parsed = parse(text);
  return parsed && typeof parsed === "object" ? parsed : {};
}
function addPrepareScript(text) {
  const scripts = readJson(text).scripts ?? {};
  const prepare = typeof scripts.prepare === "string" ? scripts.prepare : void 0;
  if (prepare?.includes(LAUNCHER_PATH))
    return text;
  return setJson(text, ["scripts", "prepare"], prepare ? `${prepare} && ${PREPARE_COMMAND}` : PREPARE_COMMAND);
}
function removePrepareScript(text) {
  const scripts = readJson(text).scripts ?? {};
  const prepare = scripts.prepare;
  if (typeof prepare !== "string" || !prepare.includes(LAUNCHER_PATH))
    return text;
  if (prepare === PREPARE_COMMAND) {
    const removed = setJson(text, ["scripts", "prepare"], void 0);
    return Object.keys(scripts).length === 1 ? setJson(removed, ["scripts"], void 0) : removed;
  }
  return setJson(text, ["scripts", "prepare"], prepare.replace(` && ${PREPARE_COMMAND}`, ""));
}
function addSimpleGitHooks(text, at) {
  let result = text;
  const config = at.length ? readJson(text)[at[0]] : readJson(text);
  for (const spec of HOOKS) {
    const ours = hookCommand(spec);
    const current = config?.[spec.name];
    if (typeof current === "string" && current.includes(LAUNCHER_PATH))
      continue;
    result = setJson(result, [...at, spec.name], typeof current === "string" && current.trim() ? `${ours} && ${current}` : ours);
  }
  return result;
}
function removeSimpleGitHooks(text, at) {
  let result = text;
  const config = at.length ? readJson(text)[at[0]] : readJson(text);
  for (const spec of HOOKS) {
    const current = config?.[spec.name];
    const ours = hookCommand(spec);
    if (current === ours)
      result = setJson(result, [...at, spec.name], void 0);
    else if (typeof current === "string" && current.startsWith(`${ours} && `))
      result = setJson(result, [...at, spec.name], current.slice(ours.length + 4));
  }
  return result;
}
function lefthookCommand(spec) {
  const args = spec.args.replace(' "$@"', "").replace('"$1"', "{1}");
  return spec.readsStdin ? { run: `sh ${LAUNCHER_PATH} ${args}`, use_stdin: true } : { run: `sh ${LAUNCHER_PATH} ${args}` };
}
function addLefthook(text, file) {
  let result = text;
  for (const spec of HOOKS) {
    const added = insertYamlEntry(result, file, [spec.name, "commands"], "git-value", lefthookCommand(spec));
    if (!added.ok)
      return added;
    result = added.value;
  }
  return ok(result);
}
function removeLefthook(text, file) {
  let result = text;
  for (const spec of [...HOOKS].reverse()) {
    const removed = removeYamlEntry(result, file, [spec.name, "commands"], "git-value");
    if (removed.ok)
      result = removed.value;
  }
  return result;
}
function preCommitStages(version) {
  const [major = 99, minor = 0] = (version ?? "").split(".").map(Number);
  const old = major < 3 || major === 3 && minor < 2;
  return {
    "pre-commit": old ? "commit" : "pre-commit",
    "pre-merge-commit": old ? "merge-commit" : "pre-merge-commit",
    "pre-push": old ? "push" : "pre-push",
    "post-merge": "post-merge",
    "post-rewrite": "post-rewrite"
  };
}
var preCommitHookId = (spec) => spec.name === "pre-commit" ? "git-value" : `git-value-${spec.name}`;
function addPreCommitFramework(text, file, version) {
  const doc = readYamlLoosely(text);
  const repos = Array.isArray(doc.repos) ? doc.repos : [];
  const present = repos.some((repo) => repo.repo === "local" && repo.hooks?.some((hook) => hook.id === "git-value"));
  let result = text;
  if (!present) {
    const stages = preCommitStages(version);
    const hooks = HOOKS.map((spec) => ({
      id: preCommitHookId(spec),
      name: `git-value (${spec.name})`,
      // the framework gives post-rewrite's kind in PRE_COMMIT_REWRITE_COMMAND and pre-push's refs in
      // PRE_COMMIT_FROM_REF/TO_REF, not as arguments or standard input
      entry: `sh ${LAUNCHER_PATH} ${spec.args.replace(/ --rewrite "\$1"| "\$@"/, "")}`,
      language: "system",
      pass_filenames: false,
      always_run: true,
      stages: [stages[spec.name]]
    }));
    const added = appendYamlItem(result, file, ["repos"], { repo: "local", hooks });
    if (!added.ok)
      return added;
    result = added.value;
  }
  if (doc.default_install_hook_types === void 0) {
    const types = insertYamlEntry(result, file, [], "default_install_hook_types", HOOKS.map((spec) => spec.name));
    if (!types.ok)
      return types;
    result = types.value;
  }
  return ok(result);
}
function removePreCommitFramework(text, file) {
  let result = removeYamlItems(text, file, ["repos"], (item) => {
    const repo = item;
    return repo.repo === "local" && (repo.hooks ?? []).every((hook) => hook.id?.startsWith("git-value"));
  });
  const types = readYamlLoosely(result).default_install_hook_types;
  if (Array.isArray(types) && types.join(",") === HOOKS.map((spec) => spec.name).join(",")) {
    const removed = removeYamlEntry(result, file, [], "default_install_hook_types");
    if (removed.ok)
      result = removed.value;
  }
  return result;
}
function readYamlLoosely(text) {
  try {
    const value = (0, import_yaml2.parse)(text);
    return value && typeof value === "object" ? value : {};
  } catch {
    return {};
  }
}

export {
  readConfig,
  setConfigInFile,
  removeConfigSection,
  listWorktrees,
  isTracked,
  stagePaths,
  runHookAsGit,
  hookFilePath,
  readGitVersion,
  runShellAsGit,
  dependsOnGitValue,
  detectProject,
  addToHookScript,
  removeFromHookScript,
  CHAINED_SUFFIX,
  chainedHookScript,
  isChainedHookScript,
  addPrepareScript,
  removePrepareScript,
  addSimpleGitHooks,
  removeSimpleGitHooks,
  addLefthook,
  removeLefthook,
  preCommitHookId,
  addPreCommitFramework,
  removePreCommitFramework
};
