import { createRequire as __gvCreateRequire } from 'node:module';
import { dirname as __gvDirname } from 'node:path';
import { fileURLToPath as __gvFileURLToPath } from 'node:url';
const require = __gvCreateRequire(import.meta.url);
const __filename = __gvFileURLToPath(import.meta.url);
const __dirname = __gvDirname(__filename);
import {
  groupEntries
} from "./chunk-3SSG65XT.js";
import {
  editLedger,
  entriesContaining,
  entriesOf,
  writeEntries
} from "./chunk-AP6QHR2Z.js";
import {
  LEDGER_PATH,
  runGitText
} from "./chunk-TNT4O3F4.js";
import {
  fail,
  ok
} from "./chunk-HUUDYLWZ.js";

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
var decision = (dryRun = false) => ({ check: "whole", stage: true, dryRun });
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
async function editItemOrEntry(repo, id, change, options = {}) {
  const edited = await editLedger(repo, decision(options.dryRun), async ({ ledger }) => {
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
    const value = { entries: updated, ...itemId ? { itemId } : {} };
    return ok({ value, write: { pieces: writeEntries(ledger, paths, [...others, ...updated]).pieces } });
  });
  return edited.ok ? ok(withPreview(edited.value.value, edited.value.preview)) : edited;
}
var withPreview = (edit, preview) => preview ? { ...edit, preview } : edit;
function ambiguous(id, matches) {
  return fail({
    code: "USAGE",
    message: `'${id}' matches ${matches.length} findings`,
    fix: `give more of the id: ${matches.slice(0, 3).join(", ")}`
  });
}
async function editOpenEntries(repo, select, change, dryRun = false) {
  const edited = await editLedger(repo, decision(dryRun), ({ ledger }) => {
    const picked = entriesContaining(ledger, '"status":"open"').filter((entry) => entry.status === "open" && select(entry));
    if (picked.length === 0)
      return ok({ value: { entries: [] } });
    const ids = new Set(picked.map((entry) => entry.id));
    const paths = new Set(picked.map((entry) => entry.path));
    const entries = entriesOf(ledger, paths).map((entry) => ids.has(entry.id) ? change(entry) : entry);
    return ok({
      value: { entries: entries.filter((entry) => ids.has(entry.id)) },
      write: { pieces: writeEntries(ledger, paths, entries).pieces }
    });
  });
  return edited.ok ? ok(withPreview(edited.value.value, edited.value.preview)) : edited;
}

// dist/src/git/identity.js
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
