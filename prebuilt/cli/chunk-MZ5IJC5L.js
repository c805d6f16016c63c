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
  configureClone,
  managerInstallCommand,
  planClone,
  planCloneConfig,
  planShared,
  previewSetup,
  recordedSetup,
  runManagerInstall
} from "./chunk-GIE5TSTU.js";
import {
  dependsOnGitValue,
  detectProject,
  isTracked,
  stagePaths
} from "./chunk-BOWFYYC2.js";
import {
  notedProgram
} from "./chunk-75O6IB2E.js";
import "./chunk-MQLSCYTT.js";
import "./chunk-EJHQVVJF.js";
import "./chunk-ZGM3NAP3.js";
import {
  COVERAGE_PATH
} from "./chunk-PDIVDX4P.js";
import {
  findConfigFile
} from "./chunk-UPLQ7UW6.js";
import {
  openRepo
} from "./chunk-MTSRII53.js";
import {
  LEDGER_PATH
} from "./chunk-TNT4O3F4.js";
import {
  readPackageText
} from "./chunk-CJEBQUOT.js";
import "./chunk-BX7BPTSK.js";
import {
  errorOutcome
} from "./chunk-RI75FPAA.js";
import {
  addCommand,
  setupLines,
  setupTexts
} from "./chunk-2M2XAZ6H.js";
import {
  fail,
  ok
} from "./chunk-HUUDYLWZ.js";
import "./chunk-RGYNK77T.js";
import "./chunk-A3QA2ZQT.js";
import "./chunk-ONKLCXXC.js";
import "./chunk-4K3HMJS3.js";

// dist/src/cli/init.js
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

// dist/src/cli/ci-workflows.js
function setup(manager) {
  const checkout = `      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
`;
  const node = (cache) => `      - uses: actions/setup-node@v4
        with:
          node-version: 22
${cache ? `          cache: ${cache}
` : ""}`;
  switch (manager) {
    case "pnpm":
      return {
        steps: `${checkout}      - uses: pnpm/action-setup@v4
${node("pnpm")}      - run: pnpm install --frozen-lockfile
`,
        exec: "pnpm exec git-value"
      };
    case "yarn":
      return {
        steps: `${checkout}${node("yarn")}      - run: yarn install --frozen-lockfile
`,
        exec: "yarn git-value"
      };
    case "npm":
      return { steps: `${checkout}${node("npm")}      - run: npm ci
`, exec: "npx git-value" };
    case "none":
      return { steps: `${checkout}${node("")}      - run: npm install --global git-value
`, exec: "git-value" };
  }
}
function weeklyScanWorkflow(manager) {
  const { steps, exec } = setup(manager);
  return `# git-value: weekly full scan and history scan, SARIF to code scanning, and a pull request with the
# refreshed ledger and backlog.
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
${steps}      - run: ${exec} scan --format sarif --output git-value.sarif
      - uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: git-value.sarif
          category: git-value
      # credentials in the commits since the last weekly run (recorded in .value/history-scan.json; the
      # first run reads every commit): entries to rotate in the ledger, results without a line in SARIF
      - run: ${exec} scan --history --incremental --format sarif --output git-value-history.sarif
      - uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: git-value-history.sarif
          category: git-value-history
      # the visual report, as an artifact of the run (a folder starting with a dot is left out of uploads)
      - run: ${exec} report --html --output git-value-report.html
      - uses: actions/upload-artifact@v4
        with:
          name: git-value-report
          path: git-value-report.html
      - name: Pull request with the refreshed ledger and backlog
        env:
          GH_TOKEN: \${{ github.token }}
        run: |
          if [ -z "$(git status --porcelain -- .value BACKLOG.md)" ]; then
            echo "ledger and backlog unchanged"
            exit 0
          fi
          branch=git-value/weekly-scan
          git config user.name "git-value"
          git config user.email "git-value@users.noreply.github.com"
          git checkout -B "$branch"
          git add .value BACKLOG.md
          git commit --no-verify -m "chore: weekly git-value scan"
          git push --force origin "$branch"
          gh pr create --title "Weekly git-value scan" --body "Refreshed .value/ledger.json and BACKLOG.md." --head "$branch" || echo "pull request already open"
`;
}
function pullRequestWorkflow(manager) {
  const { steps, exec } = setup(manager);
  return `# git-value: the commit gate over every commit of a pull request.
name: git-value gate
on:
  pull_request:
permissions:
  contents: read
jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
${steps}      - name: git-value check --range
        env:
          BASE_REF: \${{ github.base_ref }}
        run: ${exec} check --range "origin/$BASE_REF..HEAD"
`;
}

