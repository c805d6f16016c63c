import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  editEntry,
  readIdentity
} from "./chunk-RLS7BTL6.mjs";
import {
  readChanges
} from "./chunk-GLU3NWTY.mjs";
import {
  analyzeFiles,
  enabledAnalyzers
} from "./chunk-37JPPAIL.mjs";
import "./chunk-YOB3AEE7.mjs";
import {
  EMPTY_TREE,
  makeEntryId,
  openWorkspace,
  reconcileEntries
} from "./chunk-ZCCRRCQY.mjs";
import {
  fail
} from "./chunk-GYVGTSYC.mjs";
import {
  EXIT_ERROR,
  formatError,
  painter
} from "./chunk-ZCAWP5S7.mjs";
import "./chunk-K47M3CKE.mjs";
import "./chunk-YX4DYMDN.mjs";
import "./chunk-BQSJ4XNA.mjs";
import "./chunk-XFCS6LDE.mjs";

// dist/src/cli/allow.js
import { parseArgs } from "node:util";
async function run(args, env) {
  const result = await allow(args, env);
  if (!result.ok)
    return {
      exitCode: EXIT_ERROR,
      stdout: "",
      stderr: formatError(result.error, painter(env.color), Boolean(env.env.GIT_VALUE_DEBUG))
    };
  const entry = result.value;
  return {
    exitCode: 0,
    stdout: `allowed ${entry.id} (${entry.ruleId} in ${entry.path}:${entry.line}): "${entry.allow?.reason}", by ${entry.allow?.by} on ${entry.allow?.at}
`,
    stderr: ""
  };
}
async function allow(args, env) {
  let id;
  let reason;
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { reason: { type: "string" } }
    });
    [id] = positionals;
    reason = values.reason?.trim();
  } catch (error) {
    return fail({
      code: "USAGE",
      message: error.message,
      fix: 'git-value allow ID --reason "why this is not a live secret"'
    });
  }
  if (!id || !reason)
    return fail({
      code: "USAGE",
      message: "allow needs a finding id and a reason",
      fix: 'git-value allow ID --reason "why this is not a live secret" (the reason is kept for audits)'
    });
  const workspace = await openWorkspace(env);
  if (!workspace.ok)
    return workspace;
  const { root } = workspace.value.repo;
  const decision = { reason, by: readIdentity(root), at: env.now.toISOString().slice(0, 10) };
  const today = decision.at;
  return editEntry(root, id, (entry) => ({ ...entry, status: "allowed", allow: decision }), () => findStagedFinding(workspace.value, id, today));
}
async function findStagedFinding(workspace, id, today) {
  const { repo } = workspace;
  const changes = await readChanges(repo.root, ["--cached", repo.head ?? EMPTY_TREE], workspace.resolveConfigs);
  if (!changes.ok)
    return void 0;
  const run2 = await analyzeFiles(changes.value.files, changes.value.configFor, (config) => enabledAnalyzers(config, "hook"));
  const finding = run2.findings.find((candidate) => makeEntryId(candidate.ruleId, candidate.path, candidate.fingerprint).startsWith(id));
  if (!finding)
    return void 0;
  return reconcileEntries([], [finding], { firstSeen: today, resolved: { at: today }, isReconciled: () => true })[0];
}
export {
  run
};
