import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  editItemOrEntry,
  editOpenEntries,
  readIdentity
} from "./chunk-TMQYNWDU.js";
import "./chunk-4QSM2DIM.js";
import {
  readChanges
} from "./chunk-ZVGO6UVD.js";
import "./chunk-VW4Q3NL6.js";
import {
  EMPTY_TREE,
  makeEntryId,
  openWorkspace,
  reconcileEntries,
  runGitText
} from "./chunk-SHS6TC54.js";
import {
  fail,
  ok
} from "./chunk-JDFRV7HZ.js";
import {
  EXIT_ERROR,
  allowedMany,
  formatError,
  painter
} from "./chunk-TL476QTD.js";
import {
  analyzeFiles,
  enabledAnalyzers
} from "./chunk-PDHTRY3U.js";
import "./chunk-IV5GIZ6B.js";
import {
  compileGlobs
} from "./chunk-27A3QD7K.js";
import "./chunk-UGXMGD3O.js";
import "./chunk-BG2DLXK5.js";
import "./chunk-PPIWG3NF.js";
import {
  touches
} from "./chunk-4THWTKPR.js";
import "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/cli/allow.js
import { parseArgs } from "node:util";

// dist/src/git/commit-list.js
function listUnpushedCommits(cwd, limit) {
  return listCommits(cwd, ["HEAD", "--not", "--remotes"], limit);
}
function listRecentCommits(cwd, limit) {
  return listCommits(cwd, ["HEAD"], limit);
}
function listCommits(cwd, revisions, limit) {
  const listed = runGitText(["rev-list", `--max-count=${limit}`, ...revisions], { cwd, okCodes: [128] });
  if (!listed.ok)
    return listed;
  return ok(listed.value.split("\n").filter((line) => /^[0-9a-f]{40,64}$/.test(line)));
}
function firstParentOf(cwd, commit) {
  const parent = runGitText(["rev-parse", "-q", "--verify", `${commit}^1`], { cwd, okCodes: [1] });
  if (!parent.ok)
    return parent;
  return ok(parent.value.trim() || EMPTY_TREE);
}

// dist/src/workflow/find-in-commits.js
async function findFindingAddedBy(root, commits, id, resolveConfigs) {
  for (const commit of commits) {
    const parent = firstParentOf(root, commit);
    if (!parent.ok)
      return parent;
    const changes = await readChanges(root, [parent.value, commit], resolveConfigs);
    if (!changes.ok)
      return changes;
    const run2 = await analyzeFiles(changes.value.files, changes.value.configFor, (config) => enabledAnalyzers(config, "hook"));
    const added = new Map(changes.value.files.map((file) => [file.path, file.added]));
    const found = run2.findings.find((finding) => makeEntryId(finding.ruleId, finding.path, finding.fingerprint).startsWith(id) && touches(added.get(finding.path) ?? [], finding.line, finding.endLine ?? finding.line));
    if (found)
      return ok(found);
  }
  return ok(void 0);
}

