import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  INLINE_ALLOW_BY,
  LEDGER_FOOTER,
  LEDGER_HEADER,
  LEDGER_PATH,
  compareEntries,
  emptyLedger,
  fail,
  formatEntry,
  formatLedger,
  ok,
  parseLedger
} from "./chunk-JDFRV7HZ.js";
import {
  allAnalyzers,
  optionsOf
} from "./chunk-UGXMGD3O.js";
import {
  compareText,
  hashParts
} from "./chunk-PPIWG3NF.js";

// dist/src/git/exec.js
import { spawnSync } from "node:child_process";
function gitEnv() {
  return { ...process.env, GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" };
}
function runGit(args, options) {
  const child = spawnSync("git", args, {
    cwd: options.cwd,
    input: options.input,
    maxBuffer: 1024 * 1024 * 1024,
    env: options.env ? { ...gitEnv(), ...options.env } : gitEnv()
  });
  if (child.error) {
    return fail({
      code: "GIT_FAILED",
      message: `could not run git: ${child.error.message}`,
      fix: "install git and make sure it is on PATH"
    });
  }
  const status = child.status ?? 128;
  if (status !== 0 && !(options.okCodes ?? []).includes(status)) {
    const stderr = child.stderr.toString("utf8").trim();
    const locked = /index\.lock': File exists/.test(stderr);
    return fail({
      code: "GIT_FAILED",
      message: `git ${args[0]} failed: ${stderr.split("\n")[0] ?? ""}`,
      fix: locked ? "another git process is using the index: wait for it; if none is running, delete .git/index.lock" : "run the same git command yourself to see what git needs",
      cause: stderr
    });
  }
  return ok(options.captureStderr ? { stdout: child.stdout, status, stderr: child.stderr.toString("utf8") } : { stdout: child.stdout, status });
}
function runGitText(args, options) {
  const result = runGit(args, options);
  return result.ok ? ok(result.value.stdout.toString("utf8")) : result;
}

// dist/src/git/repo.js
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
var EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
function openRepo(cwd) {
  const found = findPlainRepo(cwd);
  if (found)
    return ok(found);
  const withHead = runGitText(["rev-parse", "--show-toplevel", "--absolute-git-dir", "--verify", "HEAD^{commit}"], {
    cwd,
    okCodes: [128]
  });
  if (withHead.ok) {
    const [root2, gitDir2, head2] = withHead.value.trimEnd().split("\n");
    if (root2 && gitDir2 && head2 && /^[0-9a-f]{40,64}$/.test(head2))
      return ok({ root: root2, gitDir: gitDir2, head: head2 });
  }
  const located = runGitText(["rev-parse", "--show-toplevel", "--absolute-git-dir"], { cwd });
  if (!located.ok) {
    return fail({
      code: "NOT_A_REPO",
      file: cwd,
      message: `${cwd} is not inside a git work tree`,
      fix: "run git-value inside a repository (or 'git init' first)",
      cause: located.error.cause
    });
  }
  const [root, gitDir] = located.value.trimEnd().split("\n");
  if (!root || !gitDir)
    return fail({
      code: "NOT_A_REPO",
      file: cwd,
      message: `${cwd} has no work tree`,
      fix: "run git-value in a checkout, not a bare repository"
    });
  const head = runGitText(["rev-parse", "-q", "--verify", "HEAD^{commit}"], { cwd: root, okCodes: [1] });
  if (!head.ok)
    return head;
  const sha = head.value.trim();
  return ok(sha ? { root, gitDir, head: sha } : { root, gitDir });
}
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var OVERRIDES = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_COMMON_DIR",
  "GIT_CEILING_DIRECTORIES",
  "GIT_DISCOVERY_ACROSS_FILESYSTEM"
];
function findPlainRepo(cwd) {
  if (OVERRIDES.some((name) => process.env[name] !== void 0))
    return void 0;
  try {
    let root = cwd;
    while (!existsSync(join(root, ".git"))) {
      const parent = dirname(root);
      if (parent === root)
        return void 0;
      root = parent;
    }
    const gitDir = join(root, ".git");
    if (!statSync(gitDir).isDirectory())
      return void 0;
    const config = readFileSync(join(gitDir, "config"), "utf8");
    if (/^\s*(?:worktree|bare\s*=\s*true|refstorage)\b/im.test(config))
      return void 0;
    const head = readFileSync(join(gitDir, "HEAD"), "latin1").trim();
    if (SHA.test(head))
      return { root, gitDir, head };
    const ref = /^ref: (refs\/[^\s]+)$/.exec(head)?.[1];
    if (!ref || ref.includes(".."))
      return void 0;
    const sha = readRef(gitDir, ref);
    if (sha === null)
      return void 0;
    return sha ? { root, gitDir, head: sha } : { root, gitDir };
  } catch {
    return void 0;
  }
}
function readRef(gitDir, ref) {
  const loose = join(gitDir, ref);
  if (existsSync(loose)) {
    const sha = readFileSync(loose, "latin1").trim();
    return SHA.test(sha) ? sha : null;
  }
  const packedFile = join(gitDir, "packed-refs");
  if (!existsSync(packedFile))
    return "";
  for (const line of readFileSync(packedFile, "latin1").split("\n")) {
    if (line.endsWith(` ${ref}`)) {
      const sha = line.slice(0, line.indexOf(" "));
      return SHA.test(sha) ? sha : null;
    }
  }
  return "";
}

