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
} from "./chunk-VVM4JZ4T.js";
import {
  dryRunOutcome
} from "./chunk-2DX2QFNP.js";
import {
  readChanges
} from "./chunk-W3HHBYGT.js";
import {
  firstParentOf,
  listRecentCommits,
  listUnpushedCommits
} from "./chunk-VEH5XF4C.js";
import "./chunk-3SSG65XT.js";
import "./chunk-L42DG4D7.js";
import {
  openWorkspace
} from "./chunk-H44W4G64.js";
import {
  reconcileEntries
} from "./chunk-AP6QHR2Z.js";
import "./chunk-UPLQ7UW6.js";
import {
  EMPTY_TREE
} from "./chunk-MTSRII53.js";
import "./chunk-TNT4O3F4.js";
import {
  allowCommand,
  synopsis,
  usageError
} from "./chunk-TRQOWQSB.js";
import {
  errorOutcome
} from "./chunk-RI75FPAA.js";
import {
  allowedMany,
  allowedOne,
  usageTexts
} from "./chunk-2M2XAZ6H.js";
import {
  makeEntryId,
  ok
} from "./chunk-HUUDYLWZ.js";
import {
  analyzeFiles,
  enabledAnalyzers
} from "./chunk-CM6QQNYP.js";
import "./chunk-RYSKVT2F.js";
import {
  compileGlobs
} from "./chunk-27A3QD7K.js";
import "./chunk-RGYNK77T.js";
import "./chunk-UUPKITBT.js";
import "./chunk-A3QA2ZQT.js";
import "./chunk-ONKLCXXC.js";
import {
  touches
} from "./chunk-OZTETU2B.js";
import "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

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
async function run(args, env) {
  const options = allowOptions(args);
  if (!options.ok)
    return errorOutcome(options, env);
  const { all, dryRun } = options.value;
  const result = all ? await allowAll(options.value, env) : await allowOne(options.value, env);
  if (!result.ok)
    return errorOutcome(result, env);
  const said = all ? allowedMany(result.value.entries, options.value, dryRun) : allowedOne(result.value, dryRun);
  if (dryRun)
    return dryRunOutcome("allow", [result.value.preview], [said.trimEnd()]);
  return { exitCode: 0, stdout: said, stderr: "" };
}
function allowOptions({ values, positionals }) {
  const reason = values.reason?.trim();
  const all = Boolean(values.all);
  const filtered = values.family !== void 0 || values.rule !== void 0 || values.path !== void 0;
  if (!reason || (all ? positionals.length > 0 : positionals.length !== 1 || filtered))
    return usageError(allowCommand, all ? usageTexts.allowAllArguments : filtered ? usageTexts.allowFilters : usageTexts.allowArguments, usageTexts.allowFix(synopsis(allowCommand).join(" or ")));
  const options = { reason, all, dryRun: Boolean(values["dry-run"]) };
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
  return editItemOrEntry(workspace.value.repo, id, (entry) => ({ ...entry, status: "allowed", allow: decision }), {
    insertIfMissing: () => findUnrecordedFinding(workspace.value, id, decision.at),
    pick: (entry) => entry.status === "open",
    dryRun: options.dryRun
  });
}
async function allowAll(options, env) {
  const workspace = await openWorkspace(env);
  if (!workspace.ok)
    return workspace;
  const { root } = workspace.value.repo;
  const decision = decisionOf(options, root, env);
  const inPath = options.path ? compileGlobs([options.path]) : () => true;
  return editOpenEntries(workspace.value.repo, (entry) => (!options.family || entry.ruleId.split("/")[0] === options.family) && (!options.rule || entry.ruleId.startsWith(options.rule)) && inPath(entry.path), (entry) => ({ ...entry, status: "allowed", allow: decision }), options.dryRun);
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
