import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  commandForPeople
} from "./chunk-75O6IB2E.js";
import {
  noteCredentialShapes,
  readChanges
} from "./chunk-W3HHBYGT.js";
import {
  createTimer
} from "./chunk-RN7VGT6R.js";
import {
  carryPendingRefresh,
  hasPendingRefresh
} from "./chunk-ZICIA64G.js";
import {
  allowedByDecision,
  gatedAnalyzers,
  keyOf,
  selectBlocking
} from "./chunk-KVGWCJT3.js";
import {
  firstParentOf,
  hasCommit,
  listCommitsOldestFirst
} from "./chunk-VEH5XF4C.js";
import {
  decodeBlob
} from "./chunk-L42DG4D7.js";
import {
  openWorkspace
} from "./chunk-H44W4G64.js";
import {
  checkStagedLedger,
  closeLedgerSource,
  editLedger,
  entriesContaining,
  openLedger,
  readBlobs,
  readObjectsInOrder,
  replaceEntries,
  withLedgerLock
} from "./chunk-AP6QHR2Z.js";
import "./chunk-UPLQ7UW6.js";
import {
  EMPTY_TREE
} from "./chunk-MTSRII53.js";
import {
  LEDGER_PATH,
  runGitText
} from "./chunk-TNT4O3F4.js";
import "./chunk-BX7BPTSK.js";
import {
  checkCommand,
  usageError
} from "./chunk-TRQOWQSB.js";
import {
  EXIT_FINDINGS,
  errorOutcome,
  painter
} from "./chunk-RI75FPAA.js";
import {
  blockedMessage,
  blockedWaysOut,
  commitsChecked,
  formatNotes,
  historyWaysOut,
  passedAsDemo,
  preCommitReadOnly,
  prefixedLines,
  pushScope,
  rangeScope,
  stagedCounts,
  usageTexts
} from "./chunk-2M2XAZ6H.js";
import {
  fail,
  makeEntryId,
  ok
} from "./chunk-HUUDYLWZ.js";
import {
  analyzeFiles,
  enabledAnalyzers
} from "./chunk-CM6QQNYP.js";
import {
  isAlwaysShown
} from "./chunk-RYSKVT2F.js";
import "./chunk-27A3QD7K.js";
import "./chunk-RGYNK77T.js";
import "./chunk-UUPKITBT.js";
import "./chunk-A3QA2ZQT.js";
import "./chunk-ONKLCXXC.js";
import {
  touches
} from "./chunk-OZTETU2B.js";
import "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/git/merge-sources.js
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
function readMergeSources(root, gitDir, env) {
  const mergeHead = join(gitDir, "MERGE_HEAD");
  if (existsSync(mergeHead))
    return readFileSync(mergeHead, "utf8").split("\n").filter(Boolean);
  const action = env.GIT_REFLOG_ACTION ?? "";
  if (!action.startsWith("merge "))
    return [];
  return action.slice(6).split(" ").filter(Boolean).flatMap((ref) => {
    const resolved = runGitText(["rev-parse", "-q", "--verify", `${ref}^{commit}`], { cwd: root, okCodes: [1] });
    return resolved.ok && resolved.value.trim() ? [resolved.value.trim()] : [];
  });
}

// dist/src/workflow/findings-before.js
async function findingsBefore(cwd, changes, configFor) {
  const sources = changes.filter((change) => change.oldBlob && change.oldMode !== "160000" && change.oldMode !== "120000");
  const blobs = readBlobs(cwd, [...new Set(sources.map((change) => change.oldBlob))]);
  if (!blobs.ok)
    return blobs;
  const files = [];
  for (const change of sources) {
    const bytes = blobs.value.get(change.oldBlob);
    const decoded = bytes ? decodeBlob(bytes, configFor(change.path).maxFileBytes) : void 0;
    if (decoded && "text" in decoded)
      files.push({ path: change.oldPath ?? change.path, text: decoded.text });
  }
  const run2 = await analyzeFiles(files, configFor, (config) => gatedAnalyzers(enabledAnalyzers(config, "hook"), config));
  return ok(run2.findings);
}
async function findingsAtRevision(cwd, revision, paths, configFor) {
  const safe = paths.filter((path) => !path.includes("\n"));
  const blobs = readObjectsInOrder(cwd, safe.map((path) => `${revision}:${path}`));
  if (!blobs.ok)
    return blobs;
  const files = [];
  for (const [index, path] of safe.entries()) {
    const bytes = blobs.value[index];
    const decoded = bytes ? decodeBlob(bytes, configFor(path).maxFileBytes) : void 0;
    if (decoded && "text" in decoded)
      files.push({ path, text: decoded.text });
  }
  const run2 = await analyzeFiles(files, configFor, (config) => gatedAnalyzers(enabledAnalyzers(config, "hook"), config));
  return ok(run2.findings);
}

