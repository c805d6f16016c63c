import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
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
} from "./chunk-VAXB6MDB.js";
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
async function editEntry(root, id, change, insertIfMissing) {
  return withLedgerLock(root, async () => {
    const source = readLedgerSource(root);
    if (!source.ok)
      return source;
    try {
      const { ledger } = source.value;
      const found = findEntry(ledger, id);
      if ("ambiguous" in found)
        return fail({
          code: "USAGE",
          message: `'${id}' matches ${found.ambiguous.length} findings`,
          fix: `give more of the id: ${found.ambiguous.slice(0, 3).join(", ")}`
        });
      const target = "entry" in found ? found.entry : insertIfMissing ? await insertIfMissing() : void 0;
      if (!target)
        return notFound(id);
      const updated = change(target);
      const others = entriesOf(ledger, [updated.path]).filter((entry) => entry.id !== updated.id);
      const written = writeLedger(root, ledger, writeEntries(ledger, [updated.path], [...others, updated]).pieces);
      if (!written.ok)
        return written;
      const staged = stageLedger(root);
      return staged.ok ? ok(updated) : staged;
    } finally {
      closeLedgerSource(source.value);
    }
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
  editEntry,
  editOpenEntries,
  readIdentity
};
