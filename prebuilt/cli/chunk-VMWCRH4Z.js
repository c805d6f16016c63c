import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  readCachedAnalysis,
  unquotePath
} from "./chunk-R7CTR3O2.js";
import {
  allowedByDecision,
  keyOf
} from "./chunk-KVGWCJT3.js";
import "./chunk-QREBX4VN.js";
import {
  countCommits,
  resolveCommit
} from "./chunk-VEH5XF4C.js";
import {
  renderFormat,
  writeReports
} from "./chunk-QP2XATKL.js";
import {
  resolveReportTarget
} from "./chunk-TBJCG5DO.js";
import "./chunk-ZGM3NAP3.js";
import {
  listTrackedFiles,
  readPathContexts,
  scoreBacklog
} from "./chunk-CL47BL6J.js";
import "./chunk-3SSG65XT.js";
import "./chunk-UKNR456Y.js";
import "./chunk-PDIVDX4P.js";
import {
  decodeBlob
} from "./chunk-L42DG4D7.js";
import "./chunk-H44W4G64.js";
import {
  closeLedgerSource,
  editLedger,
  openLedger,
  readBlobs,
  writeFileAtomic
} from "./chunk-AP6QHR2Z.js";
import "./chunk-UPLQ7UW6.js";
import "./chunk-MTSRII53.js";
import {
  HISTORY_LIST_LIMIT,
  HISTORY_RECORD_PATH,
  LEDGER_PATH,
  gitEnv
} from "./chunk-TNT4O3F4.js";
import "./chunk-QDHQR4L2.js";
import "./chunk-H46VYJWE.js";
import "./chunk-R7BXTBGS.js";
import "./chunk-XLIRTYAW.js";
import {
  readPackageVersion
} from "./chunk-CJEBQUOT.js";
import "./chunk-BX7BPTSK.js";
import {
  fail,
  ok
} from "./chunk-HUUDYLWZ.js";
import {
  isPassedAsDemo
} from "./chunk-CM6QQNYP.js";
import "./chunk-RYSKVT2F.js";
import {
  compileGlobs
} from "./chunk-27A3QD7K.js";
import "./chunk-GLXZBTI5.js";
import {
  credentialAnalyzer,
  optionsOf
} from "./chunk-RGYNK77T.js";
import "./chunk-5AXYERU7.js";
import "./chunk-UUPKITBT.js";
import {
  compareText
} from "./chunk-A3QA2ZQT.js";
import {
  hashParts
} from "./chunk-ONKLCXXC.js";
import "./chunk-OZTETU2B.js";
import "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/workflow/scan-history.js
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

// dist/src/workflow/history-ledger.js
function makeHistoryEntryId(ruleId, fingerprint) {
  return `${ruleId.split("/")[0]}-${hashParts(["history", ruleId, fingerprint], 10)}`;
}
function mergeHistoryEntries(previous, found, merge) {
  const tree = previous.filter((entry) => !entry.history);
  const before = new Map(previous.filter((entry) => entry.history).map((entry) => [entry.id, entry]));
  const decisions = new Map(allowedByDecision(tree).map((entry) => [keyOf(entry), entry.allow]));
  const next = [...tree];
  const seen = /* @__PURE__ */ new Set();
  for (const secret of found) {
    const { finding } = secret;
    const id = makeHistoryEntryId(finding.ruleId, finding.fingerprint);
    seen.add(id);
    const old = before.get(id);
    const commits = mergeLists(merge.complete ? [] : old?.history?.commits ?? [], secret.commits.map((commit) => commit.commit), false);
    const newCommits = secret.commits.filter((commit) => !old?.history?.commits.includes(commit.commit)).length;
    const commitCount = merge.complete || !old?.history ? secret.commits.length : old.history.commitCount + newCommits;
    const paths = mergeLists(merge.complete ? [] : old?.history?.paths ?? [], secret.paths, true);
    const oldest = secret.commits[0]?.date ?? merge.today;
    const firstSeen = old && old.firstSeen < oldest ? old.firstSeen : oldest;
    const inHead = merge.inHead.has(keyOf(finding));
    const decision = old?.allow ?? decisions.get(keyOf(finding));
    const entry = {
      path: old && !merge.complete ? old.path : finding.path,
      line: old && !merge.complete ? old.line : finding.line,
      id,
      ruleId: finding.ruleId,
      category: finding.category,
      severity: finding.severity,
      title: rotationTitle(finding.title),
      fingerprint: finding.fingerprint,
      status: decision ? "allowed" : "open",
      firstSeen,
      confidence: finding.confidence,
      effortHours: finding.effortHours,
      history: {
        commits: commits.slice(0, HISTORY_LIST_LIMIT),
        commitCount,
        paths: paths.slice(0, HISTORY_LIST_LIMIT),
        inHead
      }
    };
    if (finding.endLine !== void 0 && !(old && !merge.complete))
      entry.endLine = finding.endLine;
    else if (old?.endLine !== void 0 && !merge.complete)
      entry.endLine = old.endLine;
    if (finding.evidence)
      entry.evidence = finding.evidence;
    if (decision)
      entry.allow = decision;
    if (old?.done)
      entry.done = old.done;
    next.push(entry);
  }
  for (const [id, old] of before) {
    if (seen.has(id))
      continue;
    const inHead = merge.inHead.has(keyOf(old));
    const history = { ...old.history, inHead };
    if (!merge.complete || old.status !== "open")
      next.push({ ...old, history });
    else
      next.push({ ...old, history, status: "resolved", resolved: { at: merge.today } });
  }
  return next;
}
function mergeLists(old, added, sort) {
  const merged = [...old];
  for (const item of added)
    if (!merged.includes(item))
      merged.push(item);
  return sort ? merged.sort(compareText) : merged;
}
function rotationTitle(title) {
  return `${title}, committed to history: rotate it`;
}