// dist/src/cli/allow.js
var UNPUSHED_LIMIT = 200;
var RECENT_LIMIT = 50;
var FAMILIES = ["secret", "vuln", "debt", "quality", "perf", "modern"];
var USAGE_FIX = 'git-value allow ID --reason "why" or git-value allow --all --reason "why" [--family F] [--rule R] [--path GLOB]';
async function run(args, env) {
  const paint = painter(env.color);
  const debug = Boolean(env.env.GIT_VALUE_DEBUG);
  const options = parseAllowArgs(args);
  if (!options.ok)
    return { exitCode: EXIT_ERROR, stdout: "", stderr: formatError(options.error, paint, debug) };
  if (options.value.all) {
    const result2 = await allowAll(options.value, env);
    if (!result2.ok)
      return { exitCode: EXIT_ERROR, stdout: "", stderr: formatError(result2.error, paint, debug) };
    return { exitCode: 0, stdout: allowedMany(result2.value, options.value), stderr: "" };
  }
  const result = await allowOne(options.value, env);
  if (!result.ok)
    return { exitCode: EXIT_ERROR, stdout: "", stderr: formatError(result.error, paint, debug) };
  const { entries, itemId } = result.value;
  const entry = entries[0];
  const what = itemId ? `${itemId} (${entry.ruleId} in ${entry.path}: ${entries.length} finding${entries.length === 1 ? "" : "s"})` : `${entry.id} (${entry.ruleId} in ${entry.path}:${entry.line})`;
  return {
    exitCode: 0,
    stdout: `allowed ${what}: "${entry.allow?.reason}", by ${entry.allow?.by} on ${entry.allow?.at}
`,
    stderr: ""
  };
}
function parseAllowArgs(args) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        reason: { type: "string" },
        all: { type: "boolean" },
        family: { type: "string" },
        rule: { type: "string" },
        path: { type: "string" }
      }
    });
  } catch (error) {
    return fail({ code: "USAGE", message: error.message, fix: USAGE_FIX });
  }
  const { values, positionals } = parsed;
  const reason = values.reason?.trim();
  const all = Boolean(values.all);
  const filtered = values.family !== void 0 || values.rule !== void 0 || values.path !== void 0;
  if (!reason || (all ? positionals.length > 0 : positionals.length !== 1 || filtered))
    return fail({
      code: "USAGE",
      message: all ? "allow --all takes no id, and needs a reason" : filtered ? "--family, --rule and --path select findings for allow --all" : "allow needs a finding id and a reason",
      fix: `${USAGE_FIX} (the reason is kept for audits)`
    });
  if (values.family !== void 0 && !FAMILIES.includes(values.family))
    return fail({
      code: "USAGE",
      message: `unknown family '${values.family}'`,
      fix: `use one of ${FAMILIES.join(", ")}`
    });
  const options = { reason, all };
  if (positionals[0] !== void 0)
    options.id = positionals[0];
  if (values.family !== void 0)
    options.family = values.family;
  if (values.rule !== void 0)
    options.rule = values.rule;
  if (values.path !== void 0)
    options.path = values.path;
  return ok(options);
}
function decisionOf(options, root, env) {
  return { reason: options.reason, by: readIdentity(root), at: env.now.toISOString().slice(0, 10) };
}
async function allowOne(options, env) {
  const workspace = await openWorkspace(env);
  if (!workspace.ok)
    return workspace;
  const id = options.id;
  const { root } = workspace.value.repo;
  const decision = decisionOf(options, root, env);
  return editItemOrEntry(root, id, (entry) => ({ ...entry, status: "allowed", allow: decision }), {
    insertIfMissing: () => findUnrecordedFinding(workspace.value, id, decision.at),
    pick: (entry) => entry.status === "open"
  });
}
async function allowAll(options, env) {
  const workspace = await openWorkspace(env);
  if (!workspace.ok)
    return workspace;
  const { root } = workspace.value.repo;
  const decision = decisionOf(options, root, env);
  const inPath = options.path ? compileGlobs([options.path]) : () => true;
  return editOpenEntries(root, (entry) => (!options.family || entry.ruleId.split("/")[0] === options.family) && (!options.rule || entry.ruleId.startsWith(options.rule)) && inPath(entry.path), (entry) => ({ ...entry, status: "allowed", allow: decision }));
}
async function findUnrecordedFinding(workspace, id, today) {
  const { repo } = workspace;
  const toEntry = (finding) => reconcileEntries([], [finding], { firstSeen: today, resolved: { at: today }, isReconciled: () => true })[0];
  const changes = await readChanges(repo.root, ["--cached", repo.head ?? EMPTY_TREE], workspace.resolveConfigs);
  if (changes.ok) {
    const run2 = await analyzeFiles(changes.value.files, changes.value.configFor, (config) => enabledAnalyzers(config, "hook"));
    const staged = run2.findings.find((candidate) => makeEntryId(candidate.ruleId, candidate.path, candidate.fingerprint).startsWith(id));
    if (staged)
      return toEntry(staged);
  }
  if (!repo.head)
    return void 0;
  const searched = /* @__PURE__ */ new Set();
  for (const list of [listUnpushedCommits(repo.root, UNPUSHED_LIMIT), listRecentCommits(repo.root, RECENT_LIMIT)]) {
    const commits = list.ok ? list.value.filter((commit) => !searched.has(commit)) : [];
    for (const commit of commits)
      searched.add(commit);
    const found = await findFindingAddedBy(repo.root, commits, id, workspace.resolveConfigs);
    if (found.ok && found.value)
      return toEntry(found.value);
  }
  return void 0;
}
export {
  run
};
