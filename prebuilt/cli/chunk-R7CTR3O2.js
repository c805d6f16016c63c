import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  NO_INPUTS,
  gatherFileInputs,
  lineText,
  resolveMarkerOrigins,
  startHistoryListing
} from "./chunk-QREBX4VN.js";
import {
  configDigest,
  readCache,
  toolDigest,
  writeCache
} from "./chunk-QP2XATKL.js";
import {
  listTrackedFiles,
  readPathContexts,
  runWithStagedReads
} from "./chunk-CL47BL6J.js";
import {
  decodeBlob,
  skippedNote
} from "./chunk-L42DG4D7.js";
import {
  parseBatchOutput,
  readBlobSizes,
  readBlobs
} from "./chunk-AP6QHR2Z.js";
import {
  gitEnv,
  runGitText
} from "./chunk-TNT4O3F4.js";
import {
  isForeignPath
} from "./chunk-R7BXTBGS.js";
import {
  layout
} from "./chunk-BX7BPTSK.js";
import {
  ok
} from "./chunk-HUUDYLWZ.js";
import {
  analyzeEach,
  enabledAnalyzers
} from "./chunk-CM6QQNYP.js";
import {
  note
} from "./chunk-RYSKVT2F.js";
import {
  compileGlobs
} from "./chunk-27A3QD7K.js";
import {
  isDatedByHistory,
  isEnabled,
  optionsOf,
  repoAnalyzers
} from "./chunk-RGYNK77T.js";

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
var WORKER_HEAP_MB = 96;
function createAnalysisPool(threads) {
  const workers = [];
  for (let index = 0; index < threads; index++) {
    try {
      const worker = new Worker(new URL("./analysis-worker.js", import.meta.url), {
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB }
      });
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
  const sent = part.map(({ path, text, changed, context }) => ({
    path,
    text,
    changed,
    ...context ? { context } : {}
  }));
  return { id, files: sent, configs, configOf };
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
var FIRST_BATCH_BYTES = 256 * 1024;
async function planTrackedFiles(cwd, resolveConfigs, isKnown = () => false, onListed = () => ok(void 0)) {
  const listed = listTrackedFiles(cwd, { sizes: true });
  if (!listed.ok)
    return listed;
  const prepared = await onListed(listed.value);
  if (!prepared.ok)
    return prepared;
  const notes = listed.value.conflicted.map((path) => note("conflicted", `${path}: unresolved merge conflict, skipped`));
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
      notes.push(note("skipped-file", `${file.path}: submodule, skipped (scan it in its own repository)`));
    else if (file.mode === "120000")
      notes.push(note("skipped-file", `${file.path}: symbolic link, skipped`));
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
  let batchLimit = FIRST_BATCH_BYTES;
  let bytes = 0;
  let batchedBytes = 0;
  for (const file of wanted) {
    const size = sizes.value.get(file.blob) ?? file.indexSize ?? 0;
    if (size > configFor(file.path).maxFileBytes) {
      notes.push(note("too-large", `${file.path}: too large (${size} bytes > maxFileBytes), skipped`));
      continue;
    }
    bytes += size;
    if (isKnown(file, configFor)) {
      known.push(file);
      continue;
    }
    if (batchBytes + size > batchLimit && batchBytes > 0) {
      batches.push([]);
      batchBytes = 0;
      batchLimit = Math.min(BATCH_BYTES, batchLimit * 2);
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
    files.push("skipped" in decoded ? { file, note: skippedNote(decoded.skipped, `${file.path}: ${decoded.skipped}, skipped`) } : { file, text: decoded.text });
  }
  return files;
}

// dist/src/workflow/registry-latest.js
import { spawnSync } from "node:child_process";
import { mkdtempSync as mkdtempSync2, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join2 } from "node:path";
var REGISTRY_NOTE = "npm registry:";
var MAX_MANIFESTS = 10;
function collectManifests(paths, read) {
  return paths.filter((path) => (path === "package.json" || path.endsWith("/package.json")) && !isForeignPath(path)).flatMap((path) => {
    const folder = path.slice(0, path.length - "package.json".length);
    const text = read(path);
    const npmrc = read(`${folder}.npmrc`) ?? read(".npmrc");
    const probe = text === void 0 ? void 0 : probeManifest(text);
    return probe ? [{ path, text: probe, ...npmrc === void 0 ? {} : { npmrc } }] : [];
  });
}
function probeManifest(text) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return void 0;
  }
  const dependencies = {};
  for (const field of ["devDependencies", "dependencies"]) {
    const declared = json[field];
    if (!declared || typeof declared !== "object" || Array.isArray(declared))
      continue;
    for (const [name, range] of Object.entries(declared)) {
      if (typeof range === "string" && !range.includes(":") && !range.includes("/"))
        dependencies[name] = range;
    }
  }
  if (Object.keys(dependencies).length === 0)
    return void 0;
  return `${JSON.stringify({ name: "git-value-registry-probe", version: "0.0.0", private: true, dependencies }, null, 2)}
`;
}
function lookupLatestVersions(manifests, timeoutMs) {
  if (manifests.length === 0)
    return { latest: {} };
  const latest = {};
  const problems = [];
  const deadline = Date.now() + timeoutMs;
  for (const manifest of manifests.slice(0, MAX_MANIFESTS)) {
    const left = deadline - Date.now();
    if (left <= 0) {
      problems.push(`no time left for ${manifest.path} (analyzers.modern.registryTimeoutSeconds)`);
      break;
    }
    const answer = runOutdated(manifest.text, manifest.npmrc, left);
    if ("error" in answer)
      problems.push(`${manifest.path}: ${answer.error}`);
    else
      Object.assign(latest, answer.latest);
  }
  const skipped = manifests.length > MAX_MANIFESTS ? `; ${manifests.length - MAX_MANIFESTS} more package.json files not looked up` : "";
  if (problems.length === 0)
    return skipped ? {
      latest,
      note: note("registry", `${REGISTRY_NOTE} looked up the first ${MAX_MANIFESTS} package.json files${skipped}`)
    } : { latest };
  return {
    latest,
    note: note("registry", `${REGISTRY_NOTE} could not get latest versions (${problems.join("; ")}); dependency majors were compared with the lockfile only${skipped}`)
  };
}
function runOutdated(packageJson, npmrc, timeoutMs) {
  const folder = mkdtempSync2(join2(tmpdir2(), "git-value-npm-"));
  try {
    writeFileSync2(join2(folder, "package.json"), packageJson);
    if (npmrc !== void 0)
      writeFileSync2(join2(folder, ".npmrc"), npmrc);
    const fetchTimeout = String(Math.max(1e3, Math.min(timeoutMs, 15e3)));
    const child = spawnSync("npm", ["outdated", "--json", "--fetch-retries=0", `--fetch-timeout=${fetchTimeout}`], {
      cwd: folder,
      encoding: "utf8",
      timeout: timeoutMs,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, npm_config_update_notifier: "false", npm_config_audit: "false", npm_config_fund: "false" }
    });
    if (child.error) {
      const code = child.error.code;
      return {
        error: code === "ENOENT" ? "npm is not installed" : code === "ETIMEDOUT" ? `no answer within ${Math.round(timeoutMs / 1e3)} s` : child.error.message
      };
    }
    return parseOutdated(child.stdout);
  } finally {
    rmSync2(folder, { recursive: true, force: true });
  }
}
function parseOutdated(stdout) {
  let json;
  try {
    json = JSON.parse(stdout.trim() || "{}");
  } catch {
    return { error: "npm printed no JSON" };
  }
  if (!json || typeof json !== "object" || Array.isArray(json))
    return { error: "npm printed unexpected JSON" };
  const record = json;
  const failure = record.error;
  if (failure && typeof failure === "object" && !("latest" in failure)) {
    return {
      error: [failure.code, failure.summary].filter((part) => typeof part === "string").join(" ").split("\n")[0]?.slice(0, 200) || "npm failed"
    };
  }
  const latest = {};
  for (const [name, info] of Object.entries(record)) {
    const version = info?.latest;
    if (typeof version === "string" && /^\d/.test(version))
      latest[name] = version;
  }
  return { latest };
}

