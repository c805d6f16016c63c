import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  checkedLedgerText,
  mergeLedgers,
  modifiedPaths,
  readAtHead,
  stageFiles,
  writeCheckedLedger,
  writeFileAtomic
} from "./chunk-AP6QHR2Z.js";
import {
  LEDGER_PATH,
  formatLedger,
  parseLedger
} from "./chunk-TNT4O3F4.js";
import {
  ok
} from "./chunk-HUUDYLWZ.js";

// dist/src/workflow/deferred-refresh.js
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
var pendingDir = (gitDir) => join(gitDir, "git-value", "pending");
var headFile = (gitDir) => join(pendingDir(gitDir), "HEAD");
function snapshotFiles(root, paths) {
  return new Map(paths.map((path) => [path, existsSync(join(root, path)) ? readFileSync(join(root, path)) : void 0]));
}
function deferWrites(root, gitDir, head, before) {
  rmSync(pendingDir(gitDir), { recursive: true, force: true });
  const deferred = [];
  for (const [path, old] of before) {
    const file = join(root, path);
    const now = existsSync(file) ? readFileSync(file) : void 0;
    if (now === void 0 || old !== void 0 && now.equals(old))
      continue;
    const target = join(pendingDir(gitDir), "files", path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, now);
    const restored = old === void 0 ? (rmSync(file, { force: true }), ok(void 0)) : writeFileAtomic(file, old, path, { root });
    if (!restored.ok)
      return restored;
    deferred.push(path);
  }
  if (deferred.length > 0)
    writeFileSync(headFile(gitDir), `${head}
`);
  return ok(deferred);
}
function startFromPendingRefresh(root, gitDir) {
  const folder = join(pendingDir(gitDir), "files");
  for (const path of listFiles(folder)) {
    const written = writeFileAtomic(join(root, path), readFileSync(join(folder, path)), path, { root, flush: false });
    if (!written.ok)
      return written;
  }
  return ok(void 0);
}
function hasPendingRefresh(gitDir) {
  return existsSync(headFile(gitDir));
}
function discardPendingRefresh(gitDir) {
  rmSync(pendingDir(gitDir), { recursive: true, force: true });
}
function carryPendingRefresh(root, gitDir, head) {
  const pendingHead = readFileSync(headFile(gitDir), "utf8").trim();
  const folder = join(pendingDir(gitDir), "files");
  if (pendingHead !== head) {
    discardPendingRefresh(gitDir);
    return ok([]);
  }
  const paths = listFiles(folder);
  const modified = modifiedPaths(root, paths);
  if (!modified.ok)
    return modified;
  const carried = [];
  const notes = [];
  for (const path of paths) {
    const pending = readFileSync(join(folder, path));
    let next = pending;
    if (modified.value.has(path))
      next = path === LEDGER_PATH ? mergeIntoChangedLedger(root, pending) : void 0;
    if (next === void 0) {
      notes.push(`${path} changed since the last merge or rebase: its refresh is left to 'git-value refresh'`);
      continue;
    }
    const written = path === LEDGER_PATH ? carryLedger(root, gitDir, next) : writeFileAtomic(join(root, path), next, path, { flush: false, root });
    if (!written.ok)
      return written;
    carried.push(path);
  }
  const staged = stageFiles(root, carried);
  if (!staged.ok)
    return staged;
  discardPendingRefresh(gitDir);
  return ok(notes);
}
function carryLedger(root, gitDir, text) {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, "latin1");
  const checked = checkedLedgerText(bytes);
  if (!checked.ok)
    return checked;
  return writeCheckedLedger({ root, gitDir }, bytes, checked.value.digest, false);
}
function mergeIntoChangedLedger(root, pending) {
  const base = parseLedger(readAtHead(root, LEDGER_PATH)?.toString("utf8") ?? formatLedger([]), LEDGER_PATH);
  const ours = parseLedger(readFileSync(join(root, LEDGER_PATH), "utf8"), LEDGER_PATH);
  const theirs = parseLedger(pending.toString("utf8"), LEDGER_PATH);
  if (!base.ok || !ours.ok || !theirs.ok)
    return void 0;
  const merged = mergeLedgers(base.value.entries, ours.value.entries, theirs.value.entries);
  return merged.conflicts.length === 0 ? formatLedger(merged.entries) : void 0;
}
function listFiles(folder, prefix = "") {
  if (!existsSync(join(folder, prefix)))
    return [];
  return readdirSync(join(folder, prefix), { withFileTypes: true }).flatMap((item) => item.isDirectory() ? listFiles(folder, join(prefix, item.name)) : [join(prefix, item.name)]);
}

export {
  snapshotFiles,
  deferWrites,
  startFromPendingRefresh,
  hasPendingRefresh,
  discardPendingRefresh,
  carryPendingRefresh
};