// dist/src/ledger/entry-id.js
function makeEntryId(ruleId, path, fingerprint) {
  return `${ruleId.split("/")[0]}-${hashParts([path, fingerprint], 10)}`;
}

// dist/src/ledger/io.js
import { closeSync as closeSync2, fsyncSync, mkdirSync, openSync as openSync2, readFileSync as readFileSync2, renameSync, rmSync, statSync as statSync2, writeSync as writeSync2 } from "node:fs";
import { isAscii } from "node:buffer";
import { dirname as dirname2, join as join2 } from "node:path";

// dist/src/ledger/ledger-bytes.js
import { closeSync, fstatSync, openSync, readSync, writeSync } from "node:fs";
var STREAM_CHUNK = 256 * 1024;
function writeAll(fd, bytes) {
  for (let written = 0; written < bytes.length; )
    written += writeSync(fd, bytes, written, bytes.length - written);
}
function memoryBytes(buffer) {
  return {
    size: buffer.length,
    slice: (start, end) => buffer.subarray(start, end),
    indexOf: (byte, from) => buffer.indexOf(byte, from),
    lastIndexOf: (byte, from) => from < 0 ? -1 : buffer.lastIndexOf(byte, from),
    whole: () => buffer,
    includesAny: (patterns) => patterns.some((pattern) => buffer.includes(pattern)),
    writeRange: (fd, start, end) => writeAll(fd, buffer.subarray(start, end)),
    close: () => {
    }
  };
}
var WINDOW_BITS = 12;
var WINDOW = 1 << WINDOW_BITS;
function fileBytes(path) {
  const fd = openSync(path, "r");
  let size;
  try {
    size = fstatSync(fd).size;
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  const windows = /* @__PURE__ */ new Map();
  const window = (index) => {
    let bytes = windows.get(index);
    if (!bytes) {
      const start = index * WINDOW;
      bytes = Buffer.allocUnsafe(Math.min(WINDOW, size - start));
      let read = 0;
      while (read < bytes.length) {
        const count = readSync(fd, bytes, read, bytes.length - read, start + read);
        if (count === 0)
          throw new Error(`${path} shrank while it was read`);
        read += count;
      }
      windows.set(index, bytes);
    }
    return bytes;
  };
  let closed = false;
  let all;
  let chunk;
  const readChunk = (start, length) => {
    chunk ??= Buffer.allocUnsafe(STREAM_CHUNK);
    const target = chunk.subarray(0, length);
    for (let read = 0; read < length; ) {
      const count = readSync(fd, target, read, length - read, start + read);
      if (count === 0)
        throw new Error(`${path} shrank while it was read`);
      read += count;
    }
    return target;
  };
  const view = {
    size,
    slice(start, end) {
      const from = Math.max(0, start);
      const to = Math.min(size, end);
      if (to <= from)
        return Buffer.alloc(0);
      const first = from >> WINDOW_BITS;
      const last = to - 1 >> WINDOW_BITS;
      if (first === last)
        return window(first).subarray(from - first * WINDOW, to - first * WINDOW);
      const parts = [];
      for (let index = first; index <= last; index++) {
        const base = index * WINDOW;
        parts.push(window(index).subarray(Math.max(from, base) - base, Math.min(to, base + WINDOW) - base));
      }
      return Buffer.concat(parts);
    },
    indexOf(byte, from) {
      for (let index = Math.max(0, from) >> WINDOW_BITS; index * WINDOW < size; index++) {
        const base = index * WINDOW;
        const found = window(index).indexOf(byte, Math.max(0, from - base));
        if (found !== -1)
          return base + found;
      }
      return -1;
    },
    lastIndexOf(byte, from) {
      if (from < 0)
        return -1;
      for (let index = Math.min(from, size - 1) >> WINDOW_BITS; index >= 0; index--) {
        const base = index * WINDOW;
        const bytes = window(index);
        const found = bytes.lastIndexOf(byte, Math.min(from - base, bytes.length - 1));
        if (found !== -1)
          return base + found;
      }
      return -1;
    },
    whole() {
      if (!all) {
        all = Buffer.allocUnsafe(size);
        for (let read = 0; read < size; ) {
          const count = readSync(fd, all, read, size - read, read);
          if (count === 0)
            throw new Error(`${path} shrank while it was read`);
          read += count;
        }
      }
      return all;
    },
    includesAny(patterns) {
      if (all)
        return patterns.some((pattern) => all.includes(pattern));
      const overlap = Math.max(0, ...patterns.map((pattern) => pattern.length - 1));
      for (let start = 0; start < size; start += STREAM_CHUNK - overlap) {
        const bytes = readChunk(start, Math.min(STREAM_CHUNK, size - start));
        if (patterns.some((pattern) => bytes.includes(pattern)))
          return true;
        if (start + bytes.length >= size)
          break;
      }
      return false;
    },
    writeRange(out, start, end) {
      if (all)
        return writeAll(out, all.subarray(start, end));
      for (let at = start; at < end; at += STREAM_CHUNK)
        writeAll(out, readChunk(at, Math.min(STREAM_CHUNK, end - at)));
    },
    close() {
      if (!closed)
        closeSync(fd);
      closed = true;
    }
  };
  return view;
}

// dist/src/ledger/io.js
function ledgerFile(root) {
  return join2(root, LEDGER_PATH);
}
function decodeLedger(bytes) {
  return isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
}
function openLedgerBytes(root) {
  try {
    return ok(fileBytes(ledgerFile(root)));
  } catch (error) {
    if (error.code === "ENOENT")
      return ok(void 0);
    return fail({
      code: "LEDGER_CORRUPT",
      file: LEDGER_PATH,
      message: `cannot read ${LEDGER_PATH}: ${error.message}`,
      fix: "check the file and folder permissions"
    });
  }
}
function writeFileAtomic(path, content, displayName, options = {}) {
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    mkdirSync(dirname2(path), { recursive: true });
    const fd = openSync2(temporary, "w", 420);
    try {
      if (typeof content === "function")
        content(fd);
      else if (typeof content === "string")
        writeSync2(fd, content);
      else
        writeAll(fd, content);
      if (options.flush !== false)
        fsyncSync(fd);
    } finally {
      closeSync2(fd);
    }
    renameSync(temporary, path);
    return ok(void 0);
  } catch (error) {
    rmSync(temporary, { force: true });
    return fail({
      code: "WRITE_FAILED",
      file: displayName,
      message: `cannot write ${displayName}: ${error.message}`,
      fix: fixForWriteError(error, displayName)
    });
  }
}
function fixForWriteError(error, displayName) {
  const code = error.code;
  if (code === "ENOSPC" || code === "EDQUOT")
    return `free some disk space and run the command again; ${displayName} is unchanged`;
  if (code === "EACCES" || code === "EROFS" || code === "EPERM")
    return `make ${displayName} and its folder writable; the file is unchanged`;
  return `run the command again; ${displayName} is unchanged`;
}
var LOCK_TIMEOUT_MS = Number(process.env.GIT_VALUE_LOCK_TIMEOUT_MS ?? 1e4);
async function withLedgerLock(root, work) {
  const lock = `${ledgerFile(root)}.lock`;
  mkdirSync(dirname2(lock), { recursive: true });
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (; ; ) {
    try {
      const fd = openSync2(lock, "wx");
      writeSync2(fd, String(process.pid));
      closeSync2(fd);
      break;
    } catch (error) {
      if (error.code !== "EEXIST") {
        return fail({
          code: "WRITE_FAILED",
          file: `${LEDGER_PATH}.lock`,
          message: `cannot create ${LEDGER_PATH}.lock: ${error.message}`,
          fix: fixForWriteError(error, LEDGER_PATH)
        });
      }
      if (isStale(lock))
        continue;
      if (Date.now() > deadline) {
        return fail({
          code: "LEDGER_LOCKED",
          file: `${LEDGER_PATH}.lock`,
          message: `another git-value is updating ${LEDGER_PATH} (lock held for over ${LOCK_TIMEOUT_MS / 1e3}s)`,
          fix: `wait for it to finish; if none is running, delete ${LEDGER_PATH}.lock`
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { force: true });
  }
}
function isStale(lock) {
  let owner;
  try {
    owner = Number(readFileSync2(lock, "utf8"));
    if (!owner)
      return Date.now() - statSync2(lock).mtimeMs > 2e3;
    process.kill(owner, 0);
    return false;
  } catch (error) {
    const code = error.code;
    if (code === "ESRCH") {
      rmSync(lock, { force: true });
      return true;
    }
    return code === "ENOENT";
  }
}

// dist/src/ledger/reconcile.js
var INLINE = INLINE_ALLOW_BY;
var INLINE_REASON = "inline git-value:allow comment";
function isSymbolDocstringEntry(entry) {
  return entry.ruleId === "quality/docstring" && entry.facts?.functionName !== void 0;
}
var identity = (ruleId, fingerprint) => `${ruleId}\0${fingerprint}`;
function reconcileEntries(previous, findings, context) {
  const byIdentity = /* @__PURE__ */ new Map();
  const next = [];
  for (const entry of previous) {
    if (entry.history) {
      next.push(entry);
      continue;
    }
    const key = identity(entry.ruleId, entry.fingerprint);
    const list = byIdentity.get(key) ?? [];
    list.push(entry);
    byIdentity.set(key, list);
  }
  const copySources = /* @__PURE__ */ new Map();
  for (const entry of context.copySources ?? [])
    copySources.set(identity(entry.ruleId, entry.fingerprint), entry);
  const used = /* @__PURE__ */ new Set();
  for (const finding of findings) {
    const candidates = byIdentity.get(identity(finding.ruleId, finding.fingerprint)) ?? [];
    const match = candidates.find((entry2) => !used.has(entry2) && entry2.path === finding.path) ?? candidates.find((entry2) => !used.has(entry2));
    if (match)
      used.add(match);
    const entry = entryFromFinding(finding, match, context);
    const original = candidates[0] ?? copySources.get(identity(finding.ruleId, finding.fingerprint));
    next.push(match ? entry : inheritFromCopy(entry, original));
  }
  for (const entry of previous) {
    if (used.has(entry) || entry.history)
      continue;
    if (isSymbolDocstringEntry(entry) && context.isReconciled(entry.ruleId))
      continue;
    if (!context.isReconciled(entry.ruleId) || entry.status === "resolved")
      next.push(entry);
    else
      next.push({ ...entry, status: "resolved", resolved: context.resolved });
  }
  return next;
}
function entryFromFinding(finding, previous, context) {
  const entry = {
    path: finding.path,
    line: finding.line,
    id: previous?.id ?? makeEntryId(finding.ruleId, finding.path, finding.fingerprint),
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    title: finding.title,
    fingerprint: finding.fingerprint,
    status: "open",
    firstSeen: previous?.firstSeen ?? earlier(context.firstSeen, finding.facts?.written),
    confidence: finding.confidence,
    effortHours: finding.effortHours
  };
  if (finding.endLine !== void 0)
    entry.endLine = finding.endLine;
  if (finding.evidence !== void 0)
    entry.evidence = finding.evidence;
  const facts = withCarriedHistory(finding.facts, previous?.facts);
  if (facts)
    entry.facts = facts;
  if (previous?.done)
    entry.done = previous.done;
  if (previous?.allow && previous.allow.by !== INLINE) {
    entry.status = "allowed";
    entry.allow = previous.allow;
  } else if (finding.inlineAllowed) {
    const reason = finding.inlineAllowReason ?? INLINE_REASON;
    const at = previous?.allow?.by === INLINE && previous.allow.reason === reason ? previous.allow.at : context.firstSeen;
    entry.status = "allowed";
    entry.allow = { reason, by: INLINE, at };
  }
  return entry;
}
function earlier(date, written) {
  return typeof written === "string" && /^\d{4}-\d\d-\d\d$/.test(written) && written < date ? written : date;
}
function withCarriedHistory(facts, previous) {
  if (!previous || previous.author === void 0 && previous.written === void 0 || facts?.written !== void 0)
    return facts;
  const carried = { ...facts };
  if (previous.author !== void 0)
    carried.author = previous.author;
  if (previous.written !== void 0)
    carried.written = previous.written;
  return carried;
}
function inheritFromCopy(entry, original) {
  if (!original)
    return entry;
  const inherited = {
    ...entry,
    firstSeen: original.firstSeen < entry.firstSeen ? original.firstSeen : entry.firstSeen
  };
  if (original.allow && original.allow.by !== INLINE && !entry.allow) {
    inherited.status = "allowed";
    inherited.allow = original.allow;
  }
  return inherited;
}

// dist/src/ledger/splice.js
var HEADER = Buffer.from(LEDGER_HEADER, "latin1");
var FOOTER = Buffer.from(LEDGER_FOOTER, "latin1");
var EMPTY = Buffer.from(emptyLedger, "latin1");
var NEWLINE = 10;
var COMMA = 44;
var QUOTE = 34;
var BACKSLASH = 92;
var SEPARATOR = Buffer.from(",\n", "latin1");
var CONFLICT_LINES = [Buffer.from("\n<<<<<<<", "latin1")];
var PATH_PREFIX = Buffer.from('{"path":"', "latin1");
function openLedgerText(input) {
  const bytes = typeof input === "string" ? memoryBytes(Buffer.from(input, "utf8")) : Buffer.isBuffer(input) ? memoryBytes(input) : input;
  const { size } = bytes;
  if (size === EMPTY.length && bytes.slice(0, size).equals(EMPTY))
    return { bytes, bodyStart: 0, bodyEnd: 0 };
  if (size < HEADER.length + FOOTER.length || !bytes.slice(0, HEADER.length).equals(HEADER) || !bytes.slice(size - FOOTER.length, size).equals(FOOTER))
    return void 0;
  if (bytes.includesAny(CONFLICT_LINES))
    return void 0;
  return { bytes, bodyStart: HEADER.length, bodyEnd: size - FOOTER.length };
}
function pathAt(bytes, offset) {
  const newline = bytes.indexOf(NEWLINE, offset);
  const line = bytes.slice(offset, newline === -1 ? bytes.size : newline);
  if (!line.subarray(0, PATH_PREFIX.length).equals(PATH_PREFIX))
    return "";
  let end = line.indexOf(QUOTE, PATH_PREFIX.length);
  while (end !== -1 && line[end - 1] === BACKSLASH && !isEscapedBackslash(line, end - 1))
    end = line.indexOf(QUOTE, end + 1);
  const raw = line.toString("utf8", PATH_PREFIX.length, end === -1 ? line.length : end);
  return raw.includes("\\") ? JSON.parse(`"${raw}"`) : raw;
}
function isEscapedBackslash(bytes, at) {
  let count = 0;
  for (let i = at; bytes[i] === BACKSLASH; i--)
    count++;
  return count % 2 === 0;
}
function nextLineStart(ledger, offset) {
  const newline = ledger.bytes.indexOf(NEWLINE, offset);
  return newline === -1 || newline >= ledger.bodyEnd ? ledger.bodyEnd : newline + 1;
}
function lineStartBefore(ledger, offset) {
  return ledger.bytes.lastIndexOf(NEWLINE, offset) + 1;
}
function lowerBound(ledger, path, after, from = ledger.bodyStart) {
  let low = from;
  let high = ledger.bodyEnd;
  while (low < high) {
    const guess = low + high >> 1;
    const mid = Math.max(low, lineStartBefore(ledger, guess - 1));
    const order = compareText(pathAt(ledger.bytes, mid), path);
    if (order < 0 || after && order === 0)
      low = nextLineStart(ledger, mid);
    else
      high = mid;
  }
  return low;
}
function findPathRange(ledger, path, from) {
  const start = lowerBound(ledger, path, false, from);
  return { path, start, end: lowerBound(ledger, path, true, start) };
}
function findPathRanges(ledger, paths) {
  const ranges = [];
  let from = ledger.bodyStart;
  for (const path of [...new Set(paths)].sort(compareText)) {
    const range = findPathRange(ledger, path, from);
    ranges.push(range);
    from = range.end;
  }
  return ranges;
}
function linesIn(ledger, range) {
  return ledger.bytes.slice(range.start, range.end).toString("utf8").split("\n").filter(Boolean).map((line) => line.endsWith(",") ? line.slice(0, -1) : line);
}
function lineAround(ledger, offset) {
  const start = lineStartBefore(ledger, offset - 1);
  const newline = ledger.bytes.indexOf(NEWLINE, offset);
  const end = newline === -1 ? ledger.bytes.size : newline;
  const line = ledger.bytes.slice(start, end).toString("utf8");
  return { line: line.endsWith(",") ? line.slice(0, -1) : line, end };
}
function keptLines(ledger, from, to) {
  let start = from;
  let end = to;
  const head = ledger.bytes.slice(start, Math.min(end, start + 2));
  for (const byte of head)
    if (byte === NEWLINE || byte === COMMA)
      start++;
    else
      break;
  const tail = ledger.bytes.slice(Math.max(start, end - 2), end);
  if (end > start && tail[tail.length - 1] === NEWLINE)
    end--;
  if (end > start && ledger.bytes.slice(end - 1, end)[0] === COMMA)
    end--;
  return end > start ? { start, end } : void 0;
}
function spliceLines(ledger, replacements) {
  const chunks = [];
  let cursor = ledger.bodyStart;
  for (const range of findPathRanges(ledger, replacements.keys())) {
    const kept = keptLines(ledger, cursor, range.start);
    if (kept)
      chunks.push(kept);
    const lines = replacements.get(range.path) ?? [];
    if (lines.length > 0)
      chunks.push(Buffer.from(lines.join(",\n"), "utf8"));
    cursor = Math.max(cursor, range.end);
  }
  const rest = keptLines(ledger, cursor, ledger.bodyEnd);
  if (rest)
    chunks.push(rest);
  if (chunks.length === 0)
    return [EMPTY];
  const pieces = [HEADER];
  chunks.forEach((chunk, index) => pieces.push(...index === 0 ? [chunk] : [SEPARATOR, chunk]));
  pieces.push(FOOTER);
  return pieces;
}
function joinPieces(ledger, pieces) {
  return Buffer.concat(pieces.map((piece) => Buffer.isBuffer(piece) ? piece : ledger.bytes.slice(piece.start, piece.end)));
}
function writePieces(fd, ledger, pieces) {
  for (const piece of pieces) {
    if (Buffer.isBuffer(piece))
      writeAll(fd, piece);
    else
      ledger.bytes.writeRange(fd, piece.start, piece.end);
  }
}

// dist/src/workflow/update-ledger.js
function readLedgerSource(root) {
  const bytes = openLedgerOrStagedBytes(root);
  if (!bytes.ok)
    return bytes;
  if (bytes.value === void 0)
    return ok({ canonical: false, ledger: openLedgerText(formatLedger([])) });
  let canonical;
  try {
    canonical = openLedgerText(bytes.value);
    if (canonical)
      return ok({ canonical: true, ledger: canonical });
    const parsed = parseLedger(decodeLedger(bytes.value.whole()), LEDGER_PATH);
    if (!parsed.ok)
      return parsed;
    return ok({ canonical: false, ledger: openLedgerText(formatLedger(parsed.value.entries)) });
  } catch (error) {
    return fail({
      code: "LEDGER_CORRUPT",
      file: LEDGER_PATH,
      message: `cannot read ${LEDGER_PATH}: ${error.message}`,
      fix: "check the file and folder permissions"
    });
  } finally {
    if (!canonical)
      bytes.value.close();
  }
}
function closeLedgerSource(source) {
  source.ledger.bytes.close();
}
function entriesOf(ledger, paths) {
  return findPathRanges(ledger, paths).flatMap((range) => linesIn(ledger, range).map((line) => JSON.parse(line)));
}
function entriesContaining(ledger, needle) {
  const found = [];
  const pattern = Buffer.from(needle, "utf8");
  const bytes = ledger.bytes.whole();
  for (let at = bytes.indexOf(pattern, ledger.bodyStart); at !== -1 && at < ledger.bodyEnd; at = bytes.indexOf(pattern, at + 1)) {
    const { line, end } = lineAround(ledger, at);
    found.push(JSON.parse(line));
    at = end;
  }
  return found;
}
function replaceEntries(source, paths, findings, context) {
  const before = entriesOf(source.ledger, paths);
  const entries = reconcileEntries(before, findings, context);
  const update = writeEntries(source.ledger, paths, entries);
  const after = sortedLines(entries);
  const same = before.length === entries.length && sortedLines(before).every((line, index) => line === after[index]);
  return { ...update, changed: !source.canonical || !same };
}
function sortedLines(entries) {
  return [...entries].sort(compareEntries).map(formatEntry);
}
function writeEntries(ledger, paths, entries) {
  const byPath = /* @__PURE__ */ new Map();
  for (const path of paths)
    byPath.set(path, []);
  for (const entry of entries)
    (byPath.get(entry.path) ?? byPath.set(entry.path, []).get(entry.path)).push(entry);
  const replacements = new Map([...byPath].map(([path, list]) => [path, sortedLines(list)]));
  return { pieces: spliceLines(ledger, replacements), entries: [...entries] };
}
function writeLedger(root, ledger, pieces, options = {}) {
  return writeFileAtomic(ledgerFile(root), (fd) => writePieces(fd, ledger, pieces), LEDGER_PATH, options);
}
function openLedgerOrStagedBytes(root) {
  const bytes = openLedgerBytes(root);
  if (!bytes.ok || bytes.value !== void 0)
    return bytes;
  const staged = readStagedLedger(root);
  return staged === void 0 ? ok(void 0) : ok(memoryBytes(staged));
}
function readStagedLedger(root) {
  const staged = runGit(["cat-file", "blob", `:${LEDGER_PATH}`], { cwd: root, okCodes: [128] });
  return staged.ok && staged.value.status === 0 ? staged.value.stdout : void 0;
}
function readLedgerOrStaged(root) {
  const bytes = openLedgerOrStagedBytes(root);
  if (!bytes.ok || bytes.value === void 0)
    return bytes;
  try {
    return ok(decodeLedger(bytes.value.whole()));
  } catch (error) {
    return fail({
      code: "LEDGER_CORRUPT",
      file: LEDGER_PATH,
      message: `cannot read ${LEDGER_PATH}: ${error.message}`,
      fix: "check the file and folder permissions"
    });
  } finally {
    bytes.value.close();
  }
}
function stageLedger(root) {
  const staged = runGit(["update-index", "--add", "--", LEDGER_PATH], { cwd: root });
  return staged.ok ? ok(void 0) : staged;
}

// dist/src/config/load.js
import { readFileSync as readFileSync3, readdirSync } from "node:fs";
import { dirname as dirname3, join as join3, relative } from "node:path";

// dist/src/config/defaults.js
var defaultConfig = {
  block: { minScore: 70, categories: ["secret", "vuln"] },
  ignore: ["node_modules/**", ".git/**", ".value/**", "BACKLOG.md", "**/*.min.js.map"],
  maxFileBytes: 20 * 1024 * 1024,
  contexts: { source: [], test: [], docs: [], example: [], generated: [], vendored: [], build: [] },
  analyzers: Object.fromEntries(allAnalyzers.map((entry) => [entry.name, { enabled: true, ...entry.defaults }])),
  scoring: {
    weights: {
      nascent: { wsjf: 0.4, ice: 0.3, technicalDebt: 0.2, security: 0.1 },
      developing: { wsjf: 0.5, ice: 0.2, technicalDebt: 0.2, security: 0.1 },
      maturing: { wsjf: 0.6, ice: 0.1, technicalDebt: 0.2, security: 0.1 },
      advanced: { wsjf: 0.5, ice: 0.1, technicalDebt: 0.3, security: 0.1 }
    },
    categoryMultipliers: { secret: 2, vuln: 2, perf: 1.5, debt: 1.3, quality: 1.3, modern: 1.1 },
    highValueScore: 50,
    hotspotWindowDays: 365,
    criticalPaths: []
  },
  backlog: { path: "BACKLOG.md", top: 20, minScore: 15, maxRisk: 0.7 },
  sarif: { includeSecrets: false }
};

// dist/src/config/validate.js
var objectLists = new Set(allAnalyzers.flatMap((entry) => (entry.objectLists ?? []).map((option) => `analyzers.${entry.name}.${option}`)));
function validateConfig(raw, file) {
  const problem = checkValue(raw, defaultConfig, "");
  if (problem) {
    return fail({
      code: "CONFIG_INVALID",
      file,
      message: `${file}: ${problem}`,
      fix: `correct that option (every option and its default is in .valuerc.example.json), or delete ${file} to use the defaults`
    });
  }
  return ok(mergeConfig(defaultConfig, raw));
}
function checkValue(value, shape, path) {
  const where = path || "the top level";
  if (Array.isArray(shape)) {
    if (!Array.isArray(value))
      return `option '${path}' must be a list, not ${describe(value)}`;
    return objectLists.has(path) ? void 0 : value.map((item, i) => typeof item === "string" ? void 0 : `option '${path}[${i}]' must be a string, not ${describe(item)}`).find(Boolean);
  }
  if (shape !== null && typeof shape === "object") {
    if (value === null || typeof value !== "object" || Array.isArray(value))
      return `${where} must be an object, not ${describe(value)}`;
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith("$"))
        continue;
      const childPath = path ? `${path}.${key}` : key;
      const childShape = shape[key];
      if (childShape === void 0)
        return `unknown option '${childPath}'`;
      const problem = checkValue(child, childShape, childPath);
      if (problem)
        return problem;
    }
    return void 0;
  }
  if (typeof value !== typeof shape)
    return `option '${path}' must be a ${typeof shape}, not ${describe(value)}`;
  if (typeof value === "number" && (!Number.isFinite(value) || value < 0))
    return `option '${path}' must be a non-negative number`;
  return void 0;
}
function describe(value) {
  if (value === null)
    return "null";
  if (Array.isArray(value))
    return "a list";
  return typeof value === "string" ? `the string "${value.slice(0, 40)}"` : `a ${typeof value}`;
}
function mergeConfig(base, override) {
  if (override === void 0)
    return base;
  if (base === null || typeof base !== "object" || Array.isArray(base) || override === null || typeof override !== "object" || Array.isArray(override))
    return override;
  const merged = { ...base };
  for (const [key, value] of Object.entries(override))
    merged[key] = mergeConfig(merged[key], value);
  return merged;
}

// dist/src/config/load.js
var searchPlaces = [
  "package.json",
  ".valuerc",
  ".valuerc.json",
  ".valuerc.yaml",
  ".valuerc.yml",
  ".valuerc.js",
  ".valuerc.ts",
  ".valuerc.mjs",
  ".valuerc.cjs",
  ".config/valuerc",
  ".config/valuerc.json",
  ".config/valuerc.yaml",
  ".config/valuerc.yml",
  ".config/valuerc.js",
  ".config/valuerc.ts",
  ".config/valuerc.mjs",
  ".config/valuerc.cjs",
  "value.config.js",
  "value.config.ts",
  "value.config.mjs",
  "value.config.cjs"
];
var codeConfig = /\.(?:[cm]?js|ts)$/;
async function loadConfig(options) {
  const found = findConfigFile(options.from, options.root);
  if (!found)
    return ok({ config: defaultConfig });
  const file = relative(options.root, found) || found;
  if (codeConfig.test(found) && !options.allowCodeConfig) {
    return fail({
      code: "UNSAFE_CONFIG",
      file,
      message: `${file} is a JavaScript config: loading it would run code from the repository`,
      fix: "use .valuerc.json instead, or opt in with GIT_VALUE_ALLOW_CODE_CONFIG=1 (never in CI on untrusted branches)"
    });
  }
  const raw = await readConfigFile(found, file);
  if (!raw.ok)
    return raw;
  if (raw.value === void 0)
    return ok({ config: defaultConfig });
  const validated = validateConfig(raw.value, file);
  if (!validated.ok)
    return validated;
  const checked = await checkAnalyzerOptions(validated.value, file);
  return checked.ok ? ok({ config: validated.value, file }) : checked;
}
async function checkAnalyzerOptions(config, file) {
  for (const entry of allAnalyzers) {
    const options = optionsOf(entry, config);
    const set = (entry.objectLists ?? []).some((option) => options[option]?.length);
    if (!set || !entry.loadOptionCheck)
      continue;
    const problem = (await entry.loadOptionCheck())(options);
    if (problem)
      return fail({
        code: "CONFIG_INVALID",
        file,
        message: `${file}: option 'analyzers.${entry.name}.${problem.option}' ${problem.problem}`,
        fix: problem.fix
      });
  }
  return ok(void 0);
}
function findConfigFile(from, root) {
  for (let dir = from; ; dir = dirname3(dir)) {
    const found = findConfigIn(dir);
    if (found)
      return found;
    if (dir === root || dirname3(dir) === dir || !dir.startsWith(root))
      return void 0;
  }
}
function findConfigIn(dir) {
  const names = listNames(dir);
  let nested;
  for (const place of searchPlaces) {
    const present = place.startsWith(".config/") ? (nested ??= names.has(".config") ? listNames(join3(dir, ".config")) : /* @__PURE__ */ new Set()).has(place.slice(".config/".length)) : names.has(place);
    if (!present)
      continue;
    const candidate = join3(dir, place);
    if (place !== "package.json" || hasValueKey(candidate))
      return candidate;
  }
  return void 0;
}
function listNames(dir) {
  try {
    return new Set(readdirSync(dir));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
function hasValueKey(packageJson) {
  try {
    const parsed = JSON.parse(readFileSync3(packageJson, "utf8"));
    return parsed !== null && typeof parsed === "object" && "value" in parsed;
  } catch {
    return false;
  }
}
async function readConfigFile(path, file) {
  const isJson = path.endsWith(".json") || path.endsWith("valuerc");
  if (isJson) {
    let text;
    try {
      text = readFileSync3(path, "utf8");
    } catch (error) {
      return fail({
        code: "CONFIG_INVALID",
        file,
        message: `cannot read ${file}: ${error.message}`,
        fix: `check the file's permissions`
      });
    }
    try {
      const parsed = JSON.parse(text);
      return ok(path.endsWith("package.json") ? parsed.value : parsed);
    } catch (error) {
      if (path.endsWith("valuerc"))
        return readWithCosmiconfig(path, file);
      return fail({
        code: "CONFIG_INVALID",
        file,
        message: `${file} is not valid JSON: ${error.message}`,
        fix: `fix the syntax, or delete ${file} to use the defaults`
      });
    }
  }
  return readWithCosmiconfig(path, file);
}
async function readWithCosmiconfig(path, file) {
  const { cosmiconfig } = await import("./chunk-6CYJWXBG.js");
  try {
    const loaded = await cosmiconfig("value").load(path);
    return ok(loaded?.config);
  } catch (error) {
    return fail({
      code: "CONFIG_INVALID",
      file,
      message: `${file} could not be read: ${error.message.split("\n")[0]}`,
      fix: `fix the syntax, or delete ${file} to use the defaults`
    });
  }
}

// dist/src/config/package-configs.js
import { dirname as dirname4, join as join4, relative as relative2 } from "node:path";
async function loadPackageConfigs(root, known, paths, allowCodeConfig) {
  const nearestByDir = /* @__PURE__ */ new Map();
  const configByFile = /* @__PURE__ */ new Map();
  const nearest = (dir) => {
    if (nearestByDir.has(dir))
      return nearestByDir.get(dir);
    const own = findConfigIn(join4(root, dir));
    const file = own ? relative2(root, own) : dir === "." || dir === "" ? void 0 : nearest(dirname4(dir));
    nearestByDir.set(dir, file);
    return file;
  };
  for (const path of paths) {
    const file = nearest(dirname4(path));
    if (!file || configByFile.has(file) || file === known.file)
      continue;
    const loaded = await loadConfig({ from: dirname4(join4(root, file)), root, allowCodeConfig });
    if (!loaded.ok)
      return loaded;
    configByFile.set(file, loaded.value.config);
  }
  if (known.file)
    configByFile.set(known.file, known.config);
  return ok((path) => {
    const file = nearestByDir.get(dirname4(path));
    return file && configByFile.get(file) || defaultConfig;
  });
}

// dist/src/cli/workspace.js
async function openWorkspace(env) {
  const repo = openRepo(env.cwd);
  if (!repo.ok)
    return repo;
  const loaded = await loadConfig({
    from: env.cwd,
    root: repo.value.root,
    allowCodeConfig: env.env.GIT_VALUE_ALLOW_CODE_CONFIG === "1"
  });
  if (!loaded.ok)
    return loaded;
  const allowCodeConfig = env.env.GIT_VALUE_ALLOW_CODE_CONFIG === "1";
  const workspace = {
    repo: repo.value,
    config: loaded.value.config,
    resolveConfigs: (paths) => loadPackageConfigs(repo.value.root, loaded.value, paths, allowCodeConfig)
  };
  if (loaded.value.file)
    workspace.configFile = loaded.value.file;
  return ok(workspace);
}

export {
  gitEnv,
  runGit,
  runGitText,
  EMPTY_TREE,
  openRepo,
  makeEntryId,
  ledgerFile,
  decodeLedger,
  writeFileAtomic,
  withLedgerLock,
  reconcileEntries,
  joinPieces,
  readLedgerSource,
  closeLedgerSource,
  entriesOf,
  entriesContaining,
  replaceEntries,
  writeEntries,
  writeLedger,
  readLedgerOrStaged,
  stageLedger,
  loadConfig,
  findConfigFile,
  openWorkspace
};
