import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  lineText,
  readCache,
  resolveMarkerOrigins,
  startHistoryListing,
  writeCache
} from "./chunk-NDE3BA54.js";
import {
  collectManifests,
  commitDate,
  firstCommitAfter,
  listTrackedFiles,
  lookupLatestVersions,
  parseReportOptions,
  readPathContexts,
  renderReports,
  runWithStagedReads,
  updateCoverage
} from "./chunk-T72P2NL2.js";
import "./chunk-ERLR2NR4.js";
import "./chunk-4QSM2DIM.js";
import "./chunk-P7OXN2SN.js";
import {
  createTimer
} from "./chunk-K32S63S4.js";
import {
  discardPendingRefresh
} from "./chunk-OAJDMO3T.js";
import "./chunk-4X3BA4BC.js";
import {
  decodeBlob,
  parseBatchOutput,
  readBlobSizes,
  readBlobs
} from "./chunk-VW4Q3NL6.js";
import {
  gitEnv,
  ledgerFile,
  openWorkspace,
  readLedgerOrStaged,
  reconcileEntries,
  runGit,
  runGitText,
  withLedgerLock,
  writeFileAtomic
} from "./chunk-SHS6TC54.js";
import {
  LEDGER_PATH,
  compareEntries,
  fail,
  formatLedger,
  ok,
  parseLedger
} from "./chunk-JDFRV7HZ.js";
import {
  layout
} from "./chunk-BX7BPTSK.js";
import "./chunk-R7BXTBGS.js";
import {
  EXIT_ERROR,
  formatError,
  painter
} from "./chunk-TL476QTD.js";
import {
  analyzeEach,
  enabledAnalyzers
} from "./chunk-PDHTRY3U.js";
import "./chunk-IV5GIZ6B.js";
import {
  compileGlobs
} from "./chunk-27A3QD7K.js";
import {
  fileAnalyzers,
  isDatedByHistory,
  isEnabled,
  optionsOf,
  ranDocCoverage,
  repoAnalyzers
} from "./chunk-UGXMGD3O.js";
import "./chunk-BG2DLXK5.js";
import {
  hashParts
} from "./chunk-PPIWG3NF.js";
import "./chunk-4THWTKPR.js";
import "./chunk-3FEP5BVN.js";
import "./chunk-4K3HMJS3.js";

// dist/src/cli/scan.js
import { parseArgs } from "node:util";

// dist/src/workflow/analysis-pool.js
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var CHUNK_CHARS = 256 * 1024;
function workerCount(env) {
  if (layout === "standalone")
    return 0;
  const asked = env.GIT_VALUE_WORKERS;
  if (asked !== void 0 && /^\d+$/.test(asked))
    return Math.min(Number(asked), 8);
  return Math.max(0, Math.min(availableParallelism() - 1, 3));
}
var pick = (config) => enabledAnalyzers(config, "scan");
function createAnalysisPool(threads) {
  const workers = [];
  for (let index = 0; index < threads; index++) {
    try {
      const worker = new Worker(new URL("./analysis-worker.js", import.meta.url));
      worker.unref();
      workers.push(worker);
    } catch {
      break;
    }
  }
  let nextId = 0;
  return {
    get threads() {
      return workers.length;
    },
    async analyze(files, configFor) {
      const results = new Array(files.length);
      const chunks = chunk(files);
      if (workers.length === 0) {
        const { results: all } = await analyzeEach(files, configFor, pick);
        return all;
      }
      let next = 0;
      const redo = [];
      const runOnWorker = (worker) => new Promise((resolve, reject) => {
        const take = () => {
          const span = chunks[next++];
          if (!span)
            return resolve();
          const request = toRequest(nextId++, files, span, configFor);
          const onMessage = (answer) => {
            if (answer.id !== request.id)
              return;
            worker.off("message", onMessage);
            worker.off("error", onError);
            if ("error" in answer)
              return reject(new Error(answer.error));
            answer.results.forEach((result, at) => results[span[0] + at] = result);
            take();
          };
          const onError = () => {
            worker.off("message", onMessage);
            workers.splice(workers.indexOf(worker), 1);
            redo.push(span);
            resolve();
          };
          worker.on("message", onMessage);
          worker.once("error", onError);
          worker.postMessage(request);
        };
        take();
      });
      const analyzeSpan = async ([start, end]) => {
        const { results: done } = await analyzeEach(files.slice(start, end), configFor, pick);
        done.forEach((result, at) => results[start + at] = result);
      };
      const onMain = async () => {
        for (let span = chunks[next++]; span; span = chunks[next++]) {
          await analyzeSpan(span);
          await new Promise((resolve) => setImmediate(resolve));
        }
      };
      await Promise.all([onMain(), ...workers.map(runOnWorker)]);
      for (const span of redo)
        await analyzeSpan(span);
      return results;
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    }
  };
}
function chunk(files) {
  const spans = [];
  let start = 0;
  let size = 0;
  files.forEach((file, index) => {
    size += file.text.length;
    if (size >= CHUNK_CHARS) {
      spans.push([start, index + 1]);
      start = index + 1;
      size = 0;
    }
  });
  if (start < files.length)
    spans.push([start, files.length]);
  return spans;
}
function toRequest(id, files, [start, end], configFor) {
  const configs = [];
  const index = /* @__PURE__ */ new Map();
  const configOf = [];
  const part = files.slice(start, end);
  for (const file of part) {
    const config = configFor(file.path);
    let at = index.get(config);
    if (at === void 0) {
      at = configs.length;
      index.set(config, at);
      configs.push({ analyzers: config.analyzers });
    }
    configOf.push(at);
  }
  return { id, files: part.map(({ path, text, changed }) => ({ path, text, changed })), configs, configOf };
}

