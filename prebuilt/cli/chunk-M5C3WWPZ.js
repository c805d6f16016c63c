import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  createTimer
} from "./chunk-K32S63S4.js";
import {
  carryPendingRefresh,
  hasPendingRefresh
} from "./chunk-OAJDMO3T.js";
import "./chunk-4X3BA4BC.js";
import {
  commandForPeople
} from "./chunk-75O6IB2E.js";
import {
  readChanges
} from "./chunk-ZVGO6UVD.js";
import {
  decodeBlob,
  readBlobs,
  readObjectsInOrder
} from "./chunk-VW4Q3NL6.js";
import {
  EMPTY_TREE,
  closeLedgerSource,
  entriesContaining,
  makeEntryId,
  openWorkspace,
  readLedgerSource,
  replaceEntries,
  runGit,
  runGitText,
  stageLedger,
  withLedgerLock,
  writeLedger
} from "./chunk-SHS6TC54.js";
import {
  INLINE_ALLOW_BY,
  fail,
  ok
} from "./chunk-JDFRV7HZ.js";
import "./chunk-BX7BPTSK.js";
import {
  EXIT_ERROR,
  EXIT_FINDINGS,
  blockedWaysOut,
  blockedWhy,
  formatError,
  historyWaysOut,
  painter,
  preCommitReadOnly
} from "./chunk-TL476QTD.js";
import {
  analyzeFiles,
  enabledAnalyzers
} from "./chunk-PDHTRY3U.js";
import "./chunk-IV5GIZ6B.js";
import "./chunk-27A3QD7K.js";
import "./chunk-UGXMGD3O.js";
import "./chunk-BG2DLXK5.js";
import "./chunk-PPIWG3NF.js";
import {
  touches
} from "./chunk-4THWTKPR.js";
import "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/cli/check.js
import { parseArgs } from "node:util";