// dist/src/git/patch-stream.js
import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
function streamPatches(cwd, revisions, onPatch, onProgress = () => {
}, options = {}) {
  const child = spawn("git", [
    "-c",
    "core.quotePath=false",
    "log",
    "-p",
    "-U0",
    ...options.merges ? ["--cc"] : [],
    "--full-index",
    // a deleted file adds nothing: its patch (every line as removed) is 11 % of pytest's history
    "--diff-filter=d",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--format=%x00%H %as",
    ...revisions,
    "--"
  ], { cwd, env: gitEnv(), stdio: ["ignore", "pipe", "pipe"] });
  const parser = createPatchParser(onPatch);
  const decoder = new StringDecoder("utf8");
  const stats = { commits: 0, bytes: 0 };
  let carry = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stats.bytes += chunk.length;
    const text = carry + decoder.write(chunk);
    const end = text.lastIndexOf("\n");
    if (end === -1) {
      carry = text;
      return;
    }
    carry = text.slice(end + 1);
    stats.commits += parser.feed(text.slice(0, end).split("\n"));
    onProgress(stats);
  });
  child.stderr.on("data", (chunk) => {
    if (stderr.length < 4096)
      stderr += chunk.toString("utf8");
  });
  return new Promise((resolve) => {
    child.on("error", (error) => resolve(fail({
      code: "GIT_FAILED",
      message: `could not run git: ${error.message}`,
      fix: "install git and make sure it is on PATH"
    })));
    child.on("close", (code) => {
      const rest = carry + decoder.end();
      if (rest)
        stats.commits += parser.feed(rest.split("\n"));
      parser.end();
      if (code !== 0)
        resolve(fail({
          code: "GIT_FAILED",
          message: `git log failed: ${stderr.trim().split("\n")[0] ?? ""}`,
          fix: "run `git log --all` yourself to see what git needs (a revision that does not exist?)",
          cause: stderr
        }));
      else
        resolve(ok(stats));
    });
  });
}
var NUL = 0;
var PLUS = 43;
var AT = 64;
function createPatchParser(onPatch) {
  let commit = "";
  let date = "";
  let current;
  let inHeader = false;
  let parents = 1;
  let nextLine = 0;
  const flush = () => {
    if (current && current.lines.length > 0)
      onPatch(current);
    current = void 0;
  };
  return {
    feed(lines) {
      let commits = 0;
      for (const line of lines) {
        const first = line.charCodeAt(0);
        if (first === NUL) {
          flush();
          const space = line.indexOf(" ");
          commit = line.slice(1, space);
          date = line.slice(space + 1);
          inHeader = false;
          commits++;
        } else if (inHeader) {
          if (line.startsWith("diff --"))
            startFile(line);
          else if (line.startsWith("index "))
            readIndex(line);
          else if (line.startsWith("+++ ")) {
            const target = line.endsWith("	") ? line.slice(4, -1) : line.slice(4);
            if (target === "/dev/null")
              current = void 0;
            else if (current)
              current.path = stripSide(unquotePath(target));
          } else if (first === AT)
            startHunk(line);
        } else if (first === PLUS && current) {
          if (parents === 1) {
            current.lines.push(line.slice(1));
            current.lineNumbers.push(nextLine++);
          } else {
            let fromAll = true;
            for (let column = 1; column < parents; column++)
              if (line.charCodeAt(column) !== PLUS)
                fromAll = false;
            if (fromAll) {
              current.lines.push(line.slice(parents));
              current.lineNumbers.push(nextLine);
            }
            nextLine++;
          }
        } else if (first === AT)
          startHunk(line);
        else if (line.startsWith("diff --"))
          startFile(line);
        else if (parents > 1 && current && line.length > 0 && !line.startsWith("\\")) {
          if (!line.slice(0, parents).includes("-"))
            nextLine++;
        }
      }
      return commits;
    },
    end: flush
  };
  function startFile(line) {
    flush();
    inHeader = true;
    parents = line.startsWith("diff --cc ") || line.startsWith("diff --combined ") ? 2 : 1;
    current = { commit, date, path: "", before: "", after: "", lines: [], lineNumbers: [] };
  }
  function readIndex(line) {
    if (!current)
      return;
    const space = line.indexOf(" ", 6);
    const range = line.slice(6, space === -1 ? line.length : space);
    const dots = range.indexOf("..");
    current.before = range.slice(0, dots);
    current.after = range.slice(dots + 2);
    parents = current.before.split(",").length;
  }
  function startHunk(line) {
    inHeader = false;
    const plus = line.indexOf(" +");
    nextLine = plus === -1 ? 0 : Number.parseInt(line.slice(plus + 2), 10);
  }
}
function stripSide(path) {
  return path.startsWith("b/") ? path.slice(2) : path;
}

