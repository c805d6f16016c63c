import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  errorOutcome
} from "./chunk-ORRXB7CD.js";
import {
  COVERAGE_PATH
} from "./chunk-W6E4IAU5.js";
import {
  readPackageText
} from "./chunk-ERLR2NR4.js";
import "./chunk-4QSM2DIM.js";
import "./chunk-P7OXN2SN.js";
import "./chunk-SLLZFBAP.js";
import {
  findConfigFile,
  openRepo,
  runGit,
  runGitText
} from "./chunk-5B5JPMMO.js";
import {
  LEDGER_PATH,
  fail,
  ok
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

// dist/src/cli/init.js
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

// dist/src/cli/ci-workflows.js
var checkoutAndInstall = `      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 22
          cache: npm
      - run: npm ci
`;
var weeklyScanWorkflow = `# git-value: weekly full scan, SARIF to code scanning, and a pull request with the refreshed backlog.
name: git-value weekly scan
on:
  schedule:
    - cron: '17 6 * * 1'
  workflow_dispatch:
permissions:
  contents: write
  pull-requests: write
  security-events: write
jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
${checkoutAndInstall}      - run: npx git-value scan --format sarif --output git-value.sarif
      - uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: git-value.sarif
          category: git-value
      # the visual report, as an artifact of the run (a folder starting with a dot is left out of uploads)
      - run: npx git-value report --html --output git-value-report.html
      - uses: actions/upload-artifact@v4
        with:
          name: git-value-report
          path: git-value-report.html
      - name: Pull request with the refreshed ledger and backlog
        env:
          GH_TOKEN: \${{ github.token }}
          HUSKY: '0'
        run: |
          if git diff --quiet -- .value/ledger.json BACKLOG.md; then
            echo "ledger and backlog unchanged"
            exit 0
          fi
          branch=git-value/weekly-scan
          git config user.name "git-value"
          git config user.email "git-value@users.noreply.github.com"
          git checkout -B "$branch"
          git add .value/ledger.json BACKLOG.md
          git commit -m "chore: weekly git-value scan"
          git push --force origin "$branch"
          gh pr create --title "Weekly git-value scan" --body "Refreshed .value/ledger.json and BACKLOG.md." --head "$branch" || echo "pull request already open"
`;
var pullRequestWorkflow = `# git-value: the commit gate over every commit of a pull request.
name: git-value gate
on:
  pull_request:
permissions:
  contents: read
jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
${checkoutAndInstall}      - name: git-value check --range
        env:
          BASE_REF: \${{ github.base_ref }}
        run: npx git-value check --range "origin/$BASE_REF..HEAD"
`;

// dist/src/cli/init.js
var HOOKS = ["pre-commit", "pre-merge-commit", "post-merge", "pre-push", "post-rewrite"];
var DRIVER = "git-value-ledger";
var ATTRIBUTE = `${LEDGER_PATH} merge=${DRIVER}`;
var COVERAGE_ATTRIBUTE = `${COVERAGE_PATH} merge=union`;
async function run(args, env) {
  let ci;
  try {
    ({
      values: { ci }
    } = parseArgs({ args, options: { "no-scan": { type: "boolean" }, ci: { type: "string" } } }));
  } catch (error) {
    return errorOutcome(fail({ code: "USAGE", message: error.message, fix: "git-value init [--no-scan] [--ci github]" }), env);
  }
  if (ci !== void 0 && ci !== "github")
    return errorOutcome(fail({
      code: "USAGE",
      message: `unknown CI '${ci}'`,
      fix: "git-value init --ci github (other CIs: see the README)"
    }), env);
  const repo = openRepo(env.cwd);
  if (!repo.ok)
    return errorOutcome(repo, env);
  const root = repo.value.root;
  const report = [];
  const steps = [
    installHusky,
    installHooks,
    writeConfig,
    registerMergeDriver,
    addPrepareScript,
    ...ci ? [writeGithubWorkflows] : []
  ];
  for (const step of steps) {
    const done = await step(root, report);
    if (!done.ok)
      return errorOutcome(done, env);
  }
  const created = [".husky", ".valuerc.json", ".gitattributes", ...ci ? [".github/workflows"] : []].filter((file) => existsSync(join(root, file)));
  const staged = runGit(["add", "--", ...created], { cwd: root });
  if (!staged.ok)
    return errorOutcome(staged, env);
  report.push(`staged ${created.join(", ")}: commit them to share the setup`);
  let stderr = report.map((line) => `git-value init: ${line}
`).join("");
  if (!args.includes("--no-scan")) {
    const scan = await import("./chunk-B7FQ37S6.js");
    const scanned = await scan.run([], { ...env, cwd: root });
    if (scanned.exitCode !== 0)
      return { ...scanned, stderr: stderr + scanned.stderr };
    stderr += scanned.stderr;
  }
  return { exitCode: 0, stdout: "", stderr };
}
async function installHusky(root, report) {
  const before = runGitText(["config", "--get", "core.hooksPath"], { cwd: root, okCodes: [1] });
  const { default: husky } = await import("./chunk-HPYPDKZP.js");
  const cwd = process.cwd();
  process.chdir(root);
  let message;
  try {
    message = husky(".husky");
  } finally {
    process.chdir(cwd);
  }
  if (message && !message.startsWith("HUSKY=0"))
    return fail({
      code: "GIT_FAILED",
      message: `husky could not install the hooks: ${message.trim()}`,
      fix: "run git-value init from inside the repository, with git on PATH"
    });
  report.push(message ? "HUSKY=0 is set: hooks not activated" : before.ok && before.value.trim() === ".husky/_" ? "husky hooks: ok" : "husky hooks: installed (core.hooksPath = .husky/_)");
  return ok(void 0);
}
async function installHooks(root, report) {
  for (const hook of HOOKS) {
    const shim = readPackageText(`hooks/${hook}`);
    const target = join(root, ".husky", hook);
    if (existsSync(target)) {
      const current = readFileSync(target, "utf8");
      if (current.includes("git-value")) {
        report.push(`.husky/${hook}: ok`);
        continue;
      }
      writeFileSync(target, `${current.replace(/\n?$/, "\n")}${shim}`);
      report.push(`.husky/${hook}: added git-value to the existing hook`);
    } else {
      writeFileSync(target, shim);
      report.push(`.husky/${hook}: created`);
    }
    chmodSync(target, 493);
  }
  return ok(void 0);
}
async function writeConfig(root, report) {
  const existing = findConfigFile(root, root);
  if (existing) {
    report.push(`config: ok (${existing.slice(root.length + 1)})`);
    return ok(void 0);
  }
  writeFileSync(join(root, ".valuerc.json"), readPackageText(".valuerc.example.json"));
  report.push(".valuerc.json: created from .valuerc.example.json");
  return ok(void 0);
}
async function registerMergeDriver(root, report) {
  const attributes = join(root, ".gitattributes");
  const text = existsSync(attributes) ? readFileSync(attributes, "utf8") : "";
  const missing = [ATTRIBUTE, COVERAGE_ATTRIBUTE].filter((line) => !text.split("\n").includes(line));
  if (missing.length > 0) {
    writeFileSync(attributes, `${text.replace(/\n?$/, text ? "\n" : "")}${missing.join("\n")}
`);
    report.push(`.gitattributes: ${missing.map((line) => line.split(" ")[1]).join(" and ")} added`);
  }
  const driver = runGitText(["config", "--get", `merge.${DRIVER}.driver`], { cwd: root, okCodes: [1] });
  if (driver.ok && driver.value.trim()) {
    report.push("merge driver: ok");
    return ok(void 0);
  }
  for (const [key, value] of [
    [`merge.${DRIVER}.name`, "git-value ledger: union by fingerprint"],
    [`merge.${DRIVER}.driver`, "git-value merge-driver %O %A %B %P"]
  ]) {
    const set = runGit(["config", key, value], { cwd: root });
    if (!set.ok)
      return set;
  }
  report.push("merge driver: registered in .git/config (each clone runs git-value init once)");
  return ok(void 0);
}
async function addPrepareScript(root, report) {
  const manifest = join(root, "package.json");
  if (!existsSync(manifest))
    return ok(void 0);
  const text = readFileSync(manifest, "utf8");
  let pkg;
  try {
    pkg = JSON.parse(text);
  } catch (error) {
    return fail({
      code: "CONFIG_INVALID",
      file: "package.json",
      message: `package.json is not valid JSON: ${error.message}`,
      fix: "fix package.json, then run git-value init again"
    });
  }
  const prepare = pkg.scripts?.prepare ?? "";
  if (prepare.includes("husky"))
    return ok(void 0);
  pkg.scripts = { ...pkg.scripts, prepare: prepare ? `${prepare} && husky` : "husky" };
  const indent = /^[ \t]+/m.exec(text)?.[0] ?? "  ";
  writeFileSync(manifest, `${JSON.stringify(pkg, null, indent)}
`);
  report.push('package.json: "prepare": "husky" added, so every clone gets the hooks on npm install');
  return ok(void 0);
}
async function writeGithubWorkflows(root, report) {
  const folder = join(root, ".github", "workflows");
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of [
    ["git-value-weekly.yml", weeklyScanWorkflow],
    ["git-value-gate.yml", pullRequestWorkflow]
  ]) {
    const file = join(folder, name);
    if (existsSync(file))
      report.push(`.github/workflows/${name}: ok (kept as it is)`);
    else {
      writeFileSync(file, text);
      report.push(`.github/workflows/${name}: created`);
    }
  }
  return ok(void 0);
}
export {
  run
};