// dist/src/workflow/gate-facts.js
function readGateFacts(scope) {
  let allowed;
  let parentKeys;
  const mergeKeys = /* @__PURE__ */ new Map();
  const mergeSources = once(() => readMergeSources(scope.root, scope.gitDir, scope.env));
  return {
    added: new Map(scope.files.map((file) => [file.path, file.added])),
    allowedEntries: () => allowed ??= readAllowedEntries(scope),
    /** The allow decisions the gate read (only when a finding it could block was added), else none. */
    allowedEntriesRead: () => allowed?.ok ? allowed.value : [],
    async preexistingKeys(path) {
      const parent = await (parentKeys ??= keysOf(findingsBefore(scope.root, scope.changes, scope.configFor)));
      if (!parent.ok)
        return parent;
      let merged = mergeKeys.get(path);
      if (!merged)
        mergeKeys.set(path, merged = mergedKeys(scope, mergeSources(), path));
      const fromMerge = await merged;
      if (!fromMerge.ok)
        return fromMerge;
      return ok(/* @__PURE__ */ new Set([...parent.value, ...fromMerge.value]));
    }
  };
}
function readAllowedEntries(scope) {
  const source = openLedger(scope, "known");
  if (!source.ok)
    return source;
  try {
    return ok(entriesContaining(source.value.ledger, '"allow":{'));
  } finally {
    closeLedgerSource(source.value);
  }
}
async function mergedKeys(scope, sources, path) {
  const keys = /* @__PURE__ */ new Set();
  for (const source of sources) {
    const merged = await findingsAtRevision(scope.root, source, [path], scope.configFor);
    if (!merged.ok)
      return merged;
    for (const finding of merged.value)
      keys.add(keyOf(finding));
  }
  return ok(keys);
}
async function keysOf(findings) {
  const read = await findings;
  return read.ok ? ok(new Set(read.value.map(keyOf))) : read;
}
function once(compute) {
  let value;
  return () => (value ??= { of: compute() }).of;
}

// dist/src/workflow/gate-diff.js
async function gateDiff(workspace, diffArgs, env, mark = () => {
}) {
  const { repo } = workspace;
  const changeSet = await readChanges(repo.root, [...diffArgs], workspace.resolveConfigs);
  if (!changeSet.ok)
    return changeSet;
  mark(`read ${changeSet.value.files.length} changed files`);
  const { configFor } = changeSet.value;
  const run2 = await analyzeFiles(changeSet.value.files, configFor, (config) => enabledAnalyzers(config, "hook"));
  mark(`analyse (${run2.findings.length} findings)`);
  const facts = readGateFacts({ ...repo, ...changeSet.value, env });
  const blocking = await selectBlocking(run2.findings, configFor, facts);
  if (!blocking.ok)
    return blocking;
  mark("gate");
  return ok({
    changeSet: changeSet.value,
    findings: run2.findings,
    ranPrefixes: run2.ranPrefixes,
    blocking: blocking.value,
    allowed: facts.allowedEntriesRead(),
    passed: run2.passed.filter((finding) => touches(facts.added.get(finding.path) ?? [], finding.line, finding.endLine ?? finding.line))
  });
}