// dist/src/workflow/history-secrets.js
var WHOLE = [{ start: 1, end: Number.MAX_SAFE_INTEGER }];
var INLINE_ALLOW = "git-value:allow";
async function scanHistorySecrets(root, config, contexts, revisions, onProgress = () => {
}, streamOptions = {}) {
  const entry = credentialAnalyzer();
  if (!entry)
    return ok({ secrets: [], commits: 0, bytes: 0, analysed: 0, repeated: 0 });
  const secrets = await entry.load();
  const options = optionsOf(entry, config);
  const isIgnored = compileGlobs(config.ignore);
  const found = /* @__PURE__ */ new Map();
  const seenChanges = /* @__PURE__ */ new Map();
  let analysed = 0;
  let repeated = 0;
  const credit = (key, patch, finding) => {
    let secret = found.get(key);
    if (!secret) {
      if (!finding)
        return;
      found.set(key, secret = { finding, commits: [], paths: [], oldest: patch.date });
    }
    const last = secret.commits[secret.commits.length - 1];
    if (!last || last.commit !== patch.commit)
      secret.commits.push({ commit: patch.commit, date: patch.date });
    if (!secret.paths.includes(patch.path))
      secret.paths.push(patch.path);
    if (finding && patch.date <= secret.oldest)
      [secret.finding, secret.oldest] = [finding, patch.date];
  };
  const onPatch = (patch) => {
    if (isIgnored(patch.path))
      return;
    const change = `${patch.before}..${patch.after}`;
    if (seenChanges.has(change)) {
      repeated++;
      for (const key of seenChanges.get(change) ?? [])
        credit(key, patch);
      return;
    }
    analysed++;
    const text = patch.lines.join("\n");
    const findings = secrets.analyze({
      path: patch.path,
      text,
      changed: WHOLE,
      options,
      context: contexts(patch.path).context
    });
    const keys = [];
    for (const finding of findings) {
      const index = finding.line - 1;
      if (isPassedAsDemo(finding))
        continue;
      if (patch.lines[index]?.includes(INLINE_ALLOW) || patch.lines[index - 1]?.includes(INLINE_ALLOW))
        continue;
      const line = patch.lineNumbers[index] ?? finding.line;
      const endLine = finding.endLine === void 0 ? void 0 : patch.lineNumbers[finding.endLine - 1] ?? finding.endLine;
      const placed = { ...finding, line, ...endLine !== void 0 && endLine !== line ? { endLine } : {} };
      if (endLine === void 0 || endLine === line)
        delete placed.endLine;
      const key = `${finding.ruleId}\0${finding.fingerprint}`;
      keys.push(key);
      credit(key, patch, placed);
    }
    seenChanges.set(change, keys.length ? keys : void 0);
  };
  const streamed = await streamPatches(root, revisions, onPatch, onProgress, streamOptions);
  if (!streamed.ok)
    return streamed;
  const list = [...found.values()].map(({ oldest: _oldest, ...secret }) => ({
    ...secret,
    commits: [...secret.commits].sort((a, b) => compareText(a.date, b.date) || compareText(a.commit, b.commit)),
    paths: [...secret.paths].sort(compareText)
  }));
  return ok({ secrets: list, commits: streamed.value.commits, bytes: streamed.value.bytes, analysed, repeated });
}

