import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  detectProject,
  hookFilePath,
  listWorktrees,
  preCommitHookId,
  readConfig,
  readGitVersion,
  runHookAsGit,
  runShellAsGit
} from "./chunk-BOWFYYC2.js";
import {
  hasPendingRefresh
} from "./chunk-ZICIA64G.js";
import "./chunk-MQLSCYTT.js";
import {
  require_dist
} from "./chunk-EJHQVVJF.js";
import {
  resolveCommit
} from "./chunk-VEH5XF4C.js";
import {
  HOOKS,
  LAUNCHER_PATH,
  MERGE_DRIVER,
  MERGE_DRIVER_COMMAND
} from "./chunk-ZGM3NAP3.js";
import {
  readAttribute
} from "./chunk-UKNR456Y.js";
import {
  closeLedgerSource,
  openLedger
} from "./chunk-AP6QHR2Z.js";
import {
  loadConfig
} from "./chunk-UPLQ7UW6.js";
import {
  openRepo
} from "./chunk-MTSRII53.js";
import {
  LEDGER_PATH,
  formatLedger,
  parseLedger
} from "./chunk-TNT4O3F4.js";
import {
  errorOutcome
} from "./chunk-RI75FPAA.js";
import {
  doctorTexts
} from "./chunk-2M2XAZ6H.js";
import "./chunk-HUUDYLWZ.js";
import "./chunk-RGYNK77T.js";
import "./chunk-A3QA2ZQT.js";
import "./chunk-ONKLCXXC.js";
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
    detail: doctorTexts.node(process.versions.node)
  });
  const gitVersion = readGitVersion(root);
  checks.push({ name: "git", ok: gitVersion.ok, detail: gitVersion.ok ? gitVersion.value : doctorTexts.gitMissing });
  const userEnv = hookEnvironment(env.env);
  const launcher = existsSync(join(root, LAUNCHER_PATH));
  checks.push({
    name: "launcher",
    ok: launcher,
    detail: launcher ? LAUNCHER_PATH : doctorTexts.launcherMissing(LAUNCHER_PATH),
    fix: doctorTexts.runInit
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
    detail: config.ok ? config.value.file ?? doctorTexts.defaultConfig : config.error.message,
    ...config.ok ? {} : { fix: config.error.fix }
  });
  const ledger = openLedger(repo.value, "whole");
  if (ledger.ok)
    closeLedgerSource(ledger.value);
  checks.push({
    name: "ledger",
    ok: ledger.ok,
    detail: !ledger.ok ? ledger.error.message : ledger.value.digest === void 0 ? doctorTexts.noLedger : doctorTexts.ledgerEntries(ledger.value.entries?.length ?? 0, hasPendingRefresh(repo.value.gitDir)),
    ...ledger.ok ? {} : { fix: ledger.error.fix }
  });
  const failed = checks.filter((check) => !check.ok);
  const stdout = checks.map(doctorTexts.checkLine).join("\n");
  return {
    exitCode: failed.length > 0 ? 1 : 0,
    stdout: `${stdout}
`,
    stderr: failed.length > 0 ? doctorTexts.problems(failed.length) : ""
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
      const name = doctorTexts.hookName(spec.name, linked ? worktree : void 0);
      if (reached.length > 0) {
        checks.push({ name, ok: true, detail: doctorTexts.hookReached(reached[0]?.argv ?? []) });
        continue;
      }
      const hooksPath = hookFilePath(worktree, spec.name);
      const file = hooksPath.ok ? hooksPath.value : spec.name;
      checks.push({
        name,
        ok: false,
        detail: !existsSync(file) ? doctorTexts.noHook(file, linked) : doctorTexts.hookMissedUs(file, run2.status, summary(run2.output)),
        fix: fixFor(shape, linked, run2.output)
      });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return checks;
}
function pushLine(worktree) {
  const head = resolveCommit(worktree, "HEAD");
  const sha = head.ok ? head.value ?? "" : "";
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
  const fixes = doctorTexts.hookFixes;
  if (/not installed|not found/.test(output))
    return fixes.notInstalled;
  if (linked)
    return fixes.linked;
  switch (shape.manager) {
    case "husky":
      return shape.hooksPath ? fixes.huskyActive : fixes.huskyInactive;
    case "simple-git-hooks":
      return fixes.simpleGitHooks;
    case "lefthook":
      return fixes.lefthook;
    case "pre-commit":
      return fixes.preCommit;
    default:
      return fixes.gitHooks;
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
    title: doctorTexts.probeTitle,
    fingerprint: id,
    status: "open",
    firstSeen: "2020-01-01",
    confidence: 1,
    effortHours: 1,
    ...extra
  };
}
function checkMergeDriver(root, env) {
  const name = doctorTexts.mergeDriver;
  const driver = readConfig(root, `merge.${MERGE_DRIVER}.driver`);
  if (!driver.ok || !driver.value)
    return { name, ok: false, detail: doctorTexts.driverNotRegistered, fix: doctorTexts.runInstall };
  const attribute = readAttribute(root, LEDGER_PATH, "merge");
  if (!attribute.ok || attribute.value !== MERGE_DRIVER)
    return { name, ok: false, detail: doctorTexts.attributeMissing(LEDGER_PATH), fix: doctorTexts.runInit };
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
    const merged = parseLedger(readFileSync(files.A, "utf8"), doctorTexts.probeLedger);
    const kept = run2.status === 0 && merged.ok && merged.value.entries.length === 2 && merged.value.entries.some((item) => item.status === "allowed");
    return kept ? { name, ok: true, detail: doctorTexts.mergedProbe(driver.value.value) } : {
      name,
      ok: false,
      detail: doctorTexts.probeNotMerged(driver.value.value, run2.status, summary(run2.output)),
      fix: driver.value.value === MERGE_DRIVER_COMMAND ? doctorTexts.driverNotFound : doctorTexts.driverNotLaunched
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
export {
  run
};