// dist/src/workflow/check-commits.js
async function checkCommits(workspace, revisions, range, env) {
  const { repo } = workspace;
  const listed = listCommitsOldestFirst(repo.root, revisions);
  if (!listed.ok)
    return fail({
      code: "USAGE",
      message: `cannot list the commits in '${range}'`,
      fix: "give a range git understands, such as origin/main..HEAD (fetch first if a ref is missing)",
      cause: listed.error.cause
    });
  const result = { commits: listed.value, blocking: [], passed: [] };
  const seen = /* @__PURE__ */ new Set();
  for (const commit of listed.value) {
    const parent = firstParentOf(repo.root, commit);
    if (!parent.ok)
      return parent;
    const gate = await gateDiff(workspace, [parent.value, commit], env);
    if (!gate.ok)
      return gate;
    for (const candidate of gate.value.blocking) {
      const key = `${candidate.finding.path}\0${candidate.finding.fingerprint}`;
      if (!seen.has(key))
        result.blocking.push({ ...candidate, commit });
      seen.add(key);
    }
    for (const finding of gate.value.passed) {
      const key = `${finding.path}\0${finding.fingerprint}`;
      if (!seen.has(key))
        result.passed.push(finding);
      seen.add(key);
    }
  }
  return ok(result);
}

// dist/src/workflow/check-staged.js
async function checkStaged(workspace, request) {
  const { repo } = workspace;
  const { mark } = request;
  const gate = await gateDiff(workspace, ["--cached", repo.head ?? EMPTY_TREE], request.env, mark);
  if (!gate.ok)
    return gate;
  const { changeSet, findings, ranPrefixes, blocking, allowed, passed } = gate.value;
  const stagedLedger = changeSet.changes.find((change) => change.path === LEDGER_PATH && change.newBlob);
  if (stagedLedger) {
    const checked = checkStagedLedger(repo, stagedLedger.newBlob);
    if (!checked.ok)
      return checked;
  }
  const shapes = await noteCredentialShapes(changeSet.binaryStrings, changeSet.configFor);
  const result = {
    blocking,
    passed,
    notes: [...changeSet.notes, ...shapes],
    carried: [],
    ledger: "unchanged",
    filesAnalysed: changeSet.files.length,
    findings: findings.length
  };
  if (blocking.length > 0 || !request.updateLedger)
    return ok(result);
  if (!request.readOnly && hasPendingRefresh(repo.gitDir)) {
    const carried = await withLedgerLock(repo.root, () => carryPendingRefresh(repo.root, repo.gitDir, repo.head));
    if (!carried.ok)
      return carried;
    result.carried = carried.value;
    mark("carry the deferred refresh");
  }
  if (changeSet.touchedPaths.size === 0)
    return ok(result);
  if (request.readOnly)
    return ok({ ...result, ledger: "read-only" });
  const today = request.now.toISOString().slice(0, 10);
  const updated = await editLedger(repo, { check: "known", stage: true, flush: false }, (source) => {
    mark("read ledger");
    const resolved = repo.head ? { parent: repo.head, at: today } : { at: today };
    const next = replaceEntries(source, changeSet.touchedPaths, findings, {
      firstSeen: today,
      resolved,
      isReconciled: (ruleId) => ranPrefixes.some((prefix) => ruleId.startsWith(prefix)),
      copySources: allowedByDecision(allowed)
    });
    return ok(next.changed ? { value: void 0, write: { pieces: next.pieces } } : { value: void 0 });
  });
  mark("write and stage ledger");
  if (!updated.ok)
    return updated;
  return ok({ ...result, ledger: updated.value.written ? "updated" : "unchanged" });
}

