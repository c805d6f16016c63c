import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  readCache,
  writeCache
} from "./chunk-QP2XATKL.js";
import {
  runWithStagedReads
} from "./chunk-CL47BL6J.js";
import {
  gitEnv
} from "./chunk-TNT4O3F4.js";
import {
  fail,
  ok
} from "./chunk-HUUDYLWZ.js";
import {
  note
} from "./chunk-RYSKVT2F.js";
import {
  fileAnalyzers,
  handlesLanguage,
  isDatedByHistory,
  isEnabled,
  optionsOf
} from "./chunk-RGYNK77T.js";
import {
  hashParts
} from "./chunk-ONKLCXXC.js";
import {
  languageOf
} from "./chunk-3FEP5BVN.js";

// dist/src/git/path-versions.js
import { spawn } from "node:child_process";
var MAX_LOG_BYTES = 512 * 1024 * 1024;
var HEADER = "commit ";
function startHistoryListing(cwd, head) {
  return new Promise((resolve) => {
    const child = spawn("git", ["log", "-z", "--raw", "-M", "--no-merges", "--no-abbrev", `--format=${HEADER}%H %at %an`, head, "--"], { cwd, env: gitEnv(), stdio: ["ignore", "pipe", "pipe"] });
    const chunks = [];
    let size = 0;
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_LOG_BYTES)
        child.kill();
      else
        chunks.push(chunk);
    });
    child.stderr.on("data", (chunk) => stderr += chunk.toString("utf8"));
    child.on("error", (error) => resolve(fail({ code: "GIT_FAILED", message: `could not run git: ${error.message}`, fix: "install git" })));
    child.on("close", (status) => {
      if (size > MAX_LOG_BYTES)
        return resolve(fail({
          code: "GIT_FAILED",
          message: `the history listing passed ${MAX_LOG_BYTES / 1048576} MB`,
          fix: "nothing to do: marker ages count from when the ledger first saw each marker"
        }));
      if (status !== 0)
        return resolve(fail({
          code: "GIT_FAILED",
          message: `git log failed: ${stderr.trim().split("\n")[0] ?? ""}`,
          fix: "run `git log --raw HEAD` yourself to see what git needs",
          cause: stderr
        }));
      resolve(ok(Buffer.concat(chunks)));
    });
  });
}
function versionsOfPaths(listing, paths) {
  const versions = /* @__PURE__ */ new Map();
  const tracked = /* @__PURE__ */ new Map();
  for (const path of paths) {
    versions.set(path, []);
    tracked.set(path, path);
  }
  let commit;
  let at = 0;
  const next = () => {
    if (at >= listing.length)
      return void 0;
    let end = listing.indexOf(0, at);
    if (end === -1)
      end = listing.length;
    const field = listing.toString("utf8", at, end);
    at = end + 1;
    return field;
  };
  for (let field = next(); field !== void 0 && tracked.size > 0; field = next()) {
    const token = field.startsWith("\n") ? field.slice(1) : field;
    if (token.startsWith(HEADER)) {
      const [sha, time, ...author] = token.slice(HEADER.length).split(" ");
      commit = { commit: sha, time: Number(time), author: author.join(" ") };
      continue;
    }
    if (!token.startsWith(":") || !commit)
      continue;
    const [, , , blob, status = ""] = token.split(" ");
    const path = next();
    const renamedTo = status.startsWith("R") || status.startsWith("C") ? next() : void 0;
    const name = renamedTo ?? path;
    const atHead = tracked.get(name);
    if (atHead === void 0)
      continue;
    const kind = status[0];
    versions.get(atHead).push({ ...commit, blob: kind === "D" ? void 0 : blob });
    if (kind === "A" || kind === "R")
      tracked.delete(name);
    if (kind === "R" && !tracked.has(path))
      tracked.set(path, atHead);
  }
  return versions;
}