// dist/src/workflow/tree-secrets.js
var BATCH_BYTES = 8 * 1024 * 1024;
var WHOLE2 = [{ start: 1, end: Number.MAX_SAFE_INTEGER }];
async function readTreeSecretKeys(root, files, config, contexts, cached = () => void 0) {
  const keys = /* @__PURE__ */ new Set();
  const entry = credentialAnalyzer();
  if (!entry)
    return ok(keys);
  const secrets = await entry.load();
  const options = optionsOf(entry, config);
  const isIgnored = compileGlobs(config.ignore);
  const wanted = files.filter((file) => {
    if (file.mode === "160000" || file.mode === "120000" || isIgnored(file.path))
      return false;
    const known = cached(file);
    if (!known)
      return true;
    for (const finding of known)
      if (finding.category === "secret")
        keys.add(`${finding.ruleId}\0${finding.fingerprint}`);
    return false;
  });
  for (let start = 0; start < wanted.length; ) {
    const batch = [];
    let bytes = 0;
    while (start < wanted.length && (batch.length === 0 || bytes < BATCH_BYTES)) {
      const file = wanted[start++];
      batch.push(file);
      bytes += file.indexSize ?? 0;
    }
    const read = readBlobs(root, batch.map((file) => file.blob));
    if (!read.ok)
      return read;
    for (const file of batch) {
      const blob = read.value.get(file.blob);
      const decoded = blob ? decodeBlob(blob, config.maxFileBytes) : void 0;
      if (!decoded || !("text" in decoded))
        continue;
      const found = secrets.analyze({
        path: file.path,
        text: decoded.text,
        changed: WHOLE2,
        options,
        context: contexts(file.path).context
      });
      for (const finding of found)
        if (!isPassedAsDemo(finding))
          keys.add(`${finding.ruleId}\0${finding.fingerprint}`);
    }
  }
  return ok(keys);
}