// dist/src/cli/check.js
async function run(args, env) {
  const parsed = checkOptions(args);
  if (!parsed.ok)
    return errorOutcome(parsed, env);
  const result = await check(parsed.value, env);
  return result.ok ? result.value : errorOutcome(result, env);
}
function checkOptions({ values, positionals }) {
  if (values["pre-push"])
    return ok({ mode: "pre-push", updateLedger: false });
  if (values.range)
    return ok({ mode: "range", range: values.range, updateLedger: false });
  if (values.staged || positionals.length > 0)
    return ok({ mode: "staged", updateLedger: !values["no-ledger"] });
  return usageError(checkCommand, usageTexts.checkMode);
}
async function check(options, env) {
  const mark = createTimer(env);
  const workspace = await openWorkspace(env);
  if (!workspace.ok)
    return workspace;
  mark("repo + config");
  if (options.mode === "range")
    return checkRange(workspace.value, [options.range], options.range, env);
  if (options.mode === "pre-push")
    return checkPush(workspace.value, env);
  const checked = await checkStaged(workspace.value, {
    updateLedger: options.updateLedger,
    readOnly: env.env.PRE_COMMIT === "1",
    now: env.now,
    env: env.env,
    mark
  });
  if (!checked.ok)
    return checked;
  const { blocking, passed, notes, carried, ledger } = checked.value;
  const cli = commandForPeople(workspace.value.repo.root, env.env);
  const said = passedAsDemo(passed, listedPassed(env)) + formatGateNotes(notes, env);
  if (blocking.length > 0)
    return ok({
      exitCode: EXIT_FINDINGS,
      stdout: "",
      stderr: blockedMessage(blocking, painter(env.color), blockedWaysOut(firstBlockingId(blocking), cli)) + said
    });
  const stderr = [
    said,
    prefixedLines(carried),
    ledger === "read-only" ? `${preCommitReadOnly(cli)}
` : "",
    env.env.GIT_VALUE_DEBUG ? stagedCounts(checked.value.filesAnalysed, checked.value.findings) : ""
  ];
  return ok({ exitCode: 0, stdout: "", stderr: stderr.join("") });
}
function listedPassed(env) {
  return env.env.GIT_VALUE_DEBUG ? Number.POSITIVE_INFINITY : 10;
}
async function checkPush(workspace, env) {
  const input = await env.readStdin();
  const revisions = [];
  for (const line of input.split("\n")) {
    const [, localSha, , remoteSha] = line.trim().split(" ");
    if (!localSha || /^0+$/.test(localSha))
      continue;
    const known = remoteSha !== void 0 && !/^0+$/.test(remoteSha) && hasCommit(workspace.repo.root, remoteSha);
    revisions.push(...known ? [`^${remoteSha}`, localSha] : [localSha, "--not", "--remotes", "--not"]);
  }
  if (revisions.length === 0)
    revisions.push(...preCommitFrameworkPush(env.env));
  if (revisions.length === 0)
    return ok({ exitCode: 0, stdout: "", stderr: "" });
  return checkRange(workspace, revisions, pushScope, env);
}
function preCommitFrameworkPush(env) {
  if (env.PRE_COMMIT !== "1")
    return [];
  const { PRE_COMMIT_FROM_REF: from, PRE_COMMIT_TO_REF: to, PRE_COMMIT_LOCAL_BRANCH: local } = env;
  if (from && to)
    return [`^${from}`, to];
  return local ? [local, "--not", "--remotes"] : [];
}
async function checkRange(workspace, revisions, range, env) {
  const checked = await checkCommits(workspace, revisions, range, env.env);
  if (!checked.ok)
    return checked;
  const { commits, blocking, passed } = checked.value;
  const demoNote = passedAsDemo(passed, listedPassed(env));
  const first = blocking[0];
  if (!first)
    return ok({
      exitCode: 0,
      stdout: "",
      stderr: demoNote + (env.env.GIT_VALUE_DEBUG ? commitsChecked(commits.length) : "")
    });
  const waysOut = historyWaysOut({ id: firstBlockingId(blocking), commit: first.commit, isLast: first.commit === commits[commits.length - 1] }, commandForPeople(workspace.repo.root, env.env));
  return ok({
    exitCode: EXIT_FINDINGS,
    stdout: "",
    stderr: blockedMessage(blocking, painter(env.color), waysOut, rangeScope(commits.length, range)) + demoNote
  });
}
function firstBlockingId(blocking) {
  const first = blocking[0]?.finding;
  return first ? makeEntryId(first.ruleId, first.path, first.fingerprint) : "ID";
}
function formatGateNotes(notes, env) {
  return formatNotes(env.env.GIT_VALUE_DEBUG ? notes : notes.filter(isAlwaysShown));
}
export {
  run
};