// dist/src/git/blob-stream.js
import { spawn as spawn2 } from "node:child_process";
function openBlobStream(cwd) {
  const child = spawn2("git", ["cat-file", "--batch"], { cwd, env: gitEnv(), stdio: ["pipe", "pipe", "ignore"] });
  let failure;
  let pending;
  let parts = [];
  let partsLength = 0;
  let body;
  let parsed = /* @__PURE__ */ new Map();
  let answered = 0;
  const settle = (result) => {
    const current = pending;
    pending = void 0;
    current?.done(result);
  };
  const broken = (message) => {
    failure ??= message;
    settle(fail({
      code: "GIT_FAILED",
      message: `git cat-file failed: ${failure}`,
      fix: "run `git fsck` to check the repository"
    }));
  };
  child.on("error", (error) => broken(error.message));
  child.on("close", () => broken("it stopped"));
  child.stdin.on("error", (error) => broken(error.message));
  const rest = (buffer, from) => {
    const left = buffer.subarray(from);
    parts = left.length ? [left] : [];
    partsLength = left.length;
  };
  child.stdout.on("data", (chunk) => {
    parts.push(chunk);
    partsLength += chunk.length;
    while (pending && answered < pending.count) {
      if (!body) {
        const joined2 = parts.length === 1 ? parts[0] : Buffer.concat(parts);
        const headerEnd = joined2.indexOf(10);
        if (headerEnd === -1) {
          rest(joined2, 0);
          break;
        }
        const [name, type, size] = joined2.toString("latin1", 0, headerEnd).split(" ");
        rest(joined2, headerEnd + 1);
        if (type === "missing" || type === "ambiguous" || size === void 0)
          answered++;
        else
          body = { name: type === "blob" ? name : "", want: Number(size) + 1 };
        continue;
      }
      if (partsLength < body.want)
        break;
      const joined = parts.length === 1 ? parts[0] : Buffer.concat(parts);
      if (body.name)
        parsed.set(body.name, Buffer.from(joined.subarray(0, body.want - 1)));
      rest(joined, body.want);
      body = void 0;
      answered++;
    }
    if (pending && answered === pending.count)
      settle(ok(parsed));
  });
  return {
    read(shas) {
      const names = [...new Set(shas)];
      if (names.length === 0)
        return Promise.resolve(ok(/* @__PURE__ */ new Map()));
      if (failure)
        return Promise.resolve(fail({
          code: "GIT_FAILED",
          message: `git cat-file failed: ${failure}`,
          fix: "run `git fsck` to check the repository"
        }));
      return new Promise((done) => {
        parsed = /* @__PURE__ */ new Map();
        answered = 0;
        pending = { count: names.length, done, names };
        child.stdin.write(`${names.join("\n")}
`);
      });
    },
    close() {
      child.stdin.end();
      child.removeAllListeners("close");
      child.kill();
    }
  };
}