// dist/src/workflow/scan-history.js
async function scanHistory(workspace, request) {
  const { repo, config } = workspace;
  const { mark, progress, report: options } = request;
  if (!repo.head)
    return fail({ code: "USAGE", message: "the repository has no commit yet", fix: "commit first, then scan history" });
  const today = request.now.toISOString().slice(0, 10);
  const notes = [];
  let since = request.since;
  if (request.incremental && !since) {
    const recorded2 = readHistoryRecord(repo.root);
    if (recorded2.commit && isCommit(repo.root, recorded2.commit))
      since = recorded2.commit;
    else
      notes.push(recorded2.problem ?? `${HISTORY_RECORD_PATH} names a commit this clone lacks: every commit was scanned`);
  }
  if (since && !isCommit(repo.root, since))
    return fail({
      code: "USAGE",
      message: `--since ${since}: no such commit`,
      fix: "give a commit, tag or branch this clone has (git fetch it first)"
    });
  const early = openLedger(repo, "whole");
  if (!early.ok)
    return early;
  closeLedgerSource(early.value);
  const tracked = listTrackedFiles(repo.root);
  if (!tracked.ok)
    return tracked;
  const contexts = readPathContexts(repo.root, repo.gitDir, config, tracked.value.files);
  if (!contexts.ok)
    return contexts;
  const revisions = since ? ["--all", "--not", since] : ["--all"];
  const total = progress.shown ? countCommits(repo.root, revisions) : void 0;
  progress.phase("history");
  const started = performance.now();
  const scanned = await scanHistorySecrets(repo.root, config, contexts.value, revisions, (stats) => progress.update({ done: stats.commits, ...total ? { total } : {}, unit: "commits", bytes: stats.bytes }), { merges: request.merges });
  progress.end();
  if (!scanned.ok)
    return scanned;
  mark(`history: ${scanned.value.commits} commits, ${(scanned.value.bytes / 1048576).toFixed(1)} MB of patches, ${scanned.value.analysed} file changes analysed (${scanned.value.repeated} repeated)`);
  const inHead = await readTreeSecretKeys(repo.root, tracked.value.files, config, contexts.value, readCachedAnalysis(repo.gitDir, config, contexts.value));
  if (!inHead.ok)
    return inHead;
  mark("secrets in the tree");
  const written = await editLedger(repo, { check: "whole", stage: false, earlier: early.value }, (previous) => {
    const entries = mergeHistoryEntries(previous.entries ?? [], scanned.value.secrets, {
      complete: !since,
      inHead: inHead.value,
      today
    });
    return ok({ value: void 0, write: { allEntries: entries } });
  });
  if (!written.ok)
    return written;
  const record = { version: 1, commit: repo.head, at: today };
  const recorded = writeFileAtomic(join(repo.root, HISTORY_RECORD_PATH), `${JSON.stringify(record, null, 2)}
`, HISTORY_RECORD_PATH, { root: repo.root });
  if (!recorded.ok)
    return recorded;
  const entriesAfter = written.value.entries ?? [];
  mark("ledger");
  const seconds = (performance.now() - started) / 1e3;
  const reports = await writeReports(workspace, entriesAfter, { cwd: request.cwd, now: request.now, debug: request.debug, options: {}, notes: [] }, {
    tracked: tracked.value,
    contexts: contexts.value,
    backlogInputs: { gitDir: repo.gitDir, parts: [written.value.digest ?? "", repo.head, today] }
  });
  if (!reports.ok)
    return reports;
  const history = entriesAfter.filter((entry) => entry.history);
  let stdout = "";
  const writtenFiles = [LEDGER_PATH, HISTORY_RECORD_PATH, ...reports.value.written];
  if (options.format) {
    const model = await scoreBacklog(workspace, history, request.now);
    if (!model.ok)
      return model;
    const text = renderFormat(model.value.model, options.format, {
      includeSecrets: workspace.config.sarif.includeSecrets,
      toolVersion: readPackageVersion()
    });
    if (options.output && options.output !== "-") {
      const target = resolveReportTarget(workspace, options.output, request.cwd, "git-value scan --history", options.format);
      if (!target.ok)
        return target;
      const saved = writeFileAtomic(target.value, text, options.output);
      if (!saved.ok)
        return saved;
      writtenFiles.push(options.output);
    } else
      stdout = text;
  }
  mark("reports");
  const open = history.filter((entry) => entry.status === "open");
  return ok({
    commits: scanned.value.commits,
    ...since ? { since } : {},
    seconds,
    open: open.length,
    gone: open.filter((entry) => !entry.history?.inHead).length,
    written: writtenFiles,
    stdout,
    notes,
    today
  });
}
function readHistoryRecord(root) {
  const file = join(root, HISTORY_RECORD_PATH);
  if (!existsSync(file))
    return { problem: "no earlier history scan recorded: every commit was scanned" };
  let record;
  try {
    record = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return {
      problem: `${HISTORY_RECORD_PATH} is not valid JSON (${error.message}): every commit was scanned`
    };
  }
  return typeof record.commit === "string" && /^[0-9a-f]{40,64}$/.test(record.commit) ? { commit: record.commit } : { problem: `${HISTORY_RECORD_PATH} names no commit: every commit was scanned` };
}
function isCommit(root, revision) {
  const resolved = resolveCommit(root, revision);
  return resolved.ok && resolved.value !== void 0;
}
export {
  scanHistory
};
