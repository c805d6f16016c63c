import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  makeEntryId
} from "./chunk-HUUDYLWZ.js";

// dist/src/cli/messages.js
function formatError(error, paint, debug) {
  const lines = [`${paint("red", "git-value:")} ${error.message}`, `${paint("bold", "fix:")} ${error.fix}`];
  if (debug && error.cause)
    lines.push(`cause: ${error.cause}`);
  return `${lines.join("\n")}
`;
}
function passedAsDemo(passed, listed = 10) {
  if (passed.length === 0)
    return "";
  const lines = [
    `git-value: passed ${passed.length} demo value${passed.length === 1 ? "" : "s"} (credential-shaped, not blocking, not recorded):`,
    ...passed.slice(0, listed).map((finding) => `  ${finding.path}:${finding.line}  ${finding.ruleId}: ${finding.facts?.demo}`)
  ];
  if (passed.length > listed)
    lines.push(`  and ${passed.length - listed} more (GIT_VALUE_DEBUG=1 lists them all)`);
  return `${lines.join("\n")}
`;
}
var passedAsDemoCount = (count) => `git-value: ${count} demo value${count === 1 ? "" : "s"} passed (credential-shaped, not recorded; GIT_VALUE_DEBUG=1 lists them with why)
`;
function formatNotes(shown, hidden = []) {
  const skipped = hidden.filter((note) => note.kind === "skipped-file").length;
  const others = hidden.length - skipped;
  const counts = [
    skipped > 0 ? `${skipped} binary or special files skipped` : "",
    others > 0 ? `${others} more note${others === 1 ? "" : "s"}` : ""
  ].filter(Boolean);
  return shown.map((note) => `git-value: note: ${note.text}
`).join("") + (counts.length > 0 ? `git-value: ${counts.join(", ")} (GIT_VALUE_DEBUG=1 lists them)
` : "");
}
function treeScanned(scan) {
  const [ledger, ...reports] = scan.written;
  const megabytes = (scan.bytes / 1024 / 1024).toFixed(1);
  return scan.recovered.map((note) => `git-value: ${note}
`).join("") + `git-value: scanned ${scan.files} files (${megabytes} MB) in ${scan.seconds.toFixed(1)}s: ${scan.open} open findings; wrote ${ledger} and ${reports.join(", ")}
`;
}
function historyScanned(scan) {
  const range = scan.since ? `commits since ${scan.since.slice(0, 12)}` : "commits";
  return `git-value: scanned ${scan.commits} ${range} in ${scan.seconds.toFixed(1)}s: ${scan.open} credentials in history to rotate (${scan.gone} no longer in the tree); wrote ${scan.written.join(", ")}
` + (scan.open ? `git-value: rotate each, then record it: git-value allow ID --reason "rotated on ${scan.today}"
` : "") + scan.notes.map((note) => `git-value: note: ${note}
`).join("");
}
function unknownCommand(name) {
  return `git-value: unknown command '${name}'
fix: run 'git-value --help' for the list of commands
`;
}
function internalError(error) {
  const message = error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : "unknown error";
  return `git-value: internal error (${message})
fix: run again with GIT_VALUE_DEBUG=1 and report it
`;
}
var wroteFile = (path) => `git-value: wrote ${path}
`;
function noSuchId(id, candidates) {
  return {
    code: "NOT_FOUND",
    message: `no finding with id '${id}'${candidates.length > 1 ? " (ambiguous)" : ""}`,
    fix: candidates.length > 1 ? `give more of the id: ${candidates.slice(0, 3).join(", ")}` : "copy an id from 'git-value backlog'"
  };
}
var mergeLeftConflicted = (error, withFix) => `git-value merge-driver: ${error.message}; left as a conflict
${withFix ? `fix: ${error.fix}
` : ""}`;
function mergeConflicted(name, ids) {
  const entries = `${ids.length} entr${ids.length === 1 ? "y" : "ies"}`;
  return `${entries} of ${name} carry contradicting decisions (${ids.join(", ")}); keep one side of each, then 'git add ${name}'
`;
}
var mergedCleanly = (name) => `${name}: both sides merge cleanly
`;
function removalLine(label, action, dryRun) {
  switch (action) {
    case "changed since init":
      return `${label}: changed since init, so only git-value's part ${dryRun ? "would be" : "is"} removed`;
    case "part removed":
      return `${label}: git-value's part ${dryRun ? "would be " : ""}removed`;
    default:
      return `${label}: ${dryRun ? "would be " : ""}${action}`;
  }
}
var stagedRemoval = (paths) => `staged ${paths.join(", ")}: commit them to share the removal`;
var keptHistory = (paths) => `kept ${paths.join(", ")} (the history of your findings); delete them with 'git rm -r .value BACKLOG.md' if you do not want them`;
var nothingInstalled = "nothing of git-value was installed here";
var wouldRemoveOwnState = "would remove .git/git-value (git-value's install record and caches) and stage the shared files it changes";
var dryRunClosing = (changed) => changed ? "dry run: nothing was written" : "dry run: nothing to change";
var setupLines = (command, lines) => lines.map((line) => `git-value ${command}: ${line}
`).join("");
var blockedWhy = "A credential committed to git stays in its history after you delete it: anyone with a clone has it.";
function blockedWaysOut(firstId, cli) {
  return [
    "1. Remove it from the staged file (read it from an environment variable or a secret manager), then `git add` the file again.",
    `2. If it is not a live secret (test data, a revoked key): ${cli} allow ${firstId} --reason "why"`,
    "   or end that line (or the line above) with a `git-value:allow <why>` comment; the text after it is kept as the reason."
  ];
}
function reportNotIgnored(path) {
  return `git-value: note: ${path} is not ignored by git; it is generated, so keep it out of commits: echo '${path}' >> .gitignore
`;
}
function historyWaysOut(first, cli) {
  const commit = first.commit.slice(0, 12);
  return [
    "These commits are already made: a new commit that deletes the line still pushes the value in the commits before it.",
    "1. If it is a live secret, rotate it first (revoke it where it was issued and use a new one): anyone who fetched it has it.",
    "2. Rewrite the commits that are not pushed yet so that none of them holds it, then push again:",
    first.isLast ? `   - it is in the last commit (${commit}): remove it, \`git add\` the file, then \`git commit --amend\`` : `   - it was added in ${commit}: \`git rebase -i ${commit}^\`, mark that commit "edit", remove it, \`git add\` the file, \`git commit --amend\`, \`git rebase --continue\``,
    "   - in many commits or files: `git filter-repo --replace-text <file of values>` (https://github.com/newren/git-filter-repo)",
    `3. If it is not a live secret (test data, a revoked key): ${cli} allow ${first.id} --reason "why"`,
    "   then commit .value/ledger.json and push again."
  ];
}
function doneButNotResolved(entry) {
  if (entry.status === "open")
    return `git-value: note: ${entry.id} is still open in the ledger: commit the change that removes it (the hook marks it resolved then); the hours are kept either way.
`;
  if (entry.status === "allowed")
    return `git-value: note: ${entry.id} is allowed, not fixed: the hours are recorded for calibration all the same.
`;
  return "";
}
function allowedMany(entries, filters, dryRun = false) {
  const chosen = [
    filters.family && `family ${filters.family}`,
    filters.rule && `rule ${filters.rule}*`,
    filters.path && `path ${filters.path}`
  ].filter(Boolean);
  const scope = chosen.length > 0 ? ` (${chosen.join(", ")})` : "";
  const first = entries[0]?.allow;
  if (!first)
    return `nothing to allow: no open finding in .value/ledger.json${scope} (run 'git-value scan' first to record the existing ones)
`;
  const byFamily = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const family = entry.ruleId.split("/")[0];
    byFamily.set(family, (byFamily.get(family) ?? 0) + 1);
  }
  const counts = [...byFamily].map(([family, count]) => `${family} ${count}`).join(", ");
  const said = `${entries.length} open finding${entries.length === 1 ? "" : "s"}${scope}: ${counts}; "${first.reason}", by ${first.by} on ${first.at}`;
  return dryRun ? `would allow ${said}
` : `allowed ${said}
the ledger change is staged: commit .value/ledger.json to share the baseline
`;
}
function allowedOne(edit, dryRun = false) {
  const entry = edit.entries[0];
  if (!entry)
    return "";
  const count = edit.entries.length;
  const what = edit.itemId ? `${edit.itemId} (${entry.ruleId} in ${entry.path}: ${count} finding${count === 1 ? "" : "s"})` : `${entry.id} (${entry.ruleId} in ${entry.path}:${entry.line})`;
  return `${dryRun ? "would allow" : "allowed"} ${what}: "${entry.allow?.reason}", by ${entry.allow?.by} on ${entry.allow?.at}
`;
}
function recordedHours(edit, dryRun = false) {
  const entry = edit.entries[0];
  if (!entry)
    return "";
  const estimate = edit.entries.length === 1 ? `estimated ${entry.effortHours} h` : `${edit.entries.length} findings`;
  return `${dryRun ? "would record" : "recorded"} ${entry.done?.hours} h for ${edit.itemId ?? entry.id} (${estimate})
`;
}
function preCommitReadOnly(cli) {
  return `git-value: running under the pre-commit framework (PRE_COMMIT=1): the ledger is left unchanged; run \`${cli} scan\` to update .value/ledger.json.`;
}
function addCommand(manager) {
  return {
    npm: "npm install --save-dev git-value",
    pnpm: "pnpm add --save-dev git-value (with -w at a workspace root)",
    yarn: "yarn add --dev git-value"
  }[manager];
}
var usageTexts = {
  checkMode: "check needs --staged, --range A..B or --pre-push",
  allowAllArguments: "allow --all takes no id, and needs a reason",
  allowFilters: "--family, --rule and --path select findings for allow --all",
  allowArguments: "allow needs a finding id and a reason",
  allowFix: (synopsis) => `${synopsis} (the reason is kept for audits)`,
  doneHours: "done needs the hours the item took (a positive number)",
  doneFix: "git-value done ID --hours 1.5",
  historyOnly: "--since, --incremental and --merges go with --history",
  sinceOrIncremental: "give --since or --incremental, not both",
  discardWithRebuild: "--discard-unreadable goes with --rebuild",
  rebuildNotHistory: "--rebuild rebuilds the tree's entries: run it without --history",
  unknownChoice: (name, value) => `unknown value '${value}' for --${name}`,
  missingArguments: (command, names) => `${command} needs ${names.join(" ")}`,
  tooManyArguments: (command, max, extra) => `${command} takes ${max === 0 ? "no arguments" : `at most ${max} argument${max === 1 ? "" : "s"}`} (got '${extra}')`
};
function blockedMessage(blocking, paint, waysOut, scope = "this commit") {
  const lines = [
    `${paint(["red", "bold"], "git-value: blocked")} \u2014 ${scope} adds ${blocking.length} security finding${blocking.length === 1 ? "" : "s"}:`,
    ""
  ];
  for (const { finding, score, commit } of blocking) {
    const id = makeEntryId(finding.ruleId, finding.path, finding.fingerprint);
    lines.push(`  ${paint("bold", `${finding.path}:${finding.line}`)}  ${finding.ruleId}  ${finding.evidence ?? ""}`.trimEnd());
    lines.push(`    ${finding.title} \u2014 score ${Math.round(score)} reaches block.minScore`);
    lines.push(`    id: ${id}${commit ? `  commit: ${commit.slice(0, 12)}` : ""}`);
  }
  lines.push("", blockedWhy, ...waysOut, "");
  return lines.join("\n");
}
var pushScope = "the commits being pushed";
var rangeScope = (commits, range) => `${commits} commit(s) in ${range}`;
var prefixedLines = (lines) => lines.map((line) => `git-value: ${line}
`).join("");
var stagedCounts = (files, findings) => `git-value: ${files} files analysed, ${findings} findings
`;
var commitsChecked = (commits) => `git-value: ${commits} commits checked
`;
var refreshTexts = {
  noHead: "git-value: nothing to refresh before the first commit\n",
  noBase: (since) => `git-value: ${since} does not exist, nothing to refresh (run 'git-value scan' to rebuild everything)
`,
  deferred: (since, carried) => carried.length > 0 ? `git-value: refreshed after ${since}; your next commit carries ${carried.join(", ")} (the work tree stays clean until then)
` : `git-value: refreshed after ${since}; nothing changed
`,
  refreshed: (files, written) => `git-value: refreshed ${files} changed file(s); ${written.join(", ")} updated
`
};
var setupTexts = {
  globalHooksPath: (scope, origin, folder) => ({
    code: "CONFIG_INVALID",
    message: `core.hooksPath is set in your ${scope} git config (${origin}): hooks there run for every repository, so git-value does not write into them`,
    fix: `add 'sh .value/bin/git-value check --staged' to ${folder}/pre-commit yourself (see the README), or give this repository its own hooks folder, then run git-value init again`
  }),
  hookManager: (described) => `hook manager: ${described}`,
  stagedSetup: (paths) => `staged ${paths.join(", ")}: commit them to share the setup`,
  nothingToChange: "nothing to change: the setup was already in place",
  stagedScan: (paths) => `staged ${paths.join(", ")}: commit them with the setup`,
  wouldRunManager: (command) => `would run '${command}' so the manager rewrites its hooks`,
  wouldScan: "would run the first scan (no ledger yet): .value/ledger.json, .value/coverage.json, BACKLOG.md",
  managers: {
    husky: "husky (git-value adds its line to each .husky/<hook>)",
    simpleGitHooks: (where) => `simple-git-hooks (git-value adds its commands to ${where})`,
    lefthook: (config) => `lefthook (git-value adds a 'git-value' command to each hook in ${config})`,
    preCommit: (config) => `the pre-commit framework (git-value adds a 'repo: local' entry to ${config})`,
    hooksFolder: (folder, tracked) => `core.hooksPath = ${folder} (${tracked ? "committed scripts: git-value adds its line" : "git-value chains to the hooks there"})`,
    gitHooks: "plain git hooks (git-value installs its own, running any hook that was there after it)"
  },
  alsoSeen: (others) => `also seen: ${others.join(", ")} (not the one git runs here: left as they are)`,
  huskyInactive: "husky is not active in this clone: run 'npx husky' (its prepare script does it on install)",
  hooksPathNotLocal: (scope, origin) => `core.hooksPath comes from your ${scope} git config (${origin}): git-value installed into that folder's hooks for this repository only if it is this repository's; see 'git-value doctor'`,
  notADependency: (add) => `git-value is not a dependency of package.json: add it so every clone gets it (${add})`,
  installOutsideRepo: "git-value install: not inside a git work tree, nothing to do\n",
  installHooksPathNotLocal: (scope) => `core.hooksPath comes from your ${scope} git config: run 'git-value doctor'`,
  installDone: "git-value install: this clone is set up\n"
};
var reportClientMissing = {
  code: "NOT_FOUND",
  message: "the report's browser code (report-client.js) is missing from this installation",
  fix: "reinstall git-value, or run `npm run build` in its checkout"
};
function timingLine(phase, stepMs, totalMs, memory) {
  const mb = (bytes) => Math.round(bytes / 1048576);
  return `git-value: ${phase} +${stepMs.toFixed(1)}ms (${totalMs.toFixed(1)}ms total, rss ${mb(memory.rss)} MB, heap ${mb(memory.heapUsed)}/${mb(memory.heapTotal)} MB, buffers ${mb(memory.arrayBuffers)} MB, external ${mb(memory.external)} MB)
`;
}
var doctorTexts = {
  node: (version) => `${version} (needs 20.17 or later)`,
  gitMissing: "not found",
  launcherMissing: (path) => `${path} is missing`,
  runInit: "git-value init",
  runInstall: "git-value install",
  defaultConfig: "defaults (no .valuerc found)",
  noLedger: "none yet (run 'git-value scan')",
  ledgerEntries: (count, pendingRefresh) => `${count} entries${pendingRefresh ? "; the next commit carries a refresh made after a merge or rebase" : ""}`,
  problems: (count) => `git-value doctor: ${count} problem(s)
`,
  checkLine: (check) => `${check.ok ? "\u2713" : "\u2717"} ${check.name}: ${check.detail}${check.ok || !check.fix ? "" : `
    fix: ${check.fix}`}`,
  hookReached: (argv) => `git ran it and it reached git-value (${argv.join(" ")})`,
  hookName: (hook, worktree) => `${hook}${worktree ? ` (worktree ${worktree})` : ""}`,
  noHook: (file, linked) => `git finds no hook at ${file}, so nothing runs${linked ? " in this worktree" : ""}`,
  hookMissedUs: (file, status, output) => `git ran ${file} but it did not reach git-value (exit ${status}${output})`,
  hookFixes: {
    notInstalled: "install the project\u2019s dependencies here (npm install, pnpm install or yarn), or npm install -g git-value",
    linked: "run 'git-value install' in the main work tree (linked worktrees then use its hooks)",
    huskyActive: "git-value init (adds its line to .husky/<hook>)",
    huskyInactive: "npx husky (activates husky in this clone), then git-value init",
    simpleGitHooks: "git-value init (adds git-value to the simple-git-hooks config), then npx simple-git-hooks",
    lefthook: "git-value init (adds git-value to the lefthook config), then lefthook install",
    preCommit: "git-value init, then pre-commit install (it installs every hook type in default_install_hook_types)",
    gitHooks: "git-value install (re-adds the hooks of this clone; a hook that was there runs after ours)"
  },
  mergeDriver: "merge driver",
  /** The merge probe's own ledgers: the entries' title, and the name a parse error would give it. */
  probeTitle: "doctor probe",
  probeLedger: "the merged test ledger",
  driverNotRegistered: "not registered in this clone",
  attributeMissing: (path) => `.gitattributes does not send ${path} to it`,
  mergedProbe: (command) => `merged a test ledger through '${command}' (both sides and the allow kept)`,
  probeNotMerged: (command, status, output) => `'${command}' did not merge a test ledger (exit ${status}${output})`,
  driverNotFound: "install git-value where the launcher finds it (the project\u2019s dependencies, or npm install -g git-value)",
  driverNotLaunched: "git-value install (registers the driver through the launcher)"
};

export {
  formatError,
  passedAsDemo,
  passedAsDemoCount,
  formatNotes,
  treeScanned,
  historyScanned,
  unknownCommand,
  internalError,
  wroteFile,
  noSuchId,
  mergeLeftConflicted,
  mergeConflicted,
  mergedCleanly,
  removalLine,
  stagedRemoval,
  keptHistory,
  nothingInstalled,
  wouldRemoveOwnState,
  dryRunClosing,
  setupLines,
  blockedWaysOut,
  reportNotIgnored,
  historyWaysOut,
  doneButNotResolved,
  allowedMany,
  allowedOne,
  recordedHours,
  preCommitReadOnly,
  addCommand,
  usageTexts,
  blockedMessage,
  pushScope,
  rangeScope,
  prefixedLines,
  stagedCounts,
  commitsChecked,
  refreshTexts,
  setupTexts,
  reportClientMissing,
  timingLine,
  doctorTexts
};