// dist/src/workflow/marker-history.js
function isCachedFile(value) {
  const file = value;
  return typeof file === "object" && file !== null && typeof file.blob === "string" && typeof file.head === "string" && Array.isArray(file.lines) && file.lines.every((row) => Array.isArray(row) && typeof row[0] === "number" && typeof row[1] === "string" && (typeof row[2] === "string" && typeof row[3] === "string" || row[2] === null && row[3] === null));
}
var CACHE_NAME = "marker-origins";
var CACHE_DIGEST = "marker-origins-1";
async function resolveMarkerOrigins(input) {
  const { head } = input;
  const out = /* @__PURE__ */ new Map();
  if (!head)
    return { findings: out };
  const cache = readCache(input.gitDir, CACHE_NAME, CACHE_DIGEST, isCachedFile);
  const origins = /* @__PURE__ */ new Map();
  const reuse = (finding, row) => origins.set(finding, row[2] === null ? null : { author: row[2], date: row[3] });
  const needText = [];
  for (const finding of input.unread) {
    const cached = cache.get(finding.path);
    const row = cached?.blob === input.blobOf(finding.path) ? cached?.lines.find(([line]) => line === finding.line) : void 0;
    if (row && (row[2] !== null || cached?.head === head))
      reuse(finding, row);
    else
      needText.push(finding);
  }
  const texts = needText.length ? input.readText([...new Set(needText.map((finding) => finding.path))]) : /* @__PURE__ */ new Map();
  const lines = [...input.markers];
  for (const finding of needText) {
    const text = texts.get(finding.path);
    if (text !== void 0)
      lines.push({ finding, text: lineText(text, finding.line) });
  }
  const hashes = new Map(lines.map((marker) => [marker.finding, hashParts([marker.text])]));
  const unknown = [];
  for (const marker of lines) {
    const cached = cache.get(marker.finding.path);
    const row = cached?.lines.find(([, hash]) => hash === hashes.get(marker.finding));
    if (row && (row[2] !== null || cached?.head === head && cached.blob === input.blobOf(marker.finding.path)))
      reuse(marker.finding, row);
    else
      unknown.push(marker);
  }
  let limited;
  if (unknown.length > 0) {
    const listing = await (input.listing ?? startHistoryListing(input.root, head));
    if (!listing.ok)
      limited = note("history", `debt marker ages count from when the ledger first saw each marker: ${listing.error.message}`);
    else {
      const paths = new Set(unknown.map((marker) => marker.finding.path));
      const found = await findOrigins(input.root, unknown, versionsOfPaths(listing.value, paths), input.blobOf);
      for (const marker of unknown)
        origins.set(marker.finding, found.get(marker) ?? null);
    }
  }
  const nextCache = /* @__PURE__ */ new Map();
  for (const [finding, origin] of origins) {
    if (origin)
      out.set(finding, { ...finding, facts: { ...finding.facts, author: origin.author, written: origin.date } });
    const blob = input.blobOf(finding.path);
    if (!blob)
      continue;
    const file = nextCache.get(finding.path) ?? { blob, head, lines: [] };
    nextCache.set(finding.path, file);
    const hash = hashes.get(finding) ?? cache.get(finding.path)?.lines.find(([line]) => line === finding.line)?.[1];
    if (hash !== void 0)
      file.lines.push(origin ? [finding.line, hash, origin.author, origin.date] : [finding.line, hash, null, null]);
  }
  if (!limited && !input.readOnlyCache)
    writeCache(input.gitDir, CACHE_NAME, CACHE_DIGEST, nextCache);
  return limited ? { findings: out, note: limited } : { findings: out };
}
async function datedMarkers(repo, findings, files) {
  const texts = new Map(files.map((file) => [file.path, file.text]));
  const markers = findings.flatMap((finding) => {
    const text = isDatedByHistory(finding.ruleId) ? texts.get(finding.path) : void 0;
    return text === void 0 ? [] : [{ finding, text: lineText(text, finding.line) }];
  });
  if (markers.length === 0)
    return { findings };
  const history = await resolveMarkerOrigins({
    root: repo.root,
    gitDir: repo.gitDir,
    head: repo.head,
    markers,
    unread: [],
    blobOf: () => void 0,
    readText: () => /* @__PURE__ */ new Map(),
    readOnlyCache: true
  });
  const dated = findings.map((finding) => history.findings.get(finding) ?? finding);
  return history.note ? { findings: dated, note: history.note } : { findings: dated };
}
function lineText(text, line) {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const end2 = text.indexOf("\n", start);
    if (end2 === -1)
      return "";
    start = end2 + 1;
  }
  const end = text.indexOf("\n", start);
  return text.slice(start, end === -1 ? text.length : end);
}
var GAP = 2;
var MAX_RESTARTS = 3;
var ROUND_BLOBS = 64;
async function findOrigins(root, markers, versions, blobOf) {
  let searches = markers.map((marker) => {
    const list = versions.get(marker.finding.path) ?? [];
    const current = list.length > 0 && list[0]?.blob === blobOf(marker.finding.path);
    return {
      marker,
      needle: Buffer.from(marker.text.replace(/\r$/, ""), "utf8"),
      versions: list,
      present: current ? 0 : -1,
      absent: void 0,
      step: current ? 2 : 1,
      skipped: 0,
      restarts: 0
    };
  });
  const probeOf = (search) => search.absent === void 0 ? Math.min(search.present + search.step, search.versions.length - 1) : search.absent - search.present > 1 ? search.present + search.absent >> 1 : search.absent + search.skipped + 1;
  const isDone = (search) => {
    const last = search.versions.length - 1;
    if (search.needle.length === 0)
      return true;
    if (search.absent === void 0)
      return search.present === last;
    if (search.present === -1)
      return true;
    if (search.absent - search.present > 1)
      return false;
    return search.skipped >= GAP || search.restarts >= MAX_RESTARTS || search.absent + search.skipped + 1 > last;
  };
  const finished = searches.filter(isDone);
  searches = searches.filter((search) => !isDone(search));
  const stream = searches.length > 0 ? openBlobStream(root) : void 0;
  try {
    while (searches.length > 0 && stream) {
      const wanted = /* @__PURE__ */ new Set();
      const active = searches.filter((search) => {
        const blob = search.versions[probeOf(search)]?.blob;
        if (blob === void 0 || wanted.has(blob))
          return true;
        if (wanted.size >= ROUND_BLOBS)
          return false;
        wanted.add(blob);
        return true;
      });
      const blobs = await stream.read([...wanted]);
      if (!blobs.ok)
        break;
      for (const search of active) {
        const probe = probeOf(search);
        const blob = search.versions[probe]?.blob;
        const bytes = blob === void 0 ? void 0 : blobs.value.get(blob);
        const holds = bytes !== void 0 && holdsLine(bytes, search.needle);
        if (search.absent !== void 0 && search.absent - search.present <= 1) {
          if (holds)
            Object.assign(search, {
              present: probe,
              absent: void 0,
              step: 1,
              skipped: 0,
              restarts: search.restarts + 1
            });
          else
            search.skipped += 1;
        } else if (holds) {
          search.present = probe;
          search.step *= 2;
        } else
          search.absent = probe;
      }
      finished.push(...searches.filter(isDone));
      searches = searches.filter((search) => !isDone(search));
    }
  } finally {
    stream?.close();
  }
  const origins = /* @__PURE__ */ new Map();
  for (const search of finished) {
    const version = search.versions[search.present];
    if (version)
      origins.set(search.marker, {
        author: version.author,
        date: new Date(version.time * 1e3).toISOString().slice(0, 10)
      });
  }
  return origins;
}
function holdsLine(bytes, needle) {
  for (let at = bytes.indexOf(needle); at !== -1; at = bytes.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    const startsLine = at === 0 || bytes[at - 1] === 10;
    const endsLine = end === bytes.length || bytes[end] === 10 || bytes[end] === 13 && (end + 1 === bytes.length || bytes[end + 1] === 10);
    if (startsLine && endsLine)
      return true;
  }
  return false;
}

