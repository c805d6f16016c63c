import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  groupEntries
} from "./chunk-4QSM2DIM.js";
import {
  closeLedgerSource,
  entriesContaining,
  entriesOf,
  readLedgerSource,
  runGitText,
  stageLedger,
  withLedgerLock,
  writeEntries,
  writeLedger
} from "./chunk-SHS6TC54.js";
import {
  LEDGER_PATH,
  fail,
  ok
} from "./chunk-JDFRV7HZ.js";

// dist/src/workflow/edit-entry.js
function findEntry(ledger, id) {
  const quotedPrefix = `"id":${JSON.stringify(id).slice(0, -1)}`;
  const matches = entriesContaining(ledger, quotedPrefix);
  const exact = matches.find((entry) => entry.id === id);
  if (exact)
    return { entry: exact };
  if (matches.length === 1)
    return { entry: matches[0] };
  return matches.length === 0 ? { missing: true } : { ambiguous: matches.map((entry) => entry.id) };
}
function notFound(id) {
  return fail({
    code: "NOT_FOUND",
    file: LEDGER_PATH,
    message: `no finding with id '${id}' in ${LEDGER_PATH}, the staged change or the commits not pushed yet`,
    fix: "copy the id from 'git-value backlog' or from the refused commit's or push's message"
  });
}
function findItem(ledger, id, pick) {
  const all = entriesContaining(ledger, '{"path":');
  const items = groupEntries(all).filter((item) => item.id.startsWith(id));
  const ids = [...new Set(items.map((item) => item.id))];
  const chosen = ids.includes(id) ? id : ids.length === 1 ? ids[0] : void 0;
  if (!chosen)
    return ids.length === 0 ? { missing: true } : { ambiguous: ids };
  const occurrences = new Set(items.filter((item) => item.id === chosen).flatMap((item) => (item.occurrences ?? []).map((o) => o.id)));
  const members = all.filter((entry) => occurrences.has(entry.id) && pick(entry));
  return members.length ? { item: chosen, members } : { missing: true };
}
async function editItemOrEntry(root, id, change, options = {}) {
  return withLedgerLock(root, async () => {
    const source = readLedgerSource(root);
    if (!source.ok)
      return source;
    try {
      const { ledger } = source.value;
      const found = findEntry(ledger, id);
      if ("ambiguous" in found)
        return ambiguous(id, found.ambiguous);
      let targets = [];
      let itemId;
      if ("entry" in found)
        targets = [found.entry];
      else {
        const item = findItem(ledger, id, options.pick ?? (() => true));
        if ("ambiguous" in item)
          return ambiguous(id, item.ambiguous);
        if ("item" in item)
          [targets, itemId] = [item.members, item.item];
        else {
          const inserted = options.insertIfMissing ? await options.insertIfMissing() : void 0;
          if (inserted)
            targets = [inserted];
        }
      }
      if (targets.length === 0)
        return notFound(id);
      const updated = targets.map(change);
      const paths = [...new Set(updated.map((entry) => entry.path))];
      const changedIds = new Set(updated.map((entry) => entry.id));
      const others = entriesOf(ledger, paths).filter((entry) => !changedIds.has(entry.id));
      const written = writeLedger(root, ledger, writeEntries(ledger, paths, [...others, ...updated]).pieces);
      if (!written.ok)
        return written;
      const staged = stageLedger(root);
      return staged.ok ? ok({ entries: updated, ...itemId ? { itemId } : {} }) : staged;
    } finally {
      closeLedgerSource(source.value);
    }
  });
}
function ambiguous(id, matches) {
  return fail({
    code: "USAGE",
    message: `'${id}' matches ${matches.length} findings`,
    fix: `give more of the id: ${matches.slice(0, 3).join(", ")}`
  });
}
async function editOpenEntries(root, select, change) {
  return withLedgerLock(root, async () => {
    const source = readLedgerSource(root);
    if (!source.ok)
      return source;
    try {
      const { ledger } = source.value;
      const picked = entriesContaining(ledger, '"status":"open"').filter((entry) => entry.status === "open" && select(entry));
      if (picked.length === 0)
        return ok([]);
      const ids = new Set(picked.map((entry) => entry.id));
      const paths = new Set(picked.map((entry) => entry.path));
      const entries = entriesOf(ledger, paths).map((entry) => ids.has(entry.id) ? change(entry) : entry);
      const written = writeLedger(root, ledger, writeEntries(ledger, paths, entries).pieces);
      if (!written.ok)
        return written;
      const staged = stageLedger(root);
      return staged.ok ? ok(entries.filter((entry) => ids.has(entry.id))) : staged;
    } finally {
      closeLedgerSource(source.value);
    }
  });
}
function readIdentity(root) {
  const name = runGitText(["config", "user.name"], { cwd: root, okCodes: [1] });
  const email = runGitText(["config", "user.email"], { cwd: root, okCodes: [1] });
  const who = [name.ok ? name.value.trim() : "", email.ok && email.value.trim() ? `<${email.value.trim()}>` : ""].filter(Boolean).join(" ");
  return who || "unknown";
}

export {
  editItemOrEntry,
  editOpenEntries,
  readIdentity
};
