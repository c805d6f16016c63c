import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  HOOKS,
  LAUNCHER_PATH,
  MERGE_DRIVER,
  MERGE_DRIVER_COMMAND,
  detectProject,
  listWorktrees,
  preCommitHookId,
  readConfig,
  require_dist,
  runHookAsGit,
  runShellAsGit
} from "./chunk-6SOXSWPA.js";
import {
  errorOutcome
} from "./chunk-LHQBOPRQ.js";
import "./chunk-T72P2NL2.js";
import "./chunk-ERLR2NR4.js";
import "./chunk-4QSM2DIM.js";
import "./chunk-P7OXN2SN.js";
import {
  hasPendingRefresh
} from "./chunk-OAJDMO3T.js";
import "./chunk-4X3BA4BC.js";
import "./chunk-VW4Q3NL6.js";
import {
  loadConfig,
  openRepo,
  readLedgerOrStaged,
  runGitText
} from "./chunk-SHS6TC54.js";
import {
  LEDGER_PATH,
  formatLedger,
  parseLedger
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
import {
  __toESM
} from "./chunk-4K3HMJS3.js";

// dist/src/cli/doctor.js
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
var import_yaml = __toESM(require_dist(), 1);
async function run(_args, env) {
  const repo = openRepo(env.cwd);
  if (!repo.ok)
    return errorOutcome(repo, env);
  const root = repo.value.root;
  const shape = detectProject(root, env.cwd);
  if (!shape.ok)
    return errorOutcome(shape, env);
  const checks = [];
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  checks.push({
    name: "node",
    ok: major > 20 || major === 20 && minor >= 17,
    detail: `${process.versions.node} (needs 20.17 or later)`
  });
  const gitVersion = runGitText(["--version"], { cwd: root });
  checks.push({ name: "git", ok: gitVersion.ok, detail: gitVersion.ok ? gitVersion.value.trim() : "not found" });
  const userEnv = hookEnvironment(env.env);
  const launcher = existsSync(join(root, LAUNCHER_PATH));
  checks.push({
    name: "launcher",
    ok: launcher,
    detail: launcher ? LAUNCHER_PATH : `${LAUNCHER_PATH} is missing`,
    fix: "git-value init"
  });
  const worktrees = listWorktrees(root);
  for (const worktree of worktrees.ok ? worktrees.value : [root])
    if (existsSync(worktree))
      checks.push(...checkHooks(shape.value, worktree, worktree !== root, userEnv));
  checks.push(checkMergeDriver(root, userEnv));
  const config = await loadConfig({
    from: env.cwd,
    root,
    allowCodeConfig: env.env.GIT_VALUE_ALLOW_CODE_CONFIG === "1"
  });
  checks.push({
    name: "config",
    ok: config.ok,
    detail: config.ok ? config.value.file ?? "defaults (no .valuerc found)" : config.error.message,
    ...config.ok ? {} : { fix: config.error.fix }
  });
  const text = readLedgerOrStaged(root);
  const ledger = text.ok && text.value !== void 0 ? parseLedger(text.value, LEDGER_PATH) : void 0;
  checks.push({
    name: "ledger",
    ok: text.ok && (!ledger || ledger.ok),
    detail: !text.ok ? text.error.message : !ledger ? "none yet (run 'git-value scan')" : ledger.ok ? `${ledger.value.entries.length} entries${hasPendingRefresh(repo.value.gitDir) ? "; the next commit carries a refresh made after a merge or rebase" : ""}` : ledger.error.message,
    ...ledger && !ledger.ok ? { fix: ledger.error.fix } : {}
  });
  const failed = checks.filter((check) => !check.ok);
  const stdout = checks.map((check) => `${check.ok ? "\u2713" : "\u2717"} ${check.name}: ${check.detail}${check.ok || !check.fix ? "" : `
    fix: ${check.fix}`}`).join("\n");
  return {
    exitCode: failed.length > 0 ? 1 : 0,
    stdout: `${stdout}
`,
    stderr: failed.length > 0 ? `git-value doctor: ${failed.length} problem(s)
` : ""
  };
}
function hookEnvironment(env) {
  const clean = {};
  for (const [key, value] of Object.entries(env))
    if (!/^npm_|^INIT_CWD$|^SKIP$|^GIT_VALUE_PROBE$|^PRE_COMMIT$/.test(key))
      clean[key] = value;
  clean.PATH = (env.PATH ?? "").split(":").filter((dir) => !/\/node_modules\/\.bin\/?$|node-gyp-bin|\/\.pnpm\//.test(dir)).join(":");
  return clean;
}
function checkHooks(shape, worktree, linked, env) {
  const checks = [];
  const folder = mkdtempSync(join(tmpdir(), "git-value-doctor-"));
  try {
    for (const spec of HOOKS) {
      const probe = join(folder, `${spec.name}.log`);
      writeFileSync(probe, "");
      const run2 = runHookAsGit(worktree, spec.name, spec.probeArgs, { ...env, ...onlyOurCommands(shape, spec.name, folder), GIT_VALUE_PROBE: probe }, spec.readsStdin ? pushLine(worktree) : void 0);
      const reached = readFileSync(probe, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
      const name = `${spec.name}${linked ? ` (worktree ${worktree})` : ""}`;
      if (reached.length > 0) {
        checks.push({ name, ok: true, detail: `git ran it and it reached git-value (${reached[0]?.argv.join(" ")})` });
        continue;
      }
      const hooksPath = runGitText(["rev-parse", "--path-format=absolute", "--git-path", `hooks/${spec.name}`], {
        cwd: worktree
      });
      const file = hooksPath.ok ? hooksPath.value.trim() : spec.name;
      checks.push({
        name,
        ok: false,
        detail: !existsSync(file) ? `git finds no hook at ${file}, so nothing runs${linked ? " in this worktree" : ""}` : `git ran ${file} but it did not reach git-value (exit ${run2.status}${summary(run2.output)})`,
        fix: fixFor(shape, linked, run2.output)
      });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return checks;
}
function pushLine(worktree) {
  const head = runGitText(["rev-parse", "-q", "--verify", "HEAD"], { cwd: worktree, okCodes: [1] });
  const sha = head.ok ? head.value.trim() : "";
  return sha ? `HEAD ${sha} refs/heads/git-value-doctor ${"0".repeat(sha.length)}
` : "";
}
function onlyOurCommands(shape, hook, folder) {
  const config = shape.managerConfig ? join(shape.root, shape.managerConfig) : void 0;
  if (!config || !existsSync(config) || shape.manager !== "lefthook" && shape.manager !== "pre-commit")
    return {};
  try {
    const parsed = (0, import_yaml.parse)(readFileSync(config, "utf8"));
    if (shape.manager === "lefthook") {
      const commands = Object.keys((parsed[hook] ?? {}).commands ?? {});
      const others2 = commands.filter((name) => name !== "git-value");
      const lefthook = [...shape.installDirs, "."].map((dir) => join(shape.root, dir, "node_modules", ".bin", "lefthook")).find((file) => existsSync(file));
      const forced = join(folder, "lefthook");
      if (lefthook)
        writeFileSync(forced, `#!/bin/sh
exec '${lefthook}' "$@" --force
`, { mode: 493 });
      return {
        ...others2.length > 0 ? { LEFTHOOK_EXCLUDE: others2.join(",") } : {},
        ...lefthook ? { LEFTHOOK_BIN: forced } : {}
      };
    }
    const ours = new Set(HOOKS.map(preCommitHookId));
    const ids = (parsed.repos ?? []).flatMap((repo) => (repo.hooks ?? []).map((item) => item.id ?? ""));
    const others = ids.filter((id) => id && !ours.has(id));
    return others.length > 0 ? { SKIP: others.join(",") } : {};
  } catch {
    return {};
  }
}
function summary(output) {
  const line = output.split("\n").map((text) => text.trim()).filter(Boolean).slice(-2).join(" / ");
  return line ? `: ${line.slice(0, 300)}` : "";
}
function fixFor(shape, linked, output) {
  if (/not installed|not found/.test(output))
    return "install the project\u2019s dependencies here (npm install, pnpm install or yarn), or npm install -g git-value";
  if (linked)
    return `run 'git-value install' in the main work tree (linked worktrees then use its hooks)`;
  switch (shape.manager) {
    case "husky":
      return shape.hooksPath ? "git-value init (adds its line to .husky/<hook>)" : "npx husky (activates husky in this clone), then git-value init";
    case "simple-git-hooks":
      return "git-value init (adds git-value to the simple-git-hooks config), then npx simple-git-hooks";
    case "lefthook":
      return "git-value init (adds git-value to the lefthook config), then lefthook install";
    case "pre-commit":
      return "git-value init, then pre-commit install (it installs every hook type in default_install_hook_types)";
    default:
      return "git-value install (re-adds the hooks of this clone; a hook that was there runs after ours)";
  }
}
function entry(id, extra = {}) {
  return {
    id,
    ruleId: "debt/todo",
    category: "debt",
    severity: "low",
    path: "doctor.ts",
    line: 1,
    title: "doctor probe",
    fingerprint: id,
    status: "open",
    firstSeen: "2020-01-01",
    confidence: 1,
    effortHours: 1,
    ...extra
  };
}
function checkMergeDriver(root, env) {
  const name = "merge driver";
  const driver = readConfig(root, `merge.${MERGE_DRIVER}.driver`);
  if (!driver.ok || !driver.value)
    return { name, ok: false, detail: "not registered in this clone", fix: "git-value install" };
  const attribute = runGitText(["check-attr", "merge", "--", LEDGER_PATH], { cwd: root });
  if (!attribute.ok || !attribute.value.includes(MERGE_DRIVER))
    return { name, ok: false, detail: `.gitattributes does not send ${LEDGER_PATH} to it`, fix: "git-value init" };
  const folder = mkdtempSync(join(tmpdir(), "git-value-doctor-"));
  try {
    const base = [entry("debt-0000000001")];
    const ours = [
      entry("debt-0000000001", { status: "allowed", allow: { reason: "probe", by: "doctor", at: "2020-01-02" } })
    ];
    const theirs = [...base, entry("debt-0000000002")];
    const files = { O: join(folder, "base"), A: join(folder, "ours"), B: join(folder, "theirs") };
    writeFileSync(files.O, formatLedger(base));
    writeFileSync(files.A, formatLedger(ours));
    writeFileSync(files.B, formatLedger(theirs));
    const quote = (path) => `'${path}'`;
    const command = driver.value.value.replace("%O", quote(files.O)).replace("%A", quote(files.A)).replace("%B", quote(files.B)).replace("%P", quote(LEDGER_PATH));
    const run2 = runShellAsGit(root, command, env);
    const merged = parseLedger(readFileSync(files.A, "utf8"), "the merged test ledger");
    const kept = run2.status === 0 && merged.ok && merged.value.entries.length === 2 && merged.value.entries.some((item) => item.status === "allowed");
    return kept ? {
      name,
      ok: true,
      detail: `merged a test ledger through '${driver.value.value}' (both sides and the allow kept)`
    } : {
      name,
      ok: false,
      detail: `'${driver.value.value}' did not merge a test ledger (exit ${run2.status}${summary(run2.output)})`,
      fix: driver.value.value === MERGE_DRIVER_COMMAND ? "install git-value where the launcher finds it (the project\u2019s dependencies, or npm install -g git-value)" : "git-value install (registers the driver through the launcher)"
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
export {
  run
};