// dist/src/workflow/file-analyzer-inputs.js
var NO_INPUTS = { withInputs: (config) => config, tag: "" };
var SHIPPED = /* @__PURE__ */ new Set(["source", "build"]);
var gatherers = {
  "public-api": async (root, files, contexts, options) => {
    const { gatherPublicApi, publicApiFiles } = await import("./chunk-5TRMOYCM.js");
    const paths = files.map((file) => file.path);
    const isShipped = (path) => SHIPPED.has(contexts(path).context);
    return runWithStagedReads(root, files, (read) => gatherPublicApi(paths, read, isShipped, options), publicApiFiles(paths));
  }
};
async function gatherFileInputs(root, files, config, contexts, analysed) {
  const gathered = /* @__PURE__ */ new Map();
  for (const entry of fileAnalyzers) {
    if (!entry.inputs?.length || !isEnabled(entry, config))
      continue;
    if (analysed && !analysed.some((path) => handlesLanguage(entry, languageOf(path))))
      continue;
    const options = {};
    for (const input of entry.inputs)
      options[camelCase(input)] = await gatherers[input](root, files, contexts, optionsOf(entry, config));
    gathered.set(entry, options);
  }
  if (gathered.size === 0)
    return NO_INPUTS;
  const tag = `+${hashParts([JSON.stringify([...gathered].map(([entry, options]) => [entry.name, options]))], 12)}`;
  const made = /* @__PURE__ */ new WeakMap();
  return {
    tag,
    withInputs(config2) {
      let given = made.get(config2);
      if (!given) {
        const analyzers = { ...config2.analyzers };
        for (const [entry, options] of gathered)
          analyzers[entry.name] = { enabled: true, ...analyzers[entry.name], ...options };
        made.set(config2, given = { ...config2, analyzers });
      }
      return given;
    }
  };
}
function camelCase(name) {
  return name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
}

export {
  startHistoryListing,
  resolveMarkerOrigins,
  datedMarkers,
  lineText,
  NO_INPUTS,
  gatherFileInputs
};