// dist/src/workflow/gate.js
async function isGated(finding, config, facts) {
  if (!isGatedCategory(finding.category, config) || finding.inlineAllowed)
    return ok(false);
  if (!touches(facts.added.get(finding.path) ?? [], finding.line, finding.endLine ?? finding.line))
    return ok(false);
  const allowed = allowedKeys(facts);
  if (!allowed.ok)
    return allowed;
  if (allowed.value.has(keyOf(finding)))
    return ok(false);
  if (await scoreAtGate(finding, config) < config.block.minScore)
    return ok(false);
  const before = await facts.preexistingKeys(finding.path);
  if (!before.ok)
    return before;
  return ok(!before.value.has(keyOf(finding)));
}
async function selectBlocking(findings, configFor, facts) {
  const blocking = [];
  for (const finding of findings) {
    const config = configFor(finding.path);
    const gated = await isGated(finding, config, facts);
    if (!gated.ok)
      return gated;
    if (gated.value)
      blocking.push({ finding, score: await scoreAtGate(finding, config) });
  }
  return ok(blocking);
}
function gatedAnalyzers(entries, config) {
  return entries.filter((entry) => isGatedCategory(entry.category, config));
}
function allowedByDecision(entries) {
  return entries.filter((entry) => entry.allow !== void 0 && entry.allow.by !== INLINE_ALLOW_BY);
}
function isGatedCategory(category, config) {
  return config.block.categories.includes(category);
}
function keyOf(finding) {
  return `${finding.ruleId}\0${finding.fingerprint}`;
}
var allowedKeySets = /* @__PURE__ */ new WeakMap();
function allowedKeys(facts) {
  const known = allowedKeySets.get(facts);
  if (known)
    return ok(known);
  const entries = facts.allowedEntries();
  if (!entries.ok)
    return entries;
  const keys = new Set(allowedByDecision(entries.value).map(keyOf));
  allowedKeySets.set(facts, keys);
  return ok(keys);
}
var scoring;
var scores = /* @__PURE__ */ new WeakMap();
async function scoreAtGate(finding, config) {
  const known = scores.get(finding);
  if (known !== void 0)
    return known;
  const { scoreFindingAtGate } = await (scoring ??= import("./chunk-2SZQXJIF.js"));
  const score = scoreFindingAtGate(finding, config).scores.composite;
  scores.set(finding, score);
  return score;
}

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
      files.push({
        path: change.oldPath ?? change.path,
        text: decoded.text,
        changed: [{ start: 1, end: Number.MAX_SAFE_INTEGER }]
      });
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
      files.push({ path, text: decoded.text, changed: [{ start: 1, end: Number.MAX_SAFE_INTEGER }] });
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
    allowedEntries: () => allowed ??= readAllowedEntries(scope.root),
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
function readAllowedEntries(root) {
  const source = readLedgerSource(root);
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

// dist/src/cli/check.js
async function run(args, env) {
  const paint = painter(env.color);
  const debug = Boolean(env.env.GIT_VALUE_DEBUG);
  const parsed = parseCheckArgs(args);
  if (!parsed.ok)
    return { exitCode: EXIT_ERROR, stdout: "", stderr: formatError(parsed.error, paint, debug) };
  const result = await check(parsed.value, env);
  if (!result.ok)
    return { exitCode: EXIT_ERROR, stdout: "", stderr: formatError(result.error, paint, debug) };
  return result.value;
}
function parseCheckArgs(args) {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        staged: { type: "boolean" },
        range: { type: "string" },
        "pre-push": { type: "boolean" },
        "no-ledger": { type: "boolean" }
      }
    });
    if (values["pre-push"])
      return ok({ mode: "pre-push", updateLedger: false });
    if (values.range)
      return ok({ mode: "range", range: values.range, updateLedger: false });
    if (values.staged || positionals.length > 0)
      return ok({ mode: "staged", updateLedger: !values["no-ledger"] });
  } catch (error) {
    return fail({
      code: "USAGE",
      message: error.message,
      fix: "git-value check --staged | git-value check --range A..B"
    });
  }
  return fail({
    code: "USAGE",
    message: "check needs --staged or --range A..B",
    fix: "git-value check --staged (pre-commit) or git-value check --range origin/main..HEAD"
  });
}
async function check(options, env) {
  const mark = createTimer(env.env);
  const workspace = await openWorkspace(env);
  if (!workspace.ok)
    return workspace;
  mark("repo + config");
  if (options.mode === "range")
    return checkRange(workspace.value, [options.range], options.range, env);
  if (options.mode === "pre-push")
    return checkPush(workspace.value, env);
  const { repo } = workspace.value;
  const base = repo.head ?? EMPTY_TREE;
  const gate = await gateDiff(workspace.value, ["--cached", base], env, mark);
  if (!gate.ok)
    return gate;
  const { changeSet, findings, ranPrefixes, blocking, allowed } = gate.value;
  const paint = painter(env.color);
  if (blocking.length > 0)
    return ok({
      exitCode: EXIT_FINDINGS,
      stdout: "",
      stderr: formatBlocked(blocking, paint, blockedWaysOut(firstBlockingId(blocking), commandForPeople(repo.root, env.env))) + formatNotes(changeSet.notes, env)
    });
  let stderr = formatNotes(changeSet.notes, env);
  if (options.updateLedger && env.env.PRE_COMMIT !== "1" && hasPendingRefresh(repo.gitDir)) {
    const carried = await withLedgerLock(repo.root, () => carryPendingRefresh(repo.root, repo.gitDir, repo.head));
    if (!carried.ok)
      return carried;
    stderr += carried.value.map((note) => `git-value: ${note}
`).join("");
    mark("carry the deferred refresh");
  }
  if (options.updateLedger && changeSet.touchedPaths.size > 0) {
    if (env.env.PRE_COMMIT === "1")
      return ok({
        exitCode: 0,
        stdout: "",
        stderr: `${stderr}${preCommitReadOnly(commandForPeople(repo.root, env.env))}
`
      });
    const today = env.now.toISOString().slice(0, 10);
    const updated = await withLedgerLock(repo.root, () => {
      const ledger = readLedgerSource(repo.root);
      if (!ledger.ok)
        return ledger;
      try {
        mark("read ledger");
        const resolved = repo.head ? { parent: repo.head, at: today } : { at: today };
        const next = replaceEntries(ledger.value, changeSet.touchedPaths, findings, {
          firstSeen: today,
          resolved,
          isReconciled: (ruleId) => ranPrefixes.some((prefix) => ruleId.startsWith(prefix)),
          copySources: allowedByDecision(allowed)
        });
        if (!next.changed)
          return ok(0);
        const written = writeLedger(repo.root, ledger.value.ledger, next.pieces, { flush: false });
        if (!written.ok)
          return written;
        mark("write ledger");
        const staged = stageLedger(repo.root);
        if (!staged.ok)
          return staged;
        mark("stage ledger");
        return ok(next.entries.filter((entry) => entry.status === "open").length);
      } finally {
        closeLedgerSource(ledger.value);
      }
    });
    if (!updated.ok)
      return updated;
  }
  if (env.env.GIT_VALUE_DEBUG)
    stderr += `git-value: ${changeSet.files.length} files analysed, ${findings.length} findings
`;
  return ok({ exitCode: 0, stdout: "", stderr });
}
async function gateDiff(workspace, diffArgs, env, mark) {
  const { repo, config } = workspace;
  const changeSet = await readChanges(repo.root, diffArgs, workspace.resolveConfigs);
  if (!changeSet.ok)
    return changeSet;
  mark(`read ${changeSet.value.files.length} changed files`);
  const { configFor } = changeSet.value;
  const run2 = await analyzeFiles(changeSet.value.files, configFor, (config2) => enabledAnalyzers(config2, "hook"));
  mark(`analyse (${run2.findings.length} findings)`);
  const facts = readGateFacts({ ...repo, ...changeSet.value, env: env.env });
  const blocking = await selectBlocking(run2.findings, configFor, facts);
  if (!blocking.ok)
    return blocking;
  mark("gate");
  return ok({
    changeSet: changeSet.value,
    findings: run2.findings,
    ranPrefixes: run2.ranPrefixes,
    blocking: blocking.value,
    allowed: facts.allowedEntriesRead()
  });
}
async function checkPush(workspace, env) {
  const { readFileSync: readFileSync2 } = await import("node:fs");
  let input = "";
  try {
    input = readFileSync2(0, "utf8");
  } catch {
    input = "";
  }
  const revisions = [];
  for (const line of input.split("\n")) {
    const [, localSha, , remoteSha] = line.trim().split(" ");
    if (!localSha || /^0+$/.test(localSha))
      continue;
    const probe = remoteSha && !/^0+$/.test(remoteSha) ? runGit(["cat-file", "-e", `${remoteSha}^{commit}`], { cwd: workspace.repo.root, okCodes: [1, 128] }) : void 0;
    const known = probe?.ok === true && probe.value.status === 0;
    revisions.push(...known ? [`^${remoteSha}`, localSha] : [localSha, "--not", "--remotes", "--not"]);
  }
  if (revisions.length === 0)
    revisions.push(...preCommitFrameworkPush(env.env));
  if (revisions.length === 0)
    return ok({ exitCode: 0, stdout: "", stderr: "" });
  return checkRange(workspace, revisions, "the commits being pushed", env);
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
  const { repo } = workspace;
  const listed = runGitText(["rev-list", "--reverse", "--topo-order", ...revisions], { cwd: repo.root });
  if (!listed.ok)
    return fail({
      code: "USAGE",
      message: `cannot list the commits in '${range}'`,
      fix: "give a range git understands, such as origin/main..HEAD (fetch first if a ref is missing)",
      cause: listed.error.cause
    });
  const commits = listed.value.split("\n").filter(Boolean);
  const blocking = [];
  const seen = /* @__PURE__ */ new Set();
  for (const commit of commits) {
    const parent = runGitText(["rev-parse", "-q", "--verify", `${commit}^1`], { cwd: repo.root, okCodes: [1] });
    if (!parent.ok)
      return parent;
    const gate = await gateDiff(workspace, [parent.value.trim() || EMPTY_TREE, commit], env, () => {
    });
    if (!gate.ok)
      return gate;
    for (const candidate of gate.value.blocking) {
      const key = `${candidate.finding.path}\0${candidate.finding.fingerprint}`;
      if (!seen.has(key))
        blocking.push({ ...candidate, commit });
      seen.add(key);
    }
  }
  if (blocking.length === 0)
    return ok({
      exitCode: 0,
      stdout: "",
      stderr: env.env.GIT_VALUE_DEBUG ? `git-value: ${commits.length} commits checked
` : ""
    });
  const paint = painter(env.color);
  const first = blocking[0];
  const waysOut = historyWaysOut({ id: firstBlockingId(blocking), commit: first.commit, isLast: first.commit === commits[commits.length - 1] }, commandForPeople(repo.root, env.env));
  return ok({
    exitCode: EXIT_FINDINGS,
    stdout: "",
    stderr: formatBlocked(blocking, paint, waysOut, `${commits.length} commit(s) in ${range}`)
  });
}
function firstBlockingId(blocking) {
  const first = blocking[0]?.finding;
  return first ? makeEntryId(first.ruleId, first.path, first.fingerprint) : "ID";
}
function formatBlocked(blocking, paint, waysOut, scope = "this commit") {
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
function formatNotes(notes, env) {
  const shown = env.env.GIT_VALUE_DEBUG ? notes : notes.filter((note) => note.includes("too large"));
  return shown.map((note) => `git-value: note: ${note}
`).join("");
}
export {
  run
};
