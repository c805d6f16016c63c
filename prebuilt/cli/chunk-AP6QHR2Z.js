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
  entryProblem,
  formatEntry,
  formatLedger,
  gitEnv,
  parseLedger,
  resolveInside,
  runGit,
  runGitText
} from "./chunk-TNT4O3F4.js";
import {
  fail,
  makeEntryId,
  ok
} from "./chunk-HUUDYLWZ.js";
import {
  compareText
} from "./chunk-A3QA2ZQT.js";

// dist/src/ledger/io.js
import { closeSync as closeSync2, constants, fsyncSync, mkdirSync, openSync as openSync2, renameSync, rmSync, writeSync as writeSync2 } from "node:fs";
import { isAscii } from "node:buffer";
import { dirname, join } from "node:path";

// dist/src/ledger/ledger-bytes.js
import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync, writeSync } from "node:fs";
var STREAM_CHUNK = 256 * 1024;
function newLedgerHash() {
  return createHash("sha256");
}
function writeAll(fd, bytes, hash) {
  hash?.update(bytes);
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
    digest: () => newLedgerHash().update(buffer).digest("hex"),
    writeRange: (fd, start, end, hash) => writeAll(fd, buffer.subarray(start, end), hash),
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
    digest() {
      const hash = newLedgerHash();
      if (all)
        return hash.update(all).digest("hex");
      for (let at = 0; at < size; at += STREAM_CHUNK)
        hash.update(readChunk(at, Math.min(STREAM_CHUNK, size - at)));
      return hash.digest("hex");
    },
    writeRange(out, start, end, hash) {
      if (all)
        return writeAll(out, all.subarray(start, end), hash);
      for (let at = start; at < end; at += STREAM_CHUNK)
        writeAll(out, readChunk(at, Math.min(STREAM_CHUNK, end - at)), hash);
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
  return join(root, LEDGER_PATH);
}
function decodeLedger(bytes) {
  return isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
}
function openLedgerBytes(root) {
  const inside = resolveInside(root, LEDGER_PATH, LEDGER_PATH);
  if (!inside.ok)
    return inside;
  try {
    return ok(fileBytes(inside.value));
  } catch (error) {
    if (error.code === "ENOENT")
      return ok(void 0);
    return ledgerUnreadable(error);
  }
}
function ledgerUnreadable(error) {
  return fail({
    code: "LEDGER_CORRUPT",
    file: LEDGER_PATH,
    message: `cannot read ${LEDGER_PATH}: ${error.message}`,
    fix: "check the file and folder permissions"
  });
}
function writeFileAtomic(path, content, displayName, options = {}) {
  let target = path;
  if (options.root !== void 0) {
    const inside = resolveInside(options.root, path, displayName, options.output ? "allowed" : "refused");
    if (!inside.ok)
      return inside;
    target = inside.value;
  }
  const temporary = `${target}.tmp-${process.pid}`;
  let created = false;
  try {
    mkdirSync(dirname(target), { recursive: true });
    const fd = openExclusive(temporary);
    created = true;
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
    renameSync(temporary, target);
    return ok(void 0);
  } catch (error) {
    if (created)
      rmSync(temporary, { force: true });
    return fail({
      code: "WRITE_FAILED",
      file: displayName,
      message: `cannot write ${displayName}: ${error.message}`,
      fix: fixForWriteError(error, displayName)
    });
  }
}
function openExclusive(path) {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL;
  try {
    return openSync2(path, flags, 420);
  } catch (error) {
    if (error.code !== "EEXIST")
      throw error;
    rmSync(path, { force: true });
    return openSync2(path, flags, 420);
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

// dist/src/ledger/merge.js
var STATUS_RANK = { open: 0, allowed: 1, resolved: 2 };
var same = (a, b) => a && b ? formatEntry(a) === formatEntry(b) : a === b;
function mergeLedgers(base, ours, theirs) {
  const baseById = new Map(base.map((entry) => [entry.id, entry]));
  const theirsById = new Map(theirs.map((entry) => [entry.id, entry]));
  const entries = [];
  const conflicts = [];
  const seen = /* @__PURE__ */ new Set();
  for (const mine of ours) {
    seen.add(mine.id);
    const other = theirsById.get(mine.id);
    const original = baseById.get(mine.id);
    if (!other || same(mine, other) || same(other, original))
      entries.push(mine);
    else if (same(mine, original))
      entries.push(other);
    else {
      const merged = combine(mine, other, original);
      if (merged)
        entries.push(merged);
      else {
        conflicts.push({ ours: mine, theirs: other });
        entries.push(mine);
      }
    }
  }
  for (const other of theirs)
    if (!seen.has(other.id))
      entries.push(other);
  return { entries, conflicts };
}
function combine(ours, theirs, base) {
  const allow = pickDecision(ours.allow, theirs.allow, base?.allow);
  const done = pickDecision(ours.done, theirs.done, base?.done);
  if (allow === CONTRADICTION || done === CONTRADICTION)
    return void 0;
  const live = STATUS_RANK[theirs.status] < STATUS_RANK[ours.status] ? theirs : ours;
  const status = STATUS_RANK[ours.status] >= STATUS_RANK[theirs.status] ? ours.status : theirs.status;
  const merged = { ...live, status: status === "open" && allow ? "allowed" : status };
  delete merged.allow;
  delete merged.done;
  delete merged.resolved;
  if (allow)
    merged.allow = allow;
  if (done)
    merged.done = done;
  const resolved = ours.resolved ?? theirs.resolved;
  if (merged.status === "resolved" && resolved)
    merged.resolved = resolved;
  if (merged.status === "resolved" && !resolved)
    merged.status = allow ? "allowed" : "open";
  merged.firstSeen = ours.firstSeen < theirs.firstSeen ? ours.firstSeen : theirs.firstSeen;
  return merged;
}
var CONTRADICTION = /* @__PURE__ */ Symbol("contradiction");
function pickDecision(ours, theirs, base) {
  const key = (value) => JSON.stringify(value ?? null);
  if (key(ours) === key(theirs))
    return ours;
  if (key(ours) === key(base))
    return theirs ?? ours;
  if (key(theirs) === key(base))
    return ours ?? theirs;
  if (ours === void 0)
    return theirs;
  if (theirs === void 0)
    return ours;
  return CONTRADICTION;
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

// dist/src/workflow/ledger-edit.js
import { existsSync, readFileSync as readFileSync4 } from "node:fs";

// dist/src/ledger/lock.js
import { closeSync as closeSync3, lstatSync, mkdirSync as mkdirSync2, openSync as openSync3, readFileSync, rmSync as rmSync2, statSync, writeSync as writeSync3 } from "node:fs";
import { basename, dirname as dirname2, join as join2 } from "node:path";
var LOCK_TIMEOUT_MS = Number(process.env.GIT_VALUE_LOCK_TIMEOUT_MS ?? 1e4);
async function withLedgerLock(root, work) {
  const folder = resolveInside(root, dirname2(LEDGER_PATH), dirname2(LEDGER_PATH));
  if (!folder.ok)
    return folder;
  const lock = join2(folder.value, basename(LEDGER_PATH) + ".lock");
  try {
    mkdirSync2(dirname2(lock), { recursive: true });
  } catch (error) {
    return fail({
      code: "WRITE_FAILED",
      file: `${LEDGER_PATH}.lock`,
      message: `cannot create ${LEDGER_PATH}.lock: ${error.message}`,
      fix: fixForWriteError(error, LEDGER_PATH)
    });
  }
  const deadline = Date.now() + LOCK_TIMEOUT_MS;
  for (; ; ) {
    try {
      const fd = openSync3(lock, "wx");
      try {
        writeSync3(fd, String(process.pid));
      } catch (error) {
        rmSync2(lock, { force: true });
        throw error;
      } finally {
        closeSync3(fd);
      }
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
          fix: `wait for it to finish; if none is running, remove the lock with 'rm ${LEDGER_PATH}.lock'`
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    return await work();
  } finally {
    rmSync2(lock, { force: true });
  }
}
function isStale(lock) {
  let owner;
  try {
    if (lstatSync(lock).isSymbolicLink())
      return removeStale(lock);
    owner = Number(readFileSync(lock, "utf8"));
    if (!owner)
      return Date.now() - statSync(lock).mtimeMs > 2e3 && removeStale(lock);
    process.kill(owner, 0);
    return false;
  } catch (error) {
    const code = error.code;
    if (code === "ESRCH")
      return removeStale(lock);
    return code === "ENOENT";
  }
}
function removeStale(lock) {
  rmSync2(lock, { force: true });
  return true;
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
function openLedgerText(input, validated = false) {
  const bytes = typeof input === "string" ? memoryBytes(Buffer.from(input, "utf8")) : Buffer.isBuffer(input) ? memoryBytes(input) : input;
  const { size } = bytes;
  if (size === EMPTY.length && bytes.slice(0, size).equals(EMPTY))
    return { bytes, bodyStart: 0, bodyEnd: 0 };
  if (size < HEADER.length + FOOTER.length || !bytes.slice(0, HEADER.length).equals(HEADER) || !bytes.slice(size - FOOTER.length, size).equals(FOOTER))
    return void 0;
  if (!validated && bytes.includesAny(CONFLICT_LINES))
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
function writePieces(fd, ledger, pieces, hash) {
  for (const piece of pieces) {
    if (Buffer.isBuffer(piece))
      writeAll(fd, piece, hash);
    else
      ledger.bytes.writeRange(fd, piece.start, piece.end, hash);
  }
}
function newLinesIn(pieces) {
  return pieces.flatMap((piece) => Buffer.isBuffer(piece) && piece !== HEADER && piece !== FOOTER && piece !== SEPARATOR && piece !== EMPTY ? piece.toString("utf8").split(",\n") : []);
}

// dist/src/git/commit-subjects.js
var FIX_WORDS = /\b(?:fix(?:e[sd]|ing)?|bug(?:s|fix(?:es)?)?|regressions?|crash(?:es|ed|ing)?|hotfix(?:es)?)\b/i;
var OTHER_KIND = /^(?:chore|docs?|build|ci|tests?|refactor|style|perf|feat|revert|release|deps?)(?:\([^)]*\))?!?:/i;
var NOT_CODE = /\b(?:typos?|spelling|lint(?:s|ing|er)?|pre-commit|autofix(?:es)?|auto fix(?:es)?|whitespace|formatting|mypy|pyright|flake8|ruff|typing|types?(?: errors?| hints?| checks?)|annotations?|CI|docs?|documentation|changelog|readme|[A-Z]{1,4}\d{3,4})\b/i;
var FIX_SWEEP_FILES = 20;
function isBugFixSubject(subject) {
  return FIX_WORDS.test(subject) && !OTHER_KIND.test(subject.trim()) && !NOT_CODE.test(subject);
}

// dist/src/git/exec-ahead.js
import { spawn } from "node:child_process";
import { closeSync as closeSync4, mkdtempSync, openSync as openSync4, readFileSync as readFileSync2, rmSync as rmSync3 } from "node:fs";
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";
var STOPPED = fail({ code: "GIT_FAILED", message: "git read-ahead stopped", fix: "none needed" });
function startGit(args, options) {
  let stopped = false;
  const inTurn = () => stopped ? STOPPED : runGit(args, options);
  let dir;
  let output;
  try {
    dir = mkdtempSync(join3(tmpdir(), "git-value-ahead-"));
    output = openSync4(join3(dir, "out"), "w");
  } catch {
    return { result: Promise.resolve().then(inTurn), stop: () => stopped = true };
  }
  const child = spawn("git", args, { cwd: options.cwd, stdio: ["ignore", output, "ignore"], env: gitEnv() });
  closeSync4(output);
  const result = new Promise((resolve) => {
    let settled = false;
    const settle = (read) => {
      if (settled)
        return;
      settled = true;
      try {
        resolve(read());
      } catch {
        resolve(inTurn());
      } finally {
        rmSync3(dir, { recursive: true, force: true });
      }
    };
    child.on("error", () => settle(inTurn));
    child.on("close", (status) => {
      if (stopped)
        return settle(() => STOPPED);
      if (status === null || status !== 0 && !(options.okCodes ?? []).includes(status))
        return settle(inTurn);
      settle(() => ok({ stdout: readFileSync2(join3(dir, "out")), status }));
    });
  });
  return {
    result,
    stop: () => {
      stopped = true;
      if (child.exitCode === null && child.signalCode === null)
        child.kill();
    }
  };
}

// dist/src/git/history.js
function commitDate(cwd, commit) {
  const shown = runGitText(["show", "-s", "--format=%cI", commit], { cwd });
  return shown.ok ? ok(shown.value.trim().slice(0, 10)) : shown;
}
function readChangeHistory(cwd, hotspotDays, fixDays, now) {
  const head = runGitText(["show", "-s", "--format=%ct", "HEAD"], { cwd, okCodes: [128] });
  const window = changeWindow(head.ok ? head.value : "", hotspotDays, fixDays, now);
  return ok(parseChangeLog(runGit(changeLogArgs(window), { cwd, okCodes: [128] }), window));
}
function startChangeHistory(cwd, hotspotDays, fixDays, now) {
  let running = startGit(["show", "-s", "--format=%ct", "HEAD"], { cwd, okCodes: [128] });
  let stopped = false;
  const result = running.result.then(async (head) => {
    const window = changeWindow(head.ok ? head.value.stdout.toString("utf8") : "", hotspotDays, fixDays, now);
    if (stopped)
      return ok(EMPTY_HISTORY());
    running = startGit(changeLogArgs(window), { cwd, okCodes: [128] });
    return ok(parseChangeLog(await running.result, window));
  });
  return {
    result,
    stop: () => {
      stopped = true;
      running.stop();
    }
  };
}
var EMPTY_HISTORY = () => ({ churn: /* @__PURE__ */ new Map(), fixes: /* @__PURE__ */ new Map() });
function changeWindow(headSeconds, hotspotDays, fixDays, now) {
  const headMs = Number(headSeconds.trim()) * 1e3;
  const end = Number.isFinite(headMs) && headMs > 0 ? Math.min(headMs, now.getTime()) : now.getTime();
  return { hotspotSince: end - hotspotDays * 864e5, fixSince: end - fixDays * 864e5 };
}
function changeLogArgs({ hotspotSince, fixSince }) {
  const since = new Date(Math.min(hotspotSince, fixSince)).toISOString();
  return [
    "log",
    `--since=${since}`,
    "--no-merges",
    "--format=%x00%x01%ct%x02%s",
    "--name-only",
    "-z",
    "--no-renames",
    "HEAD"
  ];
}
function parseChangeLog(log, { hotspotSince, fixSince }) {
  const history = EMPTY_HISTORY();
  if (!log.ok || log.value.status !== 0)
    return history;
  for (const record of log.value.stdout.toString("utf8").split("\0").slice(1)) {
    const [header = "", ...names] = record.split("\0");
    const cut = header.indexOf("");
    const time = Number(header.slice(0, cut)) * 1e3;
    const paths = names.map((name) => name.replace(/^\n+/, "")).filter(Boolean);
    const fix = time >= fixSince && paths.length <= FIX_SWEEP_FILES && isBugFixSubject(header.slice(cut + 1));
    for (const path of paths) {
      if (time >= hotspotSince)
        history.churn.set(path, (history.churn.get(path) ?? 0) + 1);
      if (fix)
        history.fixes.set(path, (history.fixes.get(path) ?? 0) + 1);
    }
  }
  return history;
}
function listFileCommits(cwd, path, limit) {
  const log = runGit(fileCommitsArgs(path, limit), { cwd, okCodes: [128] });
  return log.ok ? ok(parseFileCommits(log.value)) : log;
}
function startFileCommits(cwd, path, limit) {
  const running = startGit(fileCommitsArgs(path, limit), { cwd, okCodes: [128] });
  return { result: running.result.then((log) => log.ok ? ok(parseFileCommits(log.value)) : log), stop: running.stop };
}
function fileCommitsArgs(path, limit) {
  return ["log", `-${limit}`, "--format=%H %cI", "--", path];
}
function parseFileCommits(log) {
  return log.stdout.toString("utf8").split("\n").filter(Boolean).map((line) => {
    const [commit, date] = line.split(" ");
    const time = new Date(date ?? "");
    return {
      commit,
      date: (date ?? "").slice(0, 10),
      time: Number.isNaN(time.getTime()) ? date ?? "" : time.toISOString()
    };
  });
}
function readFileAt(cwd, path, commits) {
  if (commits.length === 0)
    return ok([]);
  const batch = runGit(["cat-file", "--batch"], {
    cwd,
    input: commits.map(({ commit }) => `${commit}:${path}`).join("\n") + "\n"
  });
  if (!batch.ok)
    return batch;
  const out = batch.value.stdout;
  const snapshots = [];
  let at = 0;
  for (const { commit, date } of commits) {
    const headerEnd = out.indexOf(10, at);
    if (headerEnd === -1)
      break;
    const header = out.toString("latin1", at, headerEnd).split(" ");
    at = headerEnd + 1;
    if (header[1] !== "blob")
      continue;
    const size = Number(header[2]);
    snapshots.push({ commit, date, text: out.toString("utf8", at, at + size) });
    at += size + 1;
  }
  return ok(snapshots);
}
function firstCommitAfter(cwd, parent) {
  const listed = runGitText(["rev-list", "--reverse", "--ancestry-path", `${parent}..HEAD`], { cwd, okCodes: [128] });
  if (!listed.ok)
    return void 0;
  return listed.value.split("\n")[0] || void 0;
}
function isShallow(cwd) {
  const answer = runGitText(["rev-parse", "--is-shallow-repository"], { cwd });
  return answer.ok && answer.value.trim() === "true";
}

// dist/src/git/worktree-state.js
function modifiedPaths(root, paths) {
  const status = runGit(["status", "--porcelain", "-z", "--untracked-files=no", "--", ...paths], { cwd: root });
  if (!status.ok)
    return status;
  const records = status.value.stdout.toString("utf8").split("\0").filter(Boolean);
  return ok(new Set(records.map((record) => record.slice(3))));
}
function readAtHead(root, path) {
  const shown = runGit(["cat-file", "blob", `HEAD:${path}`], { cwd: root, okCodes: [128] });
  return shown.ok && shown.value.status === 0 ? shown.value.stdout : void 0;
}
function readStaged(root, path) {
  const shown = runGit(["cat-file", "blob", `:${path}`], { cwd: root, okCodes: [128] });
  return shown.ok && shown.value.status === 0 ? shown.value.stdout : void 0;
}
function stageFiles(root, paths) {
  if (paths.length === 0)
    return ok(void 0);
  const staged = runGit(["update-index", "--add", "--", ...paths], { cwd: root });
  return staged.ok ? ok(void 0) : staged;
}

// dist/src/ledger/salvage.js
var STRUCTURE = /^\s*(?:\{|\}|\]|"version":\s*\d+,?|"entries":\s*\[\]?,?)\s*$/;
var MARKER = /^(<{7}|={7}|>{7})(?: |$)/;
function salvageLines(text) {
  const byId = /* @__PURE__ */ new Map();
  const unreadable = [];
  const contradictions = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.trimEnd();
    if (line === "" || MARKER.test(line) || STRUCTURE.test(line))
      return;
    const entry = readEntry(line.endsWith(",") ? line.slice(0, -1) : line);
    if (!entry) {
      unreadable.push(describeLine(index + 1, line));
      return;
    }
    const seen = byId.get(entry.id);
    if (!seen) {
      byId.set(entry.id, { entry, line: index + 1 });
      return;
    }
    const merged = mergeLedgers([], [seen.entry], [entry]);
    const conflict = merged.conflicts[0];
    if (conflict)
      contradictions.push({ line: seen.line, ...conflict });
    else
      seen.entry = merged.entries[0];
  });
  return { entries: [...byId.values()].map((item) => item.entry), unreadable, contradictions };
}
function readEntry(line) {
  if (!line.startsWith("{"))
    return void 0;
  try {
    const entry = JSON.parse(line);
    return entryProblem(entry) ? void 0 : entry;
  } catch {
    return void 0;
  }
}
function describeLine(line, text) {
  const id = /"id":"([a-z]+-[0-9a-f]+)"/.exec(text)?.[1];
  const decisions = ["allow", "done"].filter((key) => text.includes(`"${key}":`));
  return { line, text, ...id ? { id } : {}, decisions };
}

// dist/src/workflow/update-ledger.js
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
  const same2 = before.length === entries.length && sortedLines(before).every((line, index) => line === after[index]);
  return { ...update, changed: !source.canonical || !same2 };
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
function openLedgerOrStagedBytes(root) {
  const bytes = openLedgerBytes(root);
  if (!bytes.ok || bytes.value !== void 0)
    return bytes;
  const staged = readStaged(root, LEDGER_PATH);
  return staged === void 0 ? ok(void 0) : ok(memoryBytes(staged));
}
function readLedgerOrStaged(root) {
  const bytes = openLedgerOrStagedBytes(root);
  if (!bytes.ok || bytes.value === void 0)
    return bytes;
  try {
    return ok(decodeLedger(bytes.value.whole()));
  } catch (error) {
    return ledgerUnreadable(error);
  } finally {
    bytes.value.close();
  }
}
function stageLedger(root) {
  return stageFiles(root, [LEDGER_PATH]);
}

// dist/src/workflow/ledger-recovery.js
var HISTORY_LIMIT = 50;
var REBUILD = "'git-value scan --rebuild'";
var DISCARD = "'git-value scan --rebuild --discard-unreadable'";
function newestReadable(root) {
  const staged = readStaged(root, LEDGER_PATH);
  if (staged) {
    const parsed = parseLedger(staged.toString("utf8"), LEDGER_PATH);
    if (parsed.ok)
      return { where: "the staged ledger", entries: parsed.value.entries };
  }
  const commits = listFileCommits(root, LEDGER_PATH, HISTORY_LIMIT);
  if (!commits.ok)
    return void 0;
  const versions = readFileAt(root, LEDGER_PATH, commits.value);
  if (!versions.ok)
    return void 0;
  for (const { commit, text } of versions.value) {
    const parsed = parseLedger(text, LEDGER_PATH);
    if (parsed.ok)
      return { where: `commit ${commit.slice(0, 12)}`, entries: parsed.value.entries };
  }
  return void 0;
}
function planRecovery(repo) {
  const text = readLedgerOrStaged(repo.root);
  if (!text.ok)
    return text;
  const salvage = salvageLines(text.value ?? "");
  const readable = newestReadable(repo.root);
  const kept = new Map(salvage.entries.map((entry) => [entry.id, entry]));
  const recovered = (readable?.entries ?? []).filter((entry) => !kept.has(entry.id));
  const entries = [...salvage.entries, ...recovered].sort(compareEntries);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const lost = salvage.unreadable.filter((line) => line.decisions.length > 0 && !line.decisions.every((key) => line.id && byId.get(line.id)?.[key]));
  const notes = [
    `${LEDGER_PATH} could not be read: ${salvage.entries.length} entries kept from its readable lines` + (readable ? `, ${recovered.length} taken from ${readable.where} (the newest readable ledger)` : "") + (salvage.unreadable.length > 0 ? `; ${salvage.unreadable.length} unreadable line(s) dropped` : "")
  ];
  return ok({ entries, lost, contradictions: salvage.contradictions, notes });
}
function recoverForRebuild(repo, discard, notes) {
  const plan = planRecovery(repo);
  if (!plan.ok)
    return plan;
  const { entries, lost, contradictions } = plan.value;
  if (!discard && (lost.length > 0 || contradictions.length > 0))
    return fail(wouldLose(lost, contradictions));
  notes.push(...plan.value.notes);
  if (discard && lost.length + contradictions.length > 0)
    notes.push(`dropped as asked: ${describeLoss(lost, contradictions).join("; ")}`);
  return ok({ canonical: false, ledger: openLedgerText(formatLedger(entries), true), entries });
}
function wouldLose(lost, contradictions) {
  const lines = [.../* @__PURE__ */ new Set([...lost.map((item) => item.line), ...contradictions.map((item) => item.line)])];
  return {
    code: "LEDGER_CORRUPT",
    file: LEDGER_PATH,
    message: `a rebuild of ${LEDGER_PATH} would lose decisions that no readable ledger holds:
${describeLoss(lost, contradictions).map((item) => `  ${item}`).join("\n")}`,
    fix: `repair line ${lines.join(", ")} of ${LEDGER_PATH} by hand (one entry per line; of a conflict block keep one side) and rebuild again, or drop those decisions with ${DISCARD}`
  };
}
function describeLoss(lost, contradictions) {
  return [
    ...lost.map((item) => `line ${item.line}: the ${item.decisions.join(" and ")} decision of ${item.id ?? "an entry whose id cannot be read"} (${item.text.length > 120 ? `${item.text.slice(0, 120)}\u2026` : item.text})`),
    ...contradictions.map(({ line, ours, theirs }) => `line ${line}: ${ours.id} is decided differently on the two sides of a conflict (${decision(ours)} / ${decision(theirs)})`)
  ];
}
function decision(entry) {
  if (entry.allow)
    return `allowed by ${entry.allow.by} on ${entry.allow.at}: "${entry.allow.reason}"`;
  if (entry.done)
    return `done in ${entry.done.hours} h, by ${entry.done.by} on ${entry.done.at}`;
  return entry.status;
}
function explainDamage(repo, error) {
  const plan = planRecovery(repo);
  if (!plan.ok)
    return fail(error);
  const { lost, contradictions } = plan.value;
  if (lost.length > 0 || contradictions.length > 0) {
    const loss = wouldLose(lost, contradictions);
    return fail({ ...error, message: `${error.message}
${loss.message}`, fix: loss.fix });
  }
  const fix = `run ${REBUILD} (it keeps every decision it can read and takes the rest from the ledger's history)` + (headHoldsEveryDecision(repo.root, plan.value.entries) ? `, or go back to the committed ledger with 'git checkout HEAD -- ${LEDGER_PATH}'` : "");
  return fail({ ...error, fix });
}
function headHoldsEveryDecision(root, entries) {
  const head = readAtHead(root, LEDGER_PATH);
  if (!head)
    return false;
  const parsed = parseLedger(head.toString("utf8"), LEDGER_PATH);
  if (!parsed.ok)
    return false;
  const committed = new Map(parsed.value.entries.map((entry) => [entry.id, entry]));
  const key = (entry) => JSON.stringify([entry?.allow ?? null, entry?.done ?? null]);
  return entries.every((entry) => !entry.allow && !entry.done || key(entry) === key(committed.get(entry.id)));
}

// dist/src/git/blobs.js
function readBlobs(cwd, shas) {
  const listed = readObjectsInOrder(cwd, shas);
  if (!listed.ok)
    return listed;
  const blobs = /* @__PURE__ */ new Map();
  listed.value.forEach((bytes, index) => {
    if (bytes)
      blobs.set(shas[index], bytes);
  });
  return ok(blobs);
}
function readObjectsInOrder(cwd, names) {
  const shas = names;
  const blobs = [];
  if (shas.length === 0)
    return ok(blobs);
  const batch = runGit(["cat-file", "--batch", "--buffer"], { cwd, input: `${shas.join("\n")}
` });
  if (!batch.ok)
    return batch;
  return parseBatchOutput(batch.value.stdout, shas.length);
}
function parseBatchOutput(out, count) {
  const blobs = [];
  let at = 0;
  while (at < out.length) {
    const headerEnd = out.indexOf(10, at);
    if (headerEnd === -1)
      break;
    const header = out.toString("latin1", at, headerEnd).split(" ");
    at = headerEnd + 1;
    if (header[1] === "missing" || header[1] === "ambiguous") {
      blobs.push(void 0);
      continue;
    }
    const size = Number(header[2]);
    if (!Number.isFinite(size))
      return fail({
        code: "GIT_FAILED",
        message: `unexpected 'git cat-file' header: ${header.join(" ").slice(0, 80)}`,
        fix: "report this with your git version"
      });
    blobs.push(out.subarray(at, at + size));
    at += size + 1;
  }
  while (blobs.length < count)
    blobs.push(void 0);
  return ok(blobs);
}
function readBlobSizes(cwd, shas) {
  const sizes = /* @__PURE__ */ new Map();
  if (shas.length === 0)
    return ok(sizes);
  const batch = runGit(["cat-file", "--batch-check", "--buffer"], { cwd, input: `${shas.join("\n")}
` });
  if (!batch.ok)
    return batch;
  for (const line of batch.value.stdout.toString("latin1").split("\n")) {
    const [sha, type, size] = line.split(" ");
    if (sha && type === "blob")
      sizes.set(sha, Number(size));
  }
  return ok(sizes);
}

// dist/src/workflow/ledger-trust.js
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join4 } from "node:path";
var KEEP = 16;
var storeFile = (gitDir) => join4(gitDir, "git-value", "ledger-valid");
function readKnown(gitDir) {
  try {
    return readFileSync3(storeFile(gitDir), "latin1").split("\n").filter(Boolean);
  } catch {
    return [];
  }
}
function isKnownValid(gitDir, digest) {
  if (gitDir === void 0)
    return false;
  const at = readKnown(gitDir).indexOf(digest);
  if (at >= KEEP / 2)
    recordValid(gitDir, digest);
  return at !== -1;
}
function recordValid(gitDir, digest, previous) {
  if (!gitDir)
    return;
  const known = readKnown(gitDir);
  const first = previous && previous !== digest ? [digest, previous] : [digest];
  if (first.every((item, index) => known[index] === item))
    return;
  const next = [...first, ...known.filter((item) => !first.includes(item))].slice(0, KEEP);
  writeFileAtomic(storeFile(gitDir), `${next.join("\n")}
`, "the ledger digests", { flush: false });
}

// dist/src/workflow/ledger-edit.js
var emptySource = () => ({
  canonical: false,
  ledger: openLedgerText(formatLedger([]), true),
  entries: []
});
function openLedger(repo, check, earlier2) {
  const bytes = openLedgerOrStagedBytes(repo.root);
  if (!bytes.ok)
    return bytes;
  if (bytes.value === void 0)
    return ok(emptySource());
  let kept = false;
  try {
    const digest = bytes.value.digest();
    if (earlier2?.digest === digest && earlier2.entries) {
      const ledger = earlier2.canonical ? openLedgerText(bytes.value, true) : void 0;
      if (ledger)
        kept = true;
      return ok({ ...earlier2, ledger: ledger ?? earlier2.ledger });
    }
    if (check === "known" && isKnownValid(repo.gitDir, digest)) {
      const ledger = openLedgerText(bytes.value, true);
      if (ledger) {
        kept = true;
        return ok({ canonical: true, ledger, digest });
      }
    }
    const whole = readWhole(repo, bytes.value, digest);
    if (!whole.ok)
      return whole;
    kept = whole.value.ledger.bytes === bytes.value;
    return whole;
  } catch (error) {
    return ledgerUnreadable(error);
  } finally {
    if (!kept)
      bytes.value.close();
  }
}
function readWhole(repo, bytes, digest) {
  const parsed = parseLedger(decodeLedger(bytes.whole()), LEDGER_PATH);
  if (!parsed.ok)
    return explainDamage(repo, parsed.error);
  const { entries } = parsed.value;
  const text = openLedgerText(bytes, true);
  if (text && isCanonical(text, entries)) {
    recordValid(repo.gitDir, digest);
    return ok({ canonical: true, ledger: text, entries, digest });
  }
  const sorted = [...entries].sort(compareEntries);
  return ok({
    canonical: false,
    ledger: openLedgerText(formatLedger(sorted), true),
    entries: sorted,
    digest
  });
}
function isCanonical(text, entries) {
  let lines = text.bodyEnd > text.bodyStart ? 1 : 0;
  for (let at = text.bytes.indexOf(10, text.bodyStart); at !== -1 && at < text.bodyEnd; at = text.bytes.indexOf(10, at + 1))
    lines++;
  if (lines !== entries.length)
    return false;
  for (const [index, entry] of entries.entries()) {
    if (Object.keys(entry)[0] !== "path")
      return false;
    const previous = entries[index - 1];
    if (previous && compareEntries(previous, entry) > 0)
      return false;
  }
  return true;
}
function closeLedgerSource(source) {
  source.ledger.bytes.close();
}
async function editLedger(repo, options, edit) {
  if (options.dryRun)
    return previewLedgerEdit(repo, options, edit);
  return withLedgerLock(repo.root, async () => {
    let source = openLedger(repo, options.check, options.earlier);
    if (!source.ok && options.onDamage && source.error.code !== "UNSAFE_PATH")
      source = options.onDamage(source);
    if (!source.ok)
      return source;
    try {
      const change = await edit(source.value);
      if (!change.ok)
        return change;
      const { value, write } = change.value;
      const { entries, digest } = source.value;
      if (!write)
        return ok({ value, written: false, ...entries ? { entries } : {}, ...digest ? { digest } : {} });
      const saved = saveLedger(repo, source.value, write, options);
      if (!saved.ok)
        return saved;
      if (saved.value.written && options.stage) {
        const staged = stageLedger(repo.root);
        if (!staged.ok)
          return staged;
      }
      return ok({ value, ...saved.value });
    } finally {
      closeLedgerSource(source.value);
    }
  });
}
async function previewLedgerEdit(repo, options, edit) {
  const source = openLedger({ root: repo.root }, "whole", options.earlier);
  if (!source.ok)
    return source;
  try {
    const change = await edit(source.value);
    if (!change.ok)
      return change;
    const { value, write } = change.value;
    if (!write)
      return ok({ value, written: false });
    const bytes = "allEntries" in write ? Buffer.from(formatLedger(write.allEntries), "latin1") : joinPieces(source.value.ledger, write.pieces);
    const checked = checkedLedgerText(bytes);
    if (!checked.ok)
      return checked;
    const before = readLedgerText(repo.root);
    const after = decodeLedger(bytes);
    return ok({
      value,
      written: false,
      entries: checked.value.entries,
      digest: checked.value.digest,
      ...before === after ? {} : { preview: { path: LEDGER_PATH, before, after } }
    });
  } finally {
    closeLedgerSource(source.value);
  }
}
function readLedgerText(root) {
  const file = ledgerFile(root);
  return existsSync(file) ? decodeLedger(readFileSync4(file)) : null;
}
function saveLedger(repo, source, write, options) {
  const file = ledgerFile(repo.root);
  const writeOptions = { flush: options.flush !== false, root: repo.root };
  if ("allEntries" in write || options.check === "whole") {
    const bytes = "allEntries" in write ? Buffer.from(formatLedger(write.allEntries), "latin1") : joinPieces(source.ledger, write.pieces);
    const checked = checkedLedgerText(bytes);
    if (!checked.ok)
      return checked;
    const { entries, digest: digest2 } = checked.value;
    if (source.canonical && source.digest === digest2)
      return ok({ written: false, entries, digest: digest2 });
    const saved2 = writeFileAtomic(file, bytes, LEDGER_PATH, writeOptions);
    if (!saved2.ok)
      return saved2;
    recordValid(repo.gitDir, digest2, source.canonical ? source.digest : void 0);
    return ok({ written: true, entries, digest: digest2 });
  }
  for (const line of newLinesIn(write.pieces)) {
    const problem = lineProblem(line);
    if (problem)
      return internalDamage(problem);
  }
  const hash = newLedgerHash();
  const saved = writeFileAtomic(file, (fd) => writePieces(fd, source.ledger, write.pieces, hash), LEDGER_PATH, writeOptions);
  if (!saved.ok)
    return saved;
  const digest = hash.digest("hex");
  recordValid(repo.gitDir, digest, source.canonical ? source.digest : void 0);
  return ok({ written: true, digest });
}
function lineProblem(line) {
  try {
    return entryProblem(JSON.parse(line));
  } catch (error) {
    return error.message;
  }
}
function checkedLedgerText(bytes) {
  const parsed = parseLedger(decodeLedger(bytes), LEDGER_PATH);
  if (!parsed.ok)
    return internalDamage(parsed.error.message);
  return ok({ entries: parsed.value.entries, digest: newLedgerHash().update(bytes).digest("hex") });
}
function internalDamage(problem) {
  return fail({
    code: "LEDGER_CORRUPT",
    file: LEDGER_PATH,
    message: `git-value built an invalid ${LEDGER_PATH} (${problem}); nothing was written`,
    fix: "report this as a bug in git-value, with GIT_VALUE_DEBUG=1 output; the ledger is unchanged"
  });
}
function writeCheckedLedger(repo, bytes, digest, flush) {
  const saved = writeFileAtomic(ledgerFile(repo.root), bytes, LEDGER_PATH, { flush, root: repo.root });
  if (saved.ok)
    recordValid(repo.gitDir, digest);
  return saved;
}
function checkStagedLedger(repo, blob) {
  const read = readBlobs(repo.root, [blob]);
  if (!read.ok)
    return read;
  const bytes = read.value.get(blob) ?? Buffer.alloc(0);
  const digest = newLedgerHash().update(bytes).digest("hex");
  if (isKnownValid(repo.gitDir, digest))
    return ok(void 0);
  const parsed = parseLedger(decodeLedger(bytes), `the staged ${LEDGER_PATH}`);
  if (parsed.ok) {
    const text = openLedgerText(bytes, true);
    if (text && isCanonical(text, parsed.value.entries))
      recordValid(repo.gitDir, digest);
    return ok(void 0);
  }
  const workTree = openLedger(repo, "whole");
  if (workTree.ok)
    closeLedgerSource(workTree.value);
  const add = `'git add ${LEDGER_PATH}'`;
  return fail({
    ...parsed.error,
    fix: workTree.ok ? `stage the work tree's ledger, which is readable: ${add}` : `rebuild the work tree's ledger with 'git-value scan --rebuild', then stage it with ${add}`
  });
}

export {
  commitDate,
  readChangeHistory,
  startChangeHistory,
  listFileCommits,
  startFileCommits,
  readFileAt,
  firstCommitAfter,
  isShallow,
  decodeLedger,
  writeFileAtomic,
  modifiedPaths,
  readAtHead,
  stageFiles,
  mergeLedgers,
  withLedgerLock,
  reconcileEntries,
  entriesOf,
  entriesContaining,
  replaceEntries,
  writeEntries,
  recoverForRebuild,
  readBlobs,
  readObjectsInOrder,
  parseBatchOutput,
  readBlobSizes,
  openLedger,
  closeLedgerSource,
  editLedger,
  checkedLedgerText,
  writeCheckedLedger,
  checkStagedLedger
};