// dist/src/cli/init.js
var managers = setupTexts.managers;
async function run({ values }, env) {
  const ci = values.ci;
  const repo = openRepo(env.cwd);
  if (!repo.ok)
    return errorOutcome(repo, env);
  const root = repo.value.root;
  const shape = detectProject(root, env.cwd);
  if (!shape.ok)
    return errorOutcome(shape, env);
  const foreign = shape.value.hooksPath;
  if (foreign && foreign.scope !== "local")
    return errorOutcome(fail(setupTexts.globalHooksPath(foreign.scope, foreign.origin, foreign.value)), env);
  const shared = planShared(shape.value, {
    ...findConfigFile(root, root) ? {} : { exampleConfig: readExampleConfig() },
    ...shape.value.manager === "pre-commit" ? { preCommitVersion: preCommitVersion() } : {}
  });
  if (!shared.ok)
    return errorOutcome(shared, env);
  const changes = [...shared.value, ...planClone(shape.value)];
  if (ci)
    changes.push(...planWorkflows(shape.value));
  if (values["dry-run"])
    return previewInit(shape.value, changes, !values["no-scan"] && !hasLedger(root), env);
  const setup2 = recordedSetup(shape.value, changes, () => {
    const configured = configureClone(shape.value, notedProgram());
    return configured.ok ? ok([...runManagerInstall(shape.value), ...configured.value]) : configured;
  });
  if (!setup2.ok)
    return errorOutcome(setup2, env);
  const staged = stagePaths(root, setup2.value.written);
  if (!staged.ok)
    return errorOutcome(staged, env);
  const lines = [
    setupTexts.hookManager(describeManager(shape.value)),
    ...setup2.value.lines,
    ...notes(shape.value),
    setup2.value.written.length > 0 ? setupTexts.stagedSetup(setup2.value.written) : setupTexts.nothingToChange
  ];
  let stderr = setupLines("init", lines);
  if (!values["no-scan"] && !hasLedger(root)) {
    const scan = await import("./chunk-XOHIPQOW.js");
    const scanned = await scan.run({ values: {}, positionals: [] }, { ...env, cwd: root });
    if (scanned.exitCode !== 0)
      return { ...scanned, stderr: stderr + scanned.stderr };
    stderr += scanned.stderr;
    const outputs = [LEDGER_PATH, COVERAGE_PATH, "BACKLOG.md"].filter((path) => existsSync(join(root, path)));
    const shared2 = stagePaths(root, outputs);
    if (!shared2.ok)
      return errorOutcome(shared2, env);
    stderr += setupLines("init", [setupTexts.stagedScan(outputs)]);
  }
  return { exitCode: 0, stdout: "", stderr };
}
async function previewInit(shape, changes, wouldScan, env) {
  const settings = planCloneConfig(shape, notedProgram());
  if (!settings.ok)
    return errorOutcome(settings, env);
  const edits = previewSetup(shape, changes, settings.value);
  if (!edits.ok)
    return errorOutcome(edits, env);
  const manager = managerInstallCommand(shape);
  const steps = [
    setupTexts.hookManager(describeManager(shape)),
    ...manager ? [setupTexts.wouldRunManager(manager)] : [],
    ...wouldScan ? [setupTexts.wouldScan] : []
  ];
  return dryRunOutcome("init", edits.value, steps);
}
function readExampleConfig() {
  return readPackageText(".valuerc.example.json");
}
function preCommitVersion() {
  const child = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
  return /(\d+\.\d+(?:\.\d+)?)/.exec(child.stdout ?? "")?.[1];
}
function hasLedger(root) {
  if (existsSync(join(root, LEDGER_PATH)))
    return true;
  return isTracked(root, LEDGER_PATH);
}
function describeManager(shape) {
  switch (shape.manager) {
    case "husky":
      return managers.husky;
    case "simple-git-hooks":
      return managers.simpleGitHooks(shape.managerConfig === "package.json" ? "package.json#simple-git-hooks" : `${shape.managerConfig}`);
    case "lefthook":
      return managers.lefthook(`${shape.managerConfig}`);
    case "pre-commit":
      return managers.preCommit(`${shape.managerConfig}`);
    case "hooks-folder":
      return managers.hooksFolder(`${shape.hooksPath?.value}`, Boolean(shape.hooksPathTracked));
    case "git-hooks":
      return managers.gitHooks;
  }
}
function notes(shape) {
  const lines = [];
  if (shape.others.length > 0)
    lines.push(setupTexts.alsoSeen(shape.others));
  if (shape.manager === "husky" && !shape.hooksPath)
    lines.push(setupTexts.huskyInactive);
  if (shape.hooksPath && shape.hooksPath.scope !== "local")
    lines.push(setupTexts.hooksPathNotLocal(shape.hooksPath.scope, shape.hooksPath.origin));
  if (shape.manifest && !dependsOnGitValue(shape.manifest))
    lines.push(setupTexts.notADependency(addCommand(shape.packageManager ?? "npm")));
  return lines;
}
function planWorkflows(shape) {
  const manager = shape.manifest ? shape.packageManager ?? "npm" : "none";
  return [
    ["git-value-weekly.yml", weeklyScanWorkflow(manager)],
    ["git-value-gate.yml", pullRequestWorkflow(manager)]
  ].map(([name, text]) => ({ file: join(shape.root, ".github", "workflows", name), text })).filter(({ file }) => !existsSync(file)).map((change) => ({ ...change, shared: true }));
}
export {
  run
};