// dist/src/git/blob-read-ahead.js
import { spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
function readBlobsAhead(cwd, shas) {
  const unique = [...new Set(shas)];
  if (unique.length === 0)
    return { result: Promise.resolve(ok(/* @__PURE__ */ new Map())) };
  let dir;
  let input;
  let output;
  try {
    dir = mkdtempSync(join(tmpdir(), "git-value-blobs-"));
    writeFileSync(join(dir, "names"), `${unique.join("\n")}
`);
    input = openSync(join(dir, "names"), "r");
    output = openSync(join(dir, "blobs"), "w");
  } catch {
    return { result: Promise.resolve(readBlobs(cwd, unique)) };
  }
  const result = new Promise((resolve) => {
    const child = spawn("git", ["cat-file", "--batch", "--buffer"], {
      cwd,
      stdio: [input, output, "ignore"],
      env: gitEnv()
    });
    closeSync(input);
    closeSync(output);
    let settled = false;
    const inTurn = () => {
      if (!settled)
        resolve(readBlobs(cwd, unique));
      settled = true;
    };
    child.on("error", () => {
      rmSync(dir, { recursive: true, force: true });
      inTurn();
    });
    child.on("close", (status) => {
      if (settled)
        return;
      try {
        if (status !== 0)
          return inTurn();
        const parsed = parseBatchOutput(readFileSync(join(dir, "blobs")), unique.length);
        if (!parsed.ok)
          return inTurn();
        const blobs = /* @__PURE__ */ new Map();
        parsed.value.forEach((bytes, index) => {
          if (bytes)
            blobs.set(unique[index], bytes);
        });
        settled = true;
        resolve(ok(blobs));
      } catch {
        inTurn();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
  return { result };
}

// dist/src/workflow/read-tracked.js
var BATCH_BYTES = 4 * 1024 * 1024;
async function planTrackedFiles(cwd, resolveConfigs, isKnown = () => false, onListed = () => ok(void 0)) {
  const listed = listTrackedFiles(cwd, { sizes: true });
  if (!listed.ok)
    return listed;
  const prepared = onListed(listed.value);
  if (!prepared.ok)
    return prepared;
  const notes = listed.value.conflicted.map((path) => `${path}: unresolved merge conflict, skipped`);
  const configs = await resolveConfigs(listed.value.files.map((file) => file.path));
  if (!configs.ok)
    return configs;
  const configFor = configs.value;
  const matchers = /* @__PURE__ */ new Map();
  const isIgnored = (path) => {
    const config = configFor(path);
    const matcher = matchers.get(config) ?? compileGlobs(config.ignore);
    matchers.set(config, matcher);
    return matcher(path);
  };
  const wanted = listed.value.files.filter((file) => {
    if (file.mode === "160000")
      notes.push(`${file.path}: submodule, skipped (scan it in its own repository)`);
    else if (file.mode === "120000")
      notes.push(`${file.path}: symbolic link, skipped`);
    else
      return !isIgnored(file.path);
    return false;
  });
  const unsure = wanted.filter((file) => !file.indexSize || file.indexSize > configFor(file.path).maxFileBytes);
  const sizes = readBlobSizes(cwd, [...new Set(unsure.map((file) => file.blob))]);
  if (!sizes.ok)
    return sizes;
  const batches = [[]];
  const known = [];
  let batchBytes = 0;
  let bytes = 0;
  let batchedBytes = 0;
  for (const file of wanted) {
    const size = sizes.value.get(file.blob) ?? file.indexSize ?? 0;
    if (size > configFor(file.path).maxFileBytes) {
      notes.push(`${file.path}: too large (${size} bytes > maxFileBytes), skipped`);
      continue;
    }
    bytes += size;
    if (isKnown(file, configFor)) {
      known.push(file);
      continue;
    }
    if (batchBytes + size > BATCH_BYTES && batchBytes > 0) {
      batches.push([]);
      batchBytes = 0;
    }
    batches[batches.length - 1].push(file);
    batchBytes += size;
    batchedBytes += size;
  }
  return ok({
    paths: listed.value.files.map((file) => file.path).concat(listed.value.conflicted).sort(),
    batches: batches.filter((batch) => batch.length > 0),
    known,
    batchedBytes,
    bytes,
    notes,
    configFor,
    tracked: listed.value
  });
}
function decodeBatch(batch, blobs, configFor) {
  const files = [];
  for (const file of batch) {
    const bytes = blobs.get(file.blob);
    if (!bytes)
      continue;
    const decoded = decodeBlob(bytes, configFor(file.path).maxFileBytes);
    files.push("skipped" in decoded ? { file, note: `${file.path}: ${decoded.skipped}, skipped` } : { file, text: decoded.text });
  }
  return files;
}

// dist/src/workflow/tool-digest.js
import { readdirSync, readFileSync as readFileSync2, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join as join2 } from "node:path";
import { getAsset } from "node:sea";
import { fileURLToPath } from "node:url";
var digest;
function toolDigest() {
  if (digest !== void 0)
    return digest;
  if (layout === "standalone")
    return digest = hashParts([getAsset("build-id", "utf8")], 24);
  const here = dirname(fileURLToPath(import.meta.url));
  const parts = [];
  if (layout === "prebuilt" || basename(here) === "cli" && basename(dirname(here)) === "bundle")
    parts.push(...readdirSync(here).sort());
  else
    parts.push(...describeTree(dirname(here)));
  const require2 = createRequire(import.meta.url);
  for (const name of ["@babel/parser", "web-tree-sitter", "tree-sitter-wasms"]) {
    try {
      parts.push(`${name}@${JSON.parse(readFileSync2(require2.resolve(`${name}/package.json`), "utf8")).version}`);
    } catch {
      parts.push(`${name}@none`);
    }
  }
  return digest = hashParts(parts, 24);
}
function describeTree(dir) {
  const parts = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
    const path = join2(dir, entry.name);
    if (entry.isDirectory())
      parts.push(...describeTree(path));
    else if (entry.name.endsWith(".js")) {
      const stat = statSync(path);
      parts.push(`${path}:${stat.size}:${stat.mtimeMs}`);
    }
  }
  return parts;
}
var configDigests = /* @__PURE__ */ new WeakMap();
function configDigest(config) {
  let value = configDigests.get(config);
  if (value === void 0)
    configDigests.set(config, value = hashParts([JSON.stringify(config.analyzers), String(config.maxFileBytes)], 16));
  return value;
}

// dist/src/workflow/full-scan.js
var ANALYSIS_CACHE = "analysis";
var WHOLE_FILE = [{ start: 1, end: Number.MAX_SAFE_INTEGER }];
async function scanTrackedFiles(repo, config, resolveConfigs, today, mark, options = { workers: 0 }) {
  let pool;
  try {
    return await scanWith(repo, config, resolveConfigs, today, mark, (bytes) => {
      if (options.workers > 0 && bytes >= PARALLEL_MIN_BYTES && usesParsers(config))
        pool = createAnalysisPool(options.workers);
      return pool;
    });
  } finally {
    await pool?.close();
  }
}
var PARALLEL_MIN_BYTES = 2 * 1024 * 1024;
async function scanWith(repo, config, resolveConfigs, today, mark, startPool) {
  const { root, gitDir } = repo;
  const digest2 = toolDigest();
  const cache = readCache(gitDir, ANALYSIS_CACHE, digest2, isFileResult);
  let contexts = () => ({ context: "source", reason: "" });
  const buildContexts = (tracked2) => {
    const built = readPathContexts(root, gitDir, config, tracked2.files);
    if (!built.ok)
      return built;
    contexts = built.value;
    return ok(void 0);
  };
  const keyOf = (file, configFor2) => `${file.blob} ${configDigest(configFor2(file.path))} ${contexts(file.path).context} ${file.path}`;
  const plan = await planTrackedFiles(root, resolveConfigs, (file, configFor2) => cache.has(keyOf(file, configFor2)), buildContexts);
  if (!plan.ok)
    return plan;
  const { batches, known, configFor } = plan.value;
  const pool = startPool(plan.value.batchedBytes);
  mark(`list ${plan.value.paths.length} tracked files (${known.length} known from the cache)`);
  const listing = repo.head && known.length === 0 && batches.length > 0 ? startHistoryListing(root, repo.head) : void 0;
  const pick2 = (scope) => enabledAnalyzers(scope, "scan");
  const notes = [...plan.value.notes];
  const findings = [];
  const docCoverage = [];
  const nextCache = /* @__PURE__ */ new Map();
  const markers = [];
  const unreadMarkers = [];
  const take = (result) => {
    findings.push(...result.findings);
    notes.push(...result.notes);
    if (result.docCoverage)
      docCoverage.push(result.docCoverage);
  };
  for (const file of known) {
    const key = keyOf(file, configFor);
    const result = cache.get(key);
    nextCache.set(key, result);
    take(result);
    unreadMarkers.push(...result.findings.filter(isMarker));
  }
  let files = known.length;
  const start = (index) => index < batches.length ? readBlobsAhead(root, batches[index].map((file) => file.blob)) : void 0;
  let reading = start(0);
  for (const [index, batch] of batches.entries()) {
    const read = await reading.result;
    reading = start(index + 1);
    if (!read.ok) {
      await reading?.result;
      return read;
    }
    const decoded = decodeBatch(batch, read.value, configFor);
    const texts = [];
    const ofText = [];
    for (const item of decoded) {
      if ("note" in item) {
        const result = { findings: [], notes: [item.note] };
        nextCache.set(keyOf(item.file, configFor), result);
        take(result);
      } else {
        const context = contexts(item.file.path).context;
        texts.push({ path: item.file.path, text: item.text, changed: WHOLE_FILE, context });
        ofText.push(item.file);
      }
    }
    const results = pool ? await pool.analyze(texts, configFor) : (await analyzeEach(texts, configFor, pick2)).results;
    results.forEach((result, at) => {
      nextCache.set(keyOf(ofText[at], configFor), result);
      take(result);
      const text = texts[at].text;
      for (const finding of result.findings.filter(isMarker))
        markers.push({ finding, text: lineText(text, finding.line) });
    });
    files += decoded.length;
  }
  mark(`analyse ${files} files${pool ? ` (main thread and ${pool.threads} worker threads)` : ""}`);
  writeCache(gitDir, ANALYSIS_CACHE, digest2, nextCache);
  const blobs = new Map(plan.value.tracked.files.map((file) => [file.path, file.blob]));
  const history = await resolveMarkerOrigins({
    root,
    gitDir,
    head: repo.head,
    markers,
    unread: unreadMarkers,
    blobOf: (path) => blobs.get(path),
    readText: (paths) => readTexts(root, paths, blobs, configFor),
    ...listing ? { listing } : {}
  });
  if (history.note)
    notes.push(history.note);
  for (const [index, finding] of findings.entries()) {
    const dated = history.findings.get(finding);
    if (dated)
      findings[index] = dated;
  }
  mark("marker history");
  const ranPrefixes = [
    ...new Set([config, ...new Set(plan.value.paths.map(configFor))].flatMap((scope) => pick2(scope).map((entry) => entry.rulePrefix)))
  ];
  const tracked = plan.value.tracked;
  for (const entry of repoAnalyzers.filter((candidate) => isEnabled(candidate, config))) {
    const module = await entry.load();
    const options = optionsOf(entry, config);
    for (const input of entry.inputs ?? []) {
      const gathered = gatherInput[input]({ root, tracked, paths: plan.value.paths }, options);
      Object.assign(options, gathered.options);
      if (gathered.note)
        notes.push(gathered.note);
    }
    findings.push(...runWithStagedReads(root, tracked.files, (read) => module.analyzeRepo({ files: plan.value.paths, read, today, options })));
    ranPrefixes.push(entry.rulePrefix);
  }
  mark("repository analyzers");
  return ok({ findings, ranPrefixes, notes, files, bytes: plan.value.bytes, tracked, docCoverage, contexts });
}
function usesParsers(config) {
  return enabledAnalyzers(config, "scan").some((entry) => !entry.hook);
}
function isFileResult(value) {
  const result = value;
  return typeof result === "object" && result !== null && Array.isArray(result.findings) && Array.isArray(result.notes) && result.findings.every((finding) => typeof finding === "object" && finding !== null && typeof finding.ruleId === "string" && typeof finding.path === "string" && typeof finding.line === "number" && typeof finding.fingerprint === "string");
}
function isMarker(finding) {
  return isDatedByHistory(finding.ruleId);
}
var gatherInput = {
  // the registry's latest versions (npm outdated), unless the analyzer's `registry` option is off
  "npm-latest-versions": ({ root, tracked, paths }, options) => {
    if (options.registry === false)
      return { options: {} };
    const manifests = runWithStagedReads(root, tracked.files, (read) => collectManifests(paths, read));
    const lookup = lookupLatestVersions(manifests, Number(options.registryTimeoutSeconds) * 1e3);
    return { options: { latestVersions: lookup.latest }, ...lookup.note ? { note: lookup.note } : {} };
  }
};
function readTexts(root, paths, blobs, configFor) {
  const texts = /* @__PURE__ */ new Map();
  const wanted = paths.flatMap((path) => {
    const blob = blobs.get(path);
    return blob ? [[path, blob]] : [];
  });
  const read = readBlobs(root, wanted.map(([, blob]) => blob));
  if (!read.ok)
    return texts;
  for (const [path, blob] of wanted) {
    const bytes = read.value.get(blob);
    const decoded = bytes ? decodeBlob(bytes, configFor(path).maxFileBytes) : void 0;
    if (decoded && "text" in decoded)
      texts.set(path, decoded.text);
  }
  return texts;
}

// dist/src/workflow/rebuild-ledger.js
function readPreviousEntries(root, rebuild, earlier) {
  const text = readLedgerOrStaged(root);
  if (!text.ok)
    return text;
  if (text.value === void 0)
    return ok({ entries: [], text: void 0 });
  if (earlier && earlier.text === text.value)
    return ok(earlier);
  const parsed = parseLedger(text.value, LEDGER_PATH);
  if (parsed.ok)
    return ok({ entries: parsed.value.entries, text: text.value });
  if (!rebuild)
    return parsed;
  const committed = runGit(["show", `HEAD:${LEDGER_PATH}`], { cwd: root, okCodes: [128] });
  if (!committed.ok || committed.value.status !== 0)
    return ok({ entries: [], text: text.value });
  const fromHead = parseLedger(committed.value.stdout.toString("utf8"), `HEAD:${LEDGER_PATH}`);
  return ok({ entries: fromHead.ok ? fromHead.value.entries : [], text: text.value });
}
function rebuildLedger(root, previous, findings, context) {
  const resolved = context.head ? { commit: context.head, at: context.headDate } : { at: context.headDate };
  const entries = reconcileEntries(previous.map((entry) => withResolvingCommit(root, entry)), findings, {
    firstSeen: context.headDate,
    resolved,
    isReconciled: (ruleId) => context.ranPrefixes.some((prefix) => ruleId.startsWith(prefix))
  });
  const sorted = [...entries].sort(compareEntries);
  return { text: formatLedger(sorted), entries: sorted };
}
var resolvingCommits = /* @__PURE__ */ new Map();
function withResolvingCommit(root, entry) {
  const parent = entry.resolved?.parent;
  if (!entry.resolved || entry.resolved.commit || !parent)
    return entry;
  if (!resolvingCommits.has(parent))
    resolvingCommits.set(parent, firstCommitAfter(root, parent));
  const commit = resolvingCommits.get(parent);
  return commit ? { ...entry, resolved: { commit, at: entry.resolved.at } } : entry;
}

// dist/src/git/added-lines.js
var CONTEXT = 3;
function readAddedLines(cwd, paths) {
  const log = runGitText([
    "-c",
    "core.quotePath=false",
    "log",
    "--reverse",
    "--format=%x00%as",
    "-p",
    `-U${CONTEXT}`,
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--no-renames",
    "--diff-filter=AMCT",
    "HEAD",
    "--",
    ...paths.map((path) => `:(literal)${path}`)
  ], { cwd });
  if (!log.ok)
    return log;
  const added = [];
  let date = "";
  let current;
  let inHeader = false;
  for (const line of log.value.split("\n")) {
    if (line.startsWith("\0"))
      [date, current, inHeader] = [line.slice(1), void 0, false];
    else if (line.startsWith("diff --git "))
      [current, inHeader] = [void 0, true];
    else if (inHeader && line.startsWith("+++ ")) {
      current = { date, path: unquotePath(line.slice(4)).replace(/^b\//, ""), lines: [], added: [] };
      added.push(current);
    } else if (line.startsWith("@@")) {
      inHeader = false;
      if (current && current.lines.length > 0)
        current.lines.push("");
    } else if (!inHeader && current && (line.startsWith("+") || line.startsWith(" "))) {
      current.lines.push(line.slice(1));
      if (line.startsWith("+"))
        addLine(current.added, current.lines.length);
    }
  }
  return ok(added.filter((entry) => entry.added.length > 0));
}
function addLine(ranges, line) {
  const last = ranges[ranges.length - 1];
  if (last && last.end === line - 1)
    last.end = line;
  else
    ranges.push({ start: line, end: line });
}
function unquotePath(text) {
  if (!text.startsWith('"'))
    return text;
  const escapes = { t: "	", n: "\n", '"': '"', "\\": "\\", r: "\r" };
  const bytes = [];
  const body = Buffer.from(text.slice(1, -1), "utf8");
  for (let index = 0; index < body.length; index++) {
    const byte = body[index];
    if (byte !== 92) {
      bytes.push(byte);
      continue;
    }
    const next = String.fromCharCode(body[index + 1] ?? 0);
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.subarray(index + 1, index + 4).toString("latin1"), 8));
      index += 3;
    } else {
      bytes.push(...Buffer.from(escapes[next] ?? next, "utf8"));
      index += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

// dist/src/workflow/secret-history.js
var SECRET_HISTORY_FILE_LIMIT = 300;
async function addSecretHistory(root, findings, previous, resolveConfigs) {
  const known = new Set(previous.map((entry2) => `${entry2.ruleId}\0${entry2.fingerprint}`));
  const key = (finding) => `${finding.ruleId}\0${finding.fingerprint}`;
  const wanted = findings.filter((finding) => finding.category === "secret" && !known.has(key(finding)));
  if (wanted.length === 0)
    return { findings: [...findings] };
  const paths = [...new Set(wanted.map((finding) => finding.path))];
  if (paths.length > SECRET_HISTORY_FILE_LIMIT)
    return {
      findings: [...findings],
      note: `secrets new to the ledger in ${paths.length} files: history skipped over ${SECRET_HISTORY_FILE_LIMIT} files, first seen is HEAD's date`
    };
  const history = readAddedLines(root, paths);
  if (!history.ok)
    return { findings: [...findings], note: `secret history not read: ${history.error.message}` };
  const configs = await resolveConfigs([...new Set(history.value.map((commit) => commit.path))]);
  if (!configs.ok)
    return { findings: [...findings] };
  const configFor = configs.value;
  const entry = fileAnalyzers.find((candidate) => candidate.name === "secrets");
  if (!entry)
    return { findings: [...findings] };
  const secrets = await entry.load();
  const firstAdded = /* @__PURE__ */ new Map();
  const wantedKeys = new Set(wanted.map(key));
  const copiesSoFar = /* @__PURE__ */ new Map();
  for (const commit of history.value) {
    const { enabled: _enabled, ...options } = configFor(commit.path).analyzers["secrets"] ?? { enabled: true };
    const text = commit.lines.join("\n");
    const found = secrets.analyze({
      path: commit.path,
      text,
      changed: commit.added,
      options
    });
    for (const finding of found) {
      const counted = `${commit.path}\0${key(finding)}`;
      const occurrence = copiesSoFar.get(counted) ?? 0;
      copiesSoFar.set(counted, occurrence + 1);
      const fingerprint = occurrence === 0 ? finding.fingerprint : hashParts([finding.fingerprint, String(occurrence)]);
      const dated = `${finding.ruleId}\0${fingerprint}`;
      if (wantedKeys.has(dated) && !firstAdded.has(dated))
        firstAdded.set(dated, commit.date);
    }
  }
  return {
    findings: findings.map((finding) => {
      const written = wantedKeys.has(key(finding)) ? firstAdded.get(key(finding)) : void 0;
      return written ? { ...finding, facts: { ...finding.facts, written } } : finding;
    })
  };
}

// dist/src/cli/scan.js
async function run(args, env) {
  const result = await scan(args, env);
  if (!result.ok)
    return {
      exitCode: EXIT_ERROR,
      stdout: "",
      stderr: formatError(result.error, painter(env.color), Boolean(env.env.GIT_VALUE_DEBUG))
    };
  return result.value;
}
function parseScanArgs(args) {
  try {
    const { values } = parseArgs({
      args,
      options: { format: { type: "string" }, output: { type: "string" }, rebuild: { type: "boolean" } }
    });
    const report = parseReportOptions(values);
    return report.ok ? ok({ ...report.value, rebuild: Boolean(values.rebuild) }) : report;
  } catch (error) {
    return fail({
      code: "USAGE",
      message: error.message,
      fix: "git-value scan [--format md|json|sarif] [--output FILE] [--rebuild]"
    });
  }
}
async function scan(args, env) {
  const options = parseScanArgs(args);
  if (!options.ok)
    return options;
  const mark = createTimer(env.env);
  const workspace = await openWorkspace(env);
  if (!workspace.ok)
    return workspace;
  const { repo, config } = workspace.value;
  const today = env.now.toISOString().slice(0, 10);
  const headDate = repo.head ? commitDate(repo.root, repo.head) : ok(today);
  if (!headDate.ok)
    return headDate;
  const early = readPreviousEntries(repo.root, options.value.rebuild);
  if (!early.ok)
    return early;
  discardPendingRefresh(repo.gitDir);
  const started = performance.now();
  const run2 = await scanTrackedFiles({ root: repo.root, gitDir: repo.gitDir, head: repo.head }, config, workspace.value.resolveConfigs, today, mark, { workers: workerCount(env.env) });
  if (!run2.ok)
    return run2;
  if (repo.head) {
    const dated = await addSecretHistory(repo.root, run2.value.findings, early.value.entries, workspace.value.resolveConfigs);
    run2.value.findings = dated.findings;
    if (dated.note)
      run2.value.notes.push(dated.note);
    mark("secret history");
  }
  const written = await withLedgerLock(repo.root, () => {
    const previous = readPreviousEntries(repo.root, options.value.rebuild, early.value);
    if (!previous.ok)
      return previous;
    const rebuilt = rebuildLedger(repo.root, previous.value.entries, run2.value.findings, {
      ...repo.head ? { head: repo.head } : {},
      headDate: headDate.value,
      ranPrefixes: run2.value.ranPrefixes
    });
    if (previous.value.text === rebuilt.text)
      return ok(rebuilt);
    const saved = writeFileAtomic(ledgerFile(repo.root), rebuilt.text, LEDGER_PATH);
    return saved.ok ? ok(rebuilt) : saved;
  });
  if (!written.ok)
    return written;
  if (ranDocCoverage(run2.value.ranPrefixes)) {
    const coverage = updateCoverage(repo.root, "all", run2.value.docCoverage);
    if (!coverage.ok)
      return coverage;
  }
  mark("ledger");
  const { entries } = written.value;
  const seconds = (performance.now() - started) / 1e3;
  const reports = await renderReports(workspace.value, entries, env, options.value, run2.value.notes, {
    tracked: run2.value.tracked,
    contexts: run2.value.contexts
  });
  if (!reports.ok)
    return reports;
  mark("backlog");
  const open = entries.filter((entry) => entry.status === "open").length;
  const megabytes = run2.value.bytes / 1024 / 1024;
  const summary = `git-value: scanned ${run2.value.files} files (${megabytes.toFixed(1)} MB) in ${seconds.toFixed(1)}s: ${open} open findings; wrote ${LEDGER_PATH} and ${reports.value.written.join(", ")}
`;
  return ok({ exitCode: 0, stdout: reports.value.stdout, stderr: summary + reports.value.notes });
}
export {
  run
};
