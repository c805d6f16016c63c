import { entryProblem } from './format.js';
import { mergeLedgers } from './merge.js';
import type { LedgerEntry } from './types.js';

// What can still be read from a damaged or conflicted ledger, line by line: `scan --rebuild` keeps
// those decisions and asks the ledger's history only for the rest (issue 14). An entry found twice
// (the two sides of a conflict block) is merged as the merge driver merges it; sides whose decisions
// contradict each other are reported, never settled silently.

export interface UnreadableLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
  /** The entry id the line names, when it can still be seen. */
  id?: string;
  /** Decisions the line appears to hold ("allow", "done"): what would be lost with it. */
  decisions: ('allow' | 'done')[];
}

export interface Contradiction {
  line: number;
  ours: LedgerEntry;
  theirs: LedgerEntry;
}

export interface Salvage {
  entries: LedgerEntry[];
  unreadable: UnreadableLine[];
  contradictions: Contradiction[];
}

const STRUCTURE = /^\s*(?:\{|\}|\]|"version":\s*\d+,?|"entries":\s*\[\]?,?)\s*$/;
const MARKER = /^(<{7}|={7}|>{7})(?: |$)/;

export function salvageLines(text: string): Salvage {
  const byId = new Map<string, { entry: LedgerEntry; line: number }>();
  const unreadable: UnreadableLine[] = [];
  const contradictions: Contradiction[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    if (line === '' || MARKER.test(line) || STRUCTURE.test(line)) return;
    const entry = readEntry(line.endsWith(',') ? line.slice(0, -1) : line);
    if (!entry) {
      unreadable.push(describeLine(index + 1, line));
      return;
    }
    // the same entry twice: the two sides of a conflict block (ours comes first), or a bad edit
    const seen = byId.get(entry.id);
    if (!seen) {
      byId.set(entry.id, { entry, line: index + 1 });
      return;
    }
    const merged = mergeLedgers([], [seen.entry], [entry]);
    const conflict = merged.conflicts[0];
    if (conflict) contradictions.push({ line: seen.line, ...conflict });
    else seen.entry = merged.entries[0] as LedgerEntry;
  });
  return { entries: [...byId.values()].map((item) => item.entry), unreadable, contradictions };
}

function readEntry(line: string): LedgerEntry | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const entry: unknown = JSON.parse(line);
    return entryProblem(entry) ? undefined : (entry as LedgerEntry);
  } catch {
    return undefined;
  }
}

function describeLine(line: number, text: string): UnreadableLine {
  const id = /"id":"([a-z]+-[0-9a-f]+)"/.exec(text)?.[1];
  const decisions = (['allow', 'done'] as const).filter((key) => text.includes(`"${key}":`));
  return { line, text, ...(id ? { id } : {}), decisions };
}