// dist/src/workflow/full-scan.js
var ANALYSIS_CACHE = "analysis";
async function scanTrackedFiles(repo, config, resolveConfigs, today, mark, options = { workers: 0 }) {
  let pool;
  try {
    return await scanWith(repo, config, resolveConfigs, today, mark, (bytes) => {
      if (options.workers > 0 && bytes >= PARALLEL_MIN_BYTES && usesParsers(config))
        pool = createAnalysisPool(options.workers);
      return pool;
    }, options.onProgress ?? (() => {
    }));
  } finally {
    await pool?.close();
  }
}
var PARALLEL_MIN_BYTES = 2 * 1024 * 1024;
async function scanWith(repo, config, resolveConfigs, today, mark, startPool, onProgress) {
  const { root, gitDir } = repo;
  const digest = toolDigest();
  const cache = readCache(gitDir, ANALYSIS_CACHE, digest, isFileResult);
  let contexts = () => ({ context: "source", reason: "" });
  let inputs = NO_INPUTS;
  const buildContexts = async (tracked2) => {
    const built = readPathContexts(root, gitDir, config, tracked2.files);
    if (!built.ok)
      return built;
    contexts = built.value;
    mark("classify paths");
    inputs = await gatherFileInputs(root, tracked2.files, config, contexts);
    mark("file analyzer inputs (the public API)");
    return ok(void 0);
  };
  const keyOf = (file, configFor2) => `${file.blob} ${configDigest(configFor2(file.path))}${inputs.tag} ${contexts(file.path).context} ${file.path}`;
  const plan = await planTrackedFiles(root, resolveConfigs, (file, configFor2) => cache.has(keyOf(file, configFor2)), buildContexts);
  if (!plan.ok)
    return plan;
  const { batches, known, configFor } = plan.value;
  const analysedWith = (path) => inputs.withInputs(configFor(path));
  const pool = startPool(plan.value.batchedBytes);
  mark(`list ${plan.value.paths.length} tracked files (${known.length} known from the cache)`);
  const datesMarkers = [config, ...new Set(plan.value.paths.map(configFor))].some((scope) => enabledAnalyzers(scope, "scan").some((entry) => entry.datedByHistory === true));
  const listing = repo.head && datesMarkers && known.length === 0 && batches.length > 0 ? startHistoryListing(root, repo.head) : void 0;
  const pick2 = (scope) => enabledAnalyzers(scope, "scan");
  const notes = [...plan.value.notes];
  const findings = [];
  const docCoverage = [];
  const passed = [];
  const nextCache = /* @__PURE__ */ new Map();
  const markers = [];
  const unreadMarkers = [];
  const take = (result) => {
    findings.push(...result.findings);
    notes.push(...result.notes);
    if (result.docCoverage)
      docCoverage.push(result.docCoverage);
    if (result.passed)
      passed.push(...result.passed);
  };
  for (const file of known) {
    const key = keyOf(file, configFor);
    const result = cache.get(key);
    nextCache.set(key, result);
    take(result);
    unreadMarkers.push(...result.findings.filter(isMarker));
  }
  let files = known.length;
  const total = known.length + batches.reduce((sum, batch) => sum + batch.length, 0);
  let bytesRead = 0;
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
        texts.push({ path: item.file.path, text: item.text, context });
        ofText.push(item.file);
      }
    }
    const results = pool ? await pool.analyze(texts, analysedWith) : (await analyzeEach(texts, analysedWith, pick2)).results;
    results.forEach((result, at) => {
      nextCache.set(keyOf(ofText[at], configFor), result);
      take(result);
      const text = texts[at].text;
      for (const finding of result.findings.filter(isMarker))
        markers.push({ finding, text: lineText(text, finding.line) });
    });
    files += decoded.length;
    bytesRead += batch.reduce((sum, file) => sum + (read.value.get(file.blob)?.length ?? 0), 0);
    onProgress(files, total, bytesRead);
  }
  await pool?.close();
  mark(`analyse ${files} files${pool ? ` (main thread and ${pool.threads} worker threads)` : ""}`);
  writeCache(gitDir, ANALYSIS_CACHE, digest, nextCache);
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
  return ok({ findings, ranPrefixes, notes, files, bytes: plan.value.bytes, tracked, docCoverage, passed, contexts });
}
function readCachedAnalysis(gitDir, config, contexts) {
  const cache = readCache(gitDir, ANALYSIS_CACHE, toolDigest(), isFileResult);
  if (cache.size === 0)
    return () => void 0;
  const digest = configDigest(config);
  const byFile = /* @__PURE__ */ new Map();
  for (const [key, result] of cache)
    byFile.set(key.replace(/^(\S+ \S+?)\+\w+ /, "$1 "), result);
  return (file) => byFile.get(`${file.blob} ${digest} ${contexts(file.path).context} ${file.path}`)?.findings;
}
function usesParsers(config) {
  return enabledAnalyzers(config, "scan").some((entry) => !entry.hook);
}
function isFileResult(value) {
  const result = value;
  return typeof result === "object" && result !== null && Array.isArray(result.findings) && Array.isArray(result.notes) && (result.passed === void 0 || Array.isArray(result.passed)) && result.notes.every((note2) => typeof note2 === "object" && note2 !== null && typeof note2.text === "string") && result.findings.every((finding) => typeof finding === "object" && finding !== null && typeof finding.ruleId === "string" && typeof finding.path === "string" && typeof finding.line === "number" && typeof finding.fingerprint === "string");
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

export {
  workerCount,
  scanTrackedFiles,
  readCachedAnalysis,
  readAddedLines,
  unquotePath
};
