import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  errorOutcome
} from "./chunk-ORRXB7CD.js";
import "./chunk-W6E4IAU5.js";
import "./chunk-ERLR2NR4.js";
import "./chunk-4QSM2DIM.js";
import "./chunk-P7OXN2SN.js";
import "./chunk-SLLZFBAP.js";
import {
  loadConfig,
  openRepo,
  readLedgerOrStaged,
  runGitText
} from "./chunk-5B5JPMMO.js";
import {
  LEDGER_PATH,
  parseLedger
} from "./chunk-JDFRV7HZ.js";
import "./chunk-BX7BPTSK.js";
import "./chunk-R7BXTBGS.js";
import "./chunk-RCVA2NVG.js";
import "./chunk-IV5GIZ6B.js";
import "./chunk-27A3QD7K.js";
import "./chunk-22V6SVWY.js";
import "./chunk-BG2DLXK5.js";
import "./chunk-PPIWG3NF.js";
import "./chunk-3FEP5BVN.js";
import "./chunk-XEIEJ6GU.js";

// dist/src/cli/doctor.js
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
async function run(_args, env) {
  const repo = openRepo(env.cwd);
  if (!repo.ok)
    return errorOutcome(repo, env);
  const root = repo.value.root;
  const checks = [];
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  checks.push({
    name: "node",
    ok: major > 20 || major === 20 && minor >= 17,
    detail: `${process.versions.node} (needs 20.17 or later)`
  });
  const gitVersion = runGitText(["--version"], { cwd: root });
  checks.push({ name: "git", ok: gitVersion.ok, detail: gitVersion.ok ? gitVersion.value.trim() : "not found" });
  const hooksPath = runGitText(["config", "--get", "core.hooksPath"], { cwd: root, okCodes: [1] });
  const huskyActive = hooksPath.ok && hooksPath.value.trim() === ".husky/_";
  checks.push({
    name: "hooks",
    ok: huskyActive,
    detail: huskyActive ? "core.hooksPath = .husky/_" : "husky hooks not active: run 'git-value init' (or 'npm install', whose prepare script runs husky)"
  });
  for (const hook of ["pre-commit", "post-merge", "pre-push"]) {
    const file = join(root, ".husky", hook);
    const present = existsSync(file) && readFileSync(file, "utf8").includes("git-value");
    checks.push({
      name: `.husky/${hook}`,
      ok: present,
      detail: present ? "runs git-value" : "missing: run 'git-value init'"
    });
  }
  const driver = runGitText(["config", "--get", "merge.git-value-ledger.driver"], { cwd: root, okCodes: [1] });
  const hasDriver = driver.ok && driver.value.trim() !== "";
  checks.push({
    name: "merge driver",
    ok: hasDriver,
    detail: hasDriver ? "registered" : "not registered in this clone: run 'git-value init'"
  });
  const config = await loadConfig({
    from: env.cwd,
    root,
    allowCodeConfig: env.env.GIT_VALUE_ALLOW_CODE_CONFIG === "1"
  });
  checks.push({
    name: "config",
    ok: config.ok,
    detail: config.ok ? config.value.file ?? "defaults (no .valuerc found)" : `${config.error.message} \u2014 ${config.error.fix}`
  });
  const text = readLedgerOrStaged(root);
  const ledger = text.ok && text.value !== void 0 ? parseLedger(text.value, LEDGER_PATH) : void 0;
  checks.push({
    name: "ledger",
    ok: text.ok && (!ledger || ledger.ok),
    detail: !text.ok ? text.error.message : !ledger ? "none yet: run 'git-value scan'" : ledger.ok ? `${ledger.value.entries.length} entries` : `${ledger.error.message} \u2014 ${ledger.error.fix}`
  });
  const failed = checks.filter((check) => !check.ok);
  const stdout = checks.map((check) => `${check.ok ? "\u2713" : "\u2717"} ${check.name}: ${check.detail}`).join("\n") + "\n";
  return {
    exitCode: failed.length > 0 ? 1 : 0,
    stdout,
    stderr: failed.length > 0 ? `git-value doctor: ${failed.length} problem(s)
` : ""
  };
}
export {
  run
};
