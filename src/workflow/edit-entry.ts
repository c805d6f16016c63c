import { fail, ok, type Result } from '../findings/result.js';
import type { LedgerText } from '../ledger/splice.js';
import { LEDGER_PATH, type LedgerEntry } from '../ledger/types.js';
import type { FileEdit } from '../report/file-diff.js';
import { groupEntries } from '../scoring/group-items.js';
import { editLedger, type LedgerRepo } from './ledger-edit.js';
import { entriesContaining, entriesOf, writeEntries } from './update-ledger.js';

export type EntryLookup = { entry: LedgerEntry } | { missing: true } | { ambiguous: string[] };

/** An id, or a unique prefix of one (as git takes short commit ids). */
export function findEntry(ledger: LedgerText, id: string): EntryLookup {
  const quotedPrefix = `"id":${JSON.stringify(id).slice(0, -1)}`;
  const matches = entriesContaining(ledger, quotedPrefix);
  const exact = matches.find((entry) => entry.id === id);
  if (exact) return { entry: exact };
  if (matches.length === 1) return { entry: matches[0] as LedgerEntry };
  return matches.length === 0 ? { missing: true } : { ambiguous: matches.map((entry) => entry.id) };
}

export function notFound(id: string) {
  return fail({
    code: 'NOT_FOUND',
    file: LEDGER_PATH,
    message: `no finding with id '${id}' in ${LEDGER_PATH}, the staged change or the commits not pushed yet`,
    fix: "copy the id from 'git-value backlog' or from the refused commit's or push's message",
  });
}

// decisions are rare and made by hand: the whole ledger is checked, and staged with the decision
const decision = (dryRun = false) => ({ check: 'whole', stage: true, dryRun }) as const;

/** What an edit changed: one finding's entry, or the findings of a backlog item. */
export interface EntryEdit {
  entries: LedgerEntry[];
  /** The backlog item's id when the id given was one (an item groups a rule's findings in a file). */
  itemId?: string;
  /** With dryRun: the change the ledger file would get (nothing was written). */
  preview?: FileEdit;
}

type ItemLookup = { item: string; members: LedgerEntry[] } | { missing: true } | { ambiguous: string[] };

// Item ids are not in the file (items are formed when the backlog is read), so an item id is looked up
// among the items of the whole ledger; `pick` chooses which of an item's findings the edit applies to.
function findItem(ledger: LedgerText, id: string, pick: (entry: LedgerEntry) => boolean): ItemLookup {
  const all = entriesContaining(ledger, '{"path":');
  const items = groupEntries(all).filter((item) => item.id.startsWith(id));
  const ids = [...new Set(items.map((item) => item.id))];
  const chosen = ids.includes(id) ? id : ids.length === 1 ? ids[0] : undefined;
  if (!chosen) return ids.length === 0 ? { missing: true } : { ambiguous: ids };
  const occurrences = new Set(
    items.filter((item) => item.id === chosen).flatMap((item) => (item.occurrences ?? []).map((o) => o.id)),
  );
  const members = all.filter((entry) => occurrences.has(entry.id) && pick(entry));
  return members.length ? { item: chosen, members } : { missing: true };
}

/**
 * Like editEntry, but an id may also name a backlog item (BACKLOG.md's ids): then every finding of the
 * item that `pick` selects is changed (allow: the open ones; a finding added later is its own).
 */
export async function editItemOrEntry(
  repo: LedgerRepo,
  id: string,
  change: (entry: LedgerEntry) => LedgerEntry,
  options: {
    insertIfMissing?: () => Promise<LedgerEntry | undefined>;
    pick?: (entry: LedgerEntry) => boolean;
    /** Build the change and return it as `preview`, writing and staging nothing. */
    dryRun?: boolean;
  } = {},
): Promise<Result<EntryEdit>> {
  const edited = await editLedger(repo, decision(options.dryRun), async ({ ledger }) => {
    const found = findEntry(ledger, id);
    if ('ambiguous' in found) return ambiguous(id, found.ambiguous);
    let targets: LedgerEntry[] = [];
    let itemId: string | undefined;
    if ('entry' in found) targets = [found.entry];
    else {
      const item = findItem(ledger, id, options.pick ?? (() => true));
      if ('ambiguous' in item) return ambiguous(id, item.ambiguous);
      if ('item' in item) [targets, itemId] = [item.members, item.item];
      else {
        const inserted = options.insertIfMissing ? await options.insertIfMissing() : undefined;
        if (inserted) targets = [inserted];
      }
    }
    if (targets.length === 0) return notFound(id);
    const updated = targets.map(change);
    const paths = [...new Set(updated.map((entry) => entry.path))];
    const changedIds = new Set(updated.map((entry) => entry.id));
    const others = entriesOf(ledger, paths).filter((entry) => !changedIds.has(entry.id));
    const value: EntryEdit = { entries: updated, ...(itemId ? { itemId } : {}) };
    return ok({ value, write: { pieces: writeEntries(ledger, paths, [...others, ...updated]).pieces } });
  });
  return edited.ok ? ok(withPreview(edited.value.value, edited.value.preview)) : edited;
}

const withPreview = (edit: EntryEdit, preview: FileEdit | undefined): EntryEdit =>
  preview ? { ...edit, preview } : edit;

function ambiguous(id: string, matches: readonly string[]) {
  return fail({
    code: 'USAGE',
    message: `'${id}' matches ${matches.length} findings`,
    fix: `give more of the id: ${matches.slice(0, 3).join(', ')}`,
  });
}

/**
 * One decision for many entries (a baseline): every open entry `select` picks is changed, under the
 * lock, and the ledger is written and staged once (or, dry, only previewed). Only open lines are parsed.
 */
export async function editOpenEntries(
  repo: LedgerRepo,
  select: (entry: LedgerEntry) => boolean,
  change: (entry: LedgerEntry) => LedgerEntry,
  dryRun = false,
): Promise<Result<EntryEdit>> {
  const edited = await editLedger(repo, decision(dryRun), ({ ledger }) => {
    const picked = entriesContaining(ledger, '"status":"open"').filter(
      (entry) => entry.status === 'open' && select(entry),
    );
    if (picked.length === 0) return ok({ value: { entries: [] } });
    const ids = new Set(picked.map((entry) => entry.id));
    const paths = new Set(picked.map((entry) => entry.path));
    const entries = entriesOf(ledger, paths).map((entry) => (ids.has(entry.id) ? change(entry) : entry));
    return ok({
      value: { entries: entries.filter((entry) => ids.has(entry.id)) },
      write: { pieces: writeEntries(ledger, paths, entries).pieces },
    });
  });
  return edited.ok ? ok(withPreview(edited.value.value, edited.value.preview)) : edited;
}
