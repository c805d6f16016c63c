import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  configureClone,
  planClone,
  planShared,
  recordedSetup,
  runManagerInstall
} from "./chunk-CDLJB47V.js";
import {
  dependsOnGitValue,
  detectProject,
  stagePaths
} from "./chunk-6SOXSWPA.js";
import {
  errorOutcome
} from "./chunk-LHQBOPRQ.js";
import {
  COVERAGE_PATH
} from "./chunk-T72P2NL2.js";
import {
  readPackageText
} from "./chunk-ERLR2NR4.js";
import "./chunk-4QSM2DIM.js";
import "./chunk-P7OXN2SN.js";
import {
  notedProgram
} from "./chunk-75O6IB2E.js";
import "./chunk-VW4Q3NL6.js";
import {
  findConfigFile,
  openRepo,
  runGit
} from "./chunk-SHS6TC54.js";
import {
  LEDGER_PATH,
  fail,
  ok
} from "./chunk-JDFRV7HZ.js";
import "./chunk-BX7BPTSK.js";
import "./chunk-R7BXTBGS.js";
import {
  addCommand
} from "./chunk-TL476QTD.js";
import "./chunk-IV5GIZ6B.js";
import "./chunk-27A3QD7K.js";
import "./chunk-UGXMGD3O.js";
import "./chunk-BG2DLXK5.js";
import "./chunk-PPIWG3NF.js";
import "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/cli/init.js
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

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
  return `# git-value: weekly full scan, SARIF to code scanning, and a pull request with the refreshed backlog.
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
          if git diff --quiet -- .value BACKLOG.md; then
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
async function run(args, env) {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { "no-scan": { type: "boolean" }, ci: { type: "string" } } }));
  } catch (error) {
    return errorOutcome(fail({ code: "USAGE", message: error.message, fix: "git-value init [--no-scan] [--ci github]" }), env);
  }
  const ci = values.ci;
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
  const shape = detectProject(root, env.cwd);
  if (!shape.ok)
    return errorOutcome(shape, env);
  const foreign = shape.value.hooksPath;
  if (foreign && foreign.scope !== "local")
    return errorOutcome(fail({
      code: "CONFIG_INVALID",
      message: `core.hooksPath is set in your ${foreign.scope} git config (${foreign.origin}): hooks there run for every repository, so git-value does not write into them`,
      fix: `add 'sh .value/bin/git-value check --staged' to ${foreign.value}/pre-commit yourself (see the README), or give this repository its own hooks folder, then run git-value init again`
    }), env);
  const shared = planShared(shape.value, {
    ...findConfigFile(root, root) ? {} : { exampleConfig: readExampleConfig() },
    ...shape.value.manager === "pre-commit" ? { preCommitVersion: preCommitVersion() } : {}
  });
  if (!shared.ok)
    return errorOutcome(shared, env);
  const changes = [...shared.value, ...planClone(shape.value)];
  if (ci)
    changes.push(...planWorkflows(shape.value));
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
    `hook manager: ${describeManager(shape.value)}`,
    ...setup2.value.lines,
    ...notes(shape.value),
    setup2.value.written.length > 0 ? `staged ${setup2.value.written.join(", ")}: commit them to share the setup` : "nothing to change: the setup was already in place"
  ];
  let stderr = lines.map((line) => `git-value init: ${line}
`).join("");
  if (!values["no-scan"] && !hasLedger(root)) {
    const scan = await import("./chunk-4P2XCMFN.js");
    const scanned = await scan.run([], { ...env, cwd: root });
    if (scanned.exitCode !== 0)
      return { ...scanned, stderr: stderr + scanned.stderr };
    stderr += scanned.stderr;
    const outputs = [LEDGER_PATH, COVERAGE_PATH, "BACKLOG.md"].filter((path) => existsSync(join(root, path)));
    const shared2 = stagePaths(root, outputs);
    if (!shared2.ok)
      return errorOutcome(shared2, env);
    stderr += `git-value init: staged ${outputs.join(", ")}: commit them with the setup
`;
  }
  return { exitCode: 0, stdout: "", stderr };
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
  const staged = runGit(["cat-file", "-e", `:${LEDGER_PATH}`], { cwd: root, okCodes: [128] });
  return staged.ok && staged.value.status === 0;
}
function describeManager(shape) {
  switch (shape.manager) {
    case "husky":
      return "husky (git-value adds its line to each .husky/<hook>)";
    case "simple-git-hooks":
      return `simple-git-hooks (git-value adds its commands to ${shape.managerConfig === "package.json" ? "package.json#simple-git-hooks" : shape.managerConfig})`;
    case "lefthook":
      return `lefthook (git-value adds a 'git-value' command to each hook in ${shape.managerConfig})`;
    case "pre-commit":
      return `the pre-commit framework (git-value adds a 'repo: local' entry to ${shape.managerConfig})`;
    case "hooks-folder":
      return `core.hooksPath = ${shape.hooksPath?.value} (${shape.hooksPathTracked ? "committed scripts: git-value adds its line" : "git-value chains to the hooks there"})`;
    case "git-hooks":
      return "plain git hooks (git-value installs its own, running any hook that was there after it)";
  }
}
function notes(shape) {
  const lines = [];
  if (shape.others.length > 0)
    lines.push(`also seen: ${shape.others.join(", ")} (not the one git runs here: left as they are)`);
  if (shape.manager === "husky" && !shape.hooksPath)
    lines.push("husky is not active in this clone: run 'npx husky' (its prepare script does it on install)");
  if (shape.hooksPath && shape.hooksPath.scope !== "local")
    lines.push(`core.hooksPath comes from your ${shape.hooksPath.scope} git config (${shape.hooksPath.origin}): git-value installed into that folder's hooks for this repository only if it is this repository's; see 'git-value doctor'`);
  if (shape.manifest && !dependsOnGitValue(shape.manifest))
    lines.push(`git-value is not a dependency of package.json: add it so every clone gets it (${addCommand(shape.packageManager ?? "npm")})`);
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
